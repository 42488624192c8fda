package org.guaranteelab.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.CaseFileFormat;
import org.guaranteelab.catalog.OptionRef;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.StanceBasis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@Tag("database")
@SpringBootTest
class AuthoringTest {

    @Autowired
    Authoring authoring;

    @Autowired
    CaseCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    private static String client() {
        return "test-" + UUID.randomUUID();
    }

    private String started() {
        var token = authoring.create(client(), DraftReviewTest.draft().article());
        var caseId = authoring.open(token).orElseThrow().caseId();
        authoring.save(token, withCaseId(DraftReviewTest.draft(), caseId));
        return token;
    }

    private static Draft withCaseId(Draft draft, String caseId) {
        return new Draft(caseId, draft.article(), draft.stakeholders(), draft.options(), draft.stances(), draft.concerns(),
                draft.purposes(), draft.links(), draft.demands(), draft.tensions(),
                draft.sourceIssues());
    }

    @Test
    void a_saved_draft_opens_again_by_its_edit_link_as_it_was_saved() {
        var token = started();

        var state = authoring.open(token).orElseThrow();

        assertThat(state.caseId()).matches("case-[a-z0-9]{14}");
        assertThat(state.draft().stakeholders()).extracting(DraftStakeholder::name).containsExactly("Nordmark", "Osterholm");
        assertThat(state.draft().article().text()).isEqualTo(DraftReviewTest.TEXT);
        assertThat(state.published()).isFalse();
        assertThat(catalog.find(state.caseId())).isEmpty();
    }

    @Test
    void a_change_is_saved_without_writing_the_articles_text_again_and_opens_with_the_whole_text() {
        var token = started();
        var draft = authoring.open(token).orElseThrow().draft();

        authoring.save(token, draft.withArticle(draft.article().mergeWithNext(0)));

        var json = jdbc.queryForObject("select content from case_draft where case_id = ?", String.class, draft.caseId());
        assertThat(json).doesNotContain("Valdby on Monday");
        var reopened = authoring.open(token).orElseThrow().draft().article();
        assertThat(reopened.text()).isEqualTo(DraftReviewTest.TEXT);
        assertThat(reopened.passages()).hasSize(draft.article().passages().size() - 1);
    }

    @Test
    void a_change_to_the_articles_words_is_refused_and_the_stored_draft_stays() {
        var token = started();
        var draft = authoring.open(token).orElseThrow().draft();
        var altered = draft.article().withText(DraftReviewTest.TEXT.replace("Monday", "Friday"));

        assertThatThrownBy(() -> authoring.save(token, draft.withArticle(altered)))
                .isInstanceOf(DraftRefusedException.class);
        assertThat(authoring.open(token).orElseThrow().draft().article().text()).isEqualTo(DraftReviewTest.TEXT);
    }

    @Test
    void the_database_holds_only_the_hash_of_the_edit_token() {
        var token = started();

        var stored = jdbc.queryForList("select edit_token_hash from case_draft").toString();

        assertThat(stored).doesNotContain(token).contains(ShareToken.hash(token));
    }

    @Test
    void a_published_case_is_found_by_the_catalog_and_an_edit_publishes_a_new_version() {
        var token = started();
        var first = authoring.publish(token).orElseThrow();
        var caseId = first.caseId();
        var firstVersion = catalog.find(caseId).orElseThrow().version();

        var draft = authoring.open(token).orElseThrow().draft()
                .attach("nordmark", "patrol", null, Position.SUPPORTS, StanceBasis.OWN_WORDS, "ada-berg",
                        DraftReviewTest.span("We will support a joint patrol of the river."), null);
        authoring.save(token, draft);
        var second = authoring.publish(token).orElseThrow();

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        var found = catalog.find(caseId).orElseThrow();
        assertThat(found.version()).isNotEqualTo(firstVersion);
        assertThat(found.stance("nordmark", "patrol").position()).isEqualTo(Position.SUPPORTS);
        assertThat(authoring.publish(token).orElseThrow().version()).as("nothing changed, no new version").isEqualTo(2);
    }

    @Test
    void an_unpublished_case_is_no_longer_found_and_publishing_again_brings_it_back() {
        var token = started();
        var caseId = authoring.publish(token).orElseThrow().caseId();

        authoring.unpublish(token);

        assertThat(catalog.find(caseId)).isEmpty();
        authoring.publish(token);
        assertThat(catalog.find(caseId)).isPresent();
    }

    @Test
    void a_deleted_case_is_gone_with_its_edit_link_and_its_versions() {
        var token = started();
        var caseId = authoring.publish(token).orElseThrow().caseId();

        assertThat(authoring.delete(token)).isTrue();

        assertThat(authoring.open(token)).isEmpty();
        assertThat(catalog.find(caseId)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from case_draft where case_id = ?", Long.class, caseId)).isZero();
    }

    @Test
    void a_draft_the_loader_refuses_is_not_published_and_the_problem_is_named() {
        var token = started();
        var draft = authoring.open(token).orElseThrow().draft().withStakeholders(List.of());
        authoring.save(token, draft);

        assertThatThrownBy(() -> authoring.publish(token)).isInstanceOf(DraftRefusedException.class)
                .hasMessageContaining("stakeholders: none defined");
        assertThat(authoring.open(token).orElseThrow().versions()).isZero();
    }

    @Test
    void a_save_over_a_limit_is_refused_and_the_stored_draft_stays_as_it_was() {
        var token = started();
        var hostile = authoring.open(token).orElseThrow().draft().withStakeholders(List.of(
                new DraftStakeholder("x", "<script>alert(1)</script>\u202E", null, List.of())));

        assertThatThrownBy(() -> authoring.save(token, hostile)).isInstanceOf(DraftRefusedException.class)
                .hasMessageContaining("U+202E");
        assertThat(authoring.open(token).orElseThrow().draft().stakeholders()).hasSize(2);
    }

    @Test
    void a_demand_met_by_several_options_is_stored_in_one_step_and_a_refused_one_leaves_the_stored_draft_as_it_was() {
        var token = started();
        var quote = DraftReviewTest.span("We will support a joint patrol of the river.");
        var both = List.of(new OptionRef("patrol", null), new OptionRef("troops", null));

        authoring.addDemand(token, "nordmark", "Guards on the river.", both, quote, "Either puts guards on the river.");
        assertThatThrownBy(() -> authoring.addDemand(token, "nordmark", "A fleet.", List.of(new OptionRef("fleet", null)),
                quote, "A fleet would do.")).isInstanceOf(DraftRefusedException.class)
                .hasMessage("There is no option 'fleet' in this case any more.");
        assertThatThrownBy(() -> authoring.addTension(token, Basis.SOURCE, "Both.", List.of(), quote, null))
                .isInstanceOf(DraftRefusedException.class);

        var stored = authoring.open(token).orElseThrow().draft();
        assertThat(stored.demands()).singleElement().satisfies(demand -> assertThat(demand.metBy()).isEqualTo(both));
        assertThat(stored.tensions()).isEmpty();
        assertThat(authoring.export(token).orElseThrow()).contains("option: \"patrol\"", "option: \"troops\"");
    }

    @Test
    void a_stance_restated_in_one_step_keeps_its_quote_and_is_published_with_the_new_position() {
        var token = started();
        var quote = DraftReviewTest.span("We will support a joint patrol of the river.");
        var draft = authoring.open(token).orElseThrow().draft()
                .attach("nordmark", "patrol", null, Position.SUPPORTS, StanceBasis.REPORTED, null, quote, null);
        authoring.save(token, draft);

        authoring.restateStance(token, "nordmark", "patrol", null, new DraftStance.Wording(Position.POSSIBLE,
                StanceBasis.OWN_WORDS, "Ada Berg", "envoy", null, null));
        var caseId = authoring.publish(token).orElseThrow().caseId();

        var stance = catalog.find(caseId).orElseThrow().stance("nordmark", "patrol");
        assertThat(stance.position()).isEqualTo(Position.POSSIBLE);
        assertThat(stance.basis()).isEqualTo(StanceBasis.OWN_WORDS);
        assertThat(stance.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("ada-berg"));
    }

    @Test
    void a_draft_stored_with_a_single_option_demand_opens_as_it_was_and_its_reason_is_restated() {
        var token = started();
        var caseId = authoring.open(token).orElseThrow().caseId();
        var quote = DraftReviewTest.span("We will support a joint patrol of the river.");
        // A demand as drafts stored it before several options could be chosen (issue 21), written by hand.
        var oldDemand = "[{\"id\":\"patrol-now\",\"stakeholder\":\"nordmark\",\"text\":\"A joint patrol.\","
                + "\"metBy\":[{\"option\":\"patrol\",\"level\":null}],\"quotes\":[{\"start\":" + quote.start()
                + ",\"end\":" + quote.end() + "}],\"note\":\"The patrol.\"}]";
        var json = jdbc.queryForObject("select content from case_draft where case_id = ?", String.class, caseId);
        assertThat(json).contains("\"demands\":[]");
        jdbc.update("update case_draft set content = ? where case_id = ?", json.replace("\"demands\":[]", "\"demands\":" + oldDemand),
                caseId);

        authoring.restateDemand(token, "patrol-now", "Only the patrol is asked for.");

        var demand = authoring.open(token).orElseThrow().draft().demands().getFirst();
        assertThat(demand.metBy()).containsExactly(new OptionRef("patrol", null));
        assertThat(demand.note()).isEqualTo("Only the patrol is asked for.");
        assertThat(demand.quotes()).containsExactly(quote);
    }

    @Test
    void a_restatement_of_something_removed_meanwhile_is_refused_and_nothing_else_changes() {
        var token = started();
        var concern = new DraftConcern("troops", null, null, "Few troops.",
                List.of(DraftReviewTest.span("Osterholm has not offered any troops")));
        var draft = authoring.open(token).orElseThrow().draft();
        authoring.save(token, draft.withConcerns(List.of(concern)));
        authoring.save(token, draft);

        assertThatThrownBy(() -> authoring.restateConcern(token, concern, "Other words."))
                .isInstanceOf(DraftRefusedException.class).hasMessageContaining("no longer in the draft");
        assertThat(authoring.open(token).orElseThrow().draft()).isEqualTo(draft);
    }

    @Test
    void a_client_may_start_only_so_many_cases_an_hour() {
        var client = client();
        for (int i = 0; i < 20; i++) {
            authoring.create(client, DraftReviewTest.draft().article());
        }

        assertThatThrownBy(() -> authoring.create(client, DraftReviewTest.draft().article()))
                .isInstanceOf(TooManyCasesException.class);
        assertThat(authoring.create(client(), DraftReviewTest.draft().article())).isNotBlank();
    }

    @Test
    void an_exported_bundled_case_imports_as_a_draft_that_publishes_as_the_same_case_under_its_own_id() {
        var bundled = catalog.defaultCase();

        var token = authoring.importCase(client(), CaseFileFormat.write(bundled)).editToken();

        var state = authoring.open(token).orElseThrow();
        var caseId = state.caseId();
        assertThat(caseId).isNotEqualTo(bundled.id());
        assertThat(state.draft()).isNotNull();
        assertThat(catalog.find(caseId)).as("not public before its author publishes it").isEmpty();
        assertThat(authoring.export(token).orElseThrow()).contains("id: \"" + caseId + "\"");

        authoring.publish(token);

        var imported = catalog.find(caseId).orElseThrow();
        assertThat(imported.stances()).isEqualTo(bundled.stances());
        assertThat(imported.source()).isEqualTo(bundled.source());
        assertThat(CaseFileFormat.write(imported))
                .isEqualTo(CaseFileFormat.write(bundled).replace("id: \"" + bundled.id() + "\"", "id: \"" + caseId + "\""));
    }

    @Test
    void an_import_names_what_the_draft_cannot_hold_and_the_first_change_publishes_the_draft_without_it() {
        var bundled = catalog.defaultCase();
        var imported = authoring.importCase(client(), CaseFileFormat.write(bundled));
        var token = imported.editToken();

        assertThat(imported.notCarriedOver()).anyMatch(line -> line.startsWith("The subtitle “"))
                .anyMatch(line -> line.startsWith("The section headings “Ukraine’s Security Guarantees"))
                .anyMatch(line -> line.startsWith("The 6 dated correction(s)"))
                .anyMatch(line -> line.startsWith("The flag on the heading words “Option Security Approaches”"))
                .anyMatch(line -> line.startsWith("The option groups “The NATO path”"))
                .anyMatch(line -> line.contains("(Jean-Noël Barrot, French foreign Minister — France): the editor keeps "
                        + "these quotes as the article's own words") || line.contains("a stance in the editor rests on"));
        var state = authoring.open(token).orElseThrow();
        assertThat(state.notCarriedOver()).as("named again whenever the draft is opened")
                .isEqualTo(imported.notCarriedOver());
        var draft = state.draft();
        assertThat(DraftReview.of(draft).problems()).as("what the draft holds is a sound case by itself").isEmpty();
        assertThat(draft.article().passages()).hasSize(bundled.source().sections().stream()
                .mapToInt(section -> section.passages().size()).sum());

        var changed = authoring.save(token, draft.withArticle(draft.article().withDetails("A new title",
                draft.article().dateContext(), null, null, null))).orElseThrow();
        authoring.publish(token);

        assertThat(changed.notCarriedOver()).isEmpty();
        var published = catalog.find(changed.caseId()).orElseThrow();
        assertThat(published.source().title()).isEqualTo("A new title");
        assertThat(published.corrections()).isEmpty();
        assertThat(published.stance("france", "nato").at("bridge").position())
                .isEqualTo(bundled.stance("france", "nato").at("bridge").position());
    }

    @Test
    void a_drafts_export_imports_again_as_a_draft_with_its_outlet_author_and_address_and_nothing_left_behind() {
        var token = started();
        var draft = authoring.open(token).orElseThrow().draft();
        authoring.save(token, draft.withArticle(draft.article().withDetails(draft.article().title(),
                draft.article().dateContext(), "The Test Gazette", "Jo Writer", "https://example.org/valdby")));

        var imported = authoring.importCase(client(), authoring.export(token).orElseThrow());

        assertThat(imported.notCarriedOver()).isEmpty();
        var again = authoring.open(imported.editToken()).orElseThrow().draft();
        assertThat(again.article().outlet()).isEqualTo("The Test Gazette");
        assertThat(again.article().author()).isEqualTo("Jo Writer");
        assertThat(again.article().address()).isEqualTo("https://example.org/valdby");
        assertThat(again.stakeholders()).extracting(DraftStakeholder::id, DraftStakeholder::name, DraftStakeholder::people)
                .isEqualTo(draft.stakeholders().stream().map(stakeholder -> tuple(
                        stakeholder.id(), stakeholder.name(), stakeholder.people())).toList());
        assertThat(again.stances()).extracting(DraftStance::stakeholder, DraftStance::option, DraftStance::position)
                .isEqualTo(draft.stances().stream().map(stance -> tuple(stance.stakeholder(),
                        stance.option(), stance.position())).toList());
        var caseId = authoring.publish(imported.editToken()).orElseThrow().caseId();
        var source = catalog.find(caseId).orElseThrow().source();
        assertThat(source.outlet()).isEqualTo("The Test Gazette");
        assertThat(source.author()).isEqualTo("Jo Writer");
        assertThat(source.address()).isEqualTo("https://example.org/valdby");
        assertThat(source.kind()).isNull();
    }

    @Test
    void an_import_with_an_address_that_is_not_a_web_address_names_the_line_of_the_address() {
        var token = started();
        var file = authoring.export(token).orElseThrow().replace("  dateContext:", "  address: \"javascript:alert(1)\"\n  dateContext:");
        var line = file.lines().toList().indexOf("  address: \"javascript:alert(1)\"") + 1;

        assertThatThrownBy(() -> authoring.importCase(client(), file)).isInstanceOf(DraftRefusedException.class)
                .satisfies(e -> assertThat(((DraftRefusedException) e).problems()).containsExactly("line " + line
                        + ": source.address: \"javascript:alert(1)\" is not a web address; give an absolute address "
                        + "that begins with http:// or https://"));
    }

    @Test
    void an_import_counts_against_the_clients_allowance_of_new_cases() {
        var client = client();
        for (int i = 0; i < 20; i++) {
            authoring.create(client, DraftReviewTest.draft().article());
        }
        var file = authoring.export(started()).orElseThrow();

        assertThatThrownBy(() -> authoring.importCase(client, file)).isInstanceOf(TooManyCasesException.class);
    }

    @Test
    void an_import_error_names_the_line_and_the_problem() {
        var file = """
                id: fictional
                name: A fictional case
                source:
                  title: An article
                  dateContext: as of today
                  sections:
                    - id: only
                      heading: Only
                      passages:
                        - id: p1
                          text: "Alpha agrees."
                stakeholders:
                  - id: alpha
                    name: Alpha
                  - id: beta
                groups:
                  - id: all
                    name: All
                    options:
                      - {id: plan, name: Plan, description: The plan.}
                stances:
                  - {stakeholder: alpha, option: plan, position: supports, basis: reported, quotes: [{passage: p1, text: Alpha disagrees}]}
                  - {stakeholder: beta, option: plan, position: not-stated}
                """;

        assertThatThrownBy(() -> authoring.importCase(client(), file)).isInstanceOf(DraftRefusedException.class)
                .satisfies(e -> assertThat(((DraftRefusedException) e).problems()).containsExactly(
                        "line 15: stakeholders[beta].name: missing",
                        "line 22: stances[0] (alpha × plan): quote \"Alpha disagrees\" does not occur verbatim in passage 'p1'"));
    }

    @Test
    void an_unreadable_import_names_its_line() {
        assertThatThrownBy(() -> authoring.importCase(client(), "id: x\nname: [unclosed\n")).isInstanceOf(DraftRefusedException.class)
                .hasMessageContaining("line ");
    }

    @Test
    void a_malformed_or_unknown_edit_token_opens_nothing() {
        assertThat(authoring.open("<script>")).isEmpty();
        assertThat(authoring.open(ShareToken.generate())).isEmpty();
        assertThat(authoring.publish(ShareToken.generate())).isEmpty();
    }
}
