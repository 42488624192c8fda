package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestSizeLimitUnitTest {

    private final RequestSizeLimit limit = new RequestSizeLimit(16, Duration.ofSeconds(10),
            DataSize.ofMegabytes(128), DataSize.ofMegabytes(16), new ClientKeys(""));

    @Test
    void a_chunked_body_within_the_limit_reaches_the_app_intact() throws Exception {
        var received = new StringBuilder();
        var chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
                    throws java.io.IOException {
                received.append(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        });
        var response = new MockHttpServletResponse();

        limit.doFilter(chunked("sixteen bytes ok"), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(received).hasToString("sixteen bytes ok");
    }

    @Test
    void a_chunked_body_one_byte_over_the_limit_never_reaches_the_app() throws Exception {
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();

        limit.doFilter(chunked("seventeen bytes!!"), response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    /** A request as Tomcat presents a chunked one: a body, but no Content-Length. */
    private static MockHttpServletRequest chunked(String body) {
        var request = new MockHttpServletRequest("POST", "/") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
