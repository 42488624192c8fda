package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.guaranteelab.MutableClock;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.base.ShareToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

@Tag("database")
@SpringBootTest
class ClassroomServiceTest {

    // Far ahead of the real clock, so that the app's own scheduled purge never touches these classes.
    private static final Instant START = Instant.parse("2099-03-11T09:00:00Z");
    private static final Choices BRIDGE = Choices.none().with("nato", "bridge").with("sanctions", "strengthened");
    private static final ClassSetup SETUP = new ClassSetup("History 11B", Optional.of("Which guarantee matters most?"),
            RoleMode.NONE);

    @Autowired
    ClassroomRepository classes;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    SubmissionRepository submissions;
    @Autowired
    CaseCatalog catalog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock(START);
    private ClassroomService service;

    @BeforeEach
    void createService() {
        service = service(new ClassroomSettings(300, 2000, Duration.ofDays(30), 10, 10), JoinCodes.random()::get);
    }

    @Test
    void a_student_joins_with_the_code_and_the_board_sees_their_submission() {
        var started = service.start(SETUP);

        var joined = joined(service.join(started.joinCode().toLowerCase(), "  Ana  "));
        var outcome = service.submit(joined.participantToken(), BRIDGE);

        assertThat(outcome).isInstanceOf(SubmitOutcome.Submitted.class);
        var snapshot = service.snapshot(started.boardToken()).orElseThrow();
        assertThat(snapshot.info().name()).isEqualTo("History 11B");
        assertThat(snapshot.participants()).extracting(ClassParticipant::displayName).containsExactly("Ana");
        assertThat(snapshot.latest()).singleElement().satisfies(submission -> {
            assertThat(submission.displayName()).isEqualTo("Ana");
            assertThat(submission.choices()).isEqualTo(BRIDGE);
            assertThat(submission.submittedAt()).isEqualTo(START);
        });
    }

    @Test
    void the_join_code_is_eight_unambiguous_characters_and_accepts_the_displayed_form() {
        var code = service.start(SETUP).joinCode();

        assertThat(code).hasSize(8).matches("[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}");
        assertThat(service.byJoinCode(JoinCodes.display(code).toLowerCase())).isPresent();
    }

    @Test
    void a_colliding_join_code_is_drawn_again() {
        var first = service.start(SETUP).joinCode();
        var codes = new ArrayDeque<>(List.of(first, first, "ZZZZ" + first.substring(4)));
        var colliding = service(new ClassroomSettings(300, 2000, Duration.ofDays(30), 10, 10), codes::poll);

        var second = colliding.start(SETUP).joinCode();

        assertThat(second).isEqualTo("ZZZZ" + first.substring(4));
        assertThat(codes).isEmpty();
    }

    @Test
    void the_database_holds_only_hashes_of_the_tokens_and_only_display_names_of_students() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana"));

        var stored = jdbc.queryForList("select * from classroom").toString()
                + jdbc.queryForList("select * from class_participant").toString();

        assertThat(stored).doesNotContain(started.boardToken()).doesNotContain(joined.participantToken())
                .contains(ShareToken.hash(started.boardToken()), ShareToken.hash(joined.participantToken()));
        // About a student: the display name they typed, their role and when they joined; no address, no email.
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
        assertThat(jdbc.queryForList("select upper(column_name) from information_schema.columns"
                + " where table_schema = current_schema and upper(table_name) = 'CLASS_PARTICIPANT'", String.class))
                .containsExactlyInAnyOrder("ID", "CLASSROOM_ID", "TOKEN_HASH", "DISPLAY_NAME", "ROLE", "JOINED_AT");
    }

    @Test
    void duplicate_display_names_are_made_distinct() {
        var code = service.start(SETUP).joinCode();

        var names = List.of(joined(service.join(code, "Ana")).displayName(), joined(service.join(code, "Ana")).displayName(),
                joined(service.join(code, "ana")).displayName(), joined(service.join(code, "x".repeat(40))).displayName(),
                joined(service.join(code, "x".repeat(40))).displayName());

        assertThat(names).containsExactly("Ana", "Ana 2", "ana", "x".repeat(40), "x".repeat(38) + " 2");
    }

    @Test
    void a_blank_or_too_long_name_and_a_wrong_code_are_refused() {
        var code = service.start(SETUP).joinCode();

        assertThat(service.join(code, "   ")).isEqualTo(new JoinOutcome.Refused(Refusal.INVALID_NAME));
        assertThat(service.join(code, "x".repeat(41))).isEqualTo(new JoinOutcome.Refused(Refusal.INVALID_NAME));
        assertThat(service.join("22222222", "Ana")).isEqualTo(new JoinOutcome.Refused(Refusal.UNKNOWN_CODE));
        assertThat(service.join("not a code", "Ana")).isEqualTo(new JoinOutcome.Refused(Refusal.UNKNOWN_CODE));
    }

    @Test
    void a_locked_class_refuses_joins_and_submissions_until_reopened() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana"));

        service.lock(started.boardToken());

        assertThat(service.join(started.joinCode(), "Ben")).isEqualTo(new JoinOutcome.Refused(Refusal.LOCKED));
        assertThat(service.submit(joined.participantToken(), BRIDGE)).isEqualTo(new SubmitOutcome.Refused(Refusal.LOCKED));
        service.reopen(started.boardToken());
        assertThat(service.submit(joined.participantToken(), BRIDGE)).isInstanceOf(SubmitOutcome.Submitted.class);
    }

    @Test
    void a_closed_class_refuses_joins_and_submissions_but_its_board_stays_readable() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana"));
        service.submit(joined.participantToken(), BRIDGE);

        service.close(started.boardToken());

        assertThat(service.join(started.joinCode(), "Ben")).isEqualTo(new JoinOutcome.Refused(Refusal.CLOSED));
        assertThat(service.submit(joined.participantToken(), BRIDGE.with("g7-sanctions")))
                .isEqualTo(new SubmitOutcome.Refused(Refusal.CLOSED));
        assertThat(service.snapshot(started.boardToken()).orElseThrow().latest()).hasSize(1);
    }

    @Test
    void resubmissions_are_numbered_the_board_counts_the_latest_and_keeps_the_history() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana"));

        service.submit(joined.participantToken(), BRIDGE);
        clock.advance(Duration.ofMinutes(2));
        var second = service.submit(joined.participantToken(), BRIDGE.with("foreign-forces"));

        assertThat(second).isEqualTo(new SubmitOutcome.Submitted(2, START.plus(Duration.ofMinutes(2)), false));
        var snapshot = service.snapshot(started.boardToken()).orElseThrow();
        assertThat(snapshot.submissions()).hasSize(2);
        assertThat(snapshot.latest()).singleElement()
                .satisfies(latest -> assertThat(latest.choices().includes("foreign-forces")).isTrue());
        assertThat(service.membership(joined.participantToken()).orElseThrow().latest().orElseThrow().number())
                .isEqualTo(2);
    }

    @Test
    void submitting_the_same_choices_again_stores_no_duplicate() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana"));
        service.submit(joined.participantToken(), BRIDGE);

        var again = service.submit(joined.participantToken(), Choices.none().with("sanctions", "strengthened")
                .with("nato", "bridge"));

        assertThat(again).isEqualTo(new SubmitOutcome.Submitted(1, START, true));
        assertThat(service.snapshot(started.boardToken()).orElseThrow().submissions()).hasSize(1);
    }

    @Test
    void the_participant_and_submission_caps_hold() {
        var capped = service(new ClassroomSettings(2, 3, Duration.ofDays(30), 10, 10), JoinCodes.random()::get);
        var code = capped.start(SETUP).joinCode();
        var ana = joined(capped.join(code, "Ana"));
        joined(capped.join(code, "Ben"));

        assertThat(capped.join(code, "Cleo")).isEqualTo(new JoinOutcome.Refused(Refusal.CLASS_FULL));
        capped.submit(ana.participantToken(), BRIDGE);
        capped.submit(ana.participantToken(), BRIDGE.with("g7-sanctions"));
        capped.submit(ana.participantToken(), BRIDGE.with("foreign-forces"));
        assertThat(capped.submit(ana.participantToken(), Choices.none()))
                .isEqualTo(new SubmitOutcome.Refused(Refusal.SUBMISSIONS_FULL));
    }

    @Test
    void an_expired_class_refuses_students_and_the_purge_deletes_it_with_its_submissions() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana"));
        service.submit(joined.participantToken(), BRIDGE);
        var classId = service.board(started.boardToken()).orElseThrow().id();

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        // Other test classes' classes (real clock) may go now; this one must not.
        service.purgeExpired();
        assertThat(service.board(started.boardToken())).isPresent();
        clock.advance(Duration.ofSeconds(1));

        assertThat(service.join(started.joinCode(), "Ben")).isEqualTo(new JoinOutcome.Refused(Refusal.EXPIRED));
        assertThat(service.submit(joined.participantToken(), Choices.none()))
                .isEqualTo(new SubmitOutcome.Refused(Refusal.EXPIRED));
        assertThat(service.purgeExpired()).isPositive();
        assertThat(service.board(started.boardToken())).isEmpty();
        assertThat(service.membership(joined.participantToken())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from class_submission where classroom_id = ?", Long.class,
                classId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from class_participant where classroom_id = ?", Long.class,
                classId)).isZero();
    }

    @Test
    void the_teacher_can_delete_a_class_at_once() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana"));
        service.submit(joined.participantToken(), BRIDGE);

        assertThat(service.delete(started.boardToken())).isTrue();

        assertThat(service.board(started.boardToken())).isEmpty();
        assertThat(service.membership(joined.participantToken())).isEmpty();
        assertThat(service.join(started.joinCode(), "Ben")).isEqualTo(new JoinOutcome.Refused(Refusal.UNKNOWN_CODE));
    }

    @Test
    void roles_are_given_in_turn_and_can_be_changed_by_hand() {
        var started = service.start(new ClassSetup("Roles", Optional.empty(), RoleMode.ROUND_ROBIN));
        var stakeholders = catalog.defaultCase().stakeholders();

        var first = joined(service.join(started.joinCode(), "Ana"));
        var second = joined(service.join(started.joinCode(), "Ben"));

        assertThat(first.role()).contains(stakeholders.get(0).id());
        assertThat(second.role()).contains(stakeholders.get(1).id());
        var ben = service.snapshot(started.boardToken()).orElseThrow().participants().get(1);
        assertThat(service.assignRole(started.boardToken(), ben.id(), Optional.of(stakeholders.get(2).id()))).isTrue();
        assertThat(service.assignRole(started.boardToken(), ben.id(), Optional.of("no-such-stakeholder"))).isFalse();
        assertThat(service.membership(second.participantToken()).orElseThrow().role()).contains(stakeholders.get(2).id());
    }

    @Test
    void unknown_and_malformed_tokens_find_nothing() {
        assertThat(service.board(ShareToken.generate())).isEmpty();
        assertThat(service.board("../etc")).isEmpty();
        assertThat(service.membership("")).isEmpty();
        assertThat(service.submit(ShareToken.generate(), BRIDGE))
                .isEqualTo(new SubmitOutcome.Refused(Refusal.UNKNOWN_PARTICIPANT));
        assertThat(service.lock(ShareToken.generate())).isFalse();
    }

    @Test
    void a_class_needs_a_name_within_its_length() {
        assertThatThrownBy(() -> service.start(new ClassSetup(" ", Optional.empty(), RoleMode.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.start(new ClassSetup("x".repeat(81), Optional.empty(), RoleMode.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A service with this test's clock, limits and codes, transactional like the application's bean. */
    private ClassroomService service(ClassroomSettings settings, Supplier<String> codes) {
        var factory = new ProxyFactory(new ClassroomService(classes, participants, submissions, catalog, settings, events,
                clock, codes));
        factory.setProxyTargetClass(true);
        factory.addAdvice(new TransactionInterceptor((TransactionManager) transactions,
                new AnnotationTransactionAttributeSource()));
        return (ClassroomService) factory.getProxy();
    }

    private static JoinOutcome.Joined joined(JoinOutcome outcome) {
        assertThat(outcome).isInstanceOf(JoinOutcome.Joined.class);
        return (JoinOutcome.Joined) outcome;
    }
}
