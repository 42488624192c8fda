package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guaranteelab.catalog.CaseFiles.NAME;
import static org.guaranteelab.catalog.CaseFiles.VALID;
import static org.guaranteelab.catalog.CaseFiles.bytes;
import static org.guaranteelab.catalog.CaseFiles.validWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class CaseLoaderTest {

    private final CaseLoader loader = new CaseLoader();

    @Test
    void the_fixture_loads_so_each_broken_variant_fails_only_for_its_own_change() {
        var loaded = loader.load(NAME, bytes(VALID));

        assertThat(loaded.id()).isEqualTo("mini");
        assertThat(loaded.stances()).hasSize(4);
    }

    @Test
    void two_stakeholders_with_the_same_monogram_are_reported_because_the_map_could_not_tell_them_apart() {
        assertFailure(validWith("  - id: alpha\n    name: Alpha\n", "  - id: alpha\n    name: Alpha\n    monogram: Beta\n"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stakeholders[beta].monogram: \"Beta\" must be at most four characters and differ "
                        + "from every other stakeholder's");
    }

    @Test
    void quote_pointing_to_a_missing_passage_is_reported_with_file_and_entry() {
        assertFailure(validWith("text: Some are worried.\n    quotes: [{passage: p1,",
                "text: Some are worried.\n    quotes: [{passage: p9,"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("concerns[0] (plan): quote points to passage 'p9', which does not exist");
    }

    @Test
    void option_citing_a_missing_passage_is_reported_with_file_and_entry() {
        assertFailure(validWith("passages: [p2]", "passages: [p2, p3]"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("options[talks].passages: passage 'p3' does not exist");
    }

    @Test
    void quote_not_in_its_passage_is_reported_with_file_and_entry() {
        assertFailure(validWith("text: \"Alpha says yes to the plan. Beta stays silent.\"",
                "text: \"Alpha says yes to the whole plan.\""))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[0] (alpha × plan): quote \"Alpha says yes to the whole plan.\" "
                        + "does not occur verbatim in passage 'p1'");
    }

    @Test
    void quote_differing_from_its_passage_only_in_whitespace_is_accepted() {
        // The fixture's passage has a run of spaces and a tab where the quote has single spaces.
        var loaded = loader.load(NAME, bytes(VALID));

        assertThat(loaded.stance("alpha", "plan").quotes())
                .singleElement()
                .extracting(Quote::text)
                .isEqualTo("Alpha says yes to the plan. Beta stays silent.");
    }

    @Test
    void missing_stance_pair_is_reported_with_the_pair_and_how_to_fill_it() {
        assertFailure(validWith("  - {stakeholder: beta, option: talks, position: not-stated}\n", ""))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances: no entry for beta × talks (write position: not-stated");
    }

    @Test
    void duplicate_stance_is_reported_with_its_index_and_pair() {
        assertFailure(validWith("  - {stakeholder: beta, option: talks, position: not-stated}\n",
                "  - {stakeholder: beta, option: talks, position: not-stated}\n"
                        + "  - {stakeholder: beta, option: talks, position: not-stated}\n"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[4] (beta × talks): a second stance for this pair");
    }

    @Test
    void not_stated_stance_with_quotes_is_reported() {
        assertFailure(validWith("{stakeholder: alpha, option: talks, position: not-stated}",
                "{stakeholder: alpha, option: talks, position: not-stated, "
                        + "quotes: [{passage: p2, text: \"Talks will begin soon\"}]}"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[1] (alpha × talks): a not-stated position cannot carry quotes");
    }

    @Test
    void stance_without_quotes_is_reported() {
        assertFailure(validWith("{stakeholder: alpha, option: talks, position: not-stated}",
                "{stakeholder: alpha, option: talks, position: supports}"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[1] (alpha × talks): position 'supports' needs at least one quote");
    }

    @Test
    void stance_by_level_without_quotes_at_one_level_is_reported_with_the_level() {
        assertFailure(validWith("big: {position: opposes, basis: reported, quotes: [{passage: p1, text: \"The plan worries some.\"}]}",
                "big: {position: opposes, basis: reported}"))
                .hasMessageContaining("stances[2] (beta × plan) at level big: position 'opposes' needs at least one quote");
    }

    @Test
    void stance_by_level_missing_a_level_is_reported() {
        assertFailure(validWith("      small: {position: not-stated}\n", ""))
                .hasMessageContaining("stances[2] (beta × plan): positions by level must cover exactly the levels "
                        + "[small, big], found [big]");
    }

    @Test
    void stance_claiming_own_words_on_the_articles_words_is_reported() {
        assertFailure(validWith("big: {position: opposes, basis: reported,", "big: {position: opposes, basis: own-words,"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[2] (beta × plan) at level big: basis 'own-words' needs a quote whose "
                        + "speaker is a person of 'beta'");
    }

    @Test
    void stance_calling_the_stakeholders_own_words_reported_is_reported() {
        assertFailure(validWith("    basis: own-words\n", "    basis: reported\n"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[0] (alpha × plan): basis 'reported' but a quote is spoken by a person "
                        + "of 'alpha'; the basis is 'own-words'");
    }

    @Test
    void stated_stance_without_a_basis_is_reported() {
        assertFailure(validWith("big: {position: opposes, basis: reported,", "big: {position: opposes,"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[2] (beta × plan) at level big: basis missing");
    }

    @Test
    void stance_resting_on_another_stakeholders_words_is_reported() {
        assertFailure(validWith("big: {position: opposes, basis: reported, quotes: [{passage: p1, text:",
                "big: {position: opposes, basis: reported, quotes: [{passage: p1, speaker: al, text:"))
                .hasMessageContaining("stances[2] (beta × plan) at level big: quote \"The plan worries some.\" is "
                        + "spoken by Al of 'alpha', so it cannot be the basis of a stance of 'beta'");
    }

    @Test
    void one_position_on_an_option_with_levels_without_a_reason_is_reported() {
        assertFailure(validWith("    allLevels: Al says yes to the plan whatever its size.\n", ""))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[0] (alpha × plan): option 'plan' has the levels [small, big]; give each "
                        + "level its own position under 'levels', or say in 'allLevels' why one position covers every level");
    }

    @Test
    void reason_for_all_levels_on_an_option_without_levels_is_reported() {
        assertFailure(validWith("{stakeholder: alpha, option: talks, position: not-stated}",
                "{stakeholder: alpha, option: talks, position: not-stated, allLevels: Whatever.}"))
                .hasMessageContaining("stances[1] (alpha × talks): option 'talks' has no levels, so 'allLevels' has "
                        + "nothing to explain");
    }

    @Test
    void concern_on_an_option_with_levels_that_names_no_level_and_no_reason_is_reported() {
        assertFailure(validWith("  - option: plan\n    level: big\n", "  - option: plan\n"))
                .hasMessageContaining("concerns[0] (plan): option 'plan' has levels; name the 'level' this holds at, "
                        + "or say in 'allLevels' why it holds at every level");
    }

    @Test
    void quote_carrying_its_own_quotation_marks_is_reported() {
        assertFailure(validWith("text: \"Alpha says yes to the plan.\"}]", "text: '\"Alpha says yes to the plan.'}]"))
                .hasMessageContaining("demands[alpha-plan]: quote \"\"Alpha says yes to the plan.\" begins or ends with a "
                        + "quotation mark; the app adds its own");
    }

    @Test
    void demand_without_our_reason_is_reported() {
        assertFailure(validWith("    note: The plan at either size meets it.\n", ""))
                .hasMessageContaining("demands[alpha-plan]: needs a note that says, in one line, why these options meet it");
    }

    @Test
    void editorial_tension_without_a_reason_is_reported() {
        assertFailure(validWith("    basis: source\n    text: The big plan",
                "    basis: editorial\n    text: The big plan"))
                .hasMessageContaining("tensions[big-plan-worries]: an editorial tension needs a note that says why");
    }

    @Test
    void source_issue_in_a_heading_must_occur_in_that_heading() {
        assertFailure(validWith("    passage: p2\n    excerpt: \"begin soon\"",
                "    section: only\n    excerpt: \"begin soon\""))
                .hasMessageContaining("sourceIssues[soon]: excerpt \"begin soon\" does not occur in the heading of "
                        + "section 'only'");
    }

    @Test
    void correction_about_an_unknown_option_or_without_a_date_is_reported() {
        assertFailure(VALID + """
                corrections:
                  - {date: 2026-12-01, options: [plans], text: We fixed the plan.}
                  - {text: We fixed something.}
                """)
                .hasMessageContaining("corrections[0].options: option 'plans' does not exist")
                .hasMessageContaining("corrections[1].date: missing");
    }

    @Test
    void concern_about_an_unknown_option_is_reported_with_file_and_entry() {
        assertFailure(validWith("  - option: plan\n    level: big\n    text: Some are worried.",
                "  - option: plans\n    text: Some are worried."))
                .hasMessageContaining(NAME)
                .hasMessageContaining("concerns[0] (plans): option 'plans' does not exist");
    }

    @Test
    void concern_about_an_unknown_level_is_reported() {
        assertFailure(validWith("    level: big\n    text: Some are worried.", "    level: huge\n    text: Some are worried."))
                .hasMessageContaining("concerns[0] (plan): option 'plan' has no level 'huge'");
    }

    @Test
    void editorial_purpose_link_without_a_note_is_reported() {
        assertFailure(validWith("    note: We read talks as serving peace.\n", ""))
                .hasMessageContaining(NAME)
                .hasMessageContaining("purposeLinks[0] (talks → peace): an editorial link needs a note that says why");
    }

    @Test
    void unknown_yaml_property_is_reported_with_file_entry_and_property() {
        assertFailure(validWith("    text: Some are worried.", "    text: Some are worried.\n    severity: high"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("concerns[0].severity: cannot be read: Unrecognized property \"severity\"");
    }

    @Test
    void malformed_yaml_is_reported_with_file_and_line() {
        assertFailure(validWith("name: A minimal case", "name: [A minimal case"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("cannot be read")
                .hasMessageContaining("line ");
    }

    @Test
    void source_issue_excerpt_not_in_its_passage_is_reported() {
        assertFailure(validWith("excerpt: \"begin soon\"", "excerpt: \"begin later\""))
                .hasMessageContaining("sourceIssues[soon]: excerpt \"begin later\" does not occur in passage 'p2'");
    }

    @Test
    void unknown_position_is_reported_with_file_and_entry() {
        assertFailure(validWith("position: supports", "position: favours"))
                .hasMessageContaining(NAME)
                .hasMessageContaining("stances[0].position: cannot be read:")
                .hasMessageContaining("\"favours\"");
    }

    @Test
    void unknown_position_at_a_level_names_the_level() {
        assertFailure(validWith("big: {position: opposes,", "big: {position: maybe,"))
                .hasMessageContaining("stances[2].levels.big.position: cannot be read:");
    }

    @Test
    void source_issue_without_an_excerpt_is_reported() {
        assertFailure(validWith("    excerpt: \"begin soon\"\n", ""))
                .hasMessageContaining(NAME)
                .hasMessageContaining("sourceIssues[soon].excerpt: missing");
    }

    @Test
    void stakeholder_without_an_id_is_reported_rather_than_crashing_the_check() {
        assertFailure(validWith("  - id: beta\n    name: Beta", "  - name: Beta"))
                .hasMessageContaining("stakeholders[null]: id missing")
                .hasMessageContaining("stances[2] (beta × plan): stakeholder 'beta' does not exist");
    }

    @Test
    void level_without_an_id_is_reported_rather_than_crashing_the_check() {
        assertFailure(validWith("- {id: big, name: Big}", "- {name: Big}"))
                .hasMessageContaining("options[plan].levels: id missing")
                .hasMessageContaining("concerns[0] (plan): option 'plan' has no level 'big'");
    }

    @Test
    void the_articles_outlet_author_and_web_address_are_read_into_the_source() {
        var loaded = loader.load(NAME, bytes(validWith("  dateContext: as of today\n", "  dateContext: as of today\n"
                + "  outlet: Example Gazette\n  author: Jo Writer\n  address: https://example.org/news/plan?id=1\n")));

        assertThat(loaded.source().outlet()).isEqualTo("Example Gazette");
        assertThat(loaded.source().author()).isEqualTo("Jo Writer");
        assertThat(loaded.source().address()).isEqualTo("https://example.org/news/plan?id=1");
    }

    @Test
    void an_address_that_is_not_a_web_address_is_reported_by_its_key() {
        for (var address : List.of("javascript:alert(1)", "\"JavaScript:alert(1)\"", "data:text/html,hi", "/news/plan",
                "ftp://example.org/plan", "https://trusted.example@evil.example/")) {
            assertFailure(validWith("  dateContext: as of today\n", "  dateContext: as of today\n  address: " + address + "\n"))
                    .as(address)
                    .hasMessageContaining("source.address: \"" + address.replace("\"", "")
                            + "\" is not a web address; give an absolute address that begins with http:// or https://");
        }
    }

    @Test
    void an_outlet_author_or_address_over_its_limit_on_two_lines_or_with_hidden_characters_is_reported() {
        assertFailure(validWith("  dateContext: as of today\n", "  dateContext: as of today\n  outlet: \""
                + "x".repeat(CaseSource.OUTLET_LENGTH + 1) + "\"\n"))
                .hasMessageContaining("source.outlet: is 121 characters long; at most 120 fit");
        assertFailure(validWith("  dateContext: as of today\n", "  dateContext: as of today\n  author: \"Jo\\nWriter\"\n"))
                .hasMessageContaining("source.author: must be one line of text");
        assertFailure(validWith("  dateContext: as of today\n", "  dateContext: as of today\n  author: \"Jo\\u202EWriter\"\n"))
                .hasMessageContaining("source.author: holds an invisible or direction-changing character (U+202E");
        assertFailure(validWith("  dateContext: as of today\n", "  dateContext: as of today\n  address: \"https://example.org/"
                + "a".repeat(CaseSource.ADDRESS_LENGTH) + "\"\n"))
                .hasMessageContaining("source.address: is 520 characters long; at most 500 fit");
    }

    @Test
    void every_problem_of_a_file_is_reported_at_once() {
        var yaml = validWith("{stakeholder: alpha, option: talks, position: not-stated}",
                "{stakeholder: alpha, option: talks, position: supports, basis: reported}")
                .replace("    note: We read talks as serving peace.\n", "");

        assertThatThrownBy(() -> loader.load(NAME, bytes(yaml)))
                .isInstanceOfSatisfying(InvalidCaseFileException.class, e -> assertThat(e.problems()).containsExactly(
                        "stances[1] (alpha × talks): position 'supports' needs at least one quote",
                        "purposeLinks[0] (talks → peace): an editorial link needs a note that says why"));
    }

    @Test
    void the_example_in_the_format_documentation_is_a_valid_case() throws IOException {
        var doc = Files.readString(Path.of("docs", "case-format.md"));
        var example = doc.substring(doc.indexOf("```yaml\nid: ") + "```yaml\n".length());
        example = example.substring(0, example.indexOf("```"));

        assertThat(loader.load("docs/case-format.md", bytes(example)).stance("alpha", "plan").position())
                .isEqualTo(Position.SUPPORTS);
    }

    @Test
    void version_is_stable_for_the_same_content() {
        assertThat(loader.load(NAME, bytes(VALID)).version())
                .isNotBlank()
                .isEqualTo(loader.load("cases/elsewhere.yaml", bytes(VALID)).version());
    }

    @Test
    void version_changes_when_the_content_changes() {
        var edited = validWith("note: We read talks as serving peace.", "note: We read talks as serving peace, in time.");

        assertThat(loader.load(NAME, bytes(edited)).version())
                .isNotEqualTo(loader.load(NAME, bytes(VALID)).version());
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertFailure(String yaml) {
        return assertThatThrownBy(() -> loader.load(NAME, bytes(yaml)))
                .isInstanceOf(InvalidCaseFileException.class)
                .hasMessageStartingWith("Case file " + NAME + " is invalid:");
    }
}
