package org.guaranteelab.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a link is made by the source itself or is our editorial reading. */
public enum Basis {
    @JsonProperty("source") SOURCE,
    @JsonProperty("editorial") EDITORIAL
}
