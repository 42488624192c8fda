package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The footer every page carries names the source and says how the app treats it. */
class SourceCitationTest {

    private final SourceCitation citation = new SourceCitation(new CaseCatalog());

    @Test
    void the_footer_says_the_quotes_are_verbatim_and_the_position_word_is_our_summary() {
        assertThat(citation.method()).contains("Quotes are verbatim from this source.",
                        "Each position word (“supports”, “not offered” …) is our one-word summary of the quotes behind it",
                        "labelled “our reading”", "Our copy of the article names no outlet, author or web address.")
                .doesNotContain("not inferred");
    }

    @Test
    void the_citation_names_the_default_cases_source_and_its_date() {
        assertThat(citation.citation()).startsWith("Source: “").contains("”, as of March 11, 2025");
    }
}
