package org.guaranteelab;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph is the specification (docs/decisions/0013-module-rules.md): these rules fail the
 * build when a module reaches past what it declared, and each message says what to do instead.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.guaranteelab");

    private static final Path DOCUMENTATION = Path.of("docs", "modules");

    @Test
    void modules_use_each_other_only_as_their_declared_dependencies_and_through_their_published_interfaces() {
        var violations = MODULES.detectViolations();

        assertThat(violations.hasViolations())
                .as("""
                        %s
                        A module may use another only if its package-info.java lists it in \
                        @ApplicationModule(allowedDependencies), and only that module's root package or a type \
                        marked @NamedInterface. Move a widget or type that several modules share to base (base.ui \
                        for components, marked @NamedInterface("widgets")); add a dependency to allowedDependencies \
                        only if the design really changes (record why in docs/decisions).""",
                        violations.getMessage())
                .isFalse();
    }

    @Test
    void every_module_declares_the_modules_it_may_depend_on() {
        var undeclared = MODULES.stream()
                .map(module -> module.getBasePackage().getName())
                .filter(name -> {
                    var declaration = CLASSES.getPackage(name).tryGetAnnotationOfType(ApplicationModule.class);
                    return declaration.isEmpty()
                            || List.of(declaration.get().allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
                })
                .toList();

        assertThat(undeclared)
                .as("These modules allow any dependency. Give each a package-info.java with "
                        + "@ApplicationModule(allowedDependencies = {...}) naming the modules (and named "
                        + "interfaces, \"module :: name\") it uses, {} for none.")
                .isEmpty();
    }

    @Test
    void ui_packages_are_internal_unless_a_type_is_exported_on_purpose() {
        var exportedWholesale = CLASSES.stream()
                .map(JavaClass::getPackage)
                .distinct()
                .filter(pkg -> pkg.getName().endsWith(".ui") && pkg.isAnnotatedWith(NamedInterface.class))
                .map(pkg -> pkg.getName())
                .toList();

        assertThat(exportedWholesale)
                .as("A ui package opens every view and helper in it to the other modules. Remove @NamedInterface "
                        + "from its package-info.java and put @NamedInterface(\"<name>\") on the few components "
                        + "other modules reuse (or move them to base.ui if every module may use them).")
                .isEmpty();
    }

    @Test
    void the_shell_and_shared_widgets_depend_on_no_feature() {
        ArchRule rule = noClasses().that().resideInAPackage("org.guaranteelab.base..")
                .should().dependOnClassesThat(resideInAPackage("org.guaranteelab..")
                        .and(resideOutsideOfPackage("org.guaranteelab.base..")))
                .because("base is what every feature builds on; give the shell what it shows through an "
                        + "interface in base that the feature implements (as SourceNotice, implemented by the "
                        + "catalog), or move the class into the feature");

        rule.check(CLASSES);
    }

    @Test
    void services_and_controllers_speak_the_apps_own_types_not_vaadins() {
        ArchRule rule = noClasses().that().resideInAPackage("org.guaranteelab.(*)..")
                .and().resideOutsideOfPackages("..ui..", "org.guaranteelab.base..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("Vaadin belongs in a module's ui package; a service or controller takes and returns "
                        + "the app's own types (records, String, Map<String, List<String>>), and its ui caller "
                        + "converts from Vaadin's");

        rule.check(CLASSES);
    }

    @Test
    void every_package_is_null_marked() {
        var unmarked = CLASSES.stream()
                .map(JavaClass::getPackage)
                .distinct()
                .filter(pkg -> !pkg.isAnnotatedWith(NullMarked.class))
                .map(pkg -> pkg.getName())
                .sorted()
                .toList();

        assertThat(unmarked)
                .as("Give each package a package-info.java with @NullMarked (org.jspecify.annotations) and mark "
                        + "what may be null with @Nullable.")
                .isEmpty();
    }

    /**
     * docs/modules is Spring Modulith's own description of the modules (a PlantUML diagram per module and
     * of all of them). It is written to target/ and compared, so the committed copy cannot drift; run
     * with -Dmodules.docs.update=true to rewrite it.
     */
    @Test
    void the_committed_module_documentation_matches_the_code() {
        var generated = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        if (Boolean.getBoolean("modules.docs.update")) {
            copy(generated, DOCUMENTATION);
        }

        assertThat(contents(DOCUMENTATION))
                .as("docs/modules is out of date: run ./mvnw test -Dtest=ModuleStructureTest "
                        + "-Dmodules.docs.update=true and commit docs/modules")
                .isEqualTo(contents(generated));
    }

    private static Map<String, String> contents(Path folder) {
        var files = new TreeMap<String, String>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (var file : paths.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), inStableOrder(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Modulith writes a diagram's relations and a canvas's lists in no fixed order; sorted within each
     * run, the same graph always reads the same.
     */
    private static String inStableOrder(String text) {
        var lines = new ArrayList<>(List.of(text.split("\n", -1)));
        var start = 0;
        while (start < lines.size()) {
            var kind = listKind(lines.get(start));
            var end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(listKind(lines.get(end)))) {
                end++;
            }
            lines.subList(start, end).sort(null);
            start = end;
        }
        return String.join("\n", lines);
    }

    private static String listKind(String line) {
        for (var kind : List.of("Rel(", "Component(", "* ")) {
            if (line.startsWith(kind)) {
                return kind;
            }
        }
        return null;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> old = Files.list(to)) {
                for (var file : old.toList()) {
                    Files.delete(file);
                }
            }
            var files = new ArrayList<Path>();
            try (Stream<Path> paths = Files.list(from)) {
                paths.filter(Files::isRegularFile).forEach(files::add);
            }
            for (var file : files) {
                Files.writeString(to.resolve(file.getFileName()), inStableOrder(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
