package org.guaranteelab.sharing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.GuaranteeOption.Level;
import org.guaranteelab.scenario.ScenarioAnalysis;

/**
 * A shared scenario as a spreadsheet: one row per chosen option and stakeholder. Every cell that a
 * spreadsheet would read as a formula is defused, whatever its origin.
 */
final class ScenarioSheet {

    static final String[] COLUMNS = {"option", "level", "stakeholder", "position", "basis", "quotes", "speakers",
            "our note", "notes on the source text"};

    private ScenarioSheet() {
    }

    static String csv(Case theCase, ScenarioAnalysis analysis) {
        var format = CSVFormat.DEFAULT.builder()
                .setCommentMarker('#')
                .setHeaderComments("Guarantee Lab scenario: each chosen option with every stakeholder's stated position.",
                        Sourcing.verbatimNote(theCase))
                .setHeader(COLUMNS)
                .get();
        var out = new StringWriter();
        try (var printer = format.print(out)) {
            for (var chosen : analysis.chosen()) {
                for (var stance : chosen.stances()) {
                    var quotes = stance.quotes();
                    printer.printRecord(cells(
                            chosen.option().name(),
                            chosen.level().map(Level::name).orElse(""),
                            stance.stakeholder().name(),
                            stance.position().label(),
                            stance.basisLine(),
                            quotes.stream().map(quote -> "“" + quote.text() + "”").collect(Collectors.joining("\n")),
                            quotes.stream().map(quote -> theCase.attribution(quote)).collect(Collectors.joining("\n")),
                            stance.note().orElse(""),
                            quotes.stream().map(quote -> Sourcing.issues(theCase, quote)).flatMap(Collection::stream)
                                    .distinct().collect(Collectors.joining("\n"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static Object[] cells(String... values) {
        var cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = defused(values[i]);
        }
        return cells;
    }

    /** Spreadsheets run cells that start like a formula; a leading apostrophe makes them text (OWASP). */
    static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
