package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@Tag("database")
@SpringBootTest
class SharingServiceTest {

    private static final Choices SCENARIO = Choices.none().with("nato", "bridge").with("sanctions", "strengthened");

    @Autowired
    SharingService sharing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_saved_scenario_opens_by_its_view_link_with_its_details_and_choices() {
        var links = sharing.save(new ScenarioDetails("Bridge and pressure", "Ana", "Why:\nbecause."), SCENARIO, Optional.empty());

        var shared = found(sharing.open(links.viewToken(), Optional.empty()));

        assertThat(shared.details()).isEqualTo(new ScenarioDetails("Bridge and pressure", "Ana", "Why:\nbecause."));
        assertThat(shared.choices()).isEqualTo(SCENARIO);
        assertThat(shared.number()).isEqualTo(1);
        assertThat(shared.versionCount()).isEqualTo(1);
        assertThat(shared.caseChanged()).isFalse();
        assertThat(links.version()).isEqualTo(1);
    }

    @Test
    void the_database_holds_only_hashes_of_the_tokens() {
        var links = sharing.save(details("Hashes only"), SCENARIO, Optional.empty());

        var stored = jdbc.queryForList("select view_token_hash, edit_token_hash from shared_scenario").toString();

        assertThat(stored).doesNotContain(links.viewToken()).doesNotContain(links.editToken())
                .contains(ShareToken.hash(links.viewToken()), ShareToken.hash(links.editToken()));
    }

    @Test
    void each_update_is_a_new_version_and_earlier_versions_stay_readable() {
        var links = sharing.save(details("First"), SCENARIO, Optional.empty());

        var updated = found(sharing.update(links.editToken(), details("Second"), SCENARIO.with("foreign-forces")));

        assertThat(updated.number()).isEqualTo(2);
        var latest = found(sharing.open(links.viewToken(), Optional.empty()));
        var first = found(sharing.open(links.viewToken(), Optional.of(1)));
        assertThat(latest.details().title()).isEqualTo("Second");
        assertThat(latest.choices().includes("foreign-forces")).isTrue();
        assertThat(first.details().title()).isEqualTo("First");
        assertThat(first.choices()).isEqualTo(SCENARIO);
        assertThat(first.isLatest()).isFalse();
        assertThat(latest.versions()).extracting(SharedVersion.VersionInfo::title).containsExactly("First", "Second");
        assertThat(sharing.open(links.viewToken(), Optional.of(3))).isInstanceOf(Lookup.NotFound.class);
    }

    @Test
    void a_remix_records_what_it_was_remixed_from_and_the_original_counts_it() {
        var original = sharing.save(details("Original"), SCENARIO, Optional.empty());

        var remix = sharing.save(details("Remix"), SCENARIO.without("nato"), Optional.of(original.viewToken()));

        assertThat(found(sharing.open(remix.viewToken(), Optional.empty())).remixedFrom()).contains("Original");
        assertThat(found(sharing.open(original.viewToken(), Optional.empty())).remixCount()).isEqualTo(1);
    }

    @Test
    void a_revoked_view_link_looks_like_an_unknown_one_until_restored() {
        var links = sharing.save(details("Revocable"), SCENARIO, Optional.empty());

        sharing.revoke(links.editToken());
        assertThat(sharing.open(links.viewToken(), Optional.empty())).isInstanceOf(Lookup.NotFound.class);
        assertThat(found(sharing.openForEdit(links.editToken())).viewLinkRevoked()).isTrue();

        sharing.restore(links.editToken());
        assertThat(sharing.open(links.viewToken(), Optional.empty())).isInstanceOf(Lookup.Found.class);
    }

    @Test
    void a_deleted_scenario_says_removed_on_both_links_and_keeps_no_content() {
        var links = sharing.save(details("Secret title"), SCENARIO, Optional.empty());

        assertThat(sharing.delete(links.editToken())).isTrue();

        assertThat(sharing.open(links.viewToken(), Optional.empty())).isInstanceOf(Lookup.Removed.class);
        assertThat(sharing.openForEdit(links.editToken())).isInstanceOf(Lookup.Removed.class);
        assertThat(jdbc.queryForObject("select count(*) from scenario_version where title = 'Secret title'", Integer.class))
                .isZero();
    }

    @Test
    void unknown_and_malformed_tokens_are_not_found() {
        assertThat(sharing.open(ShareToken.generate(), Optional.empty())).isInstanceOf(Lookup.NotFound.class);
        assertThat(sharing.open("../../etc/passwd", Optional.empty())).isInstanceOf(Lookup.NotFound.class);
        assertThat(sharing.openForEdit("")).isInstanceOf(Lookup.NotFound.class);
        assertThat(sharing.delete(ShareToken.generate())).isFalse();
    }

    @Test
    void the_edit_link_cannot_be_used_as_a_view_link_or_the_other_way_round() {
        var links = sharing.save(details("Two keys"), SCENARIO, Optional.empty());

        assertThat(sharing.open(links.editToken(), Optional.empty())).isInstanceOf(Lookup.NotFound.class);
        assertThat(sharing.openForEdit(links.viewToken())).isInstanceOf(Lookup.NotFound.class);
    }

    @Test
    void a_save_without_title_or_with_overlong_fields_is_refused_and_nothing_is_written() {
        var before = jdbc.queryForObject("select count(*) from scenario_version", Integer.class);

        assertThatThrownBy(() -> sharing.save(new ScenarioDetails("  \u0007 ", "", ""), SCENARIO, Optional.empty()))
                .isInstanceOfSatisfying(InvalidDetailsException.class,
                        e -> assertThat(e.problems()).containsKey("title"));
        assertThatThrownBy(() -> sharing.save(new ScenarioDetails("t".repeat(121), "a".repeat(61), "n".repeat(5001)),
                SCENARIO, Optional.empty()))
                .isInstanceOfSatisfying(InvalidDetailsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("title", "author", "notes"));

        assertThat(jdbc.queryForObject("select count(*) from scenario_version", Integer.class)).isEqualTo(before);
    }

    @Test
    void control_characters_are_removed_and_text_is_normalised() {
        var links = sharing.save(new ScenarioDetails(" Cafe\u0301 plan\u0000 ", "Ana\nB", "line 1\r\nline 2\u0007"),
                SCENARIO, Optional.empty());

        var details = found(sharing.open(links.viewToken(), Optional.empty())).details();

        assertThat(details.title()).isEqualTo("Café plan");
        assertThat(details.author()).isEqualTo("AnaB");
        assertThat(details.notes()).isEqualTo("line 1\nline 2");
    }

    @Test
    void invisible_and_direction_characters_are_refused_saying_which_and_where() {
        var before = jdbc.queryForObject("select count(*) from scenario_version", Integer.class);

        assertThatThrownBy(() -> sharing.save(new ScenarioDetails("Bridge \u202Eplan", "Ana\uD800",
                "line 1\nsee\u200Bnote"), SCENARIO, Optional.empty()))
                .isInstanceOfSatisfying(InvalidDetailsException.class, e -> {
                    assertThat(e.problems().get("title")).contains("U+202E RIGHT-TO-LEFT OVERRIDE")
                            .contains("after “Bridge ”");
                    assertThat(e.problems().get("author")).contains("LONE SURROGATE");
                    assertThat(e.problems().get("notes")).contains("U+200B ZERO WIDTH SPACE").contains("after “see”");
                });
        assertThatThrownBy(() -> sharing.save(details("\u0301\u0301"), SCENARIO, Optional.empty()))
                .isInstanceOfSatisfying(InvalidDetailsException.class,
                        e -> assertThat(e.problems().get("title")).contains("shows nothing"));

        assertThat(jdbc.queryForObject("select count(*) from scenario_version", Integer.class)).isEqualTo(before);
    }

    @Test
    void joiners_that_spell_a_word_or_an_emoji_are_kept() {
        var persian = "می\u200Cخواهم";
        var links = sharing.save(new ScenarioDetails("Team 👩\u200D💻", "", persian), SCENARIO, Optional.empty());

        var details = found(sharing.open(links.viewToken(), Optional.empty())).details();

        assertThat(details.title()).isEqualTo("Team 👩\u200D💻");
        assertThat(details.notes()).isEqualTo(persian);
    }

    private static ScenarioDetails details(String title) {
        return new ScenarioDetails(title, "", "");
    }

    private static <T> T found(Lookup<T> lookup) {
        assertThat(lookup).isInstanceOf(Lookup.Found.class);
        return ((Lookup.Found<T>) lookup).value();
    }
}
