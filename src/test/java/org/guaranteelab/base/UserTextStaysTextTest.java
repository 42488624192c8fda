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

    /**
     * The one place that sends markup: {@code catalog.ui.Markup} shows blocks of the case's own
     * text that {@code StanceMarkup} and {@code CaseMarkup} build with jsoup, every text escaped (docs/decisions/0006). That holds
     * only while nothing in the app hands jsoup a string to parse as markup.
     */
    private static final String CASE_MARKUP_BLOCK = "org.guaranteelab.catalog.ui.Markup.";

    /**
     * The first paint copies the page's component tree into the first HTML (docs/decisions/0023), markup blocks
     * included: it parses only innerHTML properties, which nothing but {@code Markup} may set (the test above), so
     * what it parses is markup jsoup built from escaped text.
     */
    private static final String FIRST_PAINT = "org.guaranteelab.base.ui.FirstPaint";

    private static final ArchRule JSOUP_NEVER_PARSES_APP_STRINGS = noClasses()
            .that().doNotHaveFullyQualifiedName(FIRST_PAINT)
            .should().callMethod(org.jsoup.nodes.Element.class, "html", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "append", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "prepend", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "before", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "after", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "wrap", String.class)
            .orShould().accessClassesThat().belongToAnyOf(org.jsoup.Jsoup.class)
            .because("CaseMarkup's blocks are safe only because every text goes in through text() or attr(), "
                    + "which escape it");

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

        assertThat(UnsafeDomCalls.in(appClasses)).allSatisfy(found ->
                assertThat(found).as("an unsafe call outside the case-markup block").startsWith(CASE_MARKUP_BLOCK));
    }

    @Test
    void the_case_markup_is_built_only_from_escaped_text() {
        JSOUP_NEVER_PARSES_APP_STRINGS.check(APP);
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
        assertThatThrownBy(() -> JSOUP_NEVER_PARSES_APP_STRINGS.check(fixture)).hasMessageContaining("UnsafeView")
                .hasMessageContaining("Element.html(java.lang.String)").hasMessageNotContaining("SafeView");
    }
}
