package org.guaranteelab.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the author writes about a saved scenario. The limits are shared by the form fields, the
 * validation and the database columns.
 */
public record ScenarioDetails(
        @NotBlank(message = "Give your scenario a title.")
        @Size(max = TITLE_MAX_LENGTH, message = "The title can have at most " + TITLE_MAX_LENGTH + " characters.")
        String title,
        @Size(max = AUTHOR_MAX_LENGTH, message = "The name can have at most " + AUTHOR_MAX_LENGTH + " characters.")
        String author,
        @Size(max = NOTES_MAX_LENGTH, message = "The notes can have at most " + NOTES_MAX_LENGTH + " characters.")
        String notes) {

    public static final int TITLE_MAX_LENGTH = 120;
    public static final int AUTHOR_MAX_LENGTH = 60;
    public static final int NOTES_MAX_LENGTH = 5000;

    public static ScenarioDetails empty() {
        return new ScenarioDetails("", "", "");
    }
}
