package org.guaranteelab.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AuthoringPageHeadersTest {

    private static MockHttpServletResponse get(String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        var response = new MockHttpServletResponse();
        new AuthoringPageHeaders().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_published_user_cases_pages_ask_not_to_be_indexed() throws Exception {
        assertThat(get("/cases/case-abcdefghij0123").getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(get("/cases/case-abcdefghij0123/source").getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
    }

    @Test
    void the_private_edit_link_is_neither_indexed_nor_cached() throws Exception {
        var response = get("/write/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void the_bundled_case_and_the_new_case_page_may_be_indexed() throws Exception {
        assertThat(get("/cases/ukraine-2025").getHeader("X-Robots-Tag")).isNull();
        assertThat(get("/write").getHeader("X-Robots-Tag")).isNull();
    }
}
