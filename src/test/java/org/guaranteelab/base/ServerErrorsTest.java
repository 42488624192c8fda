package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.ServletException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServerErrorsTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorLog.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void a_failing_page_answers_500_with_the_apps_page_and_a_reference_that_the_one_log_line_names()
            throws Exception {
        var response = run("GET", "/join", "text/html", new IllegalStateException("broken"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("text/html");
        var page = response.getContentAsString();
        assertThat(page).contains("Something went wrong", "Guarantee Lab").doesNotContain("broken", "at org.");
        var reference = page.replaceAll("(?s).*Error reference: ([0-9a-f]{8}).*", "$1");
        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).startsWith("Error " + reference + ": 500 on GET /join: "
                    + "IllegalStateException: broken");
            assertThat(line.getThrowableProxy()).isNull();
        });
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void a_malformed_request_answers_400_and_the_api_gets_problem_json() throws Exception {
        var malformed = new ServletException(new InvalidParameterException("Character decoding failed"));

        var page = run("GET", "/", "text/html", malformed);
        var api = run("GET", "/api/cases/x", "*/*", malformed);

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("This address is not understood");
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).startsWith("{\"title\":\"This address is not understood\",\"status\":400");
    }

    private static MockHttpServletResponse run(String method, String path, String accept, Exception failure)
            throws Exception {
        var request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", accept);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                                   jakarta.servlet.http.HttpServletResponse res) throws ServletException {
                if (failure instanceof ServletException servletException) {
                    throw servletException;
                }
                throw (RuntimeException) failure;
            }
        });
        new ServerErrors().doFilter(request, response, chain);
        return response;
    }
}
