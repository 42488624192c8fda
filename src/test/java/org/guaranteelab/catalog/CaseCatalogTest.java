package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guaranteelab.catalog.CaseFiles.VALID;
import static org.guaranteelab.catalog.CaseFiles.validWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCatalogTest {

    @TempDir
    Path folder;

    private String write(String fileName, String yaml) throws IOException {
        Files.writeString(folder.resolve(fileName), yaml);
        return folder.toUri() + "*.yaml";
    }

    @Test
    void shipped_catalog_finds_the_default_case_by_its_id() {
        var catalog = new CaseCatalog();

        assertThat(catalog.defaultCase().id()).isEqualTo("ukraine-2025");
        assertThat(catalog.find("ukraine-2025")).containsSame(catalog.defaultCase());
    }

    @Test
    void unknown_or_missing_case_id_finds_nothing() {
        var catalog = new CaseCatalog();

        assertThat(catalog.find("ukraine-2024")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void version_of_the_shipped_case_is_the_same_on_every_start() {
        assertThat(new CaseCatalog().defaultCase().version())
                .isNotBlank()
                .isEqualTo(new CaseCatalog().defaultCase().version());
    }

    @Test
    void broken_file_is_reported_under_its_own_name() throws IOException {
        var location = write("drafts.yaml", validWith("position: supports", "position: supports-strongly"));

        assertThatThrownBy(() -> new CaseCatalog(location))
                .isInstanceOf(InvalidCaseFileException.class)
                .hasMessageStartingWith("Case file cases/drafts.yaml is invalid:")
                .hasMessageContaining("stances[0].position");
    }

    @Test
    void two_files_with_the_same_case_id_are_reported() throws IOException {
        write("a.yaml", VALID);
        var location = write("b.yaml", VALID);

        assertThatThrownBy(() -> new CaseCatalog(location))
                .isInstanceOf(InvalidCaseFileException.class)
                .hasMessageContaining("cases/b.yaml")
                .hasMessageContaining("id: 'mini' is used by another case file");
    }

    @Test
    void catalog_without_the_default_case_is_reported() throws IOException {
        var location = write("mini.yaml", VALID);

        assertThatThrownBy(() -> new CaseCatalog(location))
                .isInstanceOf(InvalidCaseFileException.class)
                .hasMessageContaining(location)
                .hasMessageContaining("no case file with id 'ukraine-2025'");
    }
}
