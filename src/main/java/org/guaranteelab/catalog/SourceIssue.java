package org.guaranteelab.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A place where the source text itself is garbled, truncated or ambiguous: in a passage, or in the
 * heading of a section ({@code section} instead of {@code passage}).
 */
public record SourceIssue(String id, Kind kind, @Nullable String passage, @Nullable String section, String excerpt, String note) {

    public enum Kind {
        @JsonProperty("garbled") GARBLED("garbled in the source"),
        @JsonProperty("truncated") TRUNCATED("cut off in the source"),
        @JsonProperty("ambiguous") AMBIGUOUS("ambiguous in the source");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
