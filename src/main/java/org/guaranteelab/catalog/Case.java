package org.guaranteelab.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.CaseSource.Passage;
import org.guaranteelab.catalog.Stakeholder.Person;

/**
 * A validated case: the content of its file plus lookups by id and a version that changes
 * whenever the content does. Immutable.
 */
public final class Case {

    private final CaseFile file;
    private final String version;
    private final Map<String, Passage> passages;
    private final Map<String, String> sectionOfPassage;
    private final Map<String, Person> people;
    private final Map<String, Stakeholder> stakeholderOfPerson;
    private final Map<String, GuaranteeOption> options;
    private final Map<String, OptionGroup> groupOfOption;
    private final Map<String, Stance> stances;

    Case(CaseFile file, String version) {
        this.file = file;
        this.version = version;
        this.passages = new LinkedHashMap<>();
        this.sectionOfPassage = new LinkedHashMap<>();
        file.source().sections().forEach(section -> section.passages().forEach(passage -> {
            passages.put(passage.id(), passage);
            sectionOfPassage.put(passage.id(), section.id());
        }));
        this.people = new LinkedHashMap<>();
        this.stakeholderOfPerson = new LinkedHashMap<>();
        file.stakeholders().forEach(stakeholder -> stakeholder.people().forEach(person -> {
            people.put(person.id(), person);
            stakeholderOfPerson.put(person.id(), stakeholder);
        }));
        this.options = new LinkedHashMap<>();
        this.groupOfOption = new LinkedHashMap<>();
        file.groups().forEach(group -> group.options().forEach(option -> {
            options.put(option.id(), option);
            groupOfOption.put(option.id(), group);
        }));
        this.stances = file.stances().stream()
                .collect(Collectors.toMap(stance -> key(stance.stakeholder(), stance.option()), Function.identity(),
                        (first, second) -> first, LinkedHashMap::new));
    }

    private static String key(String stakeholder, String option) {
        return stakeholder + "\u0000" + option;
    }

    public String id() {
        return file.id();
    }

    public String name() {
        return file.name();
    }

    /** A hash of the case file's bytes: scenarios remember it to tell when the case has changed. */
    public String version() {
        return version;
    }

    public CaseSource source() {
        return file.source();
    }

    public List<SourceIssue> sourceIssues() {
        return file.sourceIssues();
    }

    public List<Stakeholder> stakeholders() {
        return file.stakeholders();
    }

    public List<Purpose> purposes() {
        return file.purposes();
    }

    public List<OptionGroup> groups() {
        return file.groups();
    }

    public List<GuaranteeOption> options() {
        return List.copyOf(options.values());
    }

    public List<Stance> stances() {
        return file.stances();
    }

    public List<Concern> concerns() {
        return file.concerns();
    }

    public List<PurposeLink> purposeLinks() {
        return file.purposeLinks();
    }

    public List<Demand> demands() {
        return file.demands();
    }

    public List<Tension> tensions() {
        return file.tensions();
    }

    /** Corrections made to the case, oldest first, for readers of scenarios saved before them. */
    public List<Correction> corrections() {
        return file.corrections();
    }

    public Optional<Stakeholder> stakeholder(String stakeholderId) {
        return file.stakeholders().stream().filter(stakeholder -> stakeholder.id().equals(stakeholderId)).findFirst();
    }

    public Optional<GuaranteeOption> option(String optionId) {
        return Optional.ofNullable(options.get(optionId));
    }

    public OptionGroup groupOf(String optionId) {
        return groupOfOption.get(optionId);
    }

    public Optional<OptionGroup> group(String groupId) {
        return file.groups().stream().filter(group -> Objects.equals(group.id(), groupId)).findFirst();
    }

    public Passage passage(String passageId) {
        return passages.get(passageId);
    }

    public String sectionOf(String passageId) {
        return sectionOfPassage.get(passageId);
    }

    public Optional<Person> speaker(Quote quote) {
        return Optional.ofNullable(quote.speaker()).map(people::get);
    }

    public Optional<Stakeholder> stakeholderOf(Person person) {
        return Optional.ofNullable(stakeholderOfPerson.get(person.id()));
    }

    /** Every stakeholder × option pair has exactly one stance; the loader guarantees it. */
    public Stance stance(String stakeholderId, String optionId) {
        return stances.get(key(stakeholderId, optionId));
    }

    /** The source issues whose flagged words overlap the quote. */
    public List<SourceIssue> issuesOf(Quote quote) {
        var quoted = Text.normalise(quote.text());
        return file.sourceIssues().stream()
                .filter(issue -> quote.passage().equals(issue.passage()))
                .filter(issue -> {
                    var flagged = Text.normalise(issue.excerpt());
                    return quoted.contains(flagged) || flagged.contains(quoted);
                })
                .toList();
    }

    public List<SourceIssue> issuesIn(String passageId) {
        return file.sourceIssues().stream().filter(issue -> passageId.equals(issue.passage())).toList();
    }

    /**
     * A quote as a reader can cite it elsewhere: the article's title and date, the passage's number
     * in the Source view, the verbatim words and who said them.
     */
    public String citation(Quote quote) {
        var source = source();
        var who = speaker(quote).map(Person::name).orElse("the article’s own words");
        return "“" + quote.text().strip() + "” — " + who + ". In “" + source.title() + "”, " + source.dateContext()
                + ", ¶" + passageNumber(quote.passage()) + ".";
    }

    /**
     * Who said a quote, in the one wording every page and export uses: "Jean-Noël Barrot, French foreign
     * Minister — France", "Trump (role not stated in the source) — United States", or "the article’s own words".
     */
    public String attribution(Quote quote) {
        return speaker(quote)
                .map(person -> person.name()
                        + person.roleInSource().map(role -> ", " + role).orElse(" (role not stated in the source)")
                        + stakeholderOf(person).map(stakeholder -> " — " + stakeholder.name()).orElse(""))
                .orElse("the article’s own words");
    }

    /** The source issues in a section's heading. */
    public List<SourceIssue> issuesInHeading(String sectionId) {
        return file.sourceIssues().stream().filter(issue -> sectionId.equals(issue.section())).toList();
    }

    /** The passages in the article's order, numbered from 1 as the Source view shows them (¶1, ¶2, …). */
    public int passageNumber(String passageId) {
        var number = 1;
        for (var id : passages.keySet()) {
            if (id.equals(passageId)) {
                return number;
            }
            number++;
        }
        throw new IllegalArgumentException("No passage " + passageId + " in case " + id());
    }

    /**
     * Who a stance rests on, for display: "in their own words (Jean-Noël Barrot)", "as the article
     * reports it", or "not stated in the source".
     */
    public String basisLine(StanceBasis basis, List<Quote> quotes) {
        if (basis != StanceBasis.OWN_WORDS) {
            return basis.label();
        }
        var speakers = quotes.stream().map(this::speaker).flatMap(Optional::stream).map(Person::name)
                .distinct().toList();
        return basis.label() + " (" + String.join(", ", speakers) + ")";
    }
}
