package org.guaranteelab.authoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.guaranteelab.authoring.Article;
import org.guaranteelab.authoring.Span;
import org.guaranteelab.authoring.Words;
import org.jspecify.annotations.Nullable;

/**
 * Chooses words of the article: a passage, then its first and last word, from lists (keyboard) or
 * from a selection made with the mouse in the passage's text ("Use my selection"). The quote is
 * always a span of the article, so it is verbatim by construction.
 */
class QuotePicker extends Composite<FormLayout> {

    private static final int LABEL_WORDS = 8;

    private final ComboBox<Integer> passage = new ComboBox<>("Passage");
    private final TextArea passageText = new TextArea("Its text (select words with the mouse, or choose them below)");
    private final Select<Integer> firstWord = new Select<>();
    private final Select<Integer> lastWord = new Select<>();
    private final Paragraph chosen = new Paragraph();
    private Article article;
    private List<Span> words = List.of();

    QuotePicker(Article article) {
        this.article = article;
        passage.setId("quote-passage");
        passage.setHelperText("Type a passage's number or its first words.");
        passageText.setId("passage-text");
        passageText.setReadOnly(true);
        passageText.setWidthFull();
        firstWord.setId("quote-first-word");
        firstWord.setLabel("First word");
        lastWord.setId("quote-last-word");
        lastWord.setLabel("Last word");
        chosen.setId("chosen-words");
        chosen.addClassName("chosen-words");
        var useSelection = new Button("Use my selection", event -> readSelection());
        useSelection.setId("use-selection");
        passage.addValueChangeListener(event -> showPassage());
        firstWord.addValueChangeListener(event -> showChosen());
        lastWord.addValueChangeListener(event -> showChosen());
        getContent().add(passage, passageText, useSelection, firstWord, lastWord, chosen);
        getContent().setColspan(passageText, 2);
        getContent().setColspan(chosen, 2);
        setArticle(article);
        passage.setValue(0);
    }

    /** The article changed (passages merged or split): the same words stay chosen where they can. */
    void setArticle(Article changed) {
        var kept = quote();
        this.article = changed;
        passage.setItems(IntStream.range(0, changed.passages().size()).boxed().toList());
        passage.setItemLabelGenerator(index -> "¶" + (index + 1) + " " + opening(changed.passageText(index)));
        var at = kept.flatMap(changed::passageOf).orElse(0);
        passage.setValue(Math.min(at, changed.passages().size() - 1));
        showPassage();
        kept.ifPresent(this::choose);
    }

    int passageIndex() {
        return passage.getValue() == null ? 0 : passage.getValue();
    }

    /** The chosen words, or empty if none are chosen. */
    Optional<Span> quote() {
        if (firstWord.getValue() == null || lastWord.getValue() == null || words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Words.quote(article.text(), words.get(firstWord.getValue()), words.get(lastWord.getValue())))
                .filter(span -> span.length() > 0);
    }

    /** Where in the passage the first chosen word starts, to split the passage there. */
    int firstWordOffset() {
        var first = firstWord.getValue() == null ? 0 : firstWord.getValue();
        return words.isEmpty() ? 0 : words.get(first).start() - article.passages().get(passageIndex()).start();
    }

    private void choose(Span quote) {
        if (words.isEmpty()) {
            return;
        }
        firstWord.setValue(Words.at(words, quote.start()));
        lastWord.setValue(Words.at(words, Math.max(quote.start(), quote.end() - 1)));
    }

    private void showPassage() {
        var span = article.passages().get(passageIndex());
        passageText.setValue(article.passageText(passageIndex()));
        words = Words.of(article.text(), span);
        var indexes = IntStream.range(0, words.size()).boxed().toList();
        firstWord.setItems(indexes);
        lastWord.setItems(indexes);
        firstWord.setItemLabelGenerator(this::wordLabel);
        lastWord.setItemLabelGenerator(this::wordLabel);
        firstWord.setValue(indexes.isEmpty() ? null : 0);
        lastWord.setValue(indexes.isEmpty() ? null : indexes.size() - 1);
        showChosen();
    }

    private String wordLabel(Integer index) {
        var word = words.get(index);
        return (index + 1) + " · " + article.text().substring(word.start(), word.end());
    }

    private void showChosen() {
        chosen.setText(quote().map(span -> "Chosen: “" + article.text().substring(span.start(), span.end()) + "”")
                .orElse("No words chosen."));
    }

    /** Offsets of the browser's selection in the passage's text, as UTF-16 units like Java's. */
    private void readSelection() {
        passageText.getElement().executeJs(
                "const i = this.inputElement; return i.selectionStart + ',' + i.selectionEnd;")
                .then(String.class, this::selected);
    }

    void selected(@Nullable String offsets) {
        if (offsets == null || !offsets.matches("\\d{1,6},\\d{1,6}")) {
            return;
        }
        var parts = offsets.split(",");
        int start = Integer.parseInt(parts[0]);
        int end = Integer.parseInt(parts[1]);
        var span = article.passages().get(passageIndex());
        if (end <= start || end > span.length()) {
            return;
        }
        choose(new Span(span.start() + start, span.start() + end));
    }

    private static String opening(String text) {
        var words = text.split("\\s+", LABEL_WORDS + 1);
        return words.length <= LABEL_WORDS ? text : String.join(" ", List.of(words).subList(0, LABEL_WORDS)) + " …";
    }
}
