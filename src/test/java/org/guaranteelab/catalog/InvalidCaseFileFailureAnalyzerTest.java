package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.guaranteelab.catalog.CaseFiles.NAME;
import static org.guaranteelab.catalog.CaseFiles.bytes;
import static org.guaranteelab.catalog.CaseFiles.validWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class InvalidCaseFileFailureAnalyzerTest {

    private static InvalidCaseFileException brokenCaseFile() {
        var yaml = validWith("{stakeholder: alpha, option: talks, position: not-stated}",
                "{stakeholder: alpha, option: talks, position: supports}");
        return catchThrowableOfType(InvalidCaseFileException.class,
                () -> new CaseLoader().load(NAME, bytes(yaml)));
    }

    @Test
    void analysis_describes_the_problem_in_the_exception_message_and_says_what_to_do() {
        var broken = brokenCaseFile();

        var analysis = new InvalidCaseFileFailureAnalyzer()
                .analyze(new BeanCreationException("caseCatalog", "Failed to instantiate", broken));

        assertThat(analysis.getDescription()).isEqualTo(broken.getMessage())
                .contains("stances[1] (alpha × talks): position 'supports' needs at least one quote");
        assertThat(analysis.getAction()).contains("Correct " + NAME, "docs/case-format.md");
        assertThat(analysis.getCause()).isSameAs(broken);
    }

    @Test
    void other_start_up_failures_are_left_to_other_analyzers() {
        assertThat(new InvalidCaseFileFailureAnalyzer().analyze(new IllegalStateException("port in use"))).isNull();
    }

    @Test
    void broken_case_file_stops_start_up_with_the_short_report_and_no_stack_trace(CapturedOutput output) {
        var application = new SpringApplication(StartsWithBrokenCaseFile.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);

        assertThatThrownBy(application::run).hasRootCauseInstanceOf(InvalidCaseFileException.class);
        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START",
                        "Case file " + NAME + " is invalid:",
                        "stances[1] (alpha × talks): position 'supports' needs at least one quote",
                        "Correct " + NAME)
                .doesNotContain("at org.guaranteelab.");
    }

    /** Stands in for the catalog at start-up. Not a component, so no application scan picks it up. */
    static class StartsWithBrokenCaseFile {
        StartsWithBrokenCaseFile() {
            throw brokenCaseFile();
        }
    }
}
