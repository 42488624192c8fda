package org.guaranteelab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.junit.jupiter.api.Test;

/** The "ignored parameter" notice echoes what the address held; nothing in it may reorder or hide text. */
class IgnoredParameterTextTest {

    private static final Case CASE = new CaseCatalog().defaultCase();

    @Test
    void direction_and_invisible_characters_of_an_ignored_parameter_show_as_question_marks() {
        var parameters = new LinkedHashMap<String, List<String>>();
        parameters.put("moon\u202Egnp.exe", List.of(""));
        parameters.put("zero\u200Bwidth", List.of(""));
        parameters.put("lone\uD800", List.of(""));

        var decoded = ScenarioAddress.decode(CASE, parameters);

        assertThat(decoded.ignored()).extracting(ScenarioAddress.Ignored::parameter)
                .containsExactly("moon?gnp.exe", "zero?width", "lone?");
    }
}
