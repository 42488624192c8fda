package org.guaranteelab.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the source says a stakeholder thinks of, or does about, an option: our one-word summary of
 * the quotes behind it. Each word means one thing, and tallies count each apart: "not offered"
 * (the stakeholder has not extended it) is never counted as "opposes" (the stakeholder is against it).
 */
public enum Position {
    @JsonProperty("supports") SUPPORTS("supports", "supports", "Supports", "✓"),
    @JsonProperty("offered") OFFERED("offered", "offered", "Offered", "+"),
    @JsonProperty("possible") POSSIBLE("possible", "mentioned as possible", "Mentioned as possible", "~"),
    @JsonProperty("not-offered") NOT_OFFERED("not-offered", "not offered", "Not offered", "○"),
    @JsonProperty("opposes") OPPOSES("opposes", "opposes", "Opposes", "✗"),
    @JsonProperty("not-stated") NOT_STATED("not-stated", "not stated in the source", "Not stated", "–");

    private final String code;
    private final String label;
    private final String heading;
    private final String symbol;

    Position(String code, String label, String heading, String symbol) {
        this.code = code;
        this.label = label;
        this.heading = heading;
        this.symbol = symbol;
    }

    /** The name used in case files, the JSON API and CSS classes. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The label as a column heading of a tally. */
    public String heading() {
        return heading;
    }

    /** A one-character mark for dense tables (the classroom heat map), always shown with a legend. */
    public String symbol() {
        return symbol;
    }

    /** "supports" or "offered": the positions counted when a comparison says what a stakeholder gains. */
    public boolean favourable() {
        return this == SUPPORTS || this == OFFERED;
    }
}
