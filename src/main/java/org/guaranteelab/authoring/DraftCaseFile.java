package org.guaranteelab.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.guaranteelab.catalog.CaseSource;
import org.guaranteelab.catalog.Concern;
import org.guaranteelab.catalog.Demand;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.OptionGroup;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Purpose;
import org.guaranteelab.catalog.PurposeLink;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.catalog.SourceIssue;
import org.guaranteelab.catalog.Stance;
import org.guaranteelab.catalog.Tension;
import org.guaranteelab.catalog.StanceBasis;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A draft written as a case file (docs/case-format.md), so that the catalog's loader checks it by
 * the rules every case meets. The article is one section of numbered passages; every
 * stakeholder × option pair the author left alone is written as "not stated".
 */
final class DraftCaseFile {

    static final String OPTIONS_GROUP = "options";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private DraftCaseFile() {
    }

    static String of(Draft draft) {
        return of(draft, IntStream.range(0, draft.article().passages().size()));
    }

    /**
     * The draft as a case file that the loader finds the same problems in as in the whole file, for
     * the review on every change: of the article's passages, only those the loader looks into are
     * written (the first, any without words, and every passage a quote is in), each under its own id.
     * Writing and reading back every passage of a 100 KB article took most of a change's time (issue 21).
     */
    static String forReview(Draft draft) {
        var article = draft.article();
        var spans = java.util.stream.Stream.of(
                draft.stances().stream().flatMap(stance -> stance.quotes().stream()),
                draft.concerns().stream().flatMap(concern -> concern.quotes().stream()),
                draft.purposes().stream().map(DraftPurpose::quote),
                draft.links().stream().map(DraftLink::quote),
                draft.demands().stream().flatMap(demand -> demand.quotes().stream()),
                draft.tensions().stream().flatMap(tension -> tension.quotes().stream()),
                draft.sourceIssues().stream().map(DraftSourceIssue::excerpt)).flatMap(stream -> stream);
        var looked = new java.util.TreeSet<Integer>();
        spans.forEach(span -> article.passageOf(span).ifPresent(looked::add));
        IntStream.range(0, article.passages().size()).filter(i -> i == 0 || article.passageText(i).isBlank())
                .forEach(looked::add);
        return of(draft, looked.stream().mapToInt(Integer::intValue));
    }

    private static String of(Draft draft, IntStream written) {
        var article = draft.article();
        var file = new LinkedHashMap<String, Object>();
        file.put("id", draft.caseId());
        file.put("name", article.title());
        var passages = written
                .mapToObj(i -> new CaseSource.Passage(Article.passageId(i), article.passageText(i))).toList();
        file.put("source", new CaseSource(article.title(), null, null, article.outlet(), article.author(),
                article.address(), article.dateContext(), List.of(new CaseSource.SourceSection("article", article.title(), null, passages))));
        file.put("sourceIssues", draft.sourceIssues().stream().map(issue -> {
            var excerpt = quote(article, issue.excerpt(), null);
            return new SourceIssue(issue.id(), issue.kind(), excerpt.passage(), null, excerpt.text(), issue.note());
        }).toList());
        file.put("stakeholders", draft.stakeholders().stream().map(stakeholder -> new Stakeholder(stakeholder.id(),
                stakeholder.name(), stakeholder.monogram(), stakeholder.people().stream()
                .map(person -> new Stakeholder.Person(person.id(), person.name(), person.role())).toList())).toList());
        file.put("purposes", draft.purposes().stream()
                .map(purpose -> new Purpose(purpose.id(), purpose.name(), quote(article, purpose.quote(), null))).toList());
        file.put("groups", groups(draft));
        file.put("stances", stances(draft));
        file.put("concerns", draft.concerns().stream().map(concern -> new Concern(concern.option(), concern.level(),
                concern.allLevels(), concern.text(), quotes(article, concern.quotes(), null))).toList());
        file.put("purposeLinks", draft.links().stream().map(link -> new PurposeLink(link.option(), link.level(),
                link.allLevels(), link.purpose(), link.basis(), quote(article, link.quote(), null), link.reason())).toList());
        file.put("demands", draft.demands().stream().map(demand -> new Demand(demand.id(), demand.stakeholder(),
                demand.text(), demand.metBy(), quotes(article, demand.quotes(), null), demand.note())).toList());
        file.put("tensions", draft.tensions().stream().map(tension -> new Tension(tension.id(), tension.basis(),
                tension.text(), tension.when(), quotes(article, tension.quotes(), null), tension.note())).toList());
        return YAML.writeValueAsString(file);
    }

    private static List<OptionGroup> groups(Draft draft) {
        var loose = new ArrayList<GuaranteeOption>();
        var bundles = new LinkedHashMap<String, List<GuaranteeOption>>();
        for (var option : draft.options()) {
            var levels = option.levels().stream()
                    .map(level -> new GuaranteeOption.Level(level.id(), level.name(), level.description())).toList();
            var built = new GuaranteeOption(option.id(), option.name(), option.description(), List.of(), levels);
            if (option.bundle() == null) {
                loose.add(built);
            } else {
                bundles.computeIfAbsent(option.bundle(), name -> new ArrayList<>()).add(built);
            }
        }
        var groups = new ArrayList<OptionGroup>();
        if (!loose.isEmpty()) {
            groups.add(new OptionGroup(OPTIONS_GROUP, "Options", null, false, loose));
        }
        bundles.forEach((name, options) -> groups.add(new OptionGroup(Ids.slug(name, "bundle"), name, null, true, options)));
        return groups;
    }

    private static List<Stance> stances(Draft draft) {
        var article = draft.article();
        var stances = new ArrayList<Stance>();
        for (var stakeholder : draft.stakeholders()) {
            for (var option : draft.options()) {
                var entries = draft.stances().stream()
                        .filter(stance -> stance.stakeholder().equals(stakeholder.id()) && stance.option().equals(option.id()))
                        .toList();
                var whole = entries.stream().filter(stance -> stance.level() == null).findFirst().orElse(null);
                var byLevel = new LinkedHashMap<String, Stance.LevelStance>();
                if (option.hasLevels() && (whole == null || entries.size() > 1)) {
                    for (var level : option.levels()) {
                        var at = entries.stream().filter(stance -> level.id().equals(stance.level())).findFirst();
                        byLevel.put(level.id(), at.map(stance -> new Stance.LevelStance(stance.position(), stance.basis(),
                                        quotes(article, stance.quotes(), stance.speaker())))
                                .orElse(new Stance.LevelStance(Position.NOT_STATED, StanceBasis.NOT_STATED, List.of())));
                    }
                }
                if (whole == null) {
                    stances.add(byLevel.isEmpty()
                            ? new Stance(stakeholder.id(), option.id(), Position.NOT_STATED, StanceBasis.NOT_STATED,
                            List.of(), Map.of(), null, null)
                            : new Stance(stakeholder.id(), option.id(), null, null, List.of(), byLevel, null, null));
                } else {
                    // Both a whole-option stance and stances by level: written as they are, for the loader to name the conflict.
                    stances.add(new Stance(stakeholder.id(), option.id(), whole.position(), whole.basis(),
                            quotes(article, whole.quotes(), whole.speaker()), byLevel, whole.allLevels(), null));
                }
            }
        }
        return stances;
    }

    private static List<Quote> quotes(Article article, List<Span> spans, @Nullable String speaker) {
        return spans.stream().map(span -> quote(article, span, speaker)).toList();
    }

    /** The span's words; a span no passage holds whole points to none, which the loader reports. */
    private static Quote quote(Article article, Span span, @Nullable String speaker) {
        var text = span.end() <= article.text().length() ? article.text().substring(span.start(), span.end()) : "";
        var passage = article.passageOf(span).map(Article::passageId).orElse("spans-passages");
        return new Quote(passage, speaker, text);
    }
}
