package org.guaranteelab.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import org.guaranteelab.catalog.TestCases;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ui.Rendered;
import org.guaranteelab.sharing.Lookup;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.sharing.SharedVersion;
import org.guaranteelab.sharing.SharingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Save & share, the edit link and remix on a published case keep the scenario on that case. */
@SpringBootTest
class PerCaseSharingViewsTest extends SpringBrowserlessTest {

    @Autowired
    SharingService sharing;

    @Test
    void saving_from_a_published_cases_builder_saves_on_that_case() {
        UI.getCurrent().navigate("cases/harbour-test", QueryParameters.fromString("patrols"));
        test(find(Button.class).id("save-and-share")).click();
        test(find(TextField.class).id("scenario-title")).setValue("Boats only");
        test(find(Button.class).id("save-scenario")).click();

        var view = find(TextField.class).id("view-link").getValue();
        var saved = opened(view.substring(view.lastIndexOf('/') + 1));
        assertThat(saved.caseId()).isEqualTo("harbour-test");
        assertThat(saved.choices()).isEqualTo(Choices.none().with("patrols"));
    }

    @Test
    void the_edit_link_and_a_remix_show_the_published_cases_options_and_the_remix_stays_on_it() {
        var links = sharing.save(TestCases.harbour(), new ScenarioDetails("Original", "", ""),
                Choices.none().with("lighthouse"), Optional.empty());

        UI.getCurrent().navigate(links.editPath());
        assertThat(find(Checkbox.class).id("choice-lighthouse").getValue()).isTrue();
        assertThat(find(Span.class).withClassName("app-case").single().getText())
                .as("the shell names the case the edit page is about").contains("Lantern Strait");
        assertThat(find(Anchor.class).withText("Read the quoted passages").single().getHref())
                .isEqualTo("cases/harbour-test/source");

        UI.getCurrent().navigate("remix/" + links.viewToken());
        test(find(Checkbox.class).id("choice-patrols")).click();
        test(find(Button.class).id("save-and-share")).click();
        test(find(TextField.class).id("scenario-title")).setValue("Remixed");
        test(find(Button.class).id("save-scenario")).click();

        var view = find(TextField.class).id("view-link").getValue();
        var remix = opened(view.substring(view.lastIndexOf('/') + 1));
        assertThat(remix.caseId()).isEqualTo("harbour-test");
        assertThat(remix.choices()).isEqualTo(Choices.none().with("lighthouse").with("patrols"));
    }

    @Test
    void a_remix_of_a_scenario_whose_case_is_no_longer_published_says_so_instead_of_another_case()
            throws Exception {
        var links = sharing.save(TestCases.harbour(), new ScenarioDetails("Original", "", ""),
                Choices.none().with("lighthouse"), Optional.empty());

        try (var withdrawn = TestCases.unpublishHarbour()) {
            UI.getCurrent().navigate("remix/" + links.viewToken());
            assertThat(Rendered.text((com.vaadin.flow.component.Component) getCurrentView()))
                    .contains("no longer published by its author").doesNotContain("NATO");
        }
    }

    @Test
    void the_edit_link_of_a_scenario_whose_case_is_no_longer_published_says_so_and_still_deletes_it()
            throws Exception {
        var links = sharing.save(TestCases.harbour(), new ScenarioDetails("Original", "", ""),
                Choices.none().with("lighthouse"), Optional.empty());

        try (var withdrawn = TestCases.unpublishHarbour()) {
            UI.getCurrent().navigate(links.editPath());
            assertThat(Rendered.text((com.vaadin.flow.component.Component) getCurrentView()))
                    .contains("no longer published by its author", "Edit “Original”").doesNotContain("NATO");
            assertThat($(Checkbox.class).all()).as("no builder to show another case's choices in").isEmpty();

            test(find(Button.class).id("delete-scenario")).click();
            test($(ConfirmDialog.class).single()).confirm();

            assertThat(sharing.open(links.viewToken(), Optional.empty())).isInstanceOf(Lookup.Removed.class);
        }
    }

    private SharedVersion opened(String viewToken) {
        return ((Lookup.Found<SharedVersion>) sharing.open(viewToken, Optional.empty())).value();
    }
}
