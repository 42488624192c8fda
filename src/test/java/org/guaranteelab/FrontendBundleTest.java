package org.guaranteelab;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.experimental.FeatureFlags;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.Mode;
import com.vaadin.flow.server.frontend.BundleValidationUtil;
import com.vaadin.flow.server.frontend.Options;
import com.vaadin.flow.server.frontend.scanner.ClassFinder;
import com.vaadin.flow.server.frontend.scanner.FrontendDependenciesScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed production bundle (src/main/bundles/prod.bundle, docs/decisions/0023) still holds
 * every web component and frontend import the app's Java code uses. Asks Vaadin's own check, the one
 * {@code vaadin:build-frontend} makes before it would rebuild the bundle with Node: a stale bundle
 * fails here, during {@code test}, before that plugin runs (in {@code prepare-package}) and tries to
 * download Node.
 */
class FrontendBundleTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String STALE = "The committed frontend bundle src/main/bundles/prod.bundle does not match the code "
            + "(a Vaadin component or frontend import was added or changed; Vaadin logs which above): "
            + "rebuild it with scripts/build-frontend-bundle.sh and commit it";

    @Test
    void the_committed_bundle_holds_every_component_the_code_uses() throws IOException {
        assertThat(PROJECT.resolve("src/main/bundles/prod.bundle"))
                .as("src/main/bundles/prod.bundle is missing: build it with scripts/build-frontend-bundle.sh")
                .isRegularFile();

        assertThat(needsBuild()).as(STALE).isFalse();
    }

    /** The options vaadin-maven-plugin passes for this pom (see its configuration there). */
    private static boolean needsBuild() throws IOException {
        ClassFinder finder = new ClassFinder.DefaultClassFinder(
                FrontendBundleTest.class.getClassLoader(), appClasses());
        var lookup = Lookup.of(finder, ClassFinder.class);
        var featureFlags = new FeatureFlags(lookup);
        featureFlags.setPropertiesLocation(PROJECT.toFile());
        FrontendDependenciesScanner scanner = new FrontendDependenciesScanner.FrontendDependenciesScannerFactory()
                .createScanner(false, finder, true, featureFlags, false);
        var options = new Options(lookup, finder, PROJECT.toFile())
                .withFrontendDirectory(PROJECT.resolve("frontend").toFile())
                .withBuildDirectory("target")
                // Where Vaadin notes its answer (config/needs-build); kept apart from the app's own build output.
                .withBuildResultFolders(PROJECT.resolve("target/frontend-bundle-check/webapp").toFile(),
                        PROJECT.resolve("target/frontend-bundle-check").toFile())
                .withProductionMode(true)
                .withReact(false)
                .withFeatureFlags(featureFlags)
                .withFrontendDependenciesScanner(scanner);
        return BundleValidationUtil.needsBuild(options, scanner, Mode.PRODUCTION_PRECOMPILED_BUNDLE);
    }

    /** Every class of the app as compiled to target/classes: the routes, layouts and shell the scan starts from. */
    private static Class<?>[] appClasses() throws IOException {
        var classes = PROJECT.resolve("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString())
                    .filter(name -> name.startsWith("org/guaranteelab/") && !name.endsWith("package-info.class")
                            && !name.endsWith("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(FrontendBundleTest::load)
                    .toArray(Class<?>[]::new);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, FrontendBundleTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
