package org.guaranteelab.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The article the case is built on, as the passages the app quotes from it. {@code outlet},
 * {@code author} and {@code address} say where it appeared, who wrote it and where to read it; each
 * is left out where the case's copy of the article does not name it.
 */
public record CaseSource(String title, @Nullable String subtitle, @Nullable String kind, @Nullable String outlet,
                         @Nullable String author, @Nullable String address, @Nullable String dateContext,
                         List<SourceSection> sections) {

    public static final int OUTLET_LENGTH = 120;
    public static final int AUTHOR_LENGTH = 120;
    public static final int ADDRESS_LENGTH = 500;

    public CaseSource {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /**
     * Whether {@code address} may become a link: an absolute http(s) address with a host. Any other
     * scheme (javascript:, data:) could run or show something else when a reader follows it, and a name
     * before '@' passes for the host ("https://trusted.example@elsewhere.example/").
     */
    public static boolean isWebAddress(String address) {
        try {
            var uri = new URI(address);
            var scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether the case names the outlet, author or address of its article. */
    public boolean namesPublication() {
        return outlet != null || author != null || address != null;
    }

    /**
     * One section of the article, under the heading the article gives it, verbatim. {@code context}
     * is our own word on where the section sits (e.g. "the article's questions and answers").
     */
    public record SourceSection(String id, String heading, @Nullable String context, List<Passage> passages) {
        public SourceSection {
            passages = passages == null ? List.of() : List.copyOf(passages);
        }
    }

    /** A verbatim stretch of the article (whitespace normalised) that quotes point into. */
    public record Passage(String id, String text) {
    }
}
