package org.guaranteelab.classroom;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.scenario.ScenarioAnalysis;

/**
 * A class's submissions as a spreadsheet, one row per submission (history included). Every cell a
 * spreadsheet would read as a formula is defused: display names are typed by students.
 */
final class ClassSheet {

    static final String[] COLUMNS = {"display name", "role", "submission", "latest", "submitted at (UTC)",
            "scenario address", "chosen options"};

    private ClassSheet() {
    }

    static String csv(Case theCase, ClassSnapshot snapshot) {
        var format = CSVFormat.DEFAULT.builder()
                .setCommentMarker('#')
                .setHeaderComments("Guarantee Lab class “" + defused(snapshot.info().name()) + "”: every submission, "
                        + "oldest first. The scenario address opens the scenario in the builder (docs/url-format.md).")
                .setHeader(COLUMNS)
                .get();
        var out = new StringWriter();
        try (var printer = format.print(out)) {
            for (var submission : snapshot.submissions()) {
                var analysis = ScenarioAnalysis.of(theCase, submission.choices());
                printer.printRecord(
                        defused(submission.displayName()),
                        submission.role().flatMap(theCase::stakeholder).map(stakeholder -> stakeholder.name()).orElse(""),
                        submission.number(),
                        submission.latest() ? "yes" : "no",
                        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(submission.submittedAt().atOffset(ZoneOffset.UTC)
                                .withNano(0).toLocalDateTime()),
                        defused(submission.address()),
                        defused(String.join("; ", analysis.chosen().stream()
                                .map(ScenarioAnalysis.ChosenOption::label).toList())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Spreadsheets run cells that start like a formula; a leading apostrophe makes them text (OWASP).
     * The same rule as sharing's ScenarioSheet, which keeps its copy package-private.
     */
    static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
