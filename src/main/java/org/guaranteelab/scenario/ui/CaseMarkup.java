package org.guaranteelab.scenario.ui;

import java.util.List;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Demand;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.StanceBasis;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.catalog.ui.PositionBadge;
import org.guaranteelab.catalog.ui.SourceLinks;
import org.guaranteelab.catalog.ui.StanceMarkup;
import org.guaranteelab.catalog.ui.StakeholderMark;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioAnalysis.ChosenOption;
import org.guaranteelab.scenario.ScenarioAnalysis.PurposeServed;
import org.guaranteelab.scenario.ScenarioAnalysis.ServingOption;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.modulith.NamedInterface;

/**
 * The builder's read-only text as HTML: each option's introduction, what each stakeholder says of a
 * chosen option, and the summary. Built as one block each rather than as hundreds of server-side
 * components, because
 * every component is state the server keeps per visitor and a node the browser must create one by one
 * (see docs/decisions/0006). Quotes open in native {@code <details>}, with no round trip to the server.
 *
 * <p>Only the case's own text goes in here (never what users type), and every piece of it goes through
 * jsoup's {@link Element#text(String)} or {@link Element#attr(String, String)}, which escape it.
 */
@NamedInterface("builder")
public final class CaseMarkup {

    private final Case theCase;
    private final Document document = newDocument();

    private CaseMarkup(Case theCase) {
        this.theCase = theCase;
    }

    private static Document newDocument() {
        return StanceMarkup.newDocument();
    }

    /**
     * An option's name (the heading that names its control), one-line description and links to the
     * source passages behind it.
     */
    static Element optionIntro(Case theCase, GuaranteeOption option) {
        return new CaseMarkup(theCase).optionIntro(option);
    }

    /** What the summary shows while no option is chosen; {@code finalStep} says what to do with it. */
    static Element guide(String finalStep) {
        var root = newDocument().appendElement("div").addClass("builder-guide");
        root.appendElement("p").text("Your scenario is empty. How to start:");
        var steps = root.appendElement("ol");
        steps.appendElement("li").text("Include an option, or choose its level; \u201cAbout\u201d says what it means.");
        steps.appendElement("li").text("Here a map shows what each stakeholder has said of each choice. Select a mark "
                + "for the exact quotes and their place in the source.");
        steps.appendElement("li").text("Below it: purposes served, demands left unmet and tensions.");
        steps.appendElement("li").text(finalStep);
        return root;
    }

    /** What each stakeholder says of a chosen option, and the concerns the source raises about it. */
    public static Element optionAnalysis(Case theCase, ChosenOption chosen) {
        return new CaseMarkup(theCase).optionAnalysis(chosen);
    }

    /** Tallies, purposes served, unmet demands and tensions of a whole scenario. */
    public static Element summary(Case theCase, ScenarioAnalysis analysis) {
        return new CaseMarkup(theCase).summary(analysis);
    }

    /**
     * The stakeholder × option map: a row per chosen option, a column per stakeholder who has said
     * anything on one of them, each cell the position as an icon (its word for screen readers) that opens
     * the quotes behind it in a native popover, with no round trip to the server. The option's concerns
     * sit at the end of its row; stakeholders with nothing stated on any chosen option fold into one line.
     */
    public static Element map(Case theCase, ScenarioAnalysis analysis) {
        return new CaseMarkup(theCase).map(analysis, "", java.util.Set.of(), List.of(analysis));
    }

    /**
     * The same map for one of several scenarios on a page: {@code idPrefix} keeps its popovers apart from
     * the other maps', and the rows of {@code differing} options say, in words and by a mark, that the
     * other scenarios choose them differently. Its columns are the stakeholders who say anything in any of
     * {@code together}, so that the maps of a comparison line up column by column.
     */
    public static Element map(Case theCase, ScenarioAnalysis analysis, String idPrefix, java.util.Set<String> differing,
                              List<ScenarioAnalysis> together) {
        return new CaseMarkup(theCase).map(analysis, idPrefix, differing, together);
    }

    /** Tallies, purposes served, unmet demands and tensions, each folded under a heading that says its count. */
    static Element foldedSummary(Case theCase, ScenarioAnalysis analysis) {
        return new CaseMarkup(theCase).foldedSummary(analysis, true);
    }

    /**
     * Purposes served, unmet demands and tensions, folded as in the builder, without the count by stakeholder:
     * for pages that show the stakeholders another way (Compare).
     */
    public static Element outcomes(Case theCase, ScenarioAnalysis analysis) {
        return new CaseMarkup(theCase).foldedSummary(analysis, false);
    }

    /** How many stances of the chosen options hold each stated position, as icons and words, for the scenario bar. */
    static Element shortTally(ScenarioAnalysis analysis) {
        var root = newDocument().appendElement("p").addClass("short-tally").id("short-tally");
        var counts = new java.util.EnumMap<Position, Integer>(Position.class);
        analysis.chosen().forEach(chosen -> chosen.stances().forEach(stance -> counts.merge(stance.position(), 1, Integer::sum)));
        for (var position : Position.values()) {
            if (position == Position.NOT_STATED || !counts.containsKey(position)) {
                continue;
            }
            var item = root.appendElement("span").addClass("position").addClass("position--" + position.code())
                    .attr("data-position", position.code());
            item.appendElement("vaadin-icon").attr("icon", PositionBadge.iconName(position)).attr("aria-hidden", "true");
            item.appendElement("span").text(counts.get(position) + " " + position.label());
        }
        return root;
    }

    private Element map(ScenarioAnalysis analysis, String idPrefix, java.util.Set<String> differing,
                        List<ScenarioAnalysis> together) {
        var root = document.appendElement("div").addClass("stance-map");
        var shown = theCase.stakeholders().stream().filter(stakeholder -> together.stream()
                .anyMatch(each -> speaksOn(each, stakeholder))).toList();
        var silent = theCase.stakeholders().stream().filter(stakeholder -> !speaksOn(analysis, stakeholder)).toList();

        var scroll = root.appendElement("div").addClass("map-scroll");
        var table = scroll.appendElement("table").addClass("map-table");
        table.appendElement("caption").text("What each stakeholder has said of each chosen option. "
                + "Select a mark to read the quotes behind it.");
        var header = table.appendElement("thead").appendElement("tr");
        header.appendElement("th").attr("scope", "col").addClass("map-option").text("Option");
        for (var stakeholder : shown) {
            var cell = header.appendElement("th").attr("scope", "col").attr("data-stakeholder", stakeholder.id());
            cell.appendChild(mark(stakeholder));
            cell.appendElement("span").addClass("map-stakeholder-name").text(stakeholder.name());
        }
        header.appendElement("th").attr("scope", "col").addClass("map-concerns").text("Concerns");
        var body = table.appendElement("tbody");
        for (var chosen : analysis.chosen()) {
            var row = body.appendElement("tr").attr("data-option", chosen.option().id());
            var option = row.appendElement("th").attr("scope", "row").addClass("map-option").text(chosen.label());
            if (differing.contains(chosen.option().id())) {
                row.addClass("map-row--differs");
                option.appendElement("span").addClass("differs-mark").text("\u2260 differs");
            }
            for (var stakeholder : shown) {
                chosen.stanceOf(stakeholder.id()).ifPresent(stance -> row.appendChild(mapCell(chosen, stance, idPrefix)));
            }
            row.appendChild(concernCell(chosen, idPrefix));
        }
        if (!silent.isEmpty()) {
            var line = root.appendElement("p").addClass("map-silent").id(idPrefix + "map-silent");
            line.appendElement("span").text("Nothing stated in the source on these choices: ");
            var first = true;
            for (var stakeholder : silent) {
                if (!first) {
                    line.appendText(", ");
                }
                first = false;
                line.appendChild(mark(stakeholder));
                line.appendElement("span").attr("data-stakeholder", stakeholder.id()).text(stakeholder.name());
            }
        }
        return root;
    }

    private static boolean speaksOn(ScenarioAnalysis analysis, Stakeholder stakeholder) {
        return analysis.chosen().stream()
                .anyMatch(chosen -> chosen.stanceOf(stakeholder.id()).filter(CaseMarkup::speaks).isPresent());
    }

    /** A stance that says something: a stated position, or quotes or our note even where the position is not stated. */
    private static boolean speaks(ScenarioAnalysis.StakeholderStance stance) {
        return stance.position() != Position.NOT_STATED || !stance.quotes().isEmpty();
    }

    private Element mapCell(ChosenOption chosen, ScenarioAnalysis.StakeholderStance stance, String idPrefix) {
        var cell = element("td").attr("data-stakeholder", stance.stakeholder().id())
                .attr("data-position", stance.position().code());
        var word = stance.position().label();
        var what = stance.stakeholder().name() + " on " + chosen.label() + ": " + word;
        if (!speaks(stance) && stance.note().isEmpty()) {
            var quiet = cell.addClass("map-quiet").appendElement("span").addClass("map-mark")
                    .addClass("position--not-stated");
            quiet.appendElement("span").attr("aria-hidden", "true").text(Position.NOT_STATED.symbol());
            quiet.appendElement("span").addClass("sr-only").text(word);
            return cell;
        }
        var popoverId = idPrefix + "map-" + chosen.option().id() + "--" + stance.stakeholder().id();
        var button = cell.appendElement("button").attr("type", "button").addClass("map-mark")
                .addClass("position--" + stance.position().code()).attr("popovertarget", popoverId)
                .attr("aria-label", what + (stance.quotes().isEmpty() ? "; open our note" : "; open the quotes"));
        button.appendElement("vaadin-icon").attr("icon", PositionBadge.iconName(stance.position())).attr("aria-hidden", "true");
        var popover = cell.appendElement("div").attr("popover", "").id(popoverId).addClass("map-popover")
                .attr("role", "dialog").attr("aria-label", stance.stakeholder().name() + " on " + chosen.label());
        var title = popover.appendElement("p").addClass("map-popover-title");
        title.appendChild(mark(stance.stakeholder()));
        title.appendElement("strong").text(stance.stakeholder().name() + " on " + chosen.label() + ": ");
        title.appendChild(position(stance.position()));
        popover.appendChild(stanceBody(stance));
        popover.appendElement("button").attr("type", "button").addClass("map-close")
                .attr("popovertarget", popoverId).attr("popovertargetaction", "hide").text("Close");
        return cell;
    }

    /** The basis, the quotes with their attribution and place in the source, and our note: a stance read in full. */
    private Element stanceBody(ScenarioAnalysis.StakeholderStance stance) {
        var body = element("div").addClass("stance-body");
        if (stance.basis() != StanceBasis.NOT_STATED) {
            body.appendElement("p").addClass("stance-basis").text(stance.basisLine());
        }
        stance.quotes().forEach(quote -> body.appendChild(quote(quote)));
        stance.note().ifPresent(note -> body.appendElement("p").addClass("editorial-note").text("Our note: " + note));
        return body;
    }

    private Element concernCell(ChosenOption chosen, String idPrefix) {
        var cell = element("td").addClass("map-concerns");
        var count = chosen.concerns().size();
        if (count == 0) {
            cell.addClass("map-quiet").appendElement("span").text("none");
            return cell;
        }
        var popoverId = idPrefix + "map-" + chosen.option().id() + "--concerns";
        cell.appendElement("button").attr("type", "button").addClass("map-concern-button")
                .attr("popovertarget", popoverId)
                .attr("aria-label", count + (count == 1 ? " concern" : " concerns") + " the source raises about "
                        + chosen.label())
                .text(Integer.toString(count));
        var popover = cell.appendElement("div").attr("popover", "").id(popoverId).addClass("map-popover")
                .attr("role", "dialog").attr("aria-label", "Concerns about " + chosen.label());
        popover.appendElement("p").addClass("map-popover-title").appendElement("strong")
                .text("Concerns the source raises about " + chosen.label());
        var list = popover.appendElement("ul").addClass("concern-list");
        chosen.concerns().forEach(concern -> {
            var item = list.appendElement("li");
            item.appendElement("p").text(concern.text());
            concern.quotes().forEach(quote -> item.appendChild(quote(quote)));
        });
        popover.appendElement("button").attr("type", "button").addClass("map-close")
                .attr("popovertarget", popoverId).attr("popovertargetaction", "hide").text("Close");
        return cell;
    }

    /** The stakeholder's visual identity: its monogram on its own colour; decorative, its name is always beside it. */
    private Element mark(Stakeholder stakeholder) {
        return StakeholderMark.markup(theCase, stakeholder);
    }

    private Element foldedSummary(ScenarioAnalysis analysis, boolean withTallies) {
        var root = document.appendElement("div").addClass("scenario-summary").addClass("scenario-summary--folded");
        var unmet = analysis.unmetDemands().size();
        var served = analysis.purposes().stream().filter(PurposeServed::isServed).count();
        var tensionCount = analysis.tensions().size();
        fold(root, "Purposes served: " + served + " of " + analysis.purposes().size(), part -> purposes(part, analysis));
        fold(root, "Stated demands left unmet: " + unmet, part -> unmetDemands(part, analysis));
        fold(root, "Tensions: " + tensionCount, part -> tensions(part, analysis));
        if (withTallies) {
            fold(root, "Count by stakeholder", part -> tallies(part, analysis));
        }
        return root;
    }

    private void fold(Element root, String heading, java.util.function.Consumer<Element> content) {
        var details = root.appendElement("details").addClass("summary-fold");
        details.appendElement("summary").addClass("summary-fold-title").text(heading);
        content.accept(details);
        // Each part repeats its heading inside; folded, the summary line names it already.
        details.select("> .summary-part > h3").remove();
    }

    private Element optionIntro(GuaranteeOption option) {
        var root = document.appendElement("div").addClass("option-intro");
        root.appendElement("h3").id(titleId(option)).text(option.name());
        // The description and source links open on demand, so that the twelve options fit on a screen or two.
        var more = root.appendElement("details").addClass("option-more");
        more.appendElement("summary").text("About").appendElement("span").addClass("sr-only").text(" " + option.name());
        var body = more.appendElement("div");
        body.appendElement("p").addClass("option-description").id(descriptionId(option)).text(option.description());
        if (option.hasLevels()) {
            var levels = body.appendElement("ul").addClass("option-levels");
            option.levels().forEach(level -> {
                var item = levels.appendElement("li");
                // The loader lets a level go without a description (a published case may leave it out).
                if (level.description() == null) {
                    item.appendElement("strong").text(level.name());
                } else {
                    item.appendElement("strong").text(level.name() + ": ");
                    item.appendText(level.description());
                }
            });
        }
        var passages = body.appendElement("p").addClass("option-passages");
        passages.appendElement("span").text("In the source: ");
        // The Source view's own numbers, so that "¶16" can be found there by eye as well as followed.
        var first = true;
        for (var passage : option.passages()) {
            if (!first) {
                passages.appendText(", ");
            }
            first = false;
            var number = theCase.passageNumber(passage);
            passages.appendElement("a").attr("href", SourceLinks.passage(theCase, passage))
                    .attr("aria-label", "Source passage " + number + " about " + option.name())
                    .text("¶" + number);
        }
        return root;
    }

    static String titleId(GuaranteeOption option) {
        return "option-title-" + option.id();
    }

    static String descriptionId(GuaranteeOption option) {
        return "option-description-" + option.id();
    }

    private Element optionAnalysis(ChosenOption chosen) {
        var root = document.appendElement("div").addClass("option-analysis");
        root.appendElement("h4").text("What the stakeholders say");
        var stances = root.appendElement("ul").addClass("stance-list");
        for (var stance : chosen.stances()) {
            var item = stances.appendElement("li").addClass("stance-item")
                    .attr("data-stakeholder", stance.stakeholder().id())
                    .attr("data-position", stance.position().code());
            var line = StanceMarkup.stanceLine(theCase, stance.stakeholder().name(), stance.position(), stance.basis(),
                    stance.quotes());
            line.prependChild(mark(stance.stakeholder()));
            item.appendChild(quoteToggle(line, stance.quotes()));
            stance.note().ifPresent(note -> item.appendElement("p").addClass("editorial-note").text("Our note: " + note));
        }

        root.appendElement("h4").text("Concerns the source raises");
        if (chosen.concerns().isEmpty()) {
            root.appendElement("p").addClass("muted").text("The source raises no concern about this choice.");
        } else {
            var concerns = root.appendElement("ul").addClass("concern-list");
            chosen.concerns().forEach(concern ->
                    concerns.appendElement("li").appendChild(quoteToggle(element("span").text(concern.text()), concern.quotes())));
        }
        return root;
    }

    private Element summary(ScenarioAnalysis analysis) {
        var root = document.appendElement("div").addClass("scenario-summary");
        tallies(root, analysis);
        purposes(root, analysis);
        unmetDemands(root, analysis);
        tensions(root, analysis);
        return root;
    }

    private void tallies(Element root, ScenarioAnalysis analysis) {
        var section = root.appendElement("div").addClass("summary-part");
        section.appendElement("h3").text("Stakeholders");
        // A table scrolls sideways by itself on phones so that the page does not; keyboard users can
        // only scroll what they can focus, hence a named region that is a tab stop.
        var scroll = section.appendElement("div").addClass("table-scroll")
                .attr("tabindex", "0").attr("role", "region").attr("aria-label", "Stakeholders' positions");
        var table = scroll.appendElement("table").addClass("tally-table");
        var choices = analysis.choiceCount();
        table.appendElement("caption").text("How many of the " + choices + " "
                + (choices == 1 ? "choice" : "choices") + " each stakeholder holds each stated position on");
        var header = table.appendElement("thead").appendElement("tr");
        header.appendElement("th").attr("scope", "col").text("Stakeholder");
        for (var position : Position.values()) {
            header.appendElement("th").attr("scope", "col").text(position.heading());
        }
        var differing = analysis.tallies().stream().anyMatch(tally -> tally.differsByPart() > 0);
        if (differing) {
            header.appendElement("th").attr("scope", "col").text("Differs by part");
        }
        var body = table.appendElement("tbody");
        for (var tally : analysis.tallies()) {
            var row = body.appendElement("tr").attr("data-stakeholder", tally.stakeholder().id());
            row.appendElement("th").attr("scope", "row").text(tally.stakeholder().name());
            for (var position : Position.values()) {
                var count = tally.count(position);
                row.appendElement("td").addClass(count == 0 ? "count-zero" : "count")
                        .attr("data-position", position.code()).text(Integer.toString(count));
            }
            if (differing) {
                row.appendElement("td").addClass(tally.differsByPart() == 0 ? "count-zero" : "count")
                        .text(Integer.toString(tally.differsByPart()));
            }
        }
        bundleNote(section, analysis);
    }

    /** How a bundle counts in the tallies, said where it applies (docs/decisions/0017-stance-basis-and-levels.md). */
    private void bundleNote(Element section, ScenarioAnalysis analysis) {
        theCase.groups().stream().filter(group -> group.bundle())
                .filter(group -> group.options().stream().filter(option -> analysis.chosen(option.id()).isPresent()).count() > 1)
                .forEach(group -> section.appendElement("p").addClass("tally-note").text("The chosen parts of “"
                        + group.name() + "” count as one choice, so that a package does not outweigh a single "
                        + "option; each part's positions are listed under it."));
    }

    private void purposes(Element root, ScenarioAnalysis analysis) {
        var section = root.appendElement("div").addClass("summary-part");
        section.appendElement("h3").text("Purposes served");
        section.appendElement("p").text("The source names four purposes of security guarantees. A link marked "
                + "“the source's link” is made in the source's own words; one marked “our reading” is our "
                + "inference, with our reason. Where we recorded no link, we say so; that is not the source's verdict.");
        var list = section.appendElement("ul").addClass("purpose-list");
        for (var purpose : analysis.purposes()) {
            list.appendChild(purposeItem(purpose));
        }
    }

    private Element purposeItem(PurposeServed served) {
        var item = element("li").attr("data-purpose", served.purpose().id());
        var name = element("span").addClass("purpose-name").text(served.purpose().name() + ": ");
        if (!served.isServed()) {
            item.addClass("muted").appendChild(name);
            item.appendElement("span").text("no link recorded to the chosen options.");
            return item;
        }
        var line = element("span").appendChild(name);
        line.appendElement("span").text("served by the chosen options");
        item.appendChild(quoteToggle(line, List.of(served.purpose().quote())));
        var byOption = item.appendElement("ul");
        for (ServingOption serving : served.servedBy()) {
            var optionLine = element("span").text(serving.option().name());
            if (serving.link().basis() == Basis.EDITORIAL) {
                optionLine.appendElement("span").addClass("badge-editorial").text("our reading");
            } else {
                optionLine.appendElement("span").text(" (the source's link)");
            }
            var entry = byOption.appendElement("li").appendChild(quoteToggle(optionLine, List.of(serving.link().quote())));
            if (serving.link().note() != null) {
                entry.appendElement("p").addClass("editorial-note").text("Our reasoning: " + serving.link().note());
            }
        }
        return item;
    }

    private void unmetDemands(Element root, ScenarioAnalysis analysis) {
        var section = root.appendElement("div").addClass("summary-part");
        section.appendElement("h3").text("Stated demands left unmet");
        section.appendElement("p").text("The demands are the source's; which options meet one is our reading, "
                + "with our reason beneath it.");
        if (analysis.unmetDemands().isEmpty()) {
            section.appendElement("p").text("On our reading, this scenario meets every demand the source attributes "
                    + "to a stakeholder.");
        } else {
            demandList(section, analysis.unmetDemands(), "unmet");
        }
        if (!analysis.metDemands().isEmpty()) {
            section.appendElement("h4").text("Counted as met");
            demandList(section, analysis.metDemands(), "met");
        }
    }

    private void demandList(Element section, List<Demand> demands, String status) {
        var list = section.appendElement("ul").addClass("demand-list").addClass("demand-list--" + status);
        for (var demand : demands) {
            var stakeholder = theCase.stakeholder(demand.stakeholder()).map(Stakeholder::name).orElseThrow();
            var line = element("span");
            line.appendElement("span").text(stakeholder + ": ");
            line.appendElement("span").text(demand.text());
            line.appendElement("span").addClass("badge-editorial").text("our reading");
            var item = list.appendElement("li").attr("data-demand", demand.id());
            item.appendChild(quoteToggle(line, demand.quotes()));
            item.appendElement("p").addClass("editorial-note").text("Our reasoning: " + demand.note());
        }
    }

    private void tensions(Element root, ScenarioAnalysis analysis) {
        var section = root.appendElement("div").addClass("summary-part");
        section.appendElement("h3").text("Tensions");
        if (analysis.tensions().isEmpty()) {
            section.appendElement("p").text("Neither the source nor our reading points to a tension in this combination.");
            return;
        }
        var list = section.appendElement("ul").addClass("tension-list");
        for (var tension : analysis.tensions()) {
            var line = element("span").text(tension.text());
            if (tension.basis() == Basis.EDITORIAL) {
                line.appendElement("span").addClass("badge-editorial").text("our reading");
            } else {
                line.appendElement("span").text(" (the source's)");
            }
            var item = list.appendElement("li").attr("data-tension", tension.id());
            item.appendChild(quoteToggle(line, tension.quotes()));
            if (tension.note() != null) {
                item.appendElement("p").addClass("editorial-note").text("Our reasoning: " + tension.note());
            }
        }
    }

    /** A summary line that opens, by click or keyboard, onto the verbatim quotes behind it. */
    private Element quoteToggle(Element summary, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return summary;
        }
        var details = element("details").addClass("quote-toggle");
        var line = details.appendElement("summary").appendChild(summary);
        line.appendElement("span").addClass("quote-hint").text(quotes.size() == 1 ? "quote" : quotes.size() + " quotes");
        var content = details.appendElement("div");
        quotes.forEach(quote -> content.appendChild(quote(quote)));
        return details;
    }

    private Element quote(Quote quote) {
        return StanceMarkup.quote(theCase, quote);
    }

    private static Element position(Position position) {
        return StanceMarkup.position(position);
    }

    private Element element(String tag) {
        return document.createElement(tag);
    }
}
