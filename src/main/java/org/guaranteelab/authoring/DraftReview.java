package org.guaranteelab.authoring;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseFileFormat;
import org.guaranteelab.catalog.InvalidCaseFileException;
import org.guaranteelab.catalog.Position;

/**
 * How far a draft is from a case that can be published: the problems the catalog's loader finds in
 * it (its own messages, so that the editor and a start-up name a fault alike) and which
 * stakeholder × option pairs the article has been quoted for.
 *
 * @param stated the pairs with a stance other than "not stated", as {@link #pair} keys
 */
public record DraftReview(List<String> problems, Set<String> stated, int pairs) {

    public DraftReview {
        problems = List.copyOf(problems);
        stated = Set.copyOf(stated);
    }

    public static DraftReview of(Draft draft) {
        var stated = draft.stances().stream().filter(stance -> stance.position() != Position.NOT_STATED)
                .map(stance -> pair(stance.stakeholder(), stance.option())).collect(Collectors.toSet());
        List<String> problems;
        try {
            CaseFileFormat.read(draft.caseId() + ".yaml", DraftCaseFile.forReview(draft));
            problems = List.of();
        } catch (InvalidCaseFileException e) {
            problems = e.problems();
        }
        return new DraftReview(problems, stated, draft.stakeholders().size() * draft.options().size());
    }

    /** The whole draft as the case it would publish, for the builder's preview; empty while the loader finds problems. */
    public static java.util.Optional<Case> caseOf(Draft draft) {
        try {
            return java.util.Optional.of(CaseFileFormat.read(draft.caseId() + ".yaml", DraftCaseFile.of(draft)));
        } catch (InvalidCaseFileException e) {
            return java.util.Optional.empty();
        }
    }

    public static String pair(String stakeholder, String option) {
        return stakeholder + " × " + option;
    }

    public boolean isStated(String stakeholder, String option) {
        return stated.contains(pair(stakeholder, option));
    }

    public boolean publishable() {
        return problems.isEmpty();
    }
}
