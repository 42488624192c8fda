package org.guaranteelab.classroom;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CasePaths;
import org.guaranteelab.scenario.ScenarioAnalysis;

/**
 * A class's submissions as a spreadsheet, one row per submission (history included), column names in
 * the first row and nothing above them (a comment line would spill into the columns of a spreadsheet).
 * Every cell a spreadsheet would read as a formula is defused: display names and reasons are typed by
 * students.
 */
final class ClassSheet {

    static final String[] COLUMNS = {"display name", "role", "submission", "latest", "submitted at (UTC)",
            "scenario address", "scenario link", "chosen options", "reason"};

    private ClassSheet() {
    }

    /** @param root the app's absolute address ending in "/", before which each scenario link opens */
    static String csv(Case theCase, ClassSnapshot snapshot, String root) {
        var format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get();
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
                        root + CasePaths.builder(theCase.id())
                                + (submission.address().isEmpty() ? "" : "?" + submission.address()),
                        defused(String.join("; ", analysis.chosen().stream()
                                .map(ScenarioAnalysis.ChosenOption::label).toList())),
                        defused(submission.reason()));
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
