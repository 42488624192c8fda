package org.guaranteelab.authoring;

import org.jspecify.annotations.Nullable;

/** A person the article quotes for a stakeholder, with the role the article gives them. */
public record Speaker(String id, String name, @Nullable String role) {

    public static final int NAME_LENGTH = 120;
    public static final int ROLE_LENGTH = 200;
}
