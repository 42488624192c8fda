package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.guaranteelab.MutableClock;
import org.guaranteelab.base.AllowanceStore;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.base.TokenGuessLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

@Tag("database")
@SpringBootTest
class ClassroomServiceTest {

    /** Joins of the tests come from one address, as from a school behind one NAT address. */
    private static final String CLIENT = "203.0.113.10";

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
    @Autowired
    TokenGuessLimiter guesses;

    private final MutableClock clock = new MutableClock(START);
    private ClassroomService service;

    @BeforeEach
    void createService() {
        service = service(TestSettings.defaults(), JoinCodes.random()::get);
    }

    @Test
    void a_student_joins_with_the_code_and_the_board_sees_their_submission() {
        var started = service.start(SETUP);

        var joined = joined(service.join(started.joinCode().toLowerCase(), "  Ana  ", CLIENT));
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
        var colliding = service(TestSettings.defaults(), codes::poll);

        var second = colliding.start(SETUP).joinCode();

        assertThat(second).isEqualTo("ZZZZ" + first.substring(4));
        assertThat(codes).isEmpty();
    }

    @Test
    void the_database_holds_only_hashes_of_the_tokens_and_only_display_names_of_students() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));

        var stored = jdbc.queryForList("select * from classroom").toString()
                + jdbc.queryForList("select * from class_participant").toString();

        assertThat(stored).doesNotContain(started.boardToken()).doesNotContain(joined.participantToken())
                .contains(ShareToken.hash(started.boardToken()), ShareToken.hash(joined.participantToken()));
        // About a student: the display name they typed, their role and when they joined; no address, no email.
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
        assertThat(jdbc.queryForList("select upper(column_name) from information_schema.columns"
                + " where table_schema = current_schema and upper(table_name) = 'CLASS_PARTICIPANT'", String.class))
                .containsExactlyInAnyOrder("ID", "CLASSROOM_ID", "TOKEN_HASH", "DISPLAY_NAME", "ROLE", "JOINED_AT",
                        "REMOVED_AT");
    }

    @Test
    void duplicate_display_names_are_made_distinct() {
        var code = service.start(SETUP).joinCode();

        var names = List.of(joined(service.join(code, "Ana", CLIENT)).displayName(), joined(service.join(code, "Ana", CLIENT)).displayName(),
                joined(service.join(code, "ana", CLIENT)).displayName(), joined(service.join(code, "x".repeat(40), CLIENT)).displayName(),
                joined(service.join(code, "x".repeat(40), CLIENT)).displayName());

        assertThat(names).containsExactly("Ana", "Ana (2)", "ana", "x".repeat(40), "x".repeat(36) + " (2)");
    }

    @Test
    void a_blank_or_too_long_name_and_a_wrong_code_are_refused() {
        var code = service.start(SETUP).joinCode();

        assertThat(service.join(code, "   ", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.INVALID_NAME));
        assertThat(service.join(code, "x".repeat(41), CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.INVALID_NAME));
        assertThat(service.join("22222222", "Ana", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.UNKNOWN_CODE));
        assertThat(service.join("not a code", "Ana", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.UNKNOWN_CODE));
    }

    @Test
    void a_locked_class_refuses_joins_and_submissions_until_reopened() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));

        service.lock(started.boardToken());

        assertThat(service.join(started.joinCode(), "Ben", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.LOCKED));
        assertThat(service.submit(joined.participantToken(), BRIDGE)).isEqualTo(new SubmitOutcome.Refused(Refusal.LOCKED));
        service.reopen(started.boardToken());
        assertThat(service.submit(joined.participantToken(), BRIDGE)).isInstanceOf(SubmitOutcome.Submitted.class);
    }

    @Test
    void a_closed_class_refuses_joins_and_submissions_but_its_board_stays_readable() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));
        service.submit(joined.participantToken(), BRIDGE);

        service.close(started.boardToken());

        assertThat(service.join(started.joinCode(), "Ben", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.CLOSED));
        assertThat(service.submit(joined.participantToken(), BRIDGE.with("g7-sanctions")))
                .isEqualTo(new SubmitOutcome.Refused(Refusal.CLOSED));
        assertThat(service.snapshot(started.boardToken()).orElseThrow().latest()).hasSize(1);
    }

    @Test
    void resubmissions_are_numbered_the_board_counts_the_latest_and_keeps_the_history() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));

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
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));
        service.submit(joined.participantToken(), BRIDGE);

        var again = service.submit(joined.participantToken(), Choices.none().with("sanctions", "strengthened")
                .with("nato", "bridge"));

        assertThat(again).isEqualTo(new SubmitOutcome.Submitted(1, START, true));
        assertThat(service.snapshot(started.boardToken()).orElseThrow().submissions()).hasSize(1);
    }

    @Test
    void a_reason_is_stored_as_typed_and_a_changed_reason_alone_is_a_new_submission() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));
        var typed = "  <b>NATO</b> & \"bridge\"\r\nbecause Kyiv asked 👩\u200D💻 می\u200Cخواهم\u0007  ";

        service.submit(joined.participantToken(), BRIDGE, typed);
        var same = service.submit(joined.participantToken(), BRIDGE, typed);
        var changed = service.submit(joined.participantToken(), BRIDGE, "Kyiv asked for it");

        var stored = "<b>NATO</b> & \"bridge\"\nbecause Kyiv asked 👩\u200D💻 می\u200Cخواهم";
        assertThat(same).isEqualTo(new SubmitOutcome.Submitted(1, START, true));
        assertThat(changed).isEqualTo(new SubmitOutcome.Submitted(2, START, false));
        assertThat(service.snapshot(started.boardToken()).orElseThrow().submissions())
                .extracting(ClassSubmission::reason).containsExactly(stored, "Kyiv asked for it");
        assertThat(service.membership(joined.participantToken()).orElseThrow().latest().orElseThrow().reason())
                .isEqualTo("Kyiv asked for it");
    }

    @Test
    void a_reason_with_hidden_characters_or_over_its_length_is_refused_and_nothing_is_stored() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));

        for (var hostile : List.of("Bridge \u202Eplan", "see\u200Bnote", "lone \uD800", "\u2800",
                "r".repeat(ClassSubmission.REASON_LENGTH + 1))) {
            var outcome = service.submit(joined.participantToken(), BRIDGE, hostile);
            assertThat(outcome).as(hostile).isInstanceOfSatisfying(SubmitOutcome.Refused.class,
                    refused -> assertThat(refused.reason().isAboutTheReason()).isTrue());
        }

        assertThat(service.snapshot(started.boardToken()).orElseThrow().submissions()).isEmpty();
        assertThat(service.submit(joined.participantToken(), BRIDGE, "r".repeat(ClassSubmission.REASON_LENGTH)))
                .isInstanceOf(SubmitOutcome.Submitted.class);
        assertThat(Reasons.problem("Bridge \u202Eplan")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("U+202E RIGHT-TO-LEFT OVERRIDE").contains("after “Bridge ”"));
    }

    @Test
    void the_participant_and_submission_caps_hold() {
        var capped = service(TestSettings.caps(2, 3), JoinCodes.random()::get);
        var code = capped.start(SETUP).joinCode();
        var ana = joined(capped.join(code, "Ana", CLIENT));
        joined(capped.join(code, "Ben", CLIENT));

        assertThat(capped.join(code, "Cleo", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.CLASS_FULL));
        capped.submit(ana.participantToken(), BRIDGE);
        capped.submit(ana.participantToken(), BRIDGE.with("g7-sanctions"));
        capped.submit(ana.participantToken(), BRIDGE.with("foreign-forces"));
        assertThat(capped.submit(ana.participantToken(), Choices.none()))
                .isEqualTo(new SubmitOutcome.Refused(Refusal.SUBMISSIONS_FULL));
    }

    @Test
    void an_expired_class_refuses_students_and_the_purge_deletes_it_with_its_submissions() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));
        service.submit(joined.participantToken(), BRIDGE);
        var classId = service.board(started.boardToken()).orElseThrow().id();

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        // Other test classes' classes (real clock) may go now; this one must not.
        service.purgeExpired();
        assertThat(service.board(started.boardToken())).isPresent();
        clock.advance(Duration.ofSeconds(1));

        assertThat(service.join(started.joinCode(), "Ben", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.EXPIRED));
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
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));
        service.submit(joined.participantToken(), BRIDGE);

        assertThat(service.delete(started.boardToken())).isTrue();

        assertThat(service.board(started.boardToken())).isEmpty();
        assertThat(service.membership(joined.participantToken())).isEmpty();
        assertThat(service.join(started.joinCode(), "Ben", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.UNKNOWN_CODE));
    }

    @Test
    void roles_skip_stakeholders_the_source_states_no_position_for_unless_the_teacher_opts_in() {
        var theCase = catalog.defaultCase();
        var silent = theCase.stakeholders().stream()
                .filter(stakeholder -> RoleCard.of(theCase, stakeholder.id()).orElseThrow().silent())
                .map(stakeholder -> stakeholder.id()).toList();
        assertThat(silent).as("the case has a silent stakeholder, or this test proves nothing").isNotEmpty();
        var everyone = theCase.stakeholders().size();

        var skipping = service.start(new ClassSetup("Roles", Optional.empty(), RoleMode.ROUND_ROBIN));
        var including = service.start(new ClassSetup("All roles", Optional.empty(), RoleMode.ROUND_ROBIN_ALL));
        var given = IntStream.range(0, everyone)
                .mapToObj(i -> joined(service.join(skipping.joinCode(), "S" + i, CLIENT)).role().orElseThrow())
                .toList();
        var givenAll = IntStream.range(0, everyone)
                .mapToObj(i -> joined(service.join(including.joinCode(), "S" + i, CLIENT)).role().orElseThrow())
                .toList();

        assertThat(given).doesNotContainAnyElementsOf(silent);
        assertThat(givenAll).containsExactlyElementsOf(theCase.stakeholders().stream().map(s -> s.id()).toList());
    }

    @Test
    void roles_are_given_in_turn_and_can_be_changed_by_hand() {
        var started = service.start(new ClassSetup("Roles", Optional.empty(), RoleMode.ROUND_ROBIN));
        var theCase = catalog.defaultCase();
        var stakeholders = theCase.stakeholders().stream()
                .filter(stakeholder -> !RoleCard.of(theCase, stakeholder.id()).orElseThrow().silent()).toList();

        var first = joined(service.join(started.joinCode(), "Ana", CLIENT));
        var second = joined(service.join(started.joinCode(), "Ben", CLIENT));

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
    void a_class_needs_a_visible_name_within_its_length_and_no_hidden_characters() {
        assertThatThrownBy(() -> service.start(new ClassSetup(" ", Optional.empty(), RoleMode.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.start(new ClassSetup("x".repeat(81), Optional.empty(), RoleMode.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.start(new ClassSetup("History\u202E 11B", Optional.empty(), RoleMode.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.start(new ClassSetup("\u3164", Optional.empty(), RoleMode.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.start(new ClassSetup("History", Optional.of("Why\u200B?"), RoleMode.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void look_alike_names_are_one_name_in_a_class_and_the_second_is_numbered() {
        var code = service.start(SETUP).joinCode();

        var names = List.of(joined(service.join(code, "BOB", CLIENT)).displayName(),
                joined(service.join(code, "ВОВ", CLIENT)).displayName(),
                joined(service.join(code, "ＢＯＢ", CLIENT)).displayName(),
                joined(service.join(code, "Ana\u00A0\u2003Lee", CLIENT)).displayName());

        // Cyrillic ВОВ and fullwidth ＢＯＢ (stored as BOB by NFKC) look like BOB; no-break and em spaces are spaces.
        assertThat(names).containsExactly("BOB", "ВОВ (2)", "BOB (3)", "Ana Lee");
    }

    @Test
    void names_with_hidden_characters_mixed_look_alike_scripts_or_nothing_to_see_are_refused() {
        var code = service.start(SETUP).joinCode();

        assertThat(service.join(code, "\u0410na", CLIENT)).as("Cyrillic А in a Latin name")
                .isEqualTo(new JoinOutcome.Refused(Refusal.NAME_MIXED_SCRIPTS));
        assertThat(service.join(code, "Bo\u200Bb", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.NAME_HIDDEN));
        assertThat(service.join(code, "Ana\u202Eeel", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.NAME_HIDDEN));
        assertThat(service.join(code, "\u3164", CLIENT)).as("Hangul filler")
                .isEqualTo(new JoinOutcome.Refused(Refusal.NAME_HIDDEN));
        assertThat(service.join(code, "Ana\uDC00", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.NAME_HIDDEN));
        assertThat(service.join(code, "\u00A0\u2003", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.INVALID_NAME));
        assertThat(service.join(code, "\u0301\u0301", CLIENT)).as("marks with nothing to sit on")
                .isEqualTo(new JoinOutcome.Refused(Refusal.INVALID_NAME));
        assertThat(joined(service.join(code, "Zoë 李 👩\u200D💻", CLIENT)).displayName()).isEqualTo("Zoë 李 👩\u200D💻");
    }

    @Test
    void a_name_whose_words_are_each_in_one_script_is_accepted_though_the_words_differ() {
        var code = service.start(SETUP).joinCode();

        assertThat(joined(service.join(code, "Олена Smith", CLIENT)).displayName()).isEqualTo("Олена Smith");
        assertThat(joined(service.join(code, "Учень 🇺🇦 r0s1-0", CLIENT)).displayName()).isEqualTo("Учень 🇺🇦 r0s1-0");
        assertThat(service.join(code, "Олена Sm\u0456th", CLIENT)).as("Cyrillic і inside a Latin word")
                .isEqualTo(new JoinOutcome.Refused(Refusal.NAME_MIXED_SCRIPTS));
    }

    @Test
    void a_student_cannot_take_the_number_the_class_gives_a_later_namesake() {
        var code = service.start(SETUP).joinCode();

        assertThat(service.join(code, "Bob (2)", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.NAME_NUMBERED));
        assertThat(service.join(code, "Bob ⑵", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.NAME_NUMBERED));
        assertThat(joined(service.join(code, "Group 3", CLIENT)).displayName()).isEqualTo("Group 3");
        assertThat(joined(service.join(code, "Bob", CLIENT)).displayName()).isEqualTo("Bob");
        assertThat(joined(service.join(code, "Bob", CLIENT)).displayName()).isEqualTo("Bob (2)");
    }

    @Test
    void a_join_flood_from_one_client_and_a_submit_flood_from_one_student_leave_a_real_student_room() {
        var started = service.start(SETUP);
        var flooder = "198.51.100.66";

        var bots = new java.util.ArrayList<JoinOutcome.Joined>();
        var refused = 0;
        for (int i = 0; i < 400; i++) {
            switch (service.join(started.joinCode(), "bot" + i, flooder)) {
                case JoinOutcome.Joined joined -> bots.add(joined);
                case JoinOutcome.Refused(var reason) -> {
                    assertThat(reason).isEqualTo(Refusal.JOINING_TOO_FAST);
                    refused++;
                }
            }
        }
        var spammer = bots.getFirst().participantToken();
        var stored = 0;
        for (int i = 0; i < 200; i++) {
            var outcome = service.submit(spammer, i % 2 == 0 ? BRIDGE : BRIDGE.with("g7-sanctions"));
            if (outcome instanceof SubmitOutcome.Submitted) {
                stored++;
            } else {
                assertThat(outcome).isEqualTo(new SubmitOutcome.Refused(Refusal.SUBMITTING_TOO_FAST));
            }
        }
        var ana = service.join(started.joinCode(), "Ana", "203.0.113.77");

        assertThat(bots).as("the burst of one address").hasSize(100);
        assertThat(refused).isEqualTo(300);
        assertThat(stored).as("the burst of one student").isEqualTo(10);
        assertThat(service.submit(joined(ana).participantToken(), BRIDGE)).isInstanceOf(SubmitOutcome.Submitted.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.submit(spammer, Choices.none())).as("a minute later").isInstanceOf(SubmitOutcome.Submitted.class);
        assertThat(service.join(started.joinCode(), "bot-again", flooder)).isInstanceOf(JoinOutcome.Joined.class);
    }

    @Test
    void joins_that_never_submit_give_their_seat_back_after_the_hold() {
        var capped = service(TestSettings.caps(2, 2000), JoinCodes.random()::get);
        var code = capped.start(SETUP).joinCode();
        capped.submit(joined(capped.join(code, "Ana", CLIENT)).participantToken(), BRIDGE);
        joined(capped.join(code, "Ben", CLIENT));

        assertThat(capped.join(code, "Cleo", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.CLASS_FULL));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(joined(capped.join(code, "Cleo", CLIENT)).displayName()).isEqualTo("Cleo");
        assertThat(capped.join(code, "Dan", CLIENT)).as("Ana submitted, Cleo just joined")
                .isEqualTo(new JoinOutcome.Refused(Refusal.CLASS_FULL));
    }

    @Test
    void a_class_stores_at_most_twice_its_seats_in_joins_abandoned_ones_included() {
        var capped = service(TestSettings.caps(1, 2000), JoinCodes.random()::get);
        var code = capped.start(SETUP).joinCode();
        joined(capped.join(code, "Ana", CLIENT));
        clock.advance(Duration.ofMinutes(16));
        joined(capped.join(code, "Ben", CLIENT));
        clock.advance(Duration.ofMinutes(16));

        assertThat(capped.join(code, "Cleo", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.CLASS_FULL));
    }

    @Test
    void the_teacher_removes_a_student_deleting_or_keeping_their_submissions() {
        var capped = service(TestSettings.caps(300, 3), JoinCodes.random()::get);
        var started = capped.start(SETUP);
        var ana = joined(capped.join(started.joinCode(), "Ana", CLIENT)).participantToken();
        var ben = joined(capped.join(started.joinCode(), "Ben", CLIENT)).participantToken();
        var cleo = joined(capped.join(started.joinCode(), "Cleo", CLIENT)).participantToken();
        capped.submit(ana, BRIDGE);
        capped.submit(ana, BRIDGE.with("g7-sanctions"));
        capped.submit(ben, BRIDGE);
        assertThat(capped.submit(cleo, BRIDGE)).isEqualTo(new SubmitOutcome.Refused(Refusal.SUBMISSIONS_FULL));
        var people = capped.snapshot(started.boardToken()).orElseThrow().participants();

        assertThat(capped.remove(started.boardToken(), Set.of(people.get(0).id()), Removal.DELETE_SUBMISSIONS)).isOne();
        assertThat(capped.remove(started.boardToken(), Set.of(people.get(1).id()), Removal.KEEP_SUBMISSIONS)).isOne();

        var snapshot = capped.snapshot(started.boardToken()).orElseThrow();
        assertThat(snapshot.participants()).extracting(ClassParticipant::displayName).containsExactly("Cleo");
        assertThat(snapshot.submissions()).extracting(ClassSubmission::displayName).containsExactly("Ben");
        assertThat(capped.submit(ana, Choices.none())).isEqualTo(new SubmitOutcome.Refused(Refusal.REMOVED));
        assertThat(capped.membership(ben)).isEmpty();
        assertThat(capped.submit(cleo, BRIDGE)).as("Ana's submissions no longer count")
                .isInstanceOf(SubmitOutcome.Submitted.class);
        assertThat(capped.remove(ShareToken.generate(), Set.of(people.get(2).id()), Removal.KEEP_SUBMISSIONS)).isZero();
    }

    @Test
    void the_teacher_removes_a_flood_of_joins_at_once_and_a_real_student_gets_a_seat() {
        var capped = service(TestSettings.caps(50, 2000), JoinCodes.random()::get);
        var started = capped.start(SETUP);
        for (int i = 0; i < 50; i++) {
            capped.submit(joined(capped.join(started.joinCode(), "bot" + i, "198.51.100.66")).participantToken(), BRIDGE);
        }
        assertThat(capped.join(started.joinCode(), "Ana", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.CLASS_FULL));
        var bots = capped.snapshot(started.boardToken()).orElseThrow().participants().stream()
                .map(ClassParticipant::id).collect(java.util.stream.Collectors.toSet());

        assertThat(capped.remove(started.boardToken(), bots, Removal.DELETE_SUBMISSIONS)).isEqualTo(50);

        assertThat(capped.snapshot(started.boardToken()).orElseThrow().submissions()).isEmpty();
        assertThat(joined(capped.join(started.joinCode(), "Ana", CLIENT)).displayName()).isEqualTo("Ana");
        assertThat(capped.remove(started.boardToken(), bots, Removal.DELETE_SUBMISSIONS)).as("already removed").isZero();
    }

    @Test
    void one_student_cannot_use_up_the_class_submissions() {
        var joined = joined(service.join(service.start(SETUP).joinCode(), "Ana", CLIENT));
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(15));
            assertThat(service.submit(joined.participantToken(), i % 2 == 0 ? BRIDGE : Choices.none()))
                    .as("submission %d", i + 1).isInstanceOf(SubmitOutcome.Submitted.class);
        }
        clock.advance(Duration.ofSeconds(15));

        assertThat(service.submit(joined.participantToken(), BRIDGE.with("foreign-forces")))
                .isEqualTo(new SubmitOutcome.Refused(Refusal.STUDENT_SUBMISSIONS_FULL));
    }

    @Test
    void without_a_free_database_connection_a_join_and_a_submission_are_refused_as_busy_and_nothing_is_stored() {
        var started = service.start(SETUP);
        var joined = joined(service.join(started.joinCode(), "Ana", CLIENT));
        var settings = TestSettings.defaults();
        var poolExhausted = new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new CannotGetJdbcConnectionException("Connection is not available, request timed out after 30000ms"));
            }

            @Override
            public void commit(TransactionStatus status) {
            }

            @Override
            public void rollback(TransactionStatus status) {
            }
        };
        var busy = new ClassroomService(classes, participants, submissions, catalog, settings,
                new ClassroomRateLimits(settings, AllowanceStore.inMemory(clock)), guesses, events, clock,
                JoinCodes.random()::get, poolExhausted);

        assertThat(busy.submit(joined.participantToken(), BRIDGE, "Why not"))
                .isEqualTo(new SubmitOutcome.Refused(Refusal.SUBMIT_BUSY));
        assertThat(busy.join(started.joinCode(), "Ben", CLIENT)).isEqualTo(new JoinOutcome.Refused(Refusal.JOIN_BUSY));
        var snapshot = service.snapshot(started.boardToken()).orElseThrow();
        assertThat(snapshot.latest()).isEmpty();
        assertThat(snapshot.participants()).hasSize(1);
    }

    /** A service with this test's clock, limits and codes, transactional like the application's bean. */
    private ClassroomService service(ClassroomSettings settings, Supplier<String> codes) {
        var factory = new ProxyFactory(new ClassroomService(classes, participants, submissions, catalog, settings,
                new ClassroomRateLimits(settings, AllowanceStore.inMemory(clock)), guesses, events, clock, codes, transactions));
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
