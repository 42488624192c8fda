package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.Test;

class ClassSheetTest {

    private static final CaseCatalog CATALOG = new CaseCatalog();
    private static final Instant AT = Instant.parse("2025-03-11T09:00:00Z");

    @Test
    void the_first_row_names_the_columns_and_each_row_links_its_scenario_and_holds_the_reason_as_text() throws Exception {
        var info = new ClassInfo(1, "=History, 11B", Optional.empty(), "ABCD2345", CATALOG.defaultCase().id(),
                ClassState.OPEN, RoleMode.NONE, AT, AT.plusSeconds(3600), false);
        var snapshot = new ClassSnapshot(info, List.of(), List.of(
                new ClassSubmission(1, 1, "@Ana", Optional.empty(), 1, true, Choices.none().with("foreign-forces"),
                        "foreign-forces", AT, "=HYPERLINK(\"http://evil.example\",\"click\")\nsecond line"),
                new ClassSubmission(2, 2, "Ben", Optional.empty(), 1, true, Choices.none(), "", AT, "")));

        var csv = ClassSheet.csv(CATALOG.defaultCase(), snapshot, "https://lab.example/");

        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ClassSheet.COLUMNS));
        var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("display name")).isEqualTo("'@Ana");
        assertThat(rows.get(0).get("scenario link")).isEqualTo("https://lab.example/?foreign-forces");
        assertThat(rows.get(0).get("reason"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")\nsecond line");
        assertThat(rows.get(1).get("scenario link")).isEqualTo("https://lab.example/");
        assertThat(rows.get(1).get("reason")).isEmpty();
    }
}
