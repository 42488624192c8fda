package org.guaranteelab.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseSource;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.catalog.Stance;
import org.guaranteelab.catalog.StanceBasis;
import org.jspecify.annotations.Nullable;

/**
 * A validated case file as a draft the editor can open: the passages become the article (in the
 * file's order, one after another), and every quote a span of it. What a draft cannot hold is named,
 * one line each, so that the author learns what the editor will not carry, rather than finding it gone.
 * A quote whose speaker the draft could not keep is left out, never shown as someone else's words.
 */
final class CaseFileDraft {

    /** Between two passages in the article's text, as a pasted article separates paragraphs. */
    private static final String BETWEEN_PASSAGES = "\n\n";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Case theCase;
    private final List<String> notCarriedOver = new ArrayList<>();
    private final Map<String, Span> passages = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final Set<String> keptPurposes = new HashSet<>();

    /** The draft and, in the author's words, what of the file it does not hold. */
    record Imported(Draft draft, List<String> notCarriedOver) {
        Imported {
            notCarriedOver = List.copyOf(notCarriedOver);
        }
    }

    private CaseFileDraft(Case theCase) {
        this.theCase = theCase;
    }

    static Imported of(String caseId, Case theCase) {
        var conversion = new CaseFileDraft(theCase);
        return new Imported(conversion.draft(caseId), conversion.notCarriedOver);
    }

    private Draft draft(String caseId) {
        var article = article();
        // In the order of the file, which is also the order of the list; purposes before the links that need them.
        return new Draft(caseId, article, stakeholders(), options(), stances(), concerns(), purposes(), links(), demands(),
                tensions(), sourceIssues());
    }

    private Article article() {
        var source = theCase.source();
        var spans = new ArrayList<Span>();
        for (var section : source.sections()) {
            for (var passage : section.passages()) {
                if (!text.isEmpty()) {
                    text.append(BETWEEN_PASSAGES);
                }
                var span = new Span(text.length(), text.length() + passage.text().length());
                text.append(passage.text());
                spans.add(span);
                passages.put(passage.id(), span);
            }
        }
        if (!theCase.name().equals(source.title())) {
            notCarriedOver.add("The case's name “" + theCase.name() + "”: the editor names a case by its article's title.");
        }
        if (source.subtitle() != null) {
            notCarriedOver.add("The subtitle “" + source.subtitle() + "”: the editor has no field for it.");
        }
        if (source.kind() != null) {
            notCarriedOver.add("The kind of source (“" + source.kind() + "”): the editor has no field for it.");
        }
        var headings = source.sections().stream()
                .filter(section -> source.sections().size() > 1 || !section.heading().equals(source.title()))
                .map(section -> "“" + section.heading() + "”").toList();
        if (!headings.isEmpty()) {
            notCarriedOver.add("The section headings " + String.join(", ", headings) + ": the editor's article is its "
                    + "passages without headings.");
        }
        var contexts = source.sections().stream().map(CaseSource.SourceSection::context).filter(Objects::nonNull)
                .distinct().map(context -> "“" + context + "”").toList();
        if (!contexts.isEmpty()) {
            notCarriedOver.add("Our notes on where sections sit (" + String.join(", ", contexts) + ").");
        }
        if (!theCase.corrections().isEmpty()) {
            notCarriedOver.add("The " + theCase.corrections().size() + " dated correction(s) under 'corrections': the "
                    + "editor does not write corrections.");
        }
        return new Article(source.title(), Objects.requireNonNullElse(source.dateContext(), ""), source.outlet(),
                source.author(), source.address(), text.toString(), spans);
    }

    private List<DraftStakeholder> stakeholders() {
        return theCase.stakeholders().stream().map(stakeholder -> new DraftStakeholder(stakeholder.id(), stakeholder.name(),
                stakeholder.monogram(), stakeholder.people().stream()
                .map(person -> new Speaker(person.id(), person.name(), person.role())).toList())).toList();
    }

    /** A bundle stays a bundle, under its name; every other group's options become the editor's one list. */
    private List<DraftOption> options() {
        var options = new ArrayList<DraftOption>();
        var named = new ArrayList<String>();
        var citing = new ArrayList<String>();
        for (var group : theCase.groups()) {
            if (!group.bundle() && !(group.id().equals(DraftCaseFile.OPTIONS_GROUP) && group.name().equals("Options"))) {
                named.add("“" + group.name() + "”");
            }
            if (group.description() != null) {
                notCarriedOver.add("The description of the group “" + group.name() + "”.");
            }
            for (var option : group.options()) {
                if (!option.passages().isEmpty()) {
                    citing.add(option.id());
                }
                options.add(new DraftOption(option.id(), option.name(), option.description(),
                        group.bundle() ? group.name() : null, option.levels().stream()
                        .map(level -> new DraftOption.Level(level.id(), level.name(), level.description())).toList()));
            }
        }
        if (!named.isEmpty()) {
            notCarriedOver.add("The option groups " + String.join(", ", named) + ": the editor lists the options that "
                    + "are not a bundle together, under “Options”.");
        }
        if (!citing.isEmpty()) {
            notCarriedOver.add("The passages each option cites ('passages' of " + String.join(", ", citing) + ").");
        }
        return options;
    }

    private List<DraftStance> stances() {
        var stances = new ArrayList<DraftStance>();
        for (var stance : theCase.stances()) {
            var pair = stance.stakeholder() + " × " + stance.option();
            if (stance.note() != null) {
                notCarriedOver.add("Our note on " + pair + ": “" + stance.note() + "”.");
            }
            if (stance.byLevel()) {
                var option = theCase.option(stance.option()).orElseThrow();
                for (var level : option.levels()) {
                    stance(stance, stance.levels().get(level.id()), level.id(), null, pair + " at " + level.id())
                            .ifPresent(stances::add);
                }
            } else {
                if (stance.position() == Position.NOT_STATED && stance.allLevels() != null) {
                    notCarriedOver.add("The reason why " + pair + " is not stated at any level: “" + stance.allLevels()
                            + "” (the editor leaves pairs without a stance not stated, without a reason).");
                }
                stance(stance, stance.at(null), null, stance.allLevels(), pair).ifPresent(stances::add);
            }
        }
        return stances;
    }

    /**
     * A stance of the editor rests on one voice: the stakeholder's one speaker, or the article. Quotes
     * in any other voice are left out and named.
     */
    private Optional<DraftStance> stance(Stance stance, Stance.LevelStance at, @Nullable String level,
                                         @Nullable String allLevels, String where) {
        if (at.position() == Position.NOT_STATED) {
            return Optional.empty();
        }
        var speaker = at.basis() == StanceBasis.OWN_WORDS
                ? at.quotes().stream().map(Quote::speaker).filter(Objects::nonNull).findFirst().orElse(null) : null;
        var kept = new ArrayList<Span>();
        for (var quote : at.quotes()) {
            if (Objects.equals(quote.speaker(), speaker)) {
                span(quote, where).ifPresent(kept::add);
            } else {
                notCarriedOver.add("In the stance of " + where + ", the quote “" + quote.text() + "” ("
                        + theCase.attribution(quote) + "): a stance in the editor rests on the words of one speaker, "
                        + "or on the article's own.");
            }
        }
        if (kept.isEmpty()) {
            notCarriedOver.add("The stance of " + where + " (" + at.position().label() + "): none of its quotes could be "
                    + "kept, so the draft leaves the pair not stated.");
            return Optional.empty();
        }
        return Optional.of(new DraftStance(stance.stakeholder(), stance.option(), level, at.position(), at.basis(),
                speaker, kept, allLevels));
    }

    private List<DraftConcern> concerns() {
        var concerns = new ArrayList<DraftConcern>();
        for (var concern : theCase.concerns()) {
            var where = "the concern “" + concern.text() + "”";
            quotes(concern.quotes(), where).ifPresent(spans -> concerns.add(new DraftConcern(concern.option(),
                    concern.level(), concern.allLevels(), concern.text(), spans)));
        }
        return concerns;
    }

    private List<DraftPurpose> purposes() {
        var purposes = new ArrayList<DraftPurpose>();
        for (var purpose : theCase.purposes()) {
            var where = "the purpose “" + purpose.name() + "”";
            single(purpose.quote(), where).ifPresent(span -> {
                purposes.add(new DraftPurpose(purpose.id(), purpose.name(), span));
                keptPurposes.add(purpose.id());
            });
        }
        return purposes;
    }

    private List<DraftLink> links() {
        var links = new ArrayList<DraftLink>();
        for (var link : theCase.purposeLinks()) {
            if (!keptPurposes.contains(link.purpose())) {
                notCarriedOver.add("The link of " + link.option() + " to " + link.purpose() + ": its purpose is left out, "
                        + "so it is too.");
                continue;
            }
            single(link.quote(), "the link of " + link.option() + " to " + link.purpose())
                    .ifPresent(span -> links.add(new DraftLink(link.option(), link.level(), link.allLevels(),
                            link.purpose(), link.basis(), span, link.note())));
        }
        return links;
    }

    private List<DraftDemand> demands() {
        var demands = new ArrayList<DraftDemand>();
        for (var demand : theCase.demands()) {
            quotes(demand.quotes(), "the demand “" + demand.text() + "”").ifPresent(spans -> demands.add(
                    new DraftDemand(demand.id(), demand.stakeholder(), demand.text(), demand.metBy(), spans,
                            Objects.requireNonNullElse(demand.note(), ""))));
        }
        return demands;
    }

    private List<DraftTension> tensions() {
        var tensions = new ArrayList<DraftTension>();
        for (var tension : theCase.tensions()) {
            quotes(tension.quotes(), "the tension “" + tension.text() + "”").ifPresent(spans -> tensions.add(
                    new DraftTension(tension.id(), tension.basis(), tension.text(), tension.when(), spans, tension.note())));
        }
        return tensions;
    }

    private List<DraftSourceIssue> sourceIssues() {
        var issues = new ArrayList<DraftSourceIssue>();
        for (var issue : theCase.sourceIssues()) {
            if (issue.passage() == null) {
                notCarriedOver.add("The flag on the heading words “" + issue.excerpt() + "” (" + issue.kind().label()
                        + "): the editor flags words of passages only.");
                continue;
            }
            span(new Quote(issue.passage(), null, issue.excerpt()), "the flag “" + issue.note() + "”")
                    .ifPresent(span -> issues.add(new DraftSourceIssue(issue.id(), issue.kind(), span, issue.note())));
        }
        return issues;
    }

    /**
     * The quotes of an entry whose quotes the editor keeps as the article's own words: a quote a speaker
     * says is left out (so that it is never shown as the article's), and the entry with it if none is left.
     */
    private Optional<List<Span>> quotes(List<Quote> quotes, String where) {
        var kept = quotes.stream().map(quote -> articlesOwn(quote, where)).flatMap(Optional::stream).toList();
        if (kept.isEmpty()) {
            notCarriedOver.add(capitalised(where) + ": none of its quotes could be kept, so it is left out.");
            return Optional.empty();
        }
        return Optional.of(kept);
    }

    /** The quote of an entry that rests on one; without it the entry is left out. */
    private Optional<Span> single(Quote quote, String where) {
        var span = articlesOwn(quote, where);
        if (span.isEmpty()) {
            notCarriedOver.add(capitalised(where) + ": its quote could not be kept, so it is left out.");
        }
        return span;
    }

    private Optional<Span> articlesOwn(Quote quote, String where) {
        if (quote.speaker() != null) {
            notCarriedOver.add("In " + where + ", the quote “" + quote.text() + "” (" + theCase.attribution(quote)
                    + "): the editor keeps these quotes as the article's own words, so it cannot say who speaks it.");
            return Optional.empty();
        }
        return span(quote, where);
    }

    /**
     * Where in the article the quote's words are: the loader has found them in their passage, whitespace
     * aside, so they are looked for with any run of whitespace standing for any other.
     */
    private Optional<Span> span(Quote quote, String where) {
        var passage = passages.get(quote.passage());
        var words = quote.text().strip();
        if (passage != null && !words.isEmpty()) {
            var passageText = text.substring(passage.start(), passage.end());
            var exact = passageText.indexOf(words);
            if (exact >= 0) {
                return Optional.of(new Span(passage.start() + exact, passage.start() + exact + words.length()));
            }
            var loose = Pattern.compile(SPACES.splitAsStream(words).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                    .matcher(passageText);
            if (loose.find()) {
                return Optional.of(new Span(passage.start() + loose.start(), passage.start() + loose.end()));
            }
        }
        notCarriedOver.add("In " + where + ", the quote “" + quote.text() + "”: its words could not be found in its passage.");
        return Optional.empty();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
