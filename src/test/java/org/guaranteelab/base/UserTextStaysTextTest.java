package org.guaranteelab.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.IFrame;
import java.io.InputStream;
import java.util.List;
import org.guaranteelab.base.fixture.SafeView;
import org.guaranteelab.base.fixture.UnsafeView;
import org.junit.jupiter.api.Test;

/**
 * Fails the build if user text could reach the browser as markup or script: no {@link Html} at all
 * (nothing in the app needs raw markup), no innerHTML-like property or on* attribute, and only
 * compile-time constant JavaScript in executeJs and its relatives (user text goes in as $0…).
 * Each rule is also run on planted violations (base.fixture) to show that it can fail.
 */
class UserTextStaysTextTest {

    private static final ArchRule NO_RAW_MARKUP = noClasses()
            .should().callConstructor(Html.class, String.class)
            .orShould().callConstructor(Html.class, InputStream.class)
            .orShould().callMethod(Html.class, "setHtmlContent", String.class)
            .orShould().callMethod(IFrame.class, "setSrcdoc", String.class)
            .because("user text must be shown as text (new Html(userText) would run it as markup); "
                    + "build markup from components instead");

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.guaranteelab");

    @Test
    void the_app_builds_no_raw_markup() {
        NO_RAW_MARKUP.check(APP);
    }

    @Test
    void the_app_sends_only_constant_javascript_and_no_markup_properties() {
        List<Class<?>> appClasses = APP.stream().<Class<?>>map(javaClass -> javaClass.reflect()).toList();

        assertThat(UnsafeDomCalls.in(appClasses)).isEmpty();
    }

    @Test
    void the_rules_find_planted_violations() {
        var fixture = new ClassFileImporter().importClasses(UnsafeView.class, SafeView.class);

        assertThatThrownBy(() -> NO_RAW_MARKUP.check(fixture)).hasMessageContaining("UnsafeView")
                .hasMessageContaining("Html.<init>(java.lang.String)")
                .hasMessageNotContaining("SafeView");
        assertThat(UnsafeDomCalls.in(List.of(UnsafeView.class))).hasSize(5)
                .anyMatch(found -> found.contains("setProperty(\"innerHTML\")"))
                .anyMatch(found -> found.contains("setAttribute(\"onclick\")"))
                .anyMatch(found -> found.contains("executeJs with a first argument built at run time"))
                .anyMatch(found -> found.contains("lambda") && found.contains("executeJs"))
                .anyMatch(found -> found.contains("addEventData with a first argument built at run time"));
        assertThat(UnsafeDomCalls.in(List.of(SafeView.class))).isEmpty();
    }
}
