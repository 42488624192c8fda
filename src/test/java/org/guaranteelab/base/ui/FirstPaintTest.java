package org.guaranteelab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.guaranteelab.LocalHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The builder's first page shows the page itself before any script runs (issue #20). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstPaintTest {

    @LocalServerPort
    int port;

    private Document firstPage(String path) {
        var answer = new LocalHttp(port).get(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    @Test
    void the_first_page_already_shows_the_header_the_introduction_and_the_choices() {
        var copy = firstPage("/").getElementById(FirstPaint.ID);

        assertThat(copy).isNotNull();
        assertThat(copy.hasAttr("inert")).as("not focusable, not read out twice").isTrue();
        assertThat(copy.select("> template[shadowrootmode=closed]"))
                .as("in its own scope: the page's ids, texts and locators find only the real page").hasSize(1);
        assertThat(copy.select(".fp-navbar").text()).contains("Guarantee Lab");
        assertThat(copy.select("h1").text()).isEqualTo("Build a scenario");
        assertThat(copy.select(".builder-page > p").text()).startsWith("Choose the security guarantees");
        assertThat(copy.select(".option-group > h2").eachText()).contains("The NATO path");
        assertThat(copy.select(".fp-radio-button").eachText()).contains("Not included");
        assertThat(copy.select(".fp-checkbox").eachText()).contains("Take the whole package", "Include");
    }

    @Test
    void text_from_the_address_stays_text_in_the_copy() {
        var copy = firstPage("/?%3Cimg%20src=x%20onerror=alert(1)%3E=1").getElementById(FirstPaint.ID);

        assertThat(copy.select("img")).isEmpty();
        assertThat(copy.text()).contains("<img src=x onerror=alert(1)>");
    }
}
