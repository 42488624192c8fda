package org.guaranteelab.authoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.CaseFileFormat;
import org.guaranteelab.catalog.InvalidCaseFileException;
import org.guaranteelab.catalog.OptionRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writing, publishing and withdrawing cases, each step in one transaction. A draft is reached by
 * its private edit token, of which only the hash is stored; a published case by its id, through the
 * catalog. No account: whoever holds the edit link is the author.
 */
@Service
public class Authoring {

    /** An imported case file may be larger than a draft's article: it holds the quotes too. */
    public static final int IMPORT_LENGTH = 500_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final CaseDraftRepository drafts;
    private final PublishedCaseStore published;
    private final CaseCreationLimiter limiter;
    private final Clock clock;

    Authoring(CaseDraftRepository drafts, PublishedCaseStore published, CaseCreationLimiter limiter, Clock clock) {
        this.drafts = drafts;
        this.published = published;
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Starts a case on the article; returns the private edit token.
     *
     * @throws TooManyCasesException  if the client has started its allowance of cases this hour
     * @throws DraftRefusedException  if the article is over a limit or holds hidden characters
     */
    @Transactional
    public String create(String clientKey, Article article) {
        var draft = Draft.of(Ids.newCaseId(), article);
        refuseOverLimits(draft);
        if (!limiter.tryAcquire(clientKey)) {
            throw new TooManyCasesException();
        }
        var token = ShareToken.generate();
        drafts.save(new CaseDraft(ShareToken.hash(token), draft.caseId(), withoutText(draft), article.text(),
                clock.instant()));
        return token;
    }

    @Transactional(readOnly = true)
    public Optional<DraftState> open(String editToken) {
        return find(editToken).map(Authoring::state);
    }

    /**
     * Stores the draft as it now is, in place of the last. Its case id and its article's text stay
     * the ones it was given; only the rest is written, not the text again.
     *
     * @throws DraftRefusedException if it is over a limit, holds hidden characters or changes the
     *                               article's text; the stored draft is unchanged
     */
    @Transactional
    public Optional<DraftState> save(String editToken, Draft draft) {
        return find(editToken).filter(stored -> stored.content() != null).map(stored -> store(stored, draft));
    }

    /**
     * Adds a demand met by any of {@code metBy} to the draft as it is stored.
     *
     * @throws DraftRefusedException naming each problem (see {@link Draft#addDemand}); the stored draft is unchanged
     */
    @Transactional
    public Optional<DraftState> addDemand(String editToken, String stakeholder, String text, List<OptionRef> metBy,
                                          Span quote, String note) {
        return change(editToken, draft -> draft.addDemand(stakeholder, text, metBy, quote, note));
    }

    /**
     * Adds a tension that applies when all of {@code when} are chosen.
     *
     * @throws DraftRefusedException naming each problem (see {@link Draft#addTension}); the stored draft is unchanged
     */
    @Transactional
    public Optional<DraftState> addTension(String editToken, Basis basis, String text, List<OptionRef> when, Span quote,
                                           @Nullable String note) {
        return change(editToken, draft -> draft.addTension(basis, text, when, quote, note));
    }

    /**
     * Restates the stance of stakeholder × option (× level), keeping its quotes.
     *
     * @throws DraftRefusedException naming each problem (see {@link Draft#restateStance}); the stored draft is unchanged
     */
    @Transactional
    public Optional<DraftState> restateStance(String editToken, String stakeholder, String option, @Nullable String level,
                                              DraftStance.Wording wording) {
        return change(editToken, draft -> draft.restateStance(stakeholder, option, level, wording));
    }

    /** @throws DraftRefusedException if the concern is gone or the text empty; the stored draft is unchanged */
    @Transactional
    public Optional<DraftState> restateConcern(String editToken, DraftConcern concern, String text) {
        return change(editToken, draft -> draft.restateConcern(concern, text));
    }

    /** @throws DraftRefusedException if the demand is gone or the reason empty; the stored draft is unchanged */
    @Transactional
    public Optional<DraftState> restateDemand(String editToken, String demandId, String note) {
        return change(editToken, draft -> draft.restateDemand(demandId, note));
    }

    /** @throws DraftRefusedException if the tension is gone or on our reading without a reason; the stored draft is unchanged */
    @Transactional
    public Optional<DraftState> restateTension(String editToken, String tensionId, Basis basis, @Nullable String note) {
        return change(editToken, draft -> draft.restateTension(tensionId, basis, note));
    }

    /** One edit applied to the draft as it is stored, not as a page last saw it, so an old page cannot undo newer work. */
    private Optional<DraftState> change(String editToken, UnaryOperator<Draft> edit) {
        return find(editToken).filter(stored -> stored.content() != null)
                .map(stored -> store(stored, edit.apply(draftOf(stored))));
    }

    private DraftState store(CaseDraft stored, Draft draft) {
        var kept = new Draft(stored.caseId(), draft.article(), draft.stakeholders(), draft.options(), draft.stances(),
                draft.concerns(), draft.purposes(), draft.links(), draft.demands(), draft.tensions(),
                draft.sourceIssues());
        if (!kept.article().text().equals(textOf(stored))) {
            throw new DraftRefusedException(List.of("The article's words cannot be changed, only its passages "
                    + "merged or split."));
        }
        refuseOverLimits(kept);
        stored.update(withoutText(kept), kept.article().text(), clock.instant());
        return new DraftState(stored.caseId(), kept, stored.versionCount(), stored.isPublished(),
                notCarriedOver(stored));
    }

    /**
     * Publishes the draft as the case's next version (none if nothing changed since the last); a draft
     * imported from a file and not changed since publishes the file as it was imported.
     *
     * @throws DraftRefusedException with the loader's problems if the draft is not yet a sound case
     */
    @Transactional
    public Optional<Publication> publish(String editToken) {
        return find(editToken).map(stored -> {
            if (stored.content() == null) {
                var latest = stored.latest().orElseThrow();
                stored.publish(latest.content(), clock.instant());
                published.changed(stored.caseId());
                return new Publication(stored.caseId(), latest.number());
            }
            if (stored.importedFile() != null) {
                var version = stored.publish(stored.importedFile(), clock.instant());
                published.changed(stored.caseId());
                return new Publication(stored.caseId(), version.number());
            }
            var draft = draftOf(stored);
            var review = DraftReview.of(draft);
            if (!review.publishable()) {
                throw new DraftRefusedException(review.problems());
            }
            var version = stored.publish(DraftCaseFile.of(draft), clock.instant());
            published.changed(stored.caseId());
            return new Publication(stored.caseId(), version.number());
        });
    }

    /** The case's link stops working until it is published again; its versions are kept. */
    @Transactional
    public boolean unpublish(String editToken) {
        return find(editToken).map(stored -> {
            stored.unpublish();
            published.changed(stored.caseId());
            return true;
        }).orElse(false);
    }

    /** The draft and every published version are gone; the edit and case links lead nowhere. */
    @Transactional
    public boolean delete(String editToken) {
        return find(editToken).map(stored -> {
            drafts.delete(stored);
            published.changed(stored.caseId());
            return true;
        }).orElse(false);
    }

    /**
     * The case as a case file (docs/case-format.md): the imported file while the draft made of it is
     * unchanged, the latest published version of a case imported before imports became drafts, else the
     * draft as it now is, sound or not, for review.
     */
    @Transactional(readOnly = true)
    public Optional<String> export(String editToken) {
        return find(editToken).map(stored -> {
            if (stored.importedFile() != null) {
                return stored.importedFile();
            }
            return stored.content() == null ? stored.latest().orElseThrow().content() : DraftCaseFile.of(draftOf(stored));
        });
    }

    /**
     * Starts a case from a case file, under a new id of its own (the file's id could be any case's): a
     * draft, as if written in the editor, for the author to review and publish. What the draft cannot
     * hold is named in the answer; until the draft's first change the file is kept whole, so that
     * publishing it at once publishes the case as the file has it.
     *
     * @throws DraftRefusedException with each problem and the line it is on, if the loader refuses the
     *                               file, or the draft's limits if the file is over them
     * @throws TooManyCasesException if the client has started its allowance of cases this hour
     */
    @Transactional
    public ImportedCase importCase(String clientKey, String caseFile) {
        if (caseFile.length() > IMPORT_LENGTH) {
            throw new DraftRefusedException(List.of("The file is " + caseFile.length() + " characters long; at most "
                    + IMPORT_LENGTH + " fit."));
        }
        try {
            CaseFileFormat.read("the file", caseFile);
        } catch (InvalidCaseFileException e) {
            throw new DraftRefusedException(ImportProblems.located(caseFile, e.problems()));
        }
        var caseId = Ids.newCaseId();
        var tree = (ObjectNode) YAML.readTree(caseFile);
        tree.put("id", caseId);
        var theCase = CaseFileFormat.read(caseId + ".yaml", YAML.writeValueAsString(tree));
        var imported = CaseFileDraft.of(caseId, theCase);
        refuseOverLimits(imported.draft());
        if (!limiter.tryAcquire(clientKey)) {
            throw new TooManyCasesException();
        }
        var token = ShareToken.generate();
        var draft = imported.draft();
        var stored = new CaseDraft(ShareToken.hash(token), caseId, withoutText(draft), draft.article().text(),
                clock.instant());
        stored.keepImportedFile(CaseFileFormat.write(theCase));
        drafts.save(stored);
        return new ImportedCase(token, imported.notCarriedOver());
    }

    private Optional<CaseDraft> find(String editToken) {
        if (!ShareToken.isWellFormed(editToken)) {
            return Optional.empty();
        }
        return drafts.findByEditTokenHash(ShareToken.hash(editToken));
    }

    private static void refuseOverLimits(Draft draft) {
        var problems = new ArrayList<>(DraftLimits.problems(draft));
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
    }

    private static DraftState state(CaseDraft stored) {
        return new DraftState(stored.caseId(), stored.content() == null ? null : draftOf(stored), stored.versionCount(),
                stored.isPublished(), notCarriedOver(stored));
    }

    /** Read again from the kept file rather than stored, so that it always says what that file holds. */
    private static List<String> notCarriedOver(CaseDraft stored) {
        var file = stored.importedFile();
        return file == null ? List.of()
                : CaseFileDraft.of(stored.caseId(), CaseFileFormat.read(stored.caseId() + ".yaml", file)).notCarriedOver();
    }

    private static Draft draftOf(CaseDraft stored) {
        var draft = JSON.readValue(stored.content(), Draft.class);
        return stored.articleText() == null ? draft : draft.withArticle(draft.article().withText(stored.articleText()));
    }

    /** A draft stored before V9 keeps its text in its JSON. */
    private static String textOf(CaseDraft stored) {
        return stored.articleText() != null ? stored.articleText()
                : JSON.readValue(stored.content(), Draft.class).article().text();
    }

    private static String withoutText(Draft draft) {
        return JSON.writeValueAsString(draft.withArticle(draft.article().withText("")));
    }
}
