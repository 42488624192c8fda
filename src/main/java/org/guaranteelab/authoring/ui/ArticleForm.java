package org.guaranteelab.authoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Optional;
import org.guaranteelab.authoring.Article;
import org.guaranteelab.catalog.CaseSource;

/**
 * The article: title, "as of" date, optional outlet, author and address, and (for a new case) its
 * text. Once the case is started the text cannot be changed, only divided.
 */
class ArticleForm extends Composite<FormLayout> {

    private final TextField title = new TextField("Title of the article");
    private final TextField dateContext = new TextField("As of (when the article's facts hold)");
    private final TextField outlet = new TextField("Outlet (optional)");
    private final TextField author = new TextField("Author (optional)");
    private final TextField address = new TextField("Address of the article (optional)");
    private final TextArea text = new TextArea("The article's text");
    private final Binder<ArticleDetails> binder = new Binder<>(ArticleDetails.class);

    ArticleForm(boolean withText) {
        title.setId("article-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(Article.TITLE_LENGTH);
        dateContext.setId("article-date");
        dateContext.setRequiredIndicatorVisible(true);
        dateContext.setPlaceholder("as of March 11, 2025");
        dateContext.setMaxLength(Article.DATE_CONTEXT_LENGTH);
        outlet.setId("article-outlet");
        outlet.setMaxLength(Article.OUTLET_LENGTH);
        author.setId("article-author");
        author.setMaxLength(Article.AUTHOR_LENGTH);
        address.setId("article-address");
        address.setMaxLength(Article.ADDRESS_LENGTH);
        address.setPlaceholder("https://");
        text.setId("article-text");
        text.setMaxLength(Article.TEXT_LENGTH);
        text.setHelperText("Paste the article, up to 100 KB. Each paragraph becomes a numbered passage; "
                + "you can merge and split passages later, but not change the words.");
        binder.forField(title).asRequired("Give the article's title.").bind("title");
        binder.forField(dateContext).asRequired("Say when the article's facts hold, e.g. \"as of March 11, 2025\".")
                .bind("dateContext");
        binder.forField(outlet).bind("outlet");
        binder.forField(author).bind("author");
        // The loader refuses any other address when the case is published; said here as it is typed.
        binder.forField(address).withValidator(value -> value.isBlank() || CaseSource.isWebAddress(value.strip()),
                "Give the whole web address, beginning with https:// or http://.").bind("address");
        binder.forField(text).asRequired("Paste the article's text.").bind("text");
        binder.readRecord(ArticleDetails.empty());
        getContent().add(title, dateContext, outlet, author, address);
        getContent().setColspan(title, 2);
        getContent().setColspan(address, 2);
        if (withText) {
            getContent().add(text);
            getContent().setColspan(text, 2);
        }
    }

    void setDetails(ArticleDetails details) {
        binder.readRecord(details);
    }

    /** The details if the form is valid; otherwise the fields show why and nothing is returned. */
    Optional<ArticleDetails> validDetails() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void addChangeListener(Runnable listener) {
        List.of(title, dateContext, outlet, author, address).forEach(field -> field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                listener.run();
            }
        }));
    }

    void showProblem(String message) {
        text.setInvalid(true);
        text.setErrorMessage(message);
    }
}
