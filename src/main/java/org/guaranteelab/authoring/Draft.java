package org.guaranteelab.authoring;

import java.util.ArrayList;
import java.util.List;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.OptionRef;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.StanceBasis;
import org.jspecify.annotations.Nullable;

/**
 * A case as its author is writing it. Quotes are spans of the article's text, so they are verbatim
 * by construction and survive merging and splitting passages. Immutable: each edit makes a new draft.
 */
public record Draft(String caseId, Article article, List<DraftStakeholder> stakeholders, List<DraftOption> options,
                    List<DraftStance> stances, List<DraftConcern> concerns, List<DraftPurpose> purposes,
                    List<DraftLink> links, List<DraftDemand> demands, List<DraftTension> tensions,
                    List<DraftSourceIssue> sourceIssues) {

    public Draft {
        stakeholders = List.copyOf(stakeholders);
        options = List.copyOf(options);
        stances = List.copyOf(stances);
        concerns = List.copyOf(concerns);
        purposes = List.copyOf(purposes);
        links = List.copyOf(links);
        // Drafts saved before demands could be written have none.
        demands = demands == null ? List.of() : List.copyOf(demands);
        tensions = tensions == null ? List.of() : List.copyOf(tensions);
        sourceIssues = sourceIssues == null ? List.of() : List.copyOf(sourceIssues);
    }

    public static Draft of(String caseId, Article article) {
        return new Draft(caseId, article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public Draft withArticle(Article changed) {
        return new Draft(caseId, changed, stakeholders, options, stances, concerns, purposes, links, demands, tensions, sourceIssues);
    }

    public Draft withStakeholders(List<DraftStakeholder> changed) {
        return new Draft(caseId, article, changed, options, stances, concerns, purposes, links, demands, tensions, sourceIssues);
    }

    public Draft withOptions(List<DraftOption> changed) {
        return new Draft(caseId, article, stakeholders, changed, stances, concerns, purposes, links, demands, tensions, sourceIssues);
    }

    public Draft withStances(List<DraftStance> changed) {
        return new Draft(caseId, article, stakeholders, options, changed, concerns, purposes, links, demands, tensions, sourceIssues);
    }

    public Draft withConcerns(List<DraftConcern> changed) {
        return new Draft(caseId, article, stakeholders, options, stances, changed, purposes, links, demands, tensions, sourceIssues);
    }

    public Draft withPurposes(List<DraftPurpose> changed) {
        return new Draft(caseId, article, stakeholders, options, stances, concerns, changed, links, demands, tensions, sourceIssues);
    }

    public Draft withDemands(List<DraftDemand> changed) {
        return new Draft(caseId, article, stakeholders, options, stances, concerns, purposes, links, changed, tensions, sourceIssues);
    }

    public Draft withTensions(List<DraftTension> changed) {
        return new Draft(caseId, article, stakeholders, options, stances, concerns, purposes, links, demands, changed, sourceIssues);
    }

    public Draft withSourceIssues(List<DraftSourceIssue> changed) {
        return new Draft(caseId, article, stakeholders, options, stances, concerns, purposes, links, demands, tensions,
                changed);
    }

    public Draft withLinks(List<DraftLink> changed) {
        return new Draft(caseId, article, stakeholders, options, stances, concerns, purposes, changed, demands, tensions, sourceIssues);
    }

    /**
     * Attaches a quote to the stance of stakeholder × option (× level): a new stance, or one more
     * quote for the stance already there, which then takes the given position and basis.
     */
    public Draft attach(String stakeholder, String option, @Nullable String level, Position position, StanceBasis basis,
                        @Nullable String speaker, Span quote, @Nullable String allLevels) {
        var changed = new ArrayList<DraftStance>();
        boolean found = false;
        for (var stance : stances) {
            if (stance.isFor(stakeholder, option, level)) {
                var quotes = new ArrayList<>(stance.quotes());
                if (!quotes.contains(quote)) {
                    quotes.add(quote);
                }
                changed.add(new DraftStance(stakeholder, option, level, position, basis, speaker, quotes, allLevels));
                found = true;
            } else {
                changed.add(stance);
            }
        }
        if (!found) {
            changed.add(new DraftStance(stakeholder, option, level, position, basis, speaker, List.of(quote), allLevels));
        }
        return withStances(changed);
    }

    /** The pair's stance (at that level) is removed: the pair becomes "not stated" again. */
    public Draft detach(String stakeholder, String option, @Nullable String level) {
        return withStances(stances.stream().filter(stance -> !stance.isFor(stakeholder, option, level)).toList());
    }

    /** The stakeholder goes, with its stances and demands. */
    public Draft withoutStakeholder(String stakeholderId) {
        return withStakeholders(stakeholders.stream().filter(stakeholder -> !stakeholder.id().equals(stakeholderId)).toList())
                .withStances(stances.stream().filter(stance -> !stance.stakeholder().equals(stakeholderId)).toList())
                .withDemands(demands.stream().filter(demand -> !demand.stakeholder().equals(stakeholderId)).toList());
    }

    /** The option goes, with the stances, concerns, links and tensions that are about it, and the demands only it meets. */
    public Draft withoutOption(String optionId) {
        return withOptions(options.stream().filter(option -> !option.id().equals(optionId)).toList())
                .withStances(stances.stream().filter(stance -> !stance.option().equals(optionId)).toList())
                .withConcerns(concerns.stream().filter(concern -> !concern.option().equals(optionId)).toList())
                .withLinks(links.stream().filter(link -> !link.option().equals(optionId)).toList())
                .withDemands(demands.stream().map(demand -> new DraftDemand(demand.id(), demand.stakeholder(), demand.text(),
                                demand.metBy().stream().filter(ref -> !ref.option().equals(optionId)).toList(),
                                demand.quotes(), demand.note()))
                        .filter(demand -> !demand.metBy().isEmpty()).toList())
                .withTensions(tensions.stream()
                        .filter(tension -> tension.when().stream().noneMatch(ref -> ref.option().equals(optionId))).toList());
    }

    /** The speaker of {@code stakeholderId} with this name (and role), added if the stakeholder has none yet. */
    public Draft withSpeaker(String stakeholderId, String name, @Nullable String role) {
        return withStakeholders(stakeholders.stream().map(stakeholder -> {
            if (!stakeholder.id().equals(stakeholderId) || stakeholder.people().stream().anyMatch(p -> p.name().equals(name))) {
                return stakeholder;
            }
            var taken = stakeholders.stream().flatMap(s -> s.people().stream()).map(Speaker::id).toList();
            var people = new ArrayList<>(stakeholder.people());
            people.add(new Speaker(Ids.unique(name, "speaker", taken), name, role));
            return new DraftStakeholder(stakeholder.id(), stakeholder.name(), stakeholder.monogram(), people);
        }).toList());
    }

    /** The id of the speaker of {@code stakeholderId} called {@code name}, if there is one. */
    public java.util.Optional<String> speakerId(String stakeholderId, String name) {
        return stakeholders.stream().filter(stakeholder -> stakeholder.id().equals(stakeholderId))
                .flatMap(stakeholder -> stakeholder.people().stream()).filter(person -> person.name().equals(name))
                .map(Speaker::id).findFirst();
    }

    /**
     * A new demand of {@code stakeholder}, met by any of {@code metBy}.
     *
     * @throws DraftRefusedException naming each problem, if the stakeholder or a choice is unknown, a
     *                               choice is repeated, or the text or our reason is missing
     */
    public Draft addDemand(String stakeholder, String text, List<OptionRef> metBy, Span quote, String note) {
        var problems = new ArrayList<>(OptionRefs.problemsOfMetBy(this, metBy));
        if (stakeholders.stream().noneMatch(s -> s.id().equals(stakeholder))) {
            problems.add("There is no stakeholder '" + stakeholder + "' in this case any more.");
        }
        if (text.isBlank()) {
            problems.add("Write the demand down, in your words.");
        }
        problems.addAll(demandNoteProblems(note));
        refuseIf(problems);
        var changed = new ArrayList<>(demands);
        changed.add(new DraftDemand(Ids.unique(text, "demand", demands.stream().map(DraftDemand::id).toList()), stakeholder,
                text, metBy, List.of(quote), note));
        return withDemands(changed);
    }

    /**
     * A new tension, applying when all of {@code when} are chosen; {@code note} is kept only on our reading.
     *
     * @throws DraftRefusedException naming each problem, if a choice is unknown or names an option twice,
     *                               or the text or, on our reading, the reason is missing
     */
    public Draft addTension(Basis basis, String text, List<OptionRef> when, Span quote, @Nullable String note) {
        var problems = new ArrayList<>(OptionRefs.problemsOfWhen(this, when));
        if (text.isBlank()) {
            problems.add("Write the problem down, in your words.");
        }
        problems.addAll(tensionNoteProblems(basis, note));
        refuseIf(problems);
        var changed = new ArrayList<>(tensions);
        changed.add(new DraftTension(Ids.unique(text, "tension", tensions.stream().map(DraftTension::id).toList()), basis,
                text, when, List.of(quote), basis == Basis.EDITORIAL ? note : null));
        return withTensions(changed);
    }

    /**
     * The stance of stakeholder × option (× level) with a new position, basis, speaker or level; its
     * quotes stay. A speaker named for the first time is added to the stakeholder's people; one named
     * before takes the role given, which is theirs wherever they are quoted.
     *
     * @throws DraftRefusedException if the stance is gone, the wording breaks a rule that holds when
     *                               attaching, or another stance is already at the new level
     */
    public Draft restateStance(String stakeholder, String option, @Nullable String level, DraftStance.Wording wording) {
        var stance = stances.stream().filter(s -> s.isFor(stakeholder, option, level)).findFirst()
                .orElseThrow(() -> gone("stance"));
        var chosen = options.stream().filter(o -> o.id().equals(option)).findFirst().orElseThrow(() -> gone("stance"));
        var problems = new ArrayList<String>();
        if (!DraftStance.POSITIONS.contains(wording.position())) {
            problems.add("Choose the position the quotes state; to leave the pair not stated, remove the stance.");
        }
        if (wording.basis() != StanceBasis.OWN_WORDS && wording.basis() != StanceBasis.REPORTED) {
            problems.add("Say whether these are the speaker's own words or the article's report of them.");
        }
        var speakerName = wording.speakerName() == null ? "" : wording.speakerName();
        if (wording.basis() == StanceBasis.OWN_WORDS && speakerName.isBlank()) {
            problems.add("Name the person whose own words these are.");
        }
        if (wording.level() != null && chosen.levels().stream().noneMatch(l -> l.id().equals(wording.level()))) {
            problems.add(chosen.name() + " has no level '" + wording.level() + "'.");
        } else if (!java.util.Objects.equals(level, wording.level())
                && stances.stream().anyMatch(s -> s.isFor(stakeholder, option, wording.level()))) {
            problems.add("There is already a stance at " + OptionRefs.label(this, new OptionRef(option, wording.level()))
                    + " for this stakeholder: remove it first, or attach these quotes to it.");
        }
        refuseIf(problems);
        var ownWords = wording.basis() == StanceBasis.OWN_WORDS;
        var role = wording.speakerRole() == null || wording.speakerRole().isBlank() ? null : wording.speakerRole();
        var withSpeaker = ownWords ? withSpeaker(stakeholder, speakerName, role).withSpeakerRole(stakeholder, speakerName, role)
                : this;
        var speakerId = ownWords ? withSpeaker.speakerId(stakeholder, speakerName).orElseThrow() : null;
        var allLevels = chosen.hasLevels() && wording.level() == null ? wording.allLevels() : null;
        var restated = new DraftStance(stakeholder, option, wording.level(), wording.position(), wording.basis(), speakerId,
                stance.quotes(), allLevels);
        return withSpeaker.withStances(stances.stream().map(s -> s == stance ? restated : s).toList());
    }

    /**
     * The concern in our new words; its option and quotes stay.
     *
     * @throws DraftRefusedException if the concern is gone or the text is empty
     */
    public Draft restateConcern(DraftConcern concern, String text) {
        int at = concerns.indexOf(concern);
        if (at < 0) {
            throw gone("concern");
        }
        if (text.isBlank()) {
            throw new DraftRefusedException(List.of("Write the concern down, in your words."));
        }
        var changed = new ArrayList<>(concerns);
        changed.set(at, new DraftConcern(concern.option(), concern.level(), concern.allLevels(), text, concern.quotes()));
        return withConcerns(changed);
    }

    /**
     * The demand with our new reason why its options meet it.
     *
     * @throws DraftRefusedException if the demand is gone or the reason is empty
     */
    public Draft restateDemand(String demandId, String note) {
        var demand = demands.stream().filter(d -> d.id().equals(demandId)).findFirst().orElseThrow(() -> gone("demand"));
        refuseIf(demandNoteProblems(note));
        return withDemands(demands.stream().map(d -> d != demand ? d : new DraftDemand(d.id(), d.stakeholder(), d.text(),
                d.metBy(), d.quotes(), note)).toList());
    }

    /**
     * The tension on the article's word or on our reading, with our reason (kept only on our reading).
     *
     * @throws DraftRefusedException if the tension is gone, or is on our reading without a reason
     */
    public Draft restateTension(String tensionId, Basis basis, @Nullable String note) {
        var tension = tensions.stream().filter(t -> t.id().equals(tensionId)).findFirst().orElseThrow(() -> gone("tension"));
        refuseIf(tensionNoteProblems(basis, note));
        return withTensions(tensions.stream().map(t -> t != tension ? t : new DraftTension(t.id(), basis, t.text(), t.when(),
                t.quotes(), basis == Basis.EDITORIAL ? note : null)).toList());
    }

    private Draft withSpeakerRole(String stakeholderId, String name, @Nullable String role) {
        return withStakeholders(stakeholders.stream().map(stakeholder -> !stakeholder.id().equals(stakeholderId) ? stakeholder
                : new DraftStakeholder(stakeholder.id(), stakeholder.name(), stakeholder.monogram(), stakeholder.people().stream()
                .map(person -> person.name().equals(name) ? new Speaker(person.id(), name, role) : person).toList())).toList());
    }

    private static List<String> demandNoteProblems(@Nullable String note) {
        return note == null || note.isBlank()
                ? List.of("Which options meet a demand is our reading: give a one-line reason.") : List.of();
    }

    private static List<String> tensionNoteProblems(@Nullable Basis basis, @Nullable String note) {
        if (basis == null) {
            return List.of("Say whether the article points to the problem or it is our reading.");
        }
        return basis == Basis.EDITORIAL && (note == null || note.isBlank())
                ? List.of("A tension on our reading needs a one-line reason.") : List.of();
    }

    private static DraftRefusedException gone(String what) {
        return new DraftRefusedException(List.of("This " + what + " is no longer in the draft: it was changed or removed, "
                + "perhaps in another window. Reload the page to see the draft as it is."));
    }

    private static void refuseIf(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
    }
}
