package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.guaranteelab.base.ui.PlainPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SourceCitationTest {

    private final SourceCitation citation = new SourceCitation(new CaseCatalog());

    @Test
    void the_footer_says_the_quotes_are_verbatim_and_the_position_word_is_our_summary() {
        var footer = Jsoup.parse(new PlainPage("/", "Title", citation).html()).selectFirst("footer").text();

        assertThat(footer).contains("Quotes are verbatim from this source.",
                        "Each position word (“supports”, “not offered” …) is our one-word summary of the quotes behind it",
                        "labelled “our reading”", "Our copy of the article names no outlet, author or web address.")
                .doesNotContain("not inferred");
    }

    @Test
    void the_footer_names_the_shipped_article_and_its_date() {
        assertThat(citation.citation()).isEqualTo("Source: “Trump, Putin Propose Ukraine Peace Plan”, as of March 11, 2025.");
    }
}
