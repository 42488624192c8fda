package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
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
        assertThat(citation.citation()).isEqualTo("Source: “Trump, Putin Propose Ukraine Peace Plan”, as of March 11, 2025. "
                + "Our copy of the article names no outlet, author or web address.");
    }

    @Test
    void the_footer_of_a_case_that_names_its_outlet_and_author_names_them_and_does_not_say_its_copy_names_none() {
        var named = CaseFiles.loadedWithEvery("  dateContext: as of today\n", "  dateContext: as of today\n"
                + "  outlet: Example Gazette\n  author: Jo Writer\n  address: https://example.org/plan\n");
        var withNamed = new SourceCitation(new CaseCatalog(List.of(caseId -> Optional.of(named).filter(c -> c.id().equals(caseId)))));

        assertThat(withNamed.otherCase("mini").orElseThrow().citation())
                .isEqualTo("Source: “An article”, Example Gazette, by Jo Writer, as of today.");
        assertThat(withNamed.method()).doesNotContain("names no");
    }
}
