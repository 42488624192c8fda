package org.guaranteelab.sharing;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.guaranteelab.base.HiddenCharacters;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.base.TokenGuessLimiter;
import org.guaranteelab.base.UserText;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves scenarios and opens them by link. The view token is derived from the edit token (see
 * {@link #viewTokenOf}), so the author's edit page can always show the view link while the
 * database holds neither.
 */
@Service
public class SharingService {

    private final SharedScenarioRepository scenarios;
    private final CaseCatalog catalog;
    private final Validator validator;
    private final Clock clock;
    private final TokenGuessLimiter guesses;

    SharingService(SharedScenarioRepository scenarios, CaseCatalog catalog, Validator validator, Clock clock,
                   TokenGuessLimiter guesses) {
        this.scenarios = scenarios;
        this.catalog = catalog;
        this.validator = validator;
        this.clock = clock;
        this.guesses = guesses;
    }

    /** Saves a new scenario on the default case; see {@link #save(Case, ScenarioDetails, Choices, Optional)}. */
    @Transactional
    public SavedLinks save(ScenarioDetails details, Choices choices, Optional<String> remixOfViewToken) {
        return save(catalog.defaultCase(), details, choices, remixOfViewToken);
    }

    /**
     * Saves a new scenario on this case: its links, exports and comparisons then use the case it was
     * made on, whichever case the app shows at /.
     *
     * @param remixOfViewToken the view token of the scenario this one was remixed from, if any
     * @throws InvalidDetailsException if a field is missing, too long or holds a hidden character (nothing is saved)
     */
    @Transactional
    public SavedLinks save(Case theCase, ScenarioDetails details, Choices choices, Optional<String> remixOfViewToken) {
        var clean = validated(details);
        var analysis = ScenarioAnalysis.of(theCase, choices);
        var editToken = ShareToken.generate();
        var viewToken = viewTokenOf(editToken);
        var parent = remixOfViewToken.flatMap(token -> scenarios.findByViewTokenHash(ShareToken.hash(token)))
                .filter(found -> !found.isDeleted())
                .orElse(null);
        var scenario = new SharedScenario(ShareToken.hash(viewToken), ShareToken.hash(editToken), theCase.id(), parent,
                clock.instant());
        var version = scenario.addVersion(clean, ScenarioAddress.encode(theCase, choices), theCase.version(),
                StanceSnapshot.of(analysis), clock.instant());
        scenarios.save(scenario);
        return new SavedLinks(viewToken, editToken, version.number());
    }

    /**
     * Opens a view link at its latest version, or at {@code versionNumber} when given. A link that
     * leads nowhere counts against the client's allowance of misses ({@link TokenGuessLimiter}).
     */
    @Transactional(readOnly = true)
    public Lookup<SharedVersion> open(String viewToken, Optional<Integer> versionNumber) {
        if (guesses.currentClientIsBlocked()) {
            return new Lookup.NotFound<>();
        }
        var found = scenarios.findByViewTokenHash(ShareToken.hash(viewToken));
        if (found.isEmpty() || found.get().isRevoked() || !ShareToken.isWellFormed(viewToken)) {
            guesses.countMiss();
            return new Lookup.NotFound<>();
        }
        var scenario = found.get();
        if (scenario.isDeleted()) {
            return new Lookup.Removed<>();
        }
        var number = versionNumber.orElse(scenario.versions().size());
        if (number < 1 || number > scenario.versions().size()) {
            return new Lookup.NotFound<>();
        }
        return new Lookup.Found<>(describe(scenario, viewToken, number));
    }

    /** Opens an edit link at the latest version. */
    @Transactional(readOnly = true)
    public Lookup<SharedVersion> openForEdit(String editToken) {
        return withEditable(editToken, scenario -> describeToOwner(scenario, viewTokenOf(editToken)));
    }

    /** Saves a new version; earlier versions stay readable at their own addresses. */
    @Transactional
    public Lookup<SharedVersion> update(String editToken, ScenarioDetails details, Choices choices) {
        var clean = validated(details);
        return withEditable(editToken, scenario -> {
            var theCase = caseOf(scenario);
            scenario.addVersion(clean, ScenarioAddress.encode(theCase, choices), theCase.version(),
                    StanceSnapshot.of(ScenarioAnalysis.of(theCase, choices)), clock.instant());
            scenarios.flush();
            return describe(scenario, viewTokenOf(editToken), scenario.versions().size());
        });
    }

    /** The view link stops working (it then looks like any unknown link) until restored. */
    @Transactional
    public Lookup<SharedVersion> revoke(String editToken) {
        return withEditable(editToken, scenario -> {
            scenario.revoke(clock.instant());
            return describeToOwner(scenario, viewTokenOf(editToken));
        });
    }

    @Transactional
    public Lookup<SharedVersion> restore(String editToken) {
        return withEditable(editToken, scenario -> {
            scenario.restore();
            return describeToOwner(scenario, viewTokenOf(editToken));
        });
    }

    /** Removes every version for good; both links then say the author removed it. */
    @Transactional
    public boolean delete(String editToken) {
        return withEditable(editToken, scenario -> {
            scenario.delete(clock.instant());
            return Boolean.TRUE;
        }) instanceof Lookup.Found<Boolean>;
    }

    /**
     * The view token that belongs to an edit token: the first 128 bits of a SHA-256 of it. Whoever
     * holds the edit link can find the view link; the view link reveals nothing of the edit link.
     */
    static String viewTokenOf(String editToken) {
        var digest = HexFormat.of().parseHex(ShareToken.hash("view-token\u0000" + editToken));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    private <T> Lookup<T> withEditable(String editToken, Function<SharedScenario, T> action) {
        if (guesses.currentClientIsBlocked()) {
            return new Lookup.NotFound<>();
        }
        var found = scenarios.findByEditTokenHash(ShareToken.hash(editToken));
        if (found.isEmpty() || !ShareToken.isWellFormed(editToken)) {
            guesses.countMiss();
            return new Lookup.NotFound<>();
        }
        if (found.get().isDeleted()) {
            return new Lookup.Removed<>();
        }
        return new Lookup.Found<>(action.apply(found.get()));
    }

    /**
     * The latest version as its owner sees it. When its case is no longer published its choices cannot
     * be read, but the owner may still turn the view link off or delete it, so they come back empty
     * rather than as CaseWithdrawnException.
     */
    private SharedVersion describeToOwner(SharedScenario scenario, String viewToken) {
        if (catalog.find(scenario.caseId()).isPresent()) {
            return describe(scenario, viewToken, scenario.versions().size());
        }
        var version = scenario.latest();
        return new SharedVersion(viewToken, version.details(), scenario.versions().size(), versionInfos(scenario),
                version.createdAt(), scenario.caseId(), version.caseVersion(), Choices.none(), List.of(), List.of(),
                Optional.empty(), scenarios.countByRemixedFrom(scenario), scenario.isRevoked());
    }

    private static List<SharedVersion.VersionInfo> versionInfos(SharedScenario scenario) {
        return scenario.versions().stream()
                .map(each -> new SharedVersion.VersionInfo(each.number(), each.details().title(), each.createdAt()))
                .toList();
    }

    private SharedVersion describe(SharedScenario scenario, String viewToken, int number) {
        var theCase = caseOf(scenario);
        var version = scenario.versions().get(number - 1);
        var decoded = ScenarioAddress.decode(theCase, version.choices());
        List<String> changes = version.caseVersion().equals(theCase.version()) ? List.of()
                : caseChanges(theCase, version, decoded.choices());
        var versions = versionInfos(scenario);
        var parent = Optional.ofNullable(scenario.remixedFrom())
                .filter(remixed -> !remixed.isDeleted() && !remixed.versions().isEmpty())
                .map(remixed -> remixed.latest().details().title());
        return new SharedVersion(viewToken, version.details(), number, versions, version.createdAt(), scenario.caseId(),
                version.caseVersion(), decoded.choices(), decoded.ignored(), changes, parent,
                scenarios.countByRemixedFrom(scenario), scenario.isRevoked());
    }

    /** What changed in the case since a version was saved: its stances, then our notes on each correction. */
    private static List<String> caseChanges(Case theCase, ScenarioVersion version, Choices choices) {
        var changes = new ArrayList<>(StanceSnapshot.changes(version.stanceSnapshot(), ScenarioAnalysis.of(theCase, choices),
                theCase));
        theCase.corrections().stream()
                .filter(correction -> correction.concerns(version.createdAt(), choices.optionIds()))
                .forEach(correction -> changes.add("Corrected " + correction.date() + ": " + correction.text()));
        return changes;
    }

    private Case caseOf(SharedScenario scenario) {
        return catalog.builtOn(scenario.caseId());
    }

    /** The details as they would be saved (cleaned), or InvalidDetailsException listing what is wrong. */
    ScenarioDetails validated(ScenarioDetails details) {
        var clean = new ScenarioDetails(UserText.line(details.title()), UserText.line(details.author()),
                UserText.paragraphs(details.notes()));
        var problems = new LinkedHashMap<String, String>();
        UserText.problem("The title", clean.title()).ifPresent(problem -> problems.put("title", problem));
        UserText.problem("The name", clean.author()).ifPresent(problem -> problems.put("author", problem));
        UserText.problem("The notes", clean.notes()).ifPresent(problem -> problems.put("notes", problem));
        if (!clean.title().isEmpty() && !HiddenCharacters.isVisible(clean.title())) {
            problems.putIfAbsent("title", "The title shows nothing: give your scenario a title of letters or digits.");
        }
        validator.validate(clean).forEach(violation ->
                problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
        if (!problems.isEmpty()) {
            throw new InvalidDetailsException(problems);
        }
        return clean;
    }
}
