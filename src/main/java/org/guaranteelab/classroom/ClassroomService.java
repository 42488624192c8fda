package org.guaranteelab.classroom;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.guaranteelab.base.HiddenCharacters;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.base.TokenGuessLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Classes: a teacher starts one and holds its board token; students join with its code and a
 * display name, and submit scenarios with their participant token. Joins of one class take turns on
 * the class's row lock, so that the seats and the numbering of names hold under a burst; a student's
 * submissions take turns on the student's row, so that a burst of submissions does not queue on the class.
 * A join or submission that cannot get the class's row or a database connection in time is refused
 * as {@link Refusal#JOIN_BUSY} or {@link Refusal#SUBMIT_BUSY}, never thrown to the page (issues 18, 22).
 */
@Service
public class ClassroomService {

    private static final Logger log = LoggerFactory.getLogger(ClassroomService.class);
    private static final int CODE_ATTEMPTS = 10;

    private final ClassroomRepository classes;
    private final ParticipantRepository participants;
    private final SubmissionRepository submissions;
    private final CaseCatalog catalog;
    private final ClassroomSettings settings;
    private final ClassroomRateLimits limits;
    private final TokenGuessLimiter guesses;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Supplier<String> codes;
    private final TransactionTemplate transactions;

    @Autowired
    ClassroomService(ClassroomRepository classes, ParticipantRepository participants, SubmissionRepository submissions,
                     CaseCatalog catalog, ClassroomSettings settings, ClassroomRateLimits limits,
                     TokenGuessLimiter guesses, ApplicationEventPublisher events, Clock clock,
                     PlatformTransactionManager transactions) {
        this(classes, participants, submissions, catalog, settings, limits, guesses, events, clock, JoinCodes.random(),
                transactions);
    }

    /** {@code codes} is replaceable so that tests can force collisions. */
    ClassroomService(ClassroomRepository classes, ParticipantRepository participants, SubmissionRepository submissions,
                     CaseCatalog catalog, ClassroomSettings settings, ClassroomRateLimits limits,
                     TokenGuessLimiter guesses, ApplicationEventPublisher events, Clock clock, Supplier<String> codes,
                     PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.classes = classes;
        this.participants = participants;
        this.submissions = submissions;
        this.catalog = catalog;
        this.settings = settings;
        this.limits = limits;
        this.guesses = guesses;
        this.events = events;
        this.clock = clock;
        this.codes = codes;
    }

    /**
     * Starts a class on the case the setup names, the default case if it names none.
     *
     * @throws IllegalArgumentException if the name is blank, a field is too long or holds a hidden
     *                                  character, or the case is unknown (the form checks first)
     */
    @Transactional
    public StartedClass start(ClassSetup setup) {
        var name = setup.name() == null ? "" : setup.name().strip();
        var prompt = setup.prompt().map(String::strip).filter(text -> !text.isEmpty());
        if (name.isEmpty() || name.length() > ClassSetup.NAME_LENGTH || !HiddenCharacters.isVisible(name)
                || HiddenCharacters.first(name).isPresent()
                || prompt.map(text -> text.length() > ClassSetup.PROMPT_LENGTH
                        || HiddenCharacters.first(text).isPresent()).orElse(false)) {
            throw new IllegalArgumentException("A class needs a name of 1 to " + ClassSetup.NAME_LENGTH
                    + " visible characters and a prompt of at most " + ClassSetup.PROMPT_LENGTH
                    + ", neither with invisible or direction-changing characters");
        }
        var theCase = setup.caseId().isEmpty() ? catalog.defaultCase() : catalog.find(setup.caseId().get())
                .orElseThrow(() -> new IllegalArgumentException("No published case has this id"));
        var code = unusedCode();
        var boardToken = ShareToken.generate();
        var now = clock.instant();
        classes.save(new Classroom(ShareToken.hash(boardToken), code, name, prompt.orElse(null),
                theCase.id(), setup.roles(), now, now.plus(settings.expiresAfter())));
        return new StartedClass(boardToken, code);
    }

    /**
     * The class of a board token, as its board page opens; empty for unknown or malformed tokens
     * alike, which count as guesses ({@link TokenGuessLimiter}), and for a client past its guesses.
     */
    @Transactional(readOnly = true)
    public Optional<ClassInfo> board(String boardToken) {
        return opened(true, () -> byBoardToken(boardToken)).map(this::info);
    }

    /**
     * The class, its students and all submissions, for the board and the CSV export. Unknown tokens
     * count as guesses; the export's 429 past the limit is TokenGuessFilter's.
     */
    @Transactional(readOnly = true)
    public Optional<ClassSnapshot> snapshot(String boardToken) {
        return opened(false, () -> byBoardToken(boardToken)).map(this::snapshotOf);
    }

    /** What a student sees of a join code before joining; empty if no class has it. */
    @Transactional(readOnly = true)
    public Optional<ClassInfo> byJoinCode(String typedCode) {
        return JoinCodes.normalize(typedCode).flatMap(classes::findByJoinCode).map(this::info);
    }

    /**
     * Joins a student. The rate limits (per client, then per class) are taken before the class's
     * lock, so that a flood of joins is refused without queueing for it.
     *
     * @param clientKey who is asking ({@link org.guaranteelab.base.ClientKeys}), for the per-client limit
     */
    public JoinOutcome join(String typedCode, String typedName, String clientKey) {
        return whenNotBusy(() -> transactions.execute(status -> joinNow(typedCode, typedName, clientKey)),
                new JoinOutcome.Refused(Refusal.JOIN_BUSY));
    }

    private JoinOutcome joinNow(String typedCode, String typedName, String clientKey) {
        var found = JoinCodes.normalize(typedCode).flatMap(classes::findByJoinCode);
        if (found.isEmpty()) {
            return new JoinOutcome.Refused(Refusal.UNKNOWN_CODE);
        }
        var checked = DisplayNames.check(typedName);
        if (checked instanceof DisplayNames.Checked.Refused(var reason)) {
            return new JoinOutcome.Refused(reason);
        }
        var name = ((DisplayNames.Checked.Valid) checked).name();
        var closed = refusalToAccept(found.get());
        if (closed.isPresent()) {
            return new JoinOutcome.Refused(closed.get());
        }
        if (!limits.tryJoinFrom(clientKey)) {
            return new JoinOutcome.Refused(Refusal.JOINING_TOO_FAST);
        }
        if (!limits.tryJoinClass(found.get().id())) {
            return new JoinOutcome.Refused(Refusal.CLASS_BUSY);
        }
        var classroom = classes.lockById(found.get().id()).orElseThrow();
        var refusal = refusalToAccept(classroom);
        if (refusal.isPresent()) {
            return new JoinOutcome.Refused(refusal.get());
        }
        var now = clock.instant();
        var count = participants.countByClassroomId(classroom.id());
        // Every join is a row, abandoned ones too: twice the seats bounds what a class stores.
        if (participants.countSeatsTaken(classroom.id(), now.minus(settings.seatHold())) >= settings.maxParticipants()
                || count >= 2L * settings.maxParticipants()) {
            return new JoinOutcome.Refused(Refusal.CLASS_FULL);
        }
        var taken = participants.displayNamesIn(classroom.id()).stream()
                .map(DisplayNames::skeleton)
                .collect(Collectors.toSet());
        var shown = DisplayNames.distinct(name, candidate -> taken.contains(DisplayNames.skeleton(candidate)));
        var role = classroom.roles().assignsRoles() ? roundRobinRole(classroom, count).orElse(null) : null;
        var token = ShareToken.generate();
        participants.save(new Participant(classroom.id(), ShareToken.hash(token), shown, role, now));
        events.publishEvent(new ClassChanged(classroom.id()));
        return new JoinOutcome.Joined(token, shown, Optional.ofNullable(role));
    }

    /**
     * A student's class, by the token they got on joining, as their page opens; empty for unknown
     * tokens (which count as guesses, {@link TokenGuessLimiter}), removed students, and a client past
     * its guesses.
     */
    @Transactional(readOnly = true)
    public Optional<Membership> membership(String participantToken) {
        return opened(true, () -> byParticipantToken(participantToken))
                .filter(participant -> !participant.isRemoved())
                .map(this::membershipOf);
    }

    private Membership membershipOf(Participant participant) {
        var classroom = classes.findById(participant.classroomId()).orElseThrow();
        var theCase = caseOf(classroom);
        var latest = submissions.findFirstByParticipantIdOrderByNumberDesc(participant.id())
                .map(submission -> describe(theCase, submission, participant, true));
        return new Membership(info(classroom), participant.displayName(), Optional.ofNullable(participant.role()),
                latest);
    }

    /** A submission without a reason. */
    public SubmitOutcome submit(String participantToken, Choices choices) {
        return submit(participantToken, choices, "");
    }

    /**
     * Stores a submission before answering, so that "submitted" means it is in the database. The same
     * choices and reason as the student's latest submission store nothing new: a retry after a lost
     * connection cannot make a duplicate.
     *
     * @param typedReason the student's "why I chose this", blank for none ({@link Reasons})
     */
    public SubmitOutcome submit(String participantToken, Choices choices, String typedReason) {
        return whenNotBusy(() -> transactions.execute(status -> submitNow(participantToken, choices, typedReason)),
                new SubmitOutcome.Refused(Refusal.SUBMIT_BUSY));
    }

    /**
     * The outcome of one transaction, or {@code busy} if the database gave up waiting for a lock or a
     * connection: a burst of a whole class on a loaded server, which passes in a moment. The
     * transaction is rolled back, so nothing is half stored.
     */
    private static <T> T whenNotBusy(Supplier<T> work, T busy) {
        try {
            return work.get();
        } catch (TransientDataAccessException | CannotCreateTransactionException | DataAccessResourceFailureException e) {
            log.warn("A class was too busy to answer in time: {}", e.getClass().getSimpleName());
            return busy;
        }
    }

    private SubmitOutcome submitNow(String participantToken, Choices choices, String typedReason) {
        var reason = Reasons.clean(typedReason);
        var wrongReason = Reasons.refusal(reason);
        if (wrongReason.isPresent()) {
            return new SubmitOutcome.Refused(wrongReason.get());
        }
        var participant = byParticipantToken(participantToken);
        if (participant.isEmpty()) {
            return new SubmitOutcome.Refused(Refusal.UNKNOWN_PARTICIPANT);
        }
        if (participant.get().isRemoved()) {
            return new SubmitOutcome.Refused(Refusal.REMOVED);
        }
        // Before the lock, so that a flood from one student does not queue for it, holding connections the class needs.
        if (!limits.trySubmit(participant.get().id())) {
            return new SubmitOutcome.Refused(Refusal.SUBMITTING_TOO_FAST);
        }
        // The student's own row, not the class's: a burst of submissions need not queue behind one
        // another and the class's joins (issues 18, 22). The class's cap may then be passed by the few
        // submissions stored at the same moment, which bounds storage all the same.
        participants.lockById(participant.get().id()).orElseThrow();
        var classroom = classes.findById(participant.get().classroomId()).orElseThrow();
        var refusal = refusalToAccept(classroom);
        if (refusal.isPresent()) {
            return new SubmitOutcome.Refused(refusal.get());
        }
        var address = ScenarioAddress.encode(caseOf(classroom), choices);
        var latest = submissions.findFirstByParticipantIdOrderByNumberDesc(participant.get().id());
        if (latest.isPresent() && latest.get().choices().equals(address) && latest.get().reason().equals(reason)) {
            return new SubmitOutcome.Submitted(latest.get().number(), latest.get().submittedAt(), true);
        }
        if (submissions.countByParticipantId(participant.get().id()) >= settings.maxSubmissionsPerStudent()) {
            return new SubmitOutcome.Refused(Refusal.STUDENT_SUBMISSIONS_FULL);
        }
        if (submissions.countByClassroomId(classroom.id()) >= settings.maxSubmissions()) {
            return new SubmitOutcome.Refused(Refusal.SUBMISSIONS_FULL);
        }
        var number = latest.map(Submission::number).orElse(0) + 1;
        var saved = submissions.save(new Submission(classroom.id(), participant.get().id(), number, address, reason,
                clock.instant()));
        events.publishEvent(new ClassChanged(classroom.id()));
        return new SubmitOutcome.Submitted(saved.number(), saved.submittedAt(), false);
    }

    /** Pauses joins and submissions. False if the token is unknown. */
    @Transactional
    public boolean lock(String boardToken) {
        return changeState(boardToken, ClassState.LOCKED);
    }

    @Transactional
    public boolean reopen(String boardToken) {
        return changeState(boardToken, ClassState.OPEN);
    }

    /** Ends the class for good; the board stays readable until it expires. */
    @Transactional
    public boolean close(String boardToken) {
        return changeState(boardToken, ClassState.CLOSED);
    }

    /** Gives a student a role by hand ({@code stakeholderId} empty: none). False if anything is unknown. */
    @Transactional
    public boolean assignRole(String boardToken, long participantId, Optional<String> stakeholderId) {
        var classroom = byBoardToken(boardToken);
        if (classroom.isEmpty() || stakeholderId.map(id -> caseOf(classroom.get()).stakeholder(id).isEmpty()).orElse(false)) {
            return false;
        }
        var participant = participants.findById(participantId)
                .filter(found -> found.classroomId().equals(classroom.get().id()));
        participant.ifPresent(found -> {
            found.setRole(stakeholderId.orElse(null));
            events.publishEvent(new ClassChanged(classroom.get().id()));
        });
        return participant.isPresent();
    }

    /**
     * Removes students: their links stop working and they no longer hold a seat. Their submissions
     * stay on the board or are deleted, as the teacher chooses. Ids of other classes, unknown or
     * already removed students are passed over.
     *
     * @return how many were removed; 0 if the board token is unknown
     */
    @Transactional
    public int remove(String boardToken, Set<Long> participantIds, Removal removal) {
        var classroom = byBoardToken(boardToken);
        if (classroom.isEmpty()) {
            return 0;
        }
        classes.lockById(classroom.get().id());
        var now = clock.instant();
        var removed = participants.findAllById(participantIds).stream()
                .filter(found -> found.classroomId().equals(classroom.get().id()) && !found.isRemoved())
                .toList();
        removed.forEach(found -> {
            if (removal == Removal.DELETE_SUBMISSIONS) {
                submissions.deleteByParticipantId(found.id());
            }
            found.remove(now);
        });
        if (!removed.isEmpty()) {
            events.publishEvent(new ClassChanged(classroom.get().id()));
        }
        return removed.size();
    }

    /** Deletes the class with its students and submissions at once. False if the token is unknown. */
    @Transactional
    public boolean delete(String boardToken) {
        var classroom = byBoardToken(boardToken);
        classroom.ifPresent(found -> {
            classes.delete(found);
            classes.flush();
            events.publishEvent(new ClassChanged(found.id()));
        });
        return classroom.isPresent();
    }

    /** Deletes every class past its expiry date, with its students and submissions. */
    @Scheduled(fixedDelayString = "${guarantee-lab.classroom.purge-every:PT1H}", initialDelayString = "PT1M")
    @Transactional
    public int purgeExpired() {
        var deleted = classes.deleteExpired(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} expired classes with their submissions", deleted);
        }
        return deleted;
    }

    private boolean changeState(String boardToken, ClassState state) {
        var classroom = byBoardToken(boardToken);
        classroom.ifPresent(found -> {
            found.setState(state);
            events.publishEvent(new ClassChanged(found.id()));
        });
        return classroom.isPresent();
    }

    private Optional<Refusal> refusalToAccept(Classroom classroom) {
        if (classroom.isExpired(clock.instant())) {
            return Optional.of(Refusal.EXPIRED);
        }
        return switch (classroom.state()) {
            case OPEN -> Optional.empty();
            case LOCKED -> Optional.of(Refusal.LOCKED);
            case CLOSED -> Optional.of(Refusal.CLOSED);
        };
    }

    /** Empty if no stakeholder can be given (the case has none the source states a position for). */
    private Optional<String> roundRobinRole(Classroom classroom, long joinedBefore) {
        var theCase = caseOf(classroom);
        var stakeholders = theCase.stakeholders().stream()
                .filter(stakeholder -> classroom.roles() == RoleMode.ROUND_ROBIN_ALL
                        || RoleCard.of(theCase, stakeholder.id()).map(card -> !card.silent()).orElse(false))
                .toList();
        if (stakeholders.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(stakeholders.get((int) (joinedBefore % stakeholders.size())).id());
    }

    private String unusedCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            var code = codes.get();
            if (!classes.existsByJoinCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No unused join code after " + CODE_ATTEMPTS + " attempts");
    }

    private Optional<Classroom> byBoardToken(String boardToken) {
        // Hashed first whatever the token, so that a lookup takes as long for a guess as for a real one.
        return classes.findByBoardTokenHash(ShareToken.hash(boardToken))
                .filter(classroom -> ShareToken.isWellFormed(boardToken));
    }

    private Optional<Participant> byParticipantToken(String participantToken) {
        return participants.findByTokenHash(ShareToken.hash(participantToken))
                .filter(participant -> ShareToken.isWellFormed(participantToken));
    }

    /**
     * A lookup of a link someone opened (a board or student page, the export): a token that finds
     * nothing counts as a guess, like an unknown share link. {@code checkBlocked}: a client past its
     * guesses finds nothing, for in-app navigation, which TokenGuessFilter does not see. Actions on a
     * page already open (submit, lock, remove, the board's refresh) are not lookups of this kind.
     */
    private <T> Optional<T> opened(boolean checkBlocked, Supplier<Optional<T>> lookup) {
        if (checkBlocked && guesses.currentClientIsBlocked()) {
            return Optional.empty();
        }
        var found = lookup.get();
        if (found.isEmpty()) {
            guesses.countMiss();
        }
        return found;
    }

    private ClassSnapshot snapshotOf(Classroom classroom) {
        var theCase = caseOf(classroom);
        var people = participants.findByClassroomIdOrderById(classroom.id());
        var byId = new HashMap<Long, Participant>();
        people.forEach(participant -> byId.put(participant.id(), participant));
        var all = submissions.findByClassroomIdOrderById(classroom.id());
        var latestNumber = new HashMap<Long, Integer>();
        all.forEach(submission -> latestNumber.merge(submission.participantId(), submission.number(), Math::max));
        var described = all.stream()
                .map(submission -> describe(theCase, submission, byId.get(submission.participantId()),
                        latestNumber.get(submission.participantId()) == submission.number()))
                .toList();
        List<ClassParticipant> listed = people.stream()
                .filter(participant -> !participant.isRemoved())
                .map(participant -> new ClassParticipant(participant.id(), participant.displayName(),
                        Optional.ofNullable(participant.role()), participant.joinedAt()))
                .toList();
        return new ClassSnapshot(info(classroom), listed, described);
    }

    private static ClassSubmission describe(Case theCase, Submission submission, Participant participant, boolean latest) {
        var choices = ScenarioAddress.decode(theCase, submission.choices())
                .choices();
        return new ClassSubmission(submission.id(), participant.id(), participant.displayName(),
                Optional.ofNullable(participant.role()), submission.number(), latest, choices,
                submission.choices(), submission.submittedAt(), submission.reason());
    }

    private ClassInfo info(Classroom classroom) {
        return new ClassInfo(classroom.id(), classroom.name(), Optional.ofNullable(classroom.prompt()),
                classroom.joinCode(), classroom.caseId(), classroom.state(), classroom.roles(), classroom.createdAt(),
                classroom.expiresAt(), classroom.isExpired(clock.instant()));
    }

    private Case caseOf(Classroom classroom) {
        return caseOf(classroom.caseId());
    }

    /** The case a class works on, as its pages show it. */
    public Case caseOf(ClassInfo info) {
        return caseOf(info.caseId());
    }

    // A class whose case was unpublished says so (410) rather than show the default case in its place.
    private Case caseOf(String caseId) {
        return catalog.builtOn(caseId);
    }
}
