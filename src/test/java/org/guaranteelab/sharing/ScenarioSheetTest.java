package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.RandomScenarios;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioSheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example\",\"Click\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1",
            "\r=1"})
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(String cell) {
        assertThat(ScenarioSheet.defused(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NATO path", "“We are very attached”", "1+1", " =not first", "'quoted"})
    void other_cells_are_left_as_they_are(String cell) {
        assertThat(ScenarioSheet.defused(cell)).isEqualTo(cell);
    }

    @Test
    void every_option_and_stakeholder_of_a_full_scenario_is_a_row_and_no_cell_starts_like_a_formula() throws Exception {
        var theCase = new CaseCatalog().defaultCase();
        var analysis = ScenarioAnalysis.of(theCase, RandomScenarios.everything(theCase));

        var csv = ScenarioSheet.csv(theCase, analysis);

        var rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(theCase.options().size() * theCase.stakeholders().size());
        assertThat(rows.stream().flatMap(CSVRecord::stream))
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
    }
}
