package org.guaranteelab.sharing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Demand;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.catalog.StanceBasis;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioAnalysis.ChosenOption;
import org.guaranteelab.scenario.ScenarioAnalysis.PurposeServed;

/**
 * A shared scenario as a Markdown handout to print or paste: the author's details, then the same
 * analysis the app shows, with every quote attributed, and the citation of the source.
 */
final class ScenarioHandout {

    /** Dates in UTC: the handout is read in other time zones than the server's. */
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Case theCase;
    private final String sourcePage;
    private final StringBuilder out = new StringBuilder();

    private ScenarioHandout(Case theCase, String sourcePage) {
        this.theCase = theCase;
        this.sourcePage = sourcePage;
    }

    /** {@code sourcePage}: the absolute address of the app's Source page, which each quote links into. */
    static String markdown(Case theCase, SharedVersion shared, ScenarioAnalysis analysis, String sourcePage) {
        var handout = new ScenarioHandout(theCase, sourcePage);
        handout.header(shared);
        handout.caseChanges(shared);
        handout.chosen(analysis);
        handout.stakeholders(analysis);
        handout.purposes(analysis);
        handout.unmetDemands(analysis);
        handout.tensions(analysis);
        handout.source();
        return handout.out.toString();
    }

    private void header(SharedVersion shared) {
        var details = shared.details();
        line("# " + MarkdownText.userLine(details.title()));
        line();
        line("- **Author:** " + (details.author().isBlank() ? "not given" : MarkdownText.userLine(details.author())));
        line("- **Saved:** " + SAVED_AT.format(shared.savedAt()));
        line("- **Version:** " + shared.number() + " of " + shared.versionCount());
        line("- **Case:** " + MarkdownText.text(theCase.name()));
        line();
        if (!details.notes().isBlank()) {
            line("## Notes by the author");
            line();
            line(MarkdownText.userParagraphs(details.notes()));
            line();
        }
    }

    private void caseChanges(SharedVersion shared) {
        if (!shared.caseChanged()) {
            return;
        }
        line("## Corrections to the case since this version was saved");
        line();
        line("The analysis below uses the case as it is now.");
        line();
        shared.caseChanges().forEach(change -> line("- " + MarkdownText.text(change)));
        shared.ignoredChoices().forEach(ignored -> line("- The saved choice “" + MarkdownText.userLine(ignored.parameter())
                + "” was left out: " + MarkdownText.userLine(ignored.reason())));
        line();
    }

    private void chosen(ScenarioAnalysis analysis) {
        line("## Chosen options");
        line();
        if (analysis.isEmpty()) {
            line("No options are chosen in this scenario.");
        }
        analysis.chosen().forEach(chosen -> line("- " + MarkdownText.text(chosen.label())));
        line();
    }

    private void stakeholders(ScenarioAnalysis analysis) {
        if (analysis.isEmpty()) {
            return;
        }
        line("## What each stakeholder says");
        for (var chosen : analysis.chosen()) {
            line();
            line("### " + MarkdownText.text(chosen.label()));
            for (var stance : chosen.stances()) {
                line();
                line("**" + MarkdownText.text(stance.stakeholder().name()) + ":** "
                        + MarkdownText.text(stance.position().label())
                        + (stance.basis() == StanceBasis.NOT_STATED ? "" : " — " + MarkdownText.text(stance.basisLine())));
                stance.quotes().forEach(quote -> quote(quote, ""));
                stance.note().ifPresent(note -> {
                    line();
                    line("*Our note:* " + MarkdownText.text(note));
                });
            }
            concerns(chosen);
        }
        line();
    }

    private void concerns(ChosenOption chosen) {
        line();
        if (chosen.concerns().isEmpty()) {
            line("*The source raises no concern about this choice.*");
            return;
        }
        line("**Concerns the source raises:**");
        line();
        for (var concern : chosen.concerns()) {
            line("- " + MarkdownText.text(concern.text()));
            concern.quotes().forEach(quote -> quote(quote, "  "));
        }
    }

    private void purposes(ScenarioAnalysis analysis) {
        line("## Purposes served");
        line();
        line("The source names " + analysis.purposes().size() + " purposes of security guarantees. Links marked "
                + "“our reading” are our own inference, not the source's; where we recorded no link, we say so.");
        line();
        for (PurposeServed served : analysis.purposes()) {
            var name = "- **" + MarkdownText.text(served.purpose().name()) + ":** ";
            if (!served.isServed()) {
                line(name + "no link recorded to the chosen options.");
                continue;
            }
            line(name + "served by the chosen options");
            for (var serving : served.servedBy()) {
                var mark = serving.link().basis() == Basis.SOURCE ? "the source's link" : "our reading";
                line("  - " + MarkdownText.text(serving.option().name()) + " (" + mark + ")");
                quote(serving.link().quote(), "    ");
                if (serving.link().note() != null) {
                    line();
                    line("    *Our reasoning:* " + MarkdownText.text(serving.link().note()));
                }
            }
        }
        line();
    }

    private void unmetDemands(ScenarioAnalysis analysis) {
        line("## Stated demands left unmet");
        line();
        line("The demands are the source's; which options meet one is our reading, with our reason.");
        line();
        if (analysis.unmetDemands().isEmpty()) {
            line("On our reading, this scenario meets every demand the source attributes to a stakeholder.");
        }
        demands(analysis.unmetDemands());
        if (!analysis.metDemands().isEmpty()) {
            line();
            line("### Counted as met (our reading)");
            line();
            demands(analysis.metDemands());
        }
        line();
    }

    private void demands(List<Demand> demands) {
        for (var demand : demands) {
            var stakeholder = theCase.stakeholder(demand.stakeholder()).map(Stakeholder::name).orElse(demand.stakeholder());
            line("- **" + MarkdownText.text(stakeholder) + ":** " + MarkdownText.text(demand.text()) + " (our reading)");
            demand.quotes().forEach(quote -> quote(quote, "  "));
            line();
            line("  *Our reasoning:* " + MarkdownText.text(demand.note()));
        }
    }

    private void tensions(ScenarioAnalysis analysis) {
        line("## Tensions");
        line();
        if (analysis.tensions().isEmpty()) {
            line("Neither the source nor our reading points to a tension in this combination.");
        }
        for (var tension : analysis.tensions()) {
            line("- " + MarkdownText.text(tension.text())
                    + (tension.basis() == Basis.EDITORIAL ? " (our reading)" : " (the source's)"));
            tension.quotes().forEach(quote -> quote(quote, "  "));
            if (tension.note() != null) {
                line();
                line("  *Our reasoning:* " + MarkdownText.text(tension.note()));
            }
        }
        line();
    }

    private void source() {
        line("## Source");
        line();
        line(MarkdownText.text(Sourcing.verbatimNote(theCase)));
    }

    /** A quote as a block quote with its speaker; {@code indent} places it inside a list item. */
    private void quote(Quote quote, String indent) {
        line();
        line(indent + "> “" + MarkdownText.text(quote.text().strip()) + "”\\");
        // A link, so that a reader of the handout lands on the passage, marked, as from the app's pages.
        line(indent + "> — " + MarkdownText.text(theCase.attribution(quote)) + " · [¶"
                + theCase.passageNumber(quote.passage()) + " of the source](" + sourcePage + "#" + quote.passage() + ")");
        List<String> issues = Sourcing.issues(theCase, quote);
        if (!issues.isEmpty()) {
            line(indent + ">");
            line(indent + "> *Note: " + issues.stream().map(MarkdownText::text).collect(Collectors.joining(" "))
                    + "*");
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
