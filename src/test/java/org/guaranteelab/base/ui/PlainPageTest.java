package org.guaranteelab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.guaranteelab.base.SourceNotice;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class PlainPageTest {

    private static final SourceNotice SOURCE = new SourceNotice() {
        @Override
        public String citation() {
            return "Source: “An article”, as of March 11, 2025.";
        }

        @Override
        public String readTheSource() {
            return "Read the quoted passages";
        }

        @Override
        public String method() {
            return "Every stance shown is quoted.";
        }
    };

    @Test
    void a_plain_page_offers_the_same_menu_as_the_app_layout() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        var routes = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.guaranteelab")) {
            routes.add(Class.forName(Objects.requireNonNull(candidate.getBeanClassName())));
        }
        routes.sort(Comparator.comparingDouble(route -> route.getAnnotation(Menu.class).order()));
        var menu = new LinkedHashMap<String, String>();
        routes.forEach(route -> menu.put(route.getAnnotation(Route.class).value(), route.getAnnotation(Menu.class).title()));

        assertThat(PlainPage.MENU).containsExactlyEntriesOf(menu);
    }

    @Test
    void the_footer_carries_the_source_notice_it_is_given() {
        var footer = Jsoup.parse(new PlainPage("/", "Title", SOURCE).html()).selectFirst("footer").text();

        assertThat(footer).contains(SOURCE.citation(), SOURCE.readTheSource(), SOURCE.method());
    }

    @Test
    void vaadin_icons_become_the_same_icons_as_inline_svg_hidden_from_screen_readers() {
        var page = new PlainPage("/", "Title", SOURCE);
        page.main().appendElement("span").appendElement("vaadin-icon").attr("icon", "vaadin:thumbs-up");
        page.main().appendElement("span").appendElement("vaadin-icon").attr("icon", "vaadin:handshake");
        page.main().appendElement("span").appendElement("vaadin-icon").attr("icon", "vaadin:unknown-icon");

        var html = Jsoup.parse(page.html());

        assertThat(html.select("vaadin-icon")).isEmpty();
        var icons = html.select("main svg.icon");
        // Supports and offered once both became "✔"; each keeps its own icon now.
        assertThat(icons).hasSize(2).allSatisfy(icon -> {
            assertThat(icon.attr("aria-hidden")).isEqualTo("true");
            assertThat(icon.attr("focusable")).isEqualTo("false");
            assertThat(icon.attr("viewBox")).isEqualTo("0 0 16 16");
            assertThat(icon.select("path").attr("d")).startsWith("M");
        });
        assertThat(icons.get(0).attr("data-icon")).isEqualTo("vaadin:thumbs-up");
        assertThat(icons.get(0).select("path").attr("d")).isNotEqualTo(icons.get(1).select("path").attr("d"));
    }

    @Test
    void every_link_and_style_resolves_from_the_app_root_whatever_the_depth_of_the_address() {
        var html = Jsoup.parse(new PlainPage("/app/", "Title", SOURCE).html());

        assertThat(html.select("link[rel=stylesheet]")).extracting(link -> link.attr("href"))
                .containsExactly("/app/lumo/lumo.css", "/app/styles.css");
        assertThat(html.select("a[href]")).extracting(link -> link.attr("href"))
                .allSatisfy(href -> assertThat(href).matches("#main-content|/app/.*"));
        assertThat(html.select("footer").text()).contains("Source: “An article”, as of March 11, 2025.");
    }
}
