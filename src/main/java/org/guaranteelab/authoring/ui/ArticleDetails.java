package org.guaranteelab.authoring.ui;

import org.guaranteelab.authoring.Article;
import org.guaranteelab.base.UserText;
import org.jspecify.annotations.Nullable;

/** What the article form edits: the article's details, and its text until the case is started. */
public record ArticleDetails(String title, String dateContext, String outlet, String author, String address, String text) {

    static ArticleDetails empty() {
        return new ArticleDetails("", "", "", "", "", "");
    }

    static ArticleDetails of(Article article) {
        return new ArticleDetails(article.title(), article.dateContext(), orEmpty(article.outlet()), orEmpty(article.author()),
                orEmpty(article.address()), article.text());
    }

    /** A new article: one-line fields cleaned as everywhere in the app, the text in one Unicode form. */
    Article toArticle() {
        return Article.of(UserText.line(title), UserText.line(dateContext), optional(outlet), optional(author),
                optional(address), UserText.paragraphs(text));
    }

    Article applyTo(Article article) {
        return article.withDetails(UserText.line(title), UserText.line(dateContext), optional(outlet), optional(author),
                optional(address));
    }

    private static @Nullable String optional(String value) {
        var line = UserText.line(value);
        return line.isEmpty() ? null : line;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
