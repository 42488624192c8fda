package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseFileFormatTest {

    private static final Case BUNDLED = new CaseCatalog().defaultCase();

    @Test
    void exporting_the_bundled_case_and_importing_it_again_yields_the_same_case() {
        var exported = CaseFileFormat.write(BUNDLED);

        var imported = CaseFileFormat.read("export.yaml", exported);

        assertThat(imported.id()).isEqualTo(BUNDLED.id());
        assertThat(imported.name()).isEqualTo(BUNDLED.name());
        assertThat(imported.source()).isEqualTo(BUNDLED.source());
        assertThat(imported.sourceIssues()).isEqualTo(BUNDLED.sourceIssues());
        assertThat(imported.stakeholders()).isEqualTo(BUNDLED.stakeholders());
        assertThat(imported.purposes()).isEqualTo(BUNDLED.purposes());
        assertThat(imported.groups()).isEqualTo(BUNDLED.groups());
        assertThat(imported.stances()).isEqualTo(BUNDLED.stances());
        assertThat(imported.concerns()).isEqualTo(BUNDLED.concerns());
        assertThat(imported.purposeLinks()).isEqualTo(BUNDLED.purposeLinks());
        assertThat(imported.demands()).isEqualTo(BUNDLED.demands());
        assertThat(imported.tensions()).isEqualTo(BUNDLED.tensions());
        assertThat(imported.corrections()).isEqualTo(BUNDLED.corrections());
        assertThat(CaseFileFormat.write(imported)).isEqualTo(exported);
    }

    @Test
    void a_file_read_from_a_user_is_checked_by_the_loaders_rules() {
        // The passage changes, its quotes do not.
        var broken = CaseFileFormat.write(BUNDLED).lines()
                .map(line -> line.contains("France, as an example") ? line.replace("very attached", "not attached") : line)
                .collect(java.util.stream.Collectors.joining("\n"));

        assertThatThrownBy(() -> CaseFileFormat.read("upload.yaml", broken))
                .isInstanceOf(InvalidCaseFileException.class)
                .hasMessageContaining("upload.yaml")
                .hasMessageContaining("does not occur verbatim in passage 'france-barrot'");
    }
}
