package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.guaranteelab.catalog.CaseFiles;
import org.junit.jupiter.api.Test;

class SourcingTest {

    private static final String DATE = "  dateContext: as of today\n";

    @Test
    void the_source_line_names_the_outlet_author_and_address_where_the_case_gives_them() {
        var theCase = CaseFiles.loadedWithEvery(DATE, DATE + "  outlet: Example Gazette\n  author: Jo Writer\n"
                + "  address: https://example.org/plan\n");

        assertThat(Sourcing.citation(theCase))
                .isEqualTo("“An article”, Example Gazette, by Jo Writer, as of today, https://example.org/plan");
        assertThat(Sourcing.verbatimNote(theCase))
                .startsWith("Quotes are verbatim from “An article”, Example Gazette, by Jo Writer, as of today, "
                        + "https://example.org/plan (whitespace normalised). Each position word")
                .doesNotContain("names no outlet");
    }

    @Test
    void the_source_line_of_a_case_without_them_leaves_them_out_and_says_the_copy_names_none() {
        var theCase = CaseFiles.loaded();

        assertThat(Sourcing.citation(theCase)).isEqualTo("“An article”, as of today");
        assertThat(Sourcing.verbatimNote(theCase)).contains("as of today (whitespace normalised); our copy of the article "
                + "names no outlet, author or web address.");
    }
}
