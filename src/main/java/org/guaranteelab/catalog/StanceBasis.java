package org.guaranteelab.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a stance rests on: the stakeholder's own words (a quote spoken by one of its people), the
 * article describing the stakeholder, or nothing at all. The loader checks it against the quotes.
 */
public enum StanceBasis {
    @JsonProperty("own-words") OWN_WORDS("own-words", "in their own words"),
    @JsonProperty("reported") REPORTED("reported", "as the article reports it"),
    @JsonProperty("not-stated") NOT_STATED("not-stated", "not stated in the source");

    private final String code;
    private final String label;

    StanceBasis(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The name used in case files and the JSON API. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
