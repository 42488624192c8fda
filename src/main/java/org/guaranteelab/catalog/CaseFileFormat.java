package org.guaranteelab.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Case files that do not ship with the app (written in the browser, imported by a teacher): read
 * with exactly the loader's rules, and written back in the format they are read in.
 */
public final class CaseFileFormat {

    private static final CaseLoader LOADER = new CaseLoader();

    // Left-out keys read as empty, so writing them would only add noise to a reviewed file.
    private static final YAMLMapper WRITER = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            // One passage a line, as in the bundled files, so that a review diff shows the passage that changed.
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private CaseFileFormat() {
    }

    /**
     * The case in {@code content}, checked by the same rules as the bundled case files.
     *
     * @throws InvalidCaseFileException naming {@code fileName}, each faulty entry and its problem
     */
    public static Case read(String fileName, String content) {
        return LOADER.load(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The case as a case file that {@link #read} reads back into the same case. */
    public static String write(Case validated) {
        var file = new CaseFile(validated.id(), validated.name(), validated.source(), validated.sourceIssues(),
                validated.stakeholders(), validated.purposes(), validated.groups(), validated.stances(),
                validated.concerns(), validated.purposeLinks(), validated.demands(), validated.tensions(),
                validated.corrections());
        return WRITER.writeValueAsString(file);
    }
}
