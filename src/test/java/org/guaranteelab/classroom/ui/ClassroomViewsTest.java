package org.guaranteelab.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.awaitility.core.ThrowingRunnable;
import org.guaranteelab.classroom.ClassSetup;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.JoinOutcome;
import org.guaranteelab.classroom.RoleMode;
import org.guaranteelab.classroom.StartedClass;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ClassroomViewsTest extends SpringBrowserlessTest {

    /** Joins of the tests come from one address, as from a school behind one NAT address. */
    private static final String CLIENT = "203.0.113.10";

    @Autowired
    ClassroomService classrooms;

    @Test
    void starting_a_class_shows_the_join_code_and_the_private_board_link_once() {
        UI.getCurrent().navigate("teach");
        test(find(TextField.class).id("class-name")).setValue("History 11B");
        test(find(Button.class).id("start-class")).click();

        assertThat(find(Span.class).id("join-code").getText()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(find(TextField.class).id("board-link").getValue()).matches(".*/t/[A-Za-z0-9_-]{22}");
        assertThat(text(find(Div.class).id("class-started"))).contains("Keep the board link private");
    }

    @Test
    void a_class_without_a_name_is_not_started_and_the_prompt_stays() {
        UI.getCurrent().navigate("teach");
        test(find(com.vaadin.flow.component.textfield.TextArea.class).id("class-prompt")).setValue("Why NATO?");

        test(find(Button.class).id("start-class")).click();

        assertThat(find(TextField.class).id("class-name").isInvalid()).isTrue();
        assertThat(find(TextField.class).withId("board-link").exists()).isFalse();
    }

    @Test
    void a_class_name_with_a_direction_control_is_explained_and_the_form_keeps_it() {
        UI.getCurrent().navigate("teach");
        test(find(TextField.class).id("class-name")).setValue("History\u202E B11");
        test(find(com.vaadin.flow.component.textfield.TextArea.class).id("class-prompt")).setValue("Why NATO?");

        test(find(Button.class).id("start-class")).click();

        assertThat(find(TextField.class).id("class-name").isInvalid()).isTrue();
        assertThat(find(TextField.class).id("class-name").getErrorMessage()).contains("U+202E").contains("after “History”");
        assertThat(find(TextField.class).withId("board-link").exists()).isFalse();
        assertThat(find(TextField.class).id("class-name").getValue()).isEqualTo("History\u202E B11");
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class).id("class-prompt").getValue()).isEqualTo("Why NATO?");
    }

    @Test
    void a_student_joins_from_the_qr_address_and_lands_in_the_builder_with_the_class_banner() {
        var started = start(RoleMode.NONE);

        UI.getCurrent().navigate("join", QueryParameters.of("code", started.joinCode().toLowerCase()));
        test(find(TextField.class).id("display-name")).setValue("Ana");
        test(find(Button.class).id("join")).click();

        assertThat(getCurrentView()).isInstanceOf(StudentView.class);
        assertThat(text(find(Div.class).id("class-banner"))).contains("You are Ana").contains("Your teacher asks: Why NATO?");
    }

    @Test
    void a_wrong_code_gets_a_clear_message_and_keeps_the_name() {
        UI.getCurrent().navigate("join");
        test(find(TextField.class).id("join-code-field")).setValue("2222-2222");
        test(find(TextField.class).id("display-name")).setValue("Ana");

        test(find(Button.class).id("join")).click();

        assertThat(find(Paragraph.class).id("join-message").getText()).contains("no class with this code");
        assertThat(find(TextField.class).id("join-code-field").isInvalid()).isTrue();
        assertThat(find(TextField.class).id("display-name").getValue()).isEqualTo("Ana");
    }

    @Test
    void a_locked_class_tells_the_student_and_keeps_their_choices() {
        var started = start(RoleMode.NONE);
        var token = join(started, "Ana");
        classrooms.lock(started.boardToken());

        UI.getCurrent().navigate("c/" + token, QueryParameters.of("foreign-forces", ""));
        test(find(Button.class).id("submit-to-class")).click();

        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Not submitted.").contains("paused");
        assertThat(find(Checkbox.class).id("choice-foreign-forces").getValue()).isTrue();
    }

    @Test
    void a_submission_is_stored_before_the_student_is_told_and_survives_a_reload() {
        var started = start(RoleMode.NONE);
        var token = join(started, "Ana");
        UI.getCurrent().navigate("c/" + token);

        test(find(Checkbox.class).id("choice-foreign-forces")).click();
        test(find(Button.class).id("submit-to-class")).click();

        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Submitted: your submission 1");
        var latest = classrooms.snapshot(started.boardToken()).orElseThrow().latest();
        assertThat(latest).singleElement().satisfies(submission ->
                assertThat(submission.choices()).isEqualTo(Choices.none().with("foreign-forces")));
        UI.getCurrent().navigate("c/" + token);
        assertThat(find(Checkbox.class).id("choice-foreign-forces").getValue()).isTrue();
        assertThat(find(Paragraph.class).id("submit-status").getText()).contains("submission 1");
    }

    @Test
    void a_student_with_a_role_sees_the_stakeholders_quoted_positions() {
        var started = start(RoleMode.ROUND_ROBIN);
        var token = join(started, "Ana");

        UI.getCurrent().navigate("c/" + token);

        var card = find(com.vaadin.flow.component.details.Details.class).id("role-card");
        assertThat(card.getSummaryText()).startsWith("Your role: ");
        assertThat(org.guaranteelab.scenario.ui.Rendered.text(card)).contains("“").contains(" — Ukraine");
    }

    @Test
    void the_board_counts_submissions_and_updates_when_another_arrives() {
        var started = start(RoleMode.NONE);
        classrooms.submit(join(started, "Ana"), Choices.none().with("nato", "bridge"));
        classrooms.submit(join(started, "Ben"), Choices.none().with("nato", "bridge").with("foreign-forces"));

        UI.getCurrent().navigate("t/" + started.boardToken());
        assertThat(find(Paragraph.class).id("board-status").getText()).isEqualTo("2 students joined · 2 submitted · 2 submissions in all");
        assertThat(text(find(Div.class).id("option-nato"))).contains("2 of 2");
        assertThat(text(find(Div.class).id("option-foreign-forces"))).contains("1 of 2");
        assertThat(text(find(Section.class).id("board-combinations"))).contains("1 student: NATO");

        classrooms.submit(join(started, "Cleo"), Choices.none().with("foreign-forces"));

        awaitBoard(() -> assertThat(find(Paragraph.class).id("board-status").getText())
                .isEqualTo("3 students joined · 3 submitted · 3 submissions in all"));
        assertThat(text(find(Div.class).id("option-foreign-forces"))).contains("2 of 3");
        assertThat(text(find(Section.class).id("board-submissions"))).contains("Cleo").contains("Ben").contains("Ana");
    }

    @Test
    void the_board_shows_every_submission_of_a_burst_from_many_students_at_once() throws Exception {
        var started = start(RoleMode.NONE);
        UI.getCurrent().navigate("t/" + started.boardToken());
        var names = IntStream.rangeClosed(1, 40).mapToObj(i -> "Student " + i).toList();

        try (var students = Executors.newFixedThreadPool(4)) {
            for (var name : names) {
                students.submit(() -> classrooms.submit(join(started, name), Choices.none().with("foreign-forces")));
            }
        }

        awaitBoard(() -> assertThat(find(Paragraph.class).id("board-status").getText())
                .isEqualTo("40 students joined · 40 submitted · 40 submissions in all"));
        assertThat(text(find(Section.class).id("board-submissions"))).contains(names);
        assertThat(text(find(Div.class).id("option-foreign-forces"))).contains("40 of 40");
    }

    @Test
    void hidden_names_replace_display_names_on_the_board() {
        var started = start(RoleMode.NONE);
        classrooms.submit(join(started, "Ana Secret"), Choices.none().with("foreign-forces"));
        UI.getCurrent().navigate("t/" + started.boardToken());

        test(find(Checkbox.class).id("hide-names")).click();

        assertThat(text(find(Section.class).id("board-submissions"))).contains("Student 1").doesNotContain("Ana Secret");
    }

    @Test
    void locking_from_the_board_stops_submissions_and_reopening_allows_them() {
        var started = start(RoleMode.NONE);
        var token = join(started, "Ana");
        UI.getCurrent().navigate("t/" + started.boardToken());

        test(find(Button.class).id("lock-class")).click();

        assertThat(find(Span.class).id("class-state").getText()).startsWith("Locked");
        assertThat(classrooms.submit(token, Choices.none())).isNotInstanceOf(
                org.guaranteelab.classroom.SubmitOutcome.Submitted.class);
        test(find(Button.class).id("lock-class")).click();
        assertThat(find(Span.class).id("class-state").getText()).startsWith("Open");
    }

    @Test
    void the_teacher_sees_who_joined_when_and_removes_a_student_with_their_submissions() {
        var started = start(RoleMode.NONE);
        classrooms.submit(join(started, "Ana"), Choices.none().with("foreign-forces"));
        classrooms.submit(join(started, "Ben"), Choices.none().with("nato", "bridge"));
        UI.getCurrent().navigate("t/" + started.boardToken());
        assertThat(text(find(Section.class).id("board-students"))).as("closed").doesNotContain("Ana");

        openStudentsList();
        assertThat(text(find(Section.class).id("board-students"))).contains("Ana").contains("Ben").containsPattern("\\d\\d:\\d\\d:\\d\\d");
        test(find(Button.class).withAttribute("aria-label", "Remove Ana from the class").single()).click();
        test(find(RadioButtonGroup.class).id("removal-choice")).selectItem("Delete them");
        test(find(Button.class).id("confirm-remove")).click();

        awaitBoard(() -> assertThat(find(Paragraph.class).id("board-status").getText())
                .isEqualTo("1 student joined · 1 submitted · 1 submission in all"));
        assertThat(text(find(Section.class).id("board-submissions"))).contains("Ben").doesNotContain("Ana");
    }

    @Test
    void the_teacher_removes_every_student_who_has_not_submitted_at_once() {
        var started = start(RoleMode.NONE);
        classrooms.submit(join(started, "Ana"), Choices.none().with("foreign-forces"));
        for (int i = 1; i <= 5; i++) {
            join(started, "bot" + i);
        }
        UI.getCurrent().navigate("t/" + started.boardToken());
        openStudentsList();

        test(find(Button.class).id("select-not-submitted")).click();
        assertThat(find(Button.class).id("remove-selected").getText()).isEqualTo("Remove the 5 selected");
        test(find(Button.class).id("remove-selected")).click();
        test(find(Button.class).id("confirm-remove")).click();

        awaitBoard(() -> assertThat(find(Paragraph.class).id("board-status").getText())
                .isEqualTo("1 student joined · 1 submitted · 1 submission in all"));
        assertThat(text(find(Section.class).id("board-students"))).contains("Ana").doesNotContain("bot");
    }

    @Test
    void a_refused_name_is_explained_beside_the_field_and_what_was_typed_stays() {
        var started = start(RoleMode.NONE);
        UI.getCurrent().navigate("join");
        test(find(TextField.class).id("join-code-field")).setValue(started.joinCode());
        test(find(TextField.class).id("display-name")).setValue("\u0410na");

        test(find(Button.class).id("join")).click();

        assertThat(getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(find(TextField.class).id("display-name").isInvalid()).isTrue();
        assertThat(find(Paragraph.class).id("join-message").getText()).contains("one alphabet");
        assertThat(find(TextField.class).id("display-name").getValue()).isEqualTo("\u0410na");
        assertThat(find(TextField.class).id("join-code-field").getValue()).isEqualTo(started.joinCode());
    }

    @Test
    void an_unknown_board_link_says_so() {
        UI.getCurrent().navigate("t/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(getCurrentView()).isInstanceOf(ClassNotFoundView.class);
        assertThat(find(Paragraph.class).id("class-missing").getText()).contains("no class at this link");
    }

    /** As the teacher's click on "Show the N students" does. */
    private void openStudentsList() {
        find(Details.class).id("students-details").setOpened(true);
    }

    private StartedClass start(RoleMode roles) {
        return classrooms.start(new ClassSetup("History 11B", Optional.of("Why NATO?"), roles));
    }

    private String join(StartedClass started, String name) {
        return ((JoinOutcome.Joined) classrooms.join(started.joinCode(), name, CLIENT)).participantToken();
    }

    /** The board re-renders on its own thread a moment after a change; each round trip delivers what is queued. */
    private void awaitBoard(ThrowingRunnable assertion) {
        // In the test's own thread: that is where the browserless UI and its session lock are.
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            roundTrip();
            assertion.run();
        });
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
