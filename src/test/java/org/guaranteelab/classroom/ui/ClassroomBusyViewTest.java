package org.guaranteelab.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.classroom.ClassSetup;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.JoinOutcome;
import org.guaranteelab.classroom.RoleMode;
import org.guaranteelab.classroom.StartedClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A class so busy that the database gives up waiting for its row (issue 18/22): the student gets the
 * app's own notice, not the framework's "Unexpected error", and loses nothing.
 */
@Tag("database")
@SpringBootTest
class ClassroomBusyViewTest extends SpringBrowserlessTest {

    private static final String CLIENT = "203.0.113.10";

    @Autowired
    ClassroomService classrooms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final CountDownLatch release = new CountDownLatch(1);
    private CompletableFuture<Void> holder = CompletableFuture.completedFuture(null);

    @AfterEach
    void releaseTheRow() throws Exception {
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_submission_that_cannot_get_the_class_in_time_says_the_class_is_busy_and_keeps_the_choices_and_reason() {
        var started = start();
        var token = ((JoinOutcome.Joined) classrooms.join(started.joinCode(), "Ana", CLIENT)).participantToken();
        UI.getCurrent().navigate("c/" + token, QueryParameters.of("foreign-forces", ""));
        find(TextArea.class).id("submit-reason").setValue("Deterrence first.");
        holdRow("select id from class_participant where token_hash = ?", ShareToken.hash(token));

        test(find(Button.class).id("submit-to-class")).click();

        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Not submitted.")
                .contains("busy").contains("choices are kept");
        assertThat(find(Checkbox.class).id("choice-foreign-forces").getValue()).isTrue();
        assertThat(find(TextArea.class).id("submit-reason").getValue()).isEqualTo("Deterrence first.");
        assertThat(find(Button.class).id("submit-to-class").isEnabled()).isTrue();
    }

    @Test
    void a_submission_does_not_wait_for_the_class_while_a_join_holds_it() {
        var started = start();
        var token = ((JoinOutcome.Joined) classrooms.join(started.joinCode(), "Ana", CLIENT)).participantToken();
        UI.getCurrent().navigate("c/" + token, QueryParameters.of("foreign-forces", ""));
        holdRow("select id from classroom where board_token_hash = ?", ShareToken.hash(started.boardToken()));

        test(find(Button.class).id("submit-to-class")).click();

        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Submitted at ");
    }

    @Test
    void a_join_that_cannot_get_the_class_in_time_says_the_class_is_busy_and_keeps_what_was_typed() {
        var started = start();
        UI.getCurrent().navigate("join");
        test(find(TextField.class).id("join-code-field")).setValue(started.joinCode());
        test(find(TextField.class).id("display-name")).setValue("Ana");
        holdRow("select id from classroom where board_token_hash = ?", ShareToken.hash(started.boardToken()));

        test(find(Button.class).id("join")).click();

        assertThat(find(Paragraph.class).id("join-message").getText()).contains("busy").contains("Join again");
        assertThat(find(TextField.class).id("display-name").getValue()).isEqualTo("Ana");
        assertThat(find(TextField.class).id("join-code-field").getValue()).isNotBlank();
    }

    private StartedClass start() {
        return classrooms.start(new ClassSetup("History 11B", Optional.empty(), RoleMode.NONE));
    }

    /** Another transaction holds the row a join or submission waits for until the test ends, as a long queue would. */
    /** Holds the row as the app's own pessimistic lock (JPA's PESSIMISTIC_WRITE) does, until the test ends. */
    private void holdRow(String select, String tokenHash) {
        var locked = new CountDownLatch(1);
        // Hibernate takes "for no key update" on PostgreSQL, which lets other rows' foreign keys to this one be
        // checked; a plain "for update" would also block a submission's insert, which the app never does.
        var lock = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName())
                .equals("PostgreSQL") ? " for no key update" : " for update";
        holder = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.queryForList(select + lock, tokenHash);
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
