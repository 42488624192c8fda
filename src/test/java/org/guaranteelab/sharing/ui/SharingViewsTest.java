package org.guaranteelab.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ui.Rendered;
import org.guaranteelab.sharing.Lookup;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.sharing.SharedVersion;
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
        test(find(Checkbox.class).id("choice-foreign-forces")).click();
        test(find(Button.class).id("save-and-share")).click();

        test(find(TextField.class).id("scenario-title")).setValue("Troops on the ground");
        test(find(Button.class).id("save-scenario")).click();

        var view = find(TextField.class).id("view-link").getValue();
        var edit = find(TextField.class).id("edit-link").getValue();
        assertThat(view).matches(".*/s/[A-Za-z0-9_-]{22}");
        assertThat(edit).matches(".*/e/[A-Za-z0-9_-]{22}");
        assertThat(text(find(Div.class).withClassName("links-panel").single())).contains("Keep this link private");
    }

    @Test
    void a_save_without_a_title_is_refused_and_keeps_what_was_typed() {
        UI.getCurrent().navigate("");
        test(find(Button.class).id("save-and-share")).click();
        test(find(TextArea.class).id("scenario-notes")).setValue("My careful reasoning");

        test(find(Button.class).id("save-scenario")).click();

        var title = find(TextField.class).id("scenario-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(find(TextArea.class).id("scenario-notes").getValue()).isEqualTo("My careful reasoning");
        assertThat(find(TextField.class).withId("view-link").exists()).isFalse();
    }

    @Test
    void a_title_with_a_hidden_character_is_refused_beside_the_field_and_keeps_everything_typed() {
        UI.getCurrent().navigate("");
        test(find(Button.class).id("save-and-share")).click();
        test(find(TextField.class).id("scenario-title")).setValue("Bridge\u200B plan");
        test(find(TextArea.class).id("scenario-notes")).setValue("My careful reasoning");

        test(find(Button.class).id("save-scenario")).click();

        var title = find(TextField.class).id("scenario-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("U+200B ZERO WIDTH SPACE").contains("after “Bridge”");
        assertThat(title.getValue()).isEqualTo("Bridge\u200B plan");
        assertThat(find(TextArea.class).id("scenario-notes").getValue()).isEqualTo("My careful reasoning");
        assertThat(find(TextField.class).withId("view-link").exists()).isFalse();
    }

    @Test
    void the_edit_link_saves_a_new_version_and_keeps_the_first() {
        var links = sharing.save(new ScenarioDetails("First", "", ""), Choices.none().with("nato", "bridge"), Optional.empty());
        UI.getCurrent().navigate(links.editPath());

        test(find(Checkbox.class).id("choice-us-russia-talks")).click();
        test(find(TextField.class).id("scenario-title")).setValue("Second");
        test(find(Button.class).id("save-version")).click();

        var latest = ((Lookup.Found<SharedVersion>) sharing.open(links.viewToken(), Optional.empty())).value();
        assertThat(latest.details().title()).isEqualTo("Second");
        assertThat(latest.versionCount()).isEqualTo(2);
        assertThat(latest.choices().includes("us-russia-talks")).isTrue();
        var first = ((Lookup.Found<SharedVersion>) sharing.open(links.viewToken(), Optional.of(1))).value();
        assertThat(first.details().title()).isEqualTo("First");
    }

    private static String text(Component component) {
        return Rendered.text(component);
    }
}
