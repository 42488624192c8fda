package org.guaranteelab.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests with a body reach the filters after {@link RequestSizeLimit} on an ASYNC dispatch that
 * reports itself as REQUEST (docs/decisions/0016-request-bodies-read-before-the-app.md). Spring Boot
 * registers a plain {@link Filter} for REQUEST dispatches only, so such a filter would never see a
 * request with a body; a {@link OncePerRequestFilter} is registered for all of them.
 */
class RequestFiltersTest {

    @Test
    void every_filter_of_the_app_also_sees_requests_whose_body_was_read_first() {
        var app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.guaranteelab");

        classes().that().implement(Filter.class).should().beAssignableTo(OncePerRequestFilter.class)
                .because("RequestSizeLimit hands requests with a body on to later filters on an ASYNC dispatch")
                .check(app);
    }
}
