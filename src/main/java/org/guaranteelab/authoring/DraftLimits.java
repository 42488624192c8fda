package org.guaranteelab.authoring;

import java.util.ArrayList;
import java.util.List;
import org.guaranteelab.base.UserText;
import org.jspecify.annotations.Nullable;

/**
 * What a draft may hold at most, and what no field may hold at all (characters that hide or
 * reorder text). A draft over them is refused and not stored; whether it is a sound case is the
 * loader's question ({@link DraftReview}), asked as the author works.
 */
final class DraftLimits {

    private final List<String> problems = new ArrayList<>();

    private DraftLimits() {
    }

    static List<String> problems(Draft draft) {
        var limits = new DraftLimits();
        limits.check(draft);
        return limits.problems;
    }

    private void check(Draft draft) {
        var article = draft.article();
        line("The title", article.title(), Article.TITLE_LENGTH);
        line("The date", article.dateContext(), Article.DATE_CONTEXT_LENGTH);
        line("The outlet", article.outlet(), Article.OUTLET_LENGTH);
        line("The author", article.author(), Article.AUTHOR_LENGTH);
        line("The address", article.address(), Article.ADDRESS_LENGTH);
        text("The article", article.text(), Article.TEXT_LENGTH);
        count("passages", article.passages().size(), Article.PASSAGES);
        int previousEnd = 0;
        for (var passage : article.passages()) {
            if (passage.start() < previousEnd || passage.end() > article.text().length()) {
                problems.add("The passages must follow one another within the article.");
                break;
            }
            previousEnd = passage.end();
        }
        count("stakeholders", draft.stakeholders().size(), DraftStakeholder.LIMIT);
        for (var stakeholder : draft.stakeholders()) {
            line("A stakeholder's name", stakeholder.name(), DraftStakeholder.NAME_LENGTH);
            line("A stakeholder's short form", stakeholder.monogram(), DraftStakeholder.MONOGRAM_LENGTH);
            count("people for one stakeholder", stakeholder.people().size(), DraftStakeholder.PEOPLE);
            for (var person : stakeholder.people()) {
                line("A speaker's name", person.name(), Speaker.NAME_LENGTH);
                line("A speaker's role", person.role(), Speaker.ROLE_LENGTH);
            }
        }
        count("options", draft.options().size(), DraftOption.LIMIT);
        for (var option : draft.options()) {
            line("An option's name", option.name(), DraftOption.NAME_LENGTH);
            text("An option's description", option.description(), DraftOption.DESCRIPTION_LENGTH);
            line("A bundle's name", option.bundle(), DraftOption.BUNDLE_LENGTH);
            count("levels for one option", option.levels().size(), DraftOption.LEVELS);
            for (var level : option.levels()) {
                line("A level's name", level.name(), DraftOption.NAME_LENGTH);
                text("A level's description", level.description(), DraftOption.DESCRIPTION_LENGTH);
            }
        }
        int pairs = Math.max(1, draft.stakeholders().size()) * Math.max(1, draft.options().size())
                * (DraftOption.LEVELS + 1);
        count("stances", draft.stances().size(), pairs);
        for (var stance : draft.stances()) {
            count("quotes for one stance", stance.quotes().size(), DraftStance.QUOTES);
            line("A reason why one position holds at every level", stance.allLevels(), DraftStance.ALL_LEVELS_LENGTH);
            spans(article, stance.quotes());
        }
        count("demands", draft.demands().size(), DraftDemand.LIMIT);
        for (var demand : draft.demands()) {
            text("A demand", demand.text(), DraftDemand.TEXT_LENGTH);
            line("A demand's reason", demand.note(), DraftDemand.NOTE_LENGTH);
            count("options meeting one demand", demand.metBy().size(), DraftDemand.MET_BY);
            count("quotes for one demand", demand.quotes().size(), DraftStance.QUOTES);
            spans(article, demand.quotes());
        }
        count("tensions", draft.tensions().size(), DraftTension.LIMIT);
        for (var tension : draft.tensions()) {
            text("A tension", tension.text(), DraftTension.TEXT_LENGTH);
            line("A tension's reason", tension.note(), DraftTension.NOTE_LENGTH);
            count("options in one tension", tension.when().size(), DraftTension.WHEN);
            count("quotes for one tension", tension.quotes().size(), DraftStance.QUOTES);
            spans(article, tension.quotes());
        }
        count("flags on the source", draft.sourceIssues().size(), DraftSourceIssue.LIMIT);
        for (var issue : draft.sourceIssues()) {
            line("A note on the source", issue.note(), DraftSourceIssue.NOTE_LENGTH);
            spans(article, List.of(issue.excerpt()));
        }
        count("concerns", draft.concerns().size(), DraftConcern.LIMIT);
        for (var concern : draft.concerns()) {
            text("A concern", concern.text(), DraftConcern.TEXT_LENGTH);
            line("A reason why a concern holds at every level", concern.allLevels(), DraftStance.ALL_LEVELS_LENGTH);
            count("quotes for one concern", concern.quotes().size(), DraftStance.QUOTES);
            spans(article, concern.quotes());
        }
        count("purposes", draft.purposes().size(), DraftPurpose.LIMIT);
        for (var purpose : draft.purposes()) {
            line("A purpose's name", purpose.name(), DraftPurpose.NAME_LENGTH);
            spans(article, List.of(purpose.quote()));
        }
        count("links", draft.links().size(), DraftLink.LIMIT);
        for (var link : draft.links()) {
            line("A link's reason", link.reason(), DraftLink.REASON_LENGTH);
            line("A reason why a link holds at every level", link.allLevels(), DraftStance.ALL_LEVELS_LENGTH);
            spans(article, List.of(link.quote()));
        }
    }

    private void count(String what, int count, int limit) {
        if (count > limit) {
            problems.add("A case can have at most " + limit + " " + what + "; this one has " + count + ".");
        }
    }

    private void spans(Article article, List<Span> spans) {
        if (spans.stream().anyMatch(span -> span.end() > article.text().length())) {
            problems.add("A quote lies outside the article.");
        }
    }

    /** A one-line field: no line breaks. */
    private void line(String field, @Nullable String value, int limit) {
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            problems.add(field + " must be one line.");
        }
        text(field, value, limit);
    }

    private void text(String field, @Nullable String value, int limit) {
        if (value == null) {
            return;
        }
        if (value.length() > limit) {
            problems.add(field + " is " + value.length() + " characters long; at most " + limit + " fit.");
            return;
        }
        UserText.problem(field, value).ifPresent(problems::add);
    }
}
