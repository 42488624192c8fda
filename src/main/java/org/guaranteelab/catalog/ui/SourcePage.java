package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseSource;
import org.guaranteelab.catalog.CaseSource.Passage;
import org.guaranteelab.catalog.SourceIssue;

/**
 * The passages of a case's source, by the article's sections, each at its own anchor: the page of the
 * default case ({@link SourceView}) and of any other ({@link CaseSourceView}).
 */
class SourcePage extends Div {

    SourcePage(Case theCase) {
        var source = theCase.source();
        addClassName("page");
        add(new H1("Source"));
        var citation = new Paragraph(citation(source));
        citation.addClassName("lead");
        add(citation);
        if (source.namesPublication()) {
            add(publication(source));
        }
        add(new Paragraph("Below are the passages of the article that Guarantee Lab quotes, numbered ¶1, ¶2, … "
                + "in the article's order and under its headings. Headings and passages are reproduced as written, "
                + "including the article's own typing errors; where the text is garbled, cut off or ambiguous we "
                + "say so beneath it." + (source.namesPublication() ? ""
                : " Our copy of the article names no outlet, author or web address.")));

        for (var section : source.sections()) {
            var part = new Section();
            part.addClassName("source-section");
            part.setId("section-" + section.id());
            part.add(new H2(section.heading()));
            if (section.context() != null) {
                var context = new Paragraph("From " + section.context() + " (our note).");
                context.addClassName("editorial-note");
                part.add(context);
            }
            var headingIssues = theCase.issuesInHeading(section.id());
            if (!headingIssues.isEmpty()) {
                part.add(issueList(headingIssues));
            }
            section.passages().forEach(passage -> part.add(passage(theCase, passage)));
            add(part);
        }
    }

    /** "“Title” — Subtitle. A news article, as of …." without the parts a published case leaves out. */
    private static String citation(CaseSource source) {
        var text = new StringBuilder("“" + source.title() + "”");
        if (source.subtitle() != null) {
            text.append(" — ").append(source.subtitle());
        }
        text.append('.');
        if (source.kind() != null) {
            text.append(" A ").append(source.kind()).append(source.dateContext() == null ? "" : ", " + source.dateContext())
                    .append('.');
        } else if (source.dateContext() != null) {
            text.append(' ').append(capitalised(source.dateContext())).append('.');
        }
        return text.toString();
    }

    /** Where the article appeared, who wrote it and where to read it, as the case file gives them. */
    private static Paragraph publication(CaseSource source) {
        var line = new Paragraph();
        line.setId("source-publication");
        var parts = new ArrayList<Component>();
        if (source.outlet() != null) {
            parts.add(new Span("Outlet: " + source.outlet()));
        }
        if (source.author() != null) {
            parts.add(new Span("Author: " + source.author()));
        }
        if (source.address() != null) {
            parts.add(new Span(new Text("Address: "), address(source.address())));
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                line.add(new Text(" · "));
            }
            line.add(parts.get(i));
        }
        return line;
    }

    /**
     * A link only to a web address (the loader lets no other through; this holds should one slip past),
     * opened apart from the app, telling the article's site nothing of the page it came from and
     * lending it no ranking.
     */
    private static Component address(String address) {
        if (!CaseSource.isWebAddress(address)) {
            return new Span(address);
        }
        var link = new Anchor(address, address);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        link.addClassName("source-address");
        return link;
    }

    private static UnorderedList issueList(List<SourceIssue> issues) {
        var list = new UnorderedList();
        list.addClassName("source-issues");
        for (var issue : issues) {
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            list.add(new ListItem(icon, new Span(capitalised(issue.kind().label()) + ": “" + issue.excerpt()
                    + "” — " + issue.note())));
        }
        return list;
    }

    private static Div passage(Case theCase, Passage passage) {
        var block = new Div();
        block.addClassName("passage");
        block.setId(passage.id());
        // Focusable so that following a link to #passage-id moves keyboard and screen-reader focus here.
        block.getElement().setAttribute("tabindex", "-1");
        var number = new Span("¶" + theCase.passageNumber(passage.id()));
        number.addClassName("passage-number");
        block.add(number, new Paragraph(passage.text()));
        var issues = theCase.issuesIn(passage.id());
        if (!issues.isEmpty()) {
            block.add(issueList(issues));
        }
        return block;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Scrolls to and marks the passage the address's #fragment names; call after every navigation. */
    void showFollowedPassage() {
        // The passages exist only after Vaadin renders them, too late for the browser's own jump to
        // #anchor (and so for :target), and a link followed inside the app changes the address with
        // pushState, which does not update :target either. So the passage is marked with an attribute
        // Vaadin does not manage (it rewrites the class list as it renders) and scrolled to, retrying
        // for a moment on a cold load while the page still settles, and again when only the hash changes.
        getElement().executeJs("""
                const show = () => {
                  const id = decodeURIComponent(location.hash.slice(1));
                  const target = id && document.getElementById(id);
                  if (!target || !target.classList.contains('passage')) { return; }
                  document.querySelectorAll('[data-followed]').forEach(marked => marked !== target && marked.removeAttribute('data-followed'));
                  target.setAttribute('data-followed', '');
                  const top = target.getBoundingClientRect().top;
                  if (top < 0 || top > window.innerHeight / 2) {
                    target.scrollIntoView({block: 'start'});
                    target.focus({preventScroll: true});
                  }
                };
                // Every attempt runs: Vaadin may still reset the scroll position after the first one lands.
                const attempt = delays => requestAnimationFrame(() => {
                  show();
                  if (delays.length) { setTimeout(() => attempt(delays.slice(1)), delays[0]); }
                });
                attempt([100, 300, 600, 1000]);
                if (!window.glPassageHash) {
                  window.glPassageHash = true;
                  window.addEventListener('hashchange', () => document.querySelector('.source-section') && attempt([100, 300]));
                }""");
    }
}
