package org.guaranteelab.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the source says a stakeholder thinks of, or does about, an option. */
public enum Position {
    @JsonProperty("supports") SUPPORTS("supports", "supports", Leaning.FAVOURABLE),
    @JsonProperty("offered") OFFERED("offered", "offered", Leaning.FAVOURABLE),
    @JsonProperty("possible") POSSIBLE("possible", "mentioned as possible", Leaning.RESERVED),
    @JsonProperty("not-offered") NOT_OFFERED("not-offered", "not offered", Leaning.UNFAVOURABLE),
    @JsonProperty("opposes") OPPOSES("opposes", "opposes", Leaning.UNFAVOURABLE),
    @JsonProperty("not-stated") NOT_STATED("not-stated", "not stated in the source", Leaning.NOT_STATED);

    private final String code;
    private final String label;
    private final Leaning leaning;

    Position(String code, String label, Leaning leaning) {
        this.code = code;
        this.label = label;
        this.leaning = leaning;
    }

    /** The name used in case files, the JSON API and CSS classes. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Leaning leaning() {
        return leaning;
    }

    /** The four ways a scenario's tallies count positions. */
    public enum Leaning {
        FAVOURABLE("supports or offered"),
        RESERVED("hedged"),
        UNFAVOURABLE("opposes or not offered"),
        NOT_STATED("not stated in the source");

        private final String label;

        Leaning(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
