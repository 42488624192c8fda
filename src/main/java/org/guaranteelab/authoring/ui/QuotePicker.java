package org.guaranteelab.authoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.guaranteelab.authoring.Article;
import org.guaranteelab.authoring.Span;
import org.guaranteelab.authoring.Words;
import org.jspecify.annotations.Nullable;

/**
 * Chooses words of the article: a passage, then its first and last word by number (typed or
 * stepped with the arrow keys, so the keyboard alone is enough) or from a selection made with the
 * mouse in the passage's text ("Use my selection"). The chosen words are always shown before they
 * are attached. The quote is always a span of the article, so it is verbatim by construction.
 *
 * <p>Number fields rather than lists of words: a read-only text area's caret does not move with
 * Home or Shift+arrows in Chromium, so the keyboard route must not depend on selecting text.
 */
class QuotePicker extends Composite<FormLayout> {

    private static final int LABEL_WORDS = 8;

    private final ComboBox<Integer> passage = new ComboBox<>("Passage");
    private final TextArea passageText = new TextArea("Its text (select words with the mouse, or choose them below)");
    private final IntegerField firstWord = new IntegerField("Start at word");
    private final IntegerField lastWord = new IntegerField("End at word");
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
        lastWord.setId("quote-last-word");
        for (var field : List.of(firstWord, lastWord)) {
            field.setStepButtonsVisible(true);
            field.setMin(1);
            // Each key or step shows the chosen words at once, so nothing is attached unseen.
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        chosen.setId("chosen-words");
        chosen.addClassName("chosen-words");
        // Read out when it changes, so a screen-reader user hears the words a number picks.
        chosen.getElement().setAttribute("role", "status");
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

    /** The chosen words, or empty if none are chosen or the numbers do not name words of the passage. */
    Optional<Span> quote() {
        var first = wordIndex(firstWord);
        var last = wordIndex(lastWord);
        if (first.isEmpty() || last.isEmpty() || first.get() > last.get()) {
            return Optional.empty();
        }
        return Optional.of(Words.quote(article.text(), words.get(first.get()), words.get(last.get())))
                .filter(span -> span.length() > 0);
    }

    /** Where in the passage the first chosen word starts, to split the passage there. */
    int firstWordOffset() {
        var first = wordIndex(firstWord).orElse(0);
        return words.isEmpty() ? 0 : words.get(first).start() - article.passages().get(passageIndex()).start();
    }

    /** The word a field's number names (counted from 1 for people), checked here as the client may send any number. */
    private Optional<Integer> wordIndex(IntegerField field) {
        var number = field.getValue();
        return number == null || number < 1 || number > words.size() ? Optional.empty() : Optional.of(number - 1);
    }

    private void choose(Span quote) {
        if (words.isEmpty()) {
            return;
        }
        firstWord.setValue(Words.at(words, quote.start()) + 1);
        lastWord.setValue(Words.at(words, Math.max(quote.start(), quote.end() - 1)) + 1);
    }

    private void showPassage() {
        var span = article.passages().get(passageIndex());
        passageText.setValue(article.passageText(passageIndex()));
        words = Words.of(article.text(), span);
        firstWord.setMax(Math.max(1, words.size()));
        lastWord.setMax(Math.max(1, words.size()));
        firstWord.setValue(words.isEmpty() ? null : 1);
        lastWord.setValue(words.isEmpty() ? null : words.size());
        showChosen();
    }

    private void showChosen() {
        firstWord.setHelperText(wordHelp(firstWord));
        lastWord.setHelperText(wordHelp(lastWord));
        chosen.setText(quote().map(span -> "Chosen: “" + article.text().substring(span.start(), span.end()) + "”")
                .orElseGet(this::whyNoWords));
    }

    private String wordHelp(IntegerField field) {
        return wordIndex(field).map(words::get).map(word -> "“" + article.text().substring(word.start(), word.end()) + "”")
                .orElse("1 to " + words.size());
    }

    private String whyNoWords() {
        var first = wordIndex(firstWord);
        var last = wordIndex(lastWord);
        if (first.isPresent() && last.isPresent()) {
            return "No words chosen: the last word comes before the first.";
        }
        return "No words chosen: the passage's words are numbered 1 to " + words.size() + ".";
    }

    /** Offsets of the browser's selection in the passage's text, as UTF-16 units like Java's. */
    private void readSelection() {
        passageText.getElement().executeJs(
                "const i = this.inputElement; return i.selectionStart + ',' + i.selectionEnd;")
                .then(String.class, this::selected);
    }

    /**
     * No usable selection clears the chosen words and says so: keeping the earlier words would let
     * the author attach words they did not pick.
     */
    void selected(@Nullable String offsets) {
        var span = article.passages().get(passageIndex());
        if (offsets == null || !offsets.matches("\\d{1,6},\\d{1,6}")) {
            noSelection();
            return;
        }
        var parts = offsets.split(",");
        int start = Integer.parseInt(parts[0]);
        int end = Integer.parseInt(parts[1]);
        if (end <= start || end > span.length()
                || article.text().substring(span.start() + start, span.start() + end).isBlank()) {
            noSelection();
            return;
        }
        choose(new Span(span.start() + start, span.start() + end));
    }

    private void noSelection() {
        firstWord.clear();
        lastWord.clear();
        chosen.setText("Nothing is selected in the passage's text, so no words are chosen. Select words in it with "
                + "the mouse, or type the numbers of the first and last word.");
    }

    private static String opening(String text) {
        var words = text.split("\\s+", LABEL_WORDS + 1);
        return words.length <= LABEL_WORDS ? text : String.join(" ", List.of(words).subList(0, LABEL_WORDS)) + " …";
    }
}
