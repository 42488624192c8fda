package org.guaranteelab.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The article the case is built on, as the passages the app quotes from it. */
public record CaseSource(String title, @Nullable String subtitle, @Nullable String kind, @Nullable String dateContext, List<SourceSection> sections) {

    public CaseSource {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /**
     * One section of the article, under the heading the article gives it, verbatim. {@code context}
     * is our own word on where the section sits (e.g. "the article's questions and answers").
     */
    public record SourceSection(String id, String heading, @Nullable String context, List<Passage> passages) {
        public SourceSection {
            passages = passages == null ? List.of() : List.copyOf(passages);
        }
    }

    /** A verbatim stretch of the article (whitespace normalised) that quotes point into. */
    public record Passage(String id, String text) {
    }
}
