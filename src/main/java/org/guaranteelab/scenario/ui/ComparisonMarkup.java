package org.guaranteelab.scenario.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.ui.StakeholderMark;
import org.guaranteelab.catalog.ui.StanceMarkup;
import org.guaranteelab.scenario.ScenarioComparison;
import org.jsoup.nodes.Element;
import org.springframework.modulith.NamedInterface;

/**
 * Two or three scenarios side by side, as the Compare page and the class board's "compare two
 * submissions" both show them: the choices (differences first, marked in words) and each scenario's
 * stakeholder × option map, drawn by the builder's own {@link CaseMarkup#map}. Columns are named A, B,
 * C; the titles (user text) go in only through jsoup's escaping {@code text()}.
 */
@NamedInterface("builder")
public final class ComparisonMarkup {

    private ComparisonMarkup() {
    }

    /** "A", "B" or "C": the name of a compared scenario's column. */
    public static String columnName(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /**
     * The options any of the scenarios chose, one row each, differences first. A differing row says so in
     * its first cell ("≠ differs"), so that no extra column is needed and a phone shows every column.
     */
    public static Element choices(ScenarioComparison comparison, List<String> titles) {
        var section = StanceMarkup.newDocument().appendElement("div").addClass("compare-choices");
        if (comparison.options().isEmpty()) {
            section.appendElement("p").text("None of these scenarios includes any option.");
            return section;
        }
        if (comparison.identical()) {
            section.appendElement("p").text("These scenarios make exactly the same choices.");
        }
        var table = section.appendElement("table").addClass("compare-table").addClass("choices-table");
        table.appendElement("caption").addClass("sr-only").text("Choices compared, differences first");
        var header = table.appendElement("thead").appendElement("tr");
        header.appendElement("th").attr("scope", "col").text("Option");
        for (int i = 0; i < titles.size(); i++) {
            var cell = header.appendElement("th").attr("scope", "col").addClass("compare-column-name");
            cell.appendElement("span").attr("aria-hidden", "true").text(columnName(i));
            cell.appendElement("span").addClass("sr-only").text(columnName(i) + ": " + titles.get(i));
        }
        var body = table.appendElement("tbody");
        for (var row : comparison.differencesFirst()) {
            var line = body.appendElement("tr").attr("data-option", row.option().id());
            var option = line.appendElement("th").attr("scope", "row").text(row.option().name());
            if (row.differs()) {
                line.addClass("differs");
                option.appendElement("span").addClass("differs-mark").text("\u2260 differs");
            } else {
                option.appendElement("span").addClass("same-mark").text("same");
            }
            for (var choice : row.choices()) {
                var cell = line.appendElement("td");
                if (choice.isPresent()) {
                    cell.text(choice.get());
                } else {
                    cell.addClass("not-included").appendElement("span").attr("aria-hidden", "true").text("\u2014");
                    cell.appendElement("span").addClass("sr-only").text("not included");
                }
            }
        }
        return section;
    }

    /**
     * Each scenario's stakeholder × option map, one under another (a map needs the width of a phone), with
     * the options the scenarios choose differently marked, and one key to the stakeholders' marks.
     */
    public static Element maps(Case theCase, ScenarioComparison comparison, List<String> titles) {
        var root = StanceMarkup.newDocument().appendElement("div").addClass("compare-maps");
        var key = root.appendElement("ul").addClass("stakeholder-key").attr("aria-label", "Stakeholders");
        theCase.stakeholders().forEach(stakeholder -> {
            var item = key.appendElement("li").attr("data-stakeholder", stakeholder.id());
            item.appendChild(StakeholderMark.markup(theCase, stakeholder));
            item.appendElement("span").text(stakeholder.name());
        });
        var differing = comparison.options().stream().filter(ScenarioComparison.OptionRow::differs)
                .map(row -> row.option().id()).collect(Collectors.toSet());
        for (int i = 0; i < titles.size(); i++) {
            var column = root.appendElement("section").addClass("compare-map")
                    .attr("data-column", columnName(i));
            column.appendElement("h3").text(columnName(i) + ": " + titles.get(i));
            var analysis = comparison.scenarios().get(i);
            if (analysis.isEmpty()) {
                column.appendElement("p").text("No option chosen.");
                continue;
            }
            column.appendChild(CaseMarkup.map(theCase, analysis,
                    "compare-" + columnName(i).toLowerCase(Locale.ROOT) + "-", differing, comparison.scenarios()));
        }
        return root;
    }
}
