package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HiddenCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"gnp\u202Eexe", "a\u200Bb", "a\u200Db", "a\u200Cb", "x\u2066y\u2069", "a\u200Eb", "a\u061Cb",
            "a\uFEFFb", "a\u00ADb", "a\u2060b", "Bob\u3164", "\u115F", "a\u2800b", "a\uD800b", "a\uDC00", " \uFE0F",
            "\uDB40\uDC41", "\u200D👩"})
    void direction_invisible_and_blank_characters_and_lone_surrogates_are_found(String text) {
        assertThat(HiddenCharacters.first(text)).as(text.codePoints().mapToObj(Integer::toHexString).toList().toString())
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana Lee", "Zoë", "李", "👩\u200D💻", "👍🏽", "❤\uFE0F", "👨\u200D👩\u200D👧", "می\u200Cخواهم",
            "क्\u200Dष", "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", "line\nbreak\ttab"})
    void joiners_selectors_and_tags_that_spell_something_are_not_hidden(String text) {
        assertThat(HiddenCharacters.first(text)).isEmpty();
    }

    @Test
    void what_was_found_is_named_with_where_it_stands() {
        var found = HiddenCharacters.first("Bridge plan\u202Egnp.exe").orElseThrow();

        assertThat(found.describe()).isEqualTo("an invisible or direction-changing character "
                + "(U+202E RIGHT-TO-LEFT OVERRIDE) after “Bridge plan”");
        assertThat(HiddenCharacters.first("\u200Bx").orElseThrow().describe()).endsWith("at the start");
        assertThat(HiddenCharacters.first("x".repeat(30) + "\u200B").orElseThrow().describe())
                .endsWith("after “…" + "x".repeat(20) + "”");
        assertThat(HiddenCharacters.first("first line\nsecond\u200B").orElseThrow().describe()).endsWith("after “second”");
    }

    @Test
    void text_that_shows_nothing_is_not_visible() {
        assertThat(HiddenCharacters.isVisible("\u00A0 \u3000")).isFalse();
        assertThat(HiddenCharacters.isVisible("\u0301\u0301")).isFalse();
        assertThat(HiddenCharacters.isVisible("\u2800")).isFalse();
        assertThat(HiddenCharacters.isVisible(" . ")).isTrue();
        assertThat(HiddenCharacters.isVisible("李")).isTrue();
    }
}
