package org.guaranteelab.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.guaranteelab.base.ui.NotFoundView;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ui.Rendered;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.sharing.SharingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SharingViewsTest extends SpringBrowserlessTest {

    @Autowired
    SharingService sharing;

    @Test
    void saving_from_the_builder_shows_the_view_and_edit_links() {
        UI.getCurrent().navigate("");
        test($(Checkbox.class).id("choice-foreign-forces")).click();
        test($(Button.class).id("save-and-share")).click();

        test($(TextField.class).id("scenario-title")).setValue("Troops on the ground");
        test($(Button.class).id("save-scenario")).click();

        var view = $(TextField.class).id("view-link").getValue();
        var edit = $(TextField.class).id("edit-link").getValue();
        assertThat(view).matches(".*/s/[A-Za-z0-9_-]{22}");
        assertThat(edit).matches(".*/e/[A-Za-z0-9_-]{22}");
        assertThat(text($(Div.class).withClassName("links-panel").single())).contains("Keep this link private");
    }

    @Test
    void a_save_without_a_title_is_refused_and_keeps_what_was_typed() {
        UI.getCurrent().navigate("");
        test($(Button.class).id("save-and-share")).click();
        test($(TextArea.class).id("scenario-notes")).setValue("My careful reasoning");

        test($(Button.class).id("save-scenario")).click();

        var title = $(TextField.class).id("scenario-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat($(TextArea.class).id("scenario-notes").getValue()).isEqualTo("My careful reasoning");
        assertThat($(TextField.class).withId("view-link").exists()).isFalse();
    }

    @Test
    void a_view_link_shows_title_author_notes_as_text_version_and_analysis() {
        var links = sharing.save(new ScenarioDetails("Plan <script>alert(1)</script>", "Ana", "Because\nreasons"),
                Choices.none().with("nato", "fast-track"), Optional.empty());

        UI.getCurrent().navigate(links.viewPath());

        assertThat($(H1.class).id("scenario-heading").getText()).isEqualTo("Plan <script>alert(1)</script>");
        assertThat($(Paragraph.class).id("scenario-meta").getElement().getTextRecursively())
                .contains("By Ana").contains("version 1 of 1");
        assertThat($(Paragraph.class).id("scenario-notes").getText()).isEqualTo("Because\nreasons");
        assertThat(text($(Div.class).id("option-nato"))).contains("not offered");
        assertThat(text($(Div.class).id("summary"))).contains("NATO has not invited Ukraine to join now");
    }

    @Test
    void the_edit_link_saves_a_new_version_that_the_view_link_then_shows() {
        var links = sharing.save(new ScenarioDetails("First", "", ""), Choices.none().with("nato", "bridge"), Optional.empty());
        UI.getCurrent().navigate(links.editPath());

        test($(Checkbox.class).id("choice-us-russia-talks")).click();
        test($(TextField.class).id("scenario-title")).setValue("Second");
        test($(Button.class).id("save-version")).click();

        UI.getCurrent().navigate(links.viewPath());
        assertThat($(H1.class).id("scenario-heading").getText()).isEqualTo("Second");
        assertThat($(Paragraph.class).id("scenario-meta").getElement().getTextRecursively()).contains("version 2 of 2");
        assertThat($(Div.class).withId("option-us-russia-talks").exists()).isTrue();
    }

    @Test
    void an_unknown_view_link_shows_the_not_found_page() {
        UI.getCurrent().navigate("s/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(text((Component) getCurrentView())).contains("Page not found");
    }

    @Test
    void a_deleted_scenario_says_it_was_removed_by_its_author() {
        var links = sharing.save(new ScenarioDetails("Gone soon", "", ""), Choices.none(), Optional.empty());
        sharing.delete(links.editToken());

        UI.getCurrent().navigate(links.viewPath());

        assertThat(getCurrentView()).isInstanceOf(ScenarioRemovedView.class);
        assertThat(text((Component) getCurrentView())).contains("This scenario was removed").doesNotContain("Gone soon");
    }

    private static String text(Component component) {
        return Rendered.text(component);
    }
}
