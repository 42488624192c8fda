package org.guaranteelab.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.guaranteelab.catalog.TestCases;
import org.guaranteelab.classroom.ClassSetup;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.JoinOutcome;
import org.guaranteelab.classroom.RoleMode;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ui.Rendered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A teacher starts a class on a published case; students, roles and the board then use that case. */
@SpringBootTest
class ClassOnPublishedCaseTest extends SpringBrowserlessTest {

    @Autowired
    ClassroomService classrooms;

    @Test
    void a_class_starts_on_the_case_whose_link_the_teacher_pastes() {
        UI.getCurrent().navigate("teach");
        test(find(TextField.class).id("class-published-case")).setValue("https://lab.example/cases/harbour-test?toll=small");
        test(find(TextField.class).id("class-name")).setValue("Civics 9");
        test(find(Button.class).id("start-class")).click();

        var boardLink = find(TextField.class).id("board-link").getValue();
        var info = classrooms.board(boardLink.substring(boardLink.lastIndexOf('/') + 1)).orElseThrow();
        assertThat(info.caseId()).isEqualTo("harbour-test");
    }

    @Test
    void a_link_to_no_published_case_is_explained_and_starts_nothing_and_keeps_the_name() {
        UI.getCurrent().navigate("teach");
        test(find(TextField.class).id("class-published-case")).setValue("https://lab.example/cases/no-such-case");
        test(find(TextField.class).id("class-name")).setValue("Civics 9");
        test(find(Button.class).id("start-class")).click();

        var pasted = find(TextField.class).id("class-published-case");
        assertThat(pasted.isInvalid()).isTrue();
        assertThat(pasted.getErrorMessage()).contains("No published case has this link or id");
        assertThat(find(TextField.class).id("class-name").getValue()).isEqualTo("Civics 9");
        assertThat(find(TextField.class).withId("board-link").all()).isEmpty();
    }

    @Test
    void students_build_on_the_classes_case_with_its_role_cards_and_the_board_reads_their_choices_on_it() {
        var started = classrooms.start(new ClassSetup("Civics 9", Optional.empty(), RoleMode.ROUND_ROBIN,
                Optional.of("harbour-test")));
        var token = ((JoinOutcome.Joined) classrooms.join(started.joinCode(), "Ana", "203.0.113.20")).participantToken();

        UI.getCurrent().navigate("c/" + token);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> toll = find(RadioButtonGroup.class).id("choice-toll");
        test(toll).selectItem("Large toll");
        test(find(Button.class).id("submit-to-class")).click();

        assertThat(Rendered.text(find(Details.class).id("role-card"))).containsAnyOf("Town council", "Fishers' guild");
        assertThat(find(Checkbox.class).withId("choice-foreign-forces").all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("app-case").single().getText())
                .contains("Lantern Strait");
        assertThat(classrooms.snapshot(started.boardToken()).orElseThrow().latest()).singleElement()
                .satisfies(submission -> assertThat(submission.choices()).isEqualTo(Choices.none().with("toll", "large")));
        UI.getCurrent().navigate("t/" + started.boardToken());
        assertThat(Rendered.text((com.vaadin.flow.component.Component) getCurrentView()))
                .contains("A toll on ships").doesNotContain("NATO");
    }

    @Test
    void a_class_whose_case_is_no_longer_published_says_so_to_students_and_the_board_instead_of_showing_another_case()
            throws Exception {
        var started = classrooms.start(new ClassSetup("Civics 9", Optional.empty(), RoleMode.NONE,
                Optional.of("harbour-test")));
        var token = ((JoinOutcome.Joined) classrooms.join(started.joinCode(), "Ana", "203.0.113.21")).participantToken();

        try (var withdrawn = TestCases.unpublishHarbour()) {
            UI.getCurrent().navigate("c/" + token);
            assertThat(Rendered.text((com.vaadin.flow.component.Component) getCurrentView()))
                    .contains("no longer published by its author").doesNotContain("NATO");
            UI.getCurrent().navigate("t/" + started.boardToken());
            assertThat(Rendered.text((com.vaadin.flow.component.Component) getCurrentView()))
                    .contains("no longer published by its author").doesNotContain("NATO");
        }
        UI.getCurrent().navigate("c/" + token);
        assertThat(find(Checkbox.class).withId("choice-foreign-forces").all()).as("the class is kept").isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("app-case").single().getText())
                .contains("Lantern Strait");
    }
}
