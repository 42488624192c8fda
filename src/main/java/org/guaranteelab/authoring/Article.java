package org.guaranteelab.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.guaranteelab.catalog.CaseSource;
import org.jspecify.annotations.Nullable;

/**
 * The article a case is built on, as pasted: its text is never edited, only divided into numbered
 * passages (spans of it, in order, not overlapping), which the author may merge and split.
 *
 * @param dateContext when the article's facts hold, e.g. "as of March 11, 2025"
 */
public record Article(String title, String dateContext, @Nullable String outlet, @Nullable String author,
                      @Nullable String address, String text, List<Span> passages) {

    /** 100 KB of pasted text, counted in characters. */
    public static final int TEXT_LENGTH = 100_000;
    public static final int TITLE_LENGTH = 200;
    public static final int DATE_CONTEXT_LENGTH = 100;
    // The case file's own limits, so that a draft never holds what its case could not.
    public static final int OUTLET_LENGTH = CaseSource.OUTLET_LENGTH;
    public static final int AUTHOR_LENGTH = CaseSource.AUTHOR_LENGTH;
    public static final int ADDRESS_LENGTH = CaseSource.ADDRESS_LENGTH;
    public static final int PASSAGES = 1_000;

    public Article {
        passages = List.copyOf(passages);
    }

    /** A new article, split by {@link ArticleSplitter}. */
    public static Article of(String title, String dateContext, @Nullable String outlet, @Nullable String author,
                             @Nullable String address, String text) {
        return new Article(title, dateContext, outlet, author, address, text, ArticleSplitter.split(text));
    }

    public String passageText(int index) {
        var span = passages.get(index);
        return text.substring(span.start(), span.end());
    }

    /** The passage's id in the case file: its number, which readers see as ¶1, ¶2, … */
    public static String passageId(int index) {
        return "p" + (index + 1);
    }

    /** The index of the passage that holds the whole of {@code excerpt}, if one does. */
    public Optional<Integer> passageOf(Span excerpt) {
        return IntStream.range(0, passages.size()).filter(i -> passages.get(i).contains(excerpt)).boxed().findFirst();
    }

    /** Passage {@code index} and the next become one. */
    public Article mergeWithNext(int index) {
        if (index < 0 || index + 1 >= passages.size()) {
            return this;
        }
        var merged = new ArrayList<>(passages);
        var next = merged.remove(index + 1);
        merged.set(index, new Span(merged.get(index).start(), next.end()));
        return withPassages(merged);
    }

    /** Passage {@code index} becomes two, the second starting at {@code offset} (within the passage). */
    public Article splitPassage(int index, int offset) {
        if (index < 0 || index >= passages.size()) {
            return this;
        }
        var passage = passages.get(index);
        var split = new ArrayList<>(passages);
        split.remove(index);
        split.addAll(index, ArticleSplitter.splitAt(text, passage, passage.start() + offset));
        return withPassages(split);
    }

    private Article withPassages(List<Span> changed) {
        return new Article(title, dateContext, outlet, author, address, text, changed);
    }

    /** The same article with other text, for storing the text apart from the rest of a draft. */
    Article withText(String changed) {
        return new Article(title, dateContext, outlet, author, address, changed, passages);
    }

    public Article withDetails(String title, String dateContext, @Nullable String outlet, @Nullable String author,
                               @Nullable String address) {
        return new Article(title, dateContext, outlet, author, address, text, passages);
    }
}
