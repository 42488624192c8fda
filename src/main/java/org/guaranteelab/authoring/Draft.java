package org.guaranteelab.authoring;

import java.util.ArrayList;
import java.util.List;
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
}
