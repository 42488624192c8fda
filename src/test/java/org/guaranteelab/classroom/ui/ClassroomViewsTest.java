package org.guaranteelab.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
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
    void the_teacher_opts_in_to_silent_roles_only_once_roles_are_on() {
        UI.getCurrent().navigate("teach");
        test(find(TextField.class).id("class-name")).setValue("Debate");
        assertThat(find(Checkbox.class).id("class-roles-silent").isEnabled()).isFalse();

        test(find(Checkbox.class).id("class-roles")).click();
        test(find(Checkbox.class).id("class-roles-silent")).click();
        test(find(Button.class).id("start-class")).click();

        var token = find(TextField.class).id("board-link").getValue().replaceAll(".*/t/", "");
        assertThat(classrooms.snapshot(token).orElseThrow().info().roles()).isEqualTo(RoleMode.ROUND_ROBIN_ALL);
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
        assertThat(find(Div.class).id("summary").getChildren().map(guide -> guide.getElement().getProperty("innerHTML"))
                .reduce("", String::concat)).as("the address would let anyone submit as Ana")
                .doesNotContain("share your scenario").contains("do not share it");
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

        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Submitted at ").contains("(your submission 1) — you can change your choices and submit again.");
        var latest = classrooms.snapshot(started.boardToken()).orElseThrow().latest();
        assertThat(latest).singleElement().satisfies(submission ->
                assertThat(submission.choices()).isEqualTo(Choices.none().with("foreign-forces")));
        UI.getCurrent().navigate("c/" + token);
        assertThat(find(Checkbox.class).id("choice-foreign-forces").getValue()).isTrue();
        assertThat(find(Div.class).id("class-submit-bar").getChildren()).as("Submit and its answer together")
                .contains(find(Button.class).id("submit-to-class"), find(Paragraph.class).id("submit-status"));
        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Your submission 1, sent at ");
    }

    @Test
    void a_reason_submitted_by_a_student_shows_on_the_board_as_text_and_in_the_opened_submission() {
        var started = start(RoleMode.NONE);
        var token = join(started, "Ana");
        UI.getCurrent().navigate("c/" + token);
        test(find(Checkbox.class).id("choice-foreign-forces")).click();
        test(find(com.vaadin.flow.component.textfield.TextArea.class).id("submit-reason"))
                .setValue("<img src=x onerror=alert(1)> troops deter");

        test(find(Button.class).id("submit-to-class")).click();

        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Submitted at ").contains("(your submission 1) — you can change your choices and submit again.");
        UI.getCurrent().navigate("t/" + started.boardToken());
        var grid = submissionsGrid();
        assertThat(grid.getCellText(0, grid.getColumnPosition("reason")))
                .isEqualTo("<img src=x onerror=alert(1)> troops deter");
        grid.invokeLitRendererFunction(0, "open", "toggle");
        var choices = find(Div.class).withClassName("submission-choices").single();
        assertThat(text(choices)).contains("Why I chose this: <img src=x onerror=alert(1)> troops deter")
                .contains("Foreign forces");
        assertThat(find(Span.class).withText("<img src=x onerror=alert(1)> troops deter").single().getElement()
                .getChildren()).as("text, not markup").singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
    }

    @Test
    void the_teacher_opens_a_students_choices_compares_two_and_sees_who_has_not_submitted() {
        var started = start(RoleMode.NONE);
        classrooms.submit(join(started, "Ana"), Choices.none().with("nato", "bridge").with("foreign-forces"),
                "Troops deter.");
        classrooms.submit(join(started, "Ben"), Choices.none().with("nato", "fast-track"));
        join(started, "Cleo");
        UI.getCurrent().navigate("t/" + started.boardToken());
        var grid = submissionsGrid();

        assertThat(find(Paragraph.class).id("not-submitted").getText()).isEqualTo("Joined but not submitted yet (1): Cleo");
        grid.invokeLitRendererFunction(1, "open", "toggle");
        assertThat(text(find(Div.class).withClassName("submission-choices").single()))
                .contains("Why I chose this: Troops deter.")
                .contains("NATO path: Bridge toward eventual membership").contains("Foreign forces on Ukrainian soil");
        assertThat(find(Button.class).id("compare-picked").isEnabled()).isFalse();
        grid.select(0);
        grid.select(1);
        test(find(Button.class).id("compare-picked")).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).id("compare-dialog").getHeaderTitle())
                .isEqualTo("Compare Ben and Ana");
        var compared = org.guaranteelab.scenario.ui.Rendered.of(find(com.vaadin.flow.component.dialog.Dialog.class)
                .id("compare-dialog"));
        assertThat(compared.select(".choices-table tr[data-option=nato]").text())
                .contains("≠ differs").contains("Fast-track membership").contains("Bridge toward eventual membership");
        assertThat(compared.select(".compare-map h3")).as("the Compare page's stakeholder maps, one per student")
                .extracting(heading -> heading.text()).containsExactly("A: Ben", "B: Ana");

        test(find(Button.class).id("present-mode")).click();
        assertThat(grid.getColumn("open").isVisible()).as("no buttons on the projector").isFalse();
        assertThat(grid.getComponent().getSelectionModel()).isInstanceOf(
                com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
    }

    @Test
    void the_heat_map_marks_each_stakeholder_and_draws_positions_with_the_builders_icons_and_words() {
        var started = start(RoleMode.NONE);
        classrooms.submit(join(started, "Ana"), Choices.none().with("nato", "bridge"), "");
        UI.getCurrent().navigate("t/" + started.boardToken());

        var heat = org.guaranteelab.scenario.ui.Rendered.of(find(Section.class).id("board-heat-map"));

        var france = heat.selectFirst("tr:has(.stakeholder-mark:containsOwn(FR))");
        assertThat(france).as("France's row, led by its monogram").isNotNull();
        var cell = france.selectFirst("td .heat-count");
        assertThat(cell.select("vaadin-icon").attr("icon")).isEqualTo("vaadin:thumbs-up");
        assertThat(cell.select("vaadin-icon").attr("aria-hidden")).isEqualTo("true");
        assertThat(cell.text()).isEqualTo("supports: 1");
        assertThat(heat.text()).as("no text symbols of their own").doesNotContain("\u2713").doesNotContain("\u2717");
    }

    @Test
    void a_reason_with_a_hidden_character_is_explained_and_nothing_typed_or_chosen_is_lost() {
        var started = start(RoleMode.NONE);
        var token = join(started, "Ana");
        UI.getCurrent().navigate("c/" + token);
        test(find(Checkbox.class).id("choice-foreign-forces")).click();
        var reason = find(com.vaadin.flow.component.textfield.TextArea.class).id("submit-reason");
        test(reason).setValue("troops\u200B deter");

        test(find(Button.class).id("submit-to-class")).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("U+200B ZERO WIDTH SPACE").contains("after “troops”");
        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Not submitted.");
        assertThat(reason.getValue()).isEqualTo("troops\u200B deter");
        assertThat(find(Checkbox.class).id("choice-foreign-forces").getValue()).isTrue();
        assertThat(classrooms.snapshot(started.boardToken()).orElseThrow().submissions()).isEmpty();
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
    void a_student_given_a_silent_stakeholder_is_told_why_and_no_position_is_made_up() {
        var started = classrooms.start(new ClassSetup("Silent roles", Optional.empty(), RoleMode.ROUND_ROBIN_ALL));
        var theCase = new org.guaranteelab.catalog.CaseCatalog().defaultCase();
        var silent = theCase.stakeholders().stream()
                .filter(stakeholder -> org.guaranteelab.classroom.RoleCard.of(theCase, stakeholder.id()).orElseThrow()
                        .silent())
                .findFirst().orElseThrow();
        var token = join(started, "Ana");
        var participant = classrooms.snapshot(started.boardToken()).orElseThrow().participants().getFirst();
        classrooms.assignRole(started.boardToken(), participant.id(), Optional.of(silent.id()));

        UI.getCurrent().navigate("c/" + token);

        var card = find(Details.class).id("role-card");
        assertThat(card.getSummaryText()).isEqualTo("Your role: " + silent.name()
                + " — the source quotes no position of theirs");
        assertThat(text(card)).contains("nothing here is made up").contains("what is missing")
                .doesNotContain("Argue as " + silent.name() + " would").doesNotContain("not stated in the source");
        assertThat(card.isOpened()).as("closed until the browser says it is wider than a phone").isFalse();
    }

    @Test
    void the_board_gives_the_lesson_plan_a_timer_and_prompts_labelled_as_ours_from_the_submissions() {
        var started = start(RoleMode.NONE);
        UI.getCurrent().navigate("t/" + started.boardToken());

        assertThat(text(find(Paragraph.class).id("lesson-goal"))).startsWith("Learning goal: ");
        assertThat(text(find(Section.class).id("lesson-plan"))).contains("Explore the source — 8 min.")
                .contains("Build alone or in roles — 12 min.").contains("Compare and debate — 15 min.")
                .contains("Vote or conclude — 10 min.");
        assertThat(text(find(Section.class).id("board-our-prompts"))).contains("once two students have submitted");
        test(find(Button.class).withAttribute("aria-label", "Start the timer for “Build alone or in roles”").single())
                .click();
        assertThat(find(Span.class).id("lesson-phase").getText()).isEqualTo("Build alone or in roles: ");
        assertThat(find(Span.class).id("lesson-timer").getParent().orElseThrow().isVisible()).isTrue();
        assertThat(find(Span.class).id("lesson-timer").getElement().getAttribute("data-seconds")).isEqualTo("720");

        classrooms.submit(join(started, "Ana"), Choices.none().with("nato", "bridge").with("foreign-forces"));
        classrooms.submit(join(started, "Ben"), Choices.none().with("nato", "bridge"));

        awaitBoard(() -> assertThat(text(find(Section.class).id("board-our-prompts")))
                .contains("Written by Guarantee Lab from this class's submissions, not by the article.")
                .contains("Most contested option: “Foreign forces on Ukrainian soil” split the class: 1 of 2"));
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withClassName("prompt-source").all())
                .isNotEmpty().allSatisfy(link -> assertThat(link.getHref()).startsWith("source#"));
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
        assertThat(submittedNames()).containsExactly("Cleo", "Ben", "Ana");
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
        assertThat(submittedNames()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(text(find(Div.class).id("option-foreign-forces"))).contains("40 of 40");
    }

    @Test
    void hidden_names_replace_display_names_on_the_board() {
        var started = start(RoleMode.NONE);
        classrooms.submit(join(started, "Ana Secret"), Choices.none().with("foreign-forces"));
        UI.getCurrent().navigate("t/" + started.boardToken());

        test(find(Checkbox.class).id("hide-names")).click();

        assertThat(submittedNames()).containsExactly("Student 1");
    }

    @Test
    void present_mode_closes_the_sidebar_and_hides_names_until_the_teacher_shows_them() {
        var started = start(RoleMode.NONE);
        classrooms.submit(join(started, "Ana Secret"), Choices.none().with("foreign-forces"));
        UI.getCurrent().navigate("t/" + started.boardToken());

        test(find(Button.class).id("present-mode")).click();

        assertThat(find(com.vaadin.flow.component.applayout.AppLayout.class).single().isDrawerOpened()).isFalse();
        assertThat(find(Checkbox.class).id("hide-names").getValue()).isTrue();
        assertThat(submittedNames()).containsExactly("Student 1");
        test(find(Checkbox.class).id("hide-names")).click();
        assertThat(submittedNames()).containsExactly("Ana Secret");
        test(find(Checkbox.class).id("hide-names")).click();
        test(find(Button.class).id("present-mode")).click();
        assertThat(find(Checkbox.class).id("hide-names").getValue()).as("as before present mode").isFalse();
        assertThat(submittedNames()).containsExactly("Ana Secret");
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
        assertThat(submittedNames()).containsExactly("Ben");
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
    @SuppressWarnings("unchecked")
    private GridTester<Grid<Object>, Object> submissionsGrid() {
        return test((Grid<Object>) find(Grid.class).id("submissions-grid"));
    }

    private List<String> submittedNames() {
        var grid = submissionsGrid();
        return IntStream.range(0, grid.size())
                .mapToObj(row -> grid.getCellText(row, grid.getColumnPosition("student"))).toList();
    }

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
