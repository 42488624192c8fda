package org.guaranteelab.classroom;

import java.util.List;
import java.util.Optional;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseSource;

/**
 * Discussion questions the article itself asks: its question headings, verbatim, each with the first passage of the section it heads so that the board can link to it.
 */
public final class DiscussionPrompts {

    private DiscussionPrompts() {
    }

    /** {@code sourceNotes}: where the heading itself is garbled, cut off or ambiguous, in words for readers. */
    public record Prompt(String question, Optional<String> passageId, List<String> sourceNotes) {
        public Prompt {
            sourceNotes = List.copyOf(sourceNotes);
        }
    }

    public static List<Prompt> of(Case theCase) {
        return theCase.source().sections().stream()
                .filter(section -> section.heading().strip().endsWith("?"))
                .map(section -> new Prompt(section.heading(),
                        section.passages().stream().findFirst().map(CaseSource.Passage::id),
                        theCase.issuesInHeading(section.id()).stream()
                                .map(issue -> issue.kind().label() + ": " + issue.note()).toList()))
                .toList();
    }
}
