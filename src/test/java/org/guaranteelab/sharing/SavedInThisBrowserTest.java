package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.guaranteelab.base.ShareToken;
import org.junit.jupiter.api.Test;

class SavedInThisBrowserTest {

    private static final String VIEW = ShareToken.generate();
    private static final String EDIT = ShareToken.generate();

    @Test
    void well_formed_entries_are_read_newest_first_and_anything_else_in_local_storage_is_left_out() {
        var stored = "[{\"title\":\"Mine\",\"view\":\"" + VIEW + "\",\"edit\":\"" + EDIT + "\"},"
                + "{\"title\":\"Bad token\",\"view\":\"x\",\"edit\":\"" + EDIT + "\"},"
                + "{\"title\":\" \",\"view\":\"" + VIEW + "\",\"edit\":\"" + EDIT + "\"}, 42, null]";

        assertThat(SavedInThisBrowser.parse(stored)).containsExactly(new SavedInThisBrowser.Entry("Mine", VIEW, EDIT));
    }

    @Test
    void what_is_not_a_list_reads_as_no_saved_scenario() {
        assertThat(SavedInThisBrowser.parse(null)).isEmpty();
        assertThat(SavedInThisBrowser.parse("{not json")).isEmpty();
        assertThat(SavedInThisBrowser.parse("{\"title\":\"Mine\"}")).isEmpty();
        assertThat(SavedInThisBrowser.parse("[" + "1,".repeat(120_000) + "1]")).as("too long to read").isEmpty();
    }
}
