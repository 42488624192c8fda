package org.guaranteelab.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.guaranteelab.base.HiddenCharacters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a case file and checks everything the app relies on: ids resolve, quotes occur verbatim
 * in their passages, and every stakeholder × option pair has exactly one stance.
 */
final class CaseLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Marks the app puts around every quote; a quote that carried its own would show them doubled. */
    private static final String QUOTATION_MARKS = "\"“”„«»‘’'";

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent flag such as `bundle: true` means false.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    Case load(String fileName, byte[] content) {
        CaseFile file;
        try {
            file = yaml.readValue(content, CaseFile.class);
        } catch (JacksonException e) {
            throw new InvalidCaseFileException(fileName, List.of(entryOf(e) + "cannot be read: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")")));
        }
        if (file == null) {
            throw new InvalidCaseFileException(fileName, List.of("the file is empty"));
        }
        if (file.source() == null) {
            throw new InvalidCaseFileException(fileName, List.of("source: missing"));
        }
        var problems = new Validation(file).problems();
        if (!problems.isEmpty()) {
            throw new InvalidCaseFileException(fileName, problems);
        }
        return new Case(file, versionOf(content));
    }

    /**
     * Where in the file a read error is, as {@code concerns[0].severity}: Jackson's own message
     * names only a Java class, and for a record its line is where the entry ends, not the fault.
     */
    private static String entryOf(JacksonException e) {
        var entry = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                entry.append(entry.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                entry.append('[').append(reference.getIndex()).append(']');
            }
        }
        return entry.isEmpty() ? "" : entry + ": ";
    }

    private static String versionOf(byte[] content) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Collects every problem of a file, so one start-up names them all. */
    private static final class Validation {

        private final CaseFile file;
        private final List<String> problems = new ArrayList<>();
        private final Case index;

        Validation(CaseFile file) {
            this.file = file;
            this.index = new Case(file, "");
        }

        List<String> problems() {
            required("id", file.id());
            id("id", file.id());
            required("name", file.name());
            required("source.title", file.source().title());
            required("source.dateContext", file.source().dateContext());
            checkSource();
            checkStakeholders();
            checkOptions();
            checkPurposes();
            checkStances();
            checkConcerns();
            checkPurposeLinks();
            checkDemands();
            checkTensions();
            checkCorrections();
            return problems;
        }

        private void checkSource() {
            var source = file.source();
            publicationDetail("source.outlet", source.outlet(), CaseSource.OUTLET_LENGTH);
            publicationDetail("source.author", source.author(), CaseSource.AUTHOR_LENGTH);
            if (publicationDetail("source.address", source.address(), CaseSource.ADDRESS_LENGTH)) {
                webAddress("source.address", source.address());
            }
            var sectionIds = new HashSet<String>();
            var passageIds = new HashSet<String>();
            for (var section : file.source().sections()) {
                var where = "source.sections[" + section.id() + "]";
                id(where, section.id());
                unique(sectionIds, where, section.id());
                required(where + ".heading", section.heading());
                for (var passage : section.passages()) {
                    var at = "passage " + passage.id();
                    id(at, passage.id());
                    unique(passageIds, at, passage.id());
                    required(at + ".text", passage.text());
                }
            }
            var issueIds = new HashSet<String>();
            for (var issue : file.sourceIssues()) {
                var where = "sourceIssues[" + issue.id() + "]";
                id(where, issue.id());
                unique(issueIds, where, issue.id());
                required(where + ".kind", issue.kind());
                required(where + ".note", issue.note());
                // Without an excerpt the issue would flag every quote in its passage.
                required(where + ".excerpt", issue.excerpt());
                if ((issue.passage() == null) == (issue.section() == null)) {
                    problems.add(where + ": give either the passage or the section whose heading the issue is in");
                } else if (issue.section() != null) {
                    var heading = file.source().sections().stream().filter(section -> issue.section().equals(section.id()))
                            .map(CaseSource.SourceSection::heading).findFirst();
                    if (heading.isEmpty()) {
                        problems.add(where + ": section '" + issue.section() + "' does not exist");
                    } else if (issue.excerpt() != null
                            && !Text.normalise(heading.get()).contains(Text.normalise(issue.excerpt()))) {
                        problems.add(where + ": excerpt \"" + issue.excerpt() + "\" does not occur in the heading of "
                                + "section '" + issue.section() + "'");
                    }
                } else {
                    var passage = index.passage(issue.passage());
                    if (passage == null) {
                        problems.add(where + ": passage '" + issue.passage() + "' does not exist");
                    } else if (issue.excerpt() != null
                            && !Text.normalise(passage.text()).contains(Text.normalise(issue.excerpt()))) {
                        problems.add(where + ": excerpt \"" + issue.excerpt() + "\" does not occur in passage '"
                                + issue.passage() + "'");
                    }
                }
            }
        }

        private void checkStakeholders() {
            var ids = new HashSet<String>();
            var personIds = new HashSet<String>();
            var monograms = new HashSet<String>();
            for (var stakeholder : file.stakeholders()) {
                var where = "stakeholders[" + stakeholder.id() + "]";
                id(where, stakeholder.id());
                unique(ids, where, stakeholder.id());
                required(where + ".name", stakeholder.name());
                // The monogram stands for the stakeholder on the builder's map: two alike would be ambiguous.
                if (stakeholder.monogram() != null && (stakeholder.monogram().length() > 4
                        || !monograms.add(stakeholder.monogram()))) {
                    problems.add(where + ".monogram: \"" + stakeholder.monogram()
                            + "\" must be at most four characters and differ from every other stakeholder's");
                }
                for (var person : stakeholder.people()) {
                    id(where + ".people", person.id());
                    unique(personIds, where + ".people[" + person.id() + "]", person.id());
                    required(where + ".people[" + person.id() + "].name", person.name());
                }
            }
            if (file.stakeholders().isEmpty()) {
                problems.add("stakeholders: none defined");
            }
        }

        private void checkOptions() {
            var groupIds = new HashSet<String>();
            var optionIds = new HashSet<String>();
            for (var group : file.groups()) {
                var where = "groups[" + group.id() + "]";
                id(where, group.id());
                unique(groupIds, where, group.id());
                required(where + ".name", group.name());
                if (group.options().isEmpty()) {
                    problems.add(where + ": has no options");
                }
                for (var option : group.options()) {
                    var at = "options[" + option.id() + "]";
                    id(at, option.id());
                    unique(optionIds, at, option.id());
                    required(at + ".name", option.name());
                    required(at + ".description", option.description());
                    option.passages().forEach(passage -> passageExists(at + ".passages", passage));
                    var levelIds = new HashSet<String>();
                    for (var level : option.levels()) {
                        id(at + ".levels", level.id());
                        unique(levelIds, at + ".levels[" + level.id() + "]", level.id());
                        required(at + ".levels[" + level.id() + "].name", level.name());
                    }
                    if (option.levels().size() == 1) {
                        problems.add(at + ": has a single level; use none or at least two");
                    }
                }
            }
            var clashing = new HashSet<>(groupIds);
            clashing.retainAll(optionIds);
            clashing.stream().filter(id -> index.group(id).map(OptionGroup::bundle).orElse(false))
                    .forEach(id -> problems.add("groups[" + id + "]: a bundle group and an option share the id '" + id
                            + "', so the scenario address would be ambiguous"));
        }

        private void checkPurposes() {
            var ids = new HashSet<String>();
            for (var purpose : file.purposes()) {
                var where = "purposes[" + purpose.id() + "]";
                id(where, purpose.id());
                unique(ids, where, purpose.id());
                required(where + ".name", purpose.name());
                if (purpose.quote() == null) {
                    problems.add(where + ": needs the quote that defines it");
                } else {
                    quote(where, purpose.quote());
                }
            }
        }

        private void checkStances() {
            var seen = new HashSet<String>();
            for (int i = 0; i < file.stances().size(); i++) {
                var stance = file.stances().get(i);
                var where = "stances[" + i + "] (" + stance.stakeholder() + " × " + stance.option() + ")";
                if (!stakeholderExists(where, stance.stakeholder()) | !optionExists(where, stance.option())) {
                    continue;
                }
                if (!seen.add(stance.stakeholder() + "\u0000" + stance.option())) {
                    problems.add(where + ": a second stance for this pair; each pair has exactly one");
                }
                var option = index.option(stance.option()).orElseThrow();
                var levelIds = option.levels().stream().map(GuaranteeOption.Level::id).toList();
                if (stance.byLevel()) {
                    if (stance.position() != null || stance.basis() != null || !stance.quotes().isEmpty()) {
                        problems.add(where + ": give either one position or positions by level, not both");
                    }
                    if (stance.allLevels() != null) {
                        problems.add(where + ": gives positions by level, so 'allLevels' has nothing to explain");
                    }
                    if (!new HashSet<>(levelIds).equals(stance.levels().keySet())) {
                        problems.add(where + ": positions by level must cover exactly the levels " + levelIds
                                + ", found " + stance.levels().keySet());
                    }
                    stance.levels().forEach((level, at) -> position(where + " at level " + level,
                            stance.stakeholder(), at));
                } else {
                    if (option.hasLevels() && isBlank(stance.allLevels())) {
                        problems.add(where + ": option '" + option.id() + "' has the levels " + levelIds + "; give "
                                + "each level its own position under 'levels', or say in 'allLevels' why one "
                                + "position covers every level");
                    } else if (!option.hasLevels() && stance.allLevels() != null) {
                        problems.add(where + ": option '" + option.id() + "' has no levels, so 'allLevels' has "
                                + "nothing to explain");
                    }
                    position(where, stance.stakeholder(), stance.at(null));
                }
            }
            for (var stakeholder : file.stakeholders()) {
                for (var option : index.options()) {
                    if (!seen.contains(stakeholder.id() + "\u0000" + option.id())) {
                        problems.add("stances: no entry for " + stakeholder.id() + " × " + option.id()
                                + " (write position: not-stated if the source is silent)");
                    }
                }
            }
        }

        private void position(String where, String stakeholderId, Stance.LevelStance at) {
            var position = at.position();
            var quotes = at.quotes();
            if (position == null) {
                problems.add(where + ": position missing");
            } else if (position == Position.NOT_STATED && !quotes.isEmpty()) {
                problems.add(where + ": a not-stated position cannot carry quotes");
            } else if (position != Position.NOT_STATED && quotes.isEmpty()) {
                problems.add(where + ": position '" + position.label() + "' needs at least one quote");
            }
            quotes.forEach(quote -> quote(where, quote));
            if (position != null) {
                basis(where, stakeholderId, position, at.basis(), quotes);
            }
        }

        /** The basis must say truly whose words the position rests on. */
        private void basis(String where, String stakeholderId, Position position, StanceBasis basis, List<Quote> quotes) {
            if (basis == null) {
                problems.add(where + ": basis missing; say whether the position rests on the stakeholder's "
                        + "own-words or on what the article reported");
                return;
            }
            if ((basis == StanceBasis.NOT_STATED) != (position == Position.NOT_STATED)) {
                problems.add(where + ": basis '" + basis.code() + "' does not fit position '" + position.code()
                        + "'; only a not-stated position has basis not-stated");
                return;
            }
            var ownWords = false;
            for (var quote : quotes) {
                var speaker = index.speaker(quote);
                if (speaker.isEmpty()) {
                    continue;
                }
                var speakerOf = index.stakeholderOf(speaker.get()).map(Stakeholder::id).orElse(null);
                if (stakeholderId.equals(speakerOf)) {
                    ownWords = true;
                } else {
                    problems.add(where + ": quote \"" + quote.text() + "\" is spoken by " + speaker.get().name()
                            + " of '" + speakerOf + "', so it cannot be the basis of a stance of '" + stakeholderId + "'");
                }
            }
            if (basis == StanceBasis.OWN_WORDS && !ownWords) {
                problems.add(where + ": basis 'own-words' needs a quote whose speaker is a person of '" + stakeholderId
                        + "'; its quotes are the article's own words, so the basis is 'reported'");
            } else if (basis == StanceBasis.REPORTED && ownWords) {
                problems.add(where + ": basis 'reported' but a quote is spoken by a person of '" + stakeholderId
                        + "'; the basis is 'own-words'");
            }
        }

        /** On an option with levels, an entry that names no level must say why it holds at every level. */
        private void levelsExplained(String where, String optionId, String level, String allLevels) {
            var option = index.option(optionId);
            if (option.isEmpty()) {
                return;
            }
            if (option.get().hasLevels() && level == null && isBlank(allLevels)) {
                problems.add(where + ": option '" + optionId + "' has levels; name the 'level' this holds at, or "
                        + "say in 'allLevels' why it holds at every level");
            } else if (allLevels != null && (level != null || !option.get().hasLevels())) {
                problems.add(where + ": 'allLevels' only explains an entry without a level on an option with levels");
            }
        }

        private void checkConcerns() {
            for (int i = 0; i < file.concerns().size(); i++) {
                var concern = file.concerns().get(i);
                var where = "concerns[" + i + "] (" + concern.option() + ")";
                optionRef(where, new OptionRef(concern.option(), concern.level()));
                levelsExplained(where, concern.option(), concern.level(), concern.allLevels());
                required(where + ".text", concern.text());
                quotes(where, concern.quotes());
            }
        }

        private void checkPurposeLinks() {
            for (int i = 0; i < file.purposeLinks().size(); i++) {
                var link = file.purposeLinks().get(i);
                var where = "purposeLinks[" + i + "] (" + link.option() + " → " + link.purpose() + ")";
                optionRef(where, new OptionRef(link.option(), link.level()));
                levelsExplained(where, link.option(), link.level(), link.allLevels());
                exists(where, "purpose", link.purpose(), file.purposes(), Purpose::id);
                required(where + ".basis", link.basis());
                if (link.quote() == null) {
                    problems.add(where + ": needs a quote");
                } else {
                    quote(where, link.quote());
                }
                if (link.basis() == Basis.EDITORIAL && (link.note() == null || link.note().isBlank())) {
                    problems.add(where + ": an editorial link needs a note that says why");
                }
            }
        }

        private void checkDemands() {
            var ids = new HashSet<String>();
            for (var demand : file.demands()) {
                var where = "demands[" + demand.id() + "]";
                id(where, demand.id());
                unique(ids, where, demand.id());
                stakeholderExists(where, demand.stakeholder());
                required(where + ".text", demand.text());
                if (demand.metBy().isEmpty()) {
                    problems.add(where + ": metBy lists no option");
                }
                demand.metBy().forEach(ref -> optionRef(where + ".metBy", ref));
                // Which options meet a demand is always our reading; the app shows this reason with it.
                if (isBlank(demand.note())) {
                    problems.add(where + ": needs a note that says, in one line, why these options meet it");
                }
                quotes(where, demand.quotes());
            }
        }

        private void checkTensions() {
            var ids = new HashSet<String>();
            for (var tension : file.tensions()) {
                var where = "tensions[" + tension.id() + "]";
                id(where, tension.id());
                unique(ids, where, tension.id());
                required(where + ".text", tension.text());
                required(where + ".basis", tension.basis());
                if (tension.when().isEmpty()) {
                    problems.add(where + ": 'when' lists no option");
                }
                tension.when().forEach(ref -> optionRef(where + ".when", ref));
                if (tension.basis() == Basis.EDITORIAL && isBlank(tension.note())) {
                    problems.add(where + ": an editorial tension needs a note that says why");
                }
                quotes(where, tension.quotes());
            }
        }

        private void checkCorrections() {
            for (int i = 0; i < file.corrections().size(); i++) {
                var correction = file.corrections().get(i);
                var where = "corrections[" + i + "]";
                required(where + ".date", correction.date());
                required(where + ".text", correction.text());
                correction.options().forEach(option -> optionExists(where + ".options", option));
            }
        }

        private void quotes(String where, List<Quote> quotes) {
            if (quotes.isEmpty()) {
                problems.add(where + ": needs at least one quote");
            }
            quotes.forEach(quote -> quote(where, quote));
        }

        private void quote(String where, Quote quote) {
            if (quote.text() == null || quote.text().isBlank()) {
                problems.add(where + ": a quote has no text");
                return;
            }
            var text = quote.text().strip();
            if (QUOTATION_MARKS.indexOf(text.charAt(0)) >= 0 || QUOTATION_MARKS.indexOf(text.charAt(text.length() - 1)) >= 0) {
                problems.add(where + ": quote \"" + quote.text() + "\" begins or ends with a quotation mark; the app "
                        + "adds its own, so leave the source's out (or cut the quote before them)");
            }
            if (quote.speaker() != null && index.speaker(quote).isEmpty()) {
                problems.add(where + ": speaker '" + quote.speaker() + "' is not a person of any stakeholder");
            }
            var passage = index.passage(quote.passage());
            if (passage == null) {
                problems.add(where + ": quote points to passage '" + quote.passage() + "', which does not exist");
            } else if (!Text.normalise(passage.text()).contains(Text.normalise(quote.text()))) {
                problems.add(where + ": quote \"" + quote.text() + "\" does not occur verbatim in passage '"
                        + quote.passage() + "'");
            }
        }

        private void optionRef(String where, OptionRef ref) {
            if (!optionExists(where, ref.option()) || ref.level() == null) {
                return;
            }
            if (index.option(ref.option()).orElseThrow().level(ref.level()).isEmpty()) {
                problems.add(where + ": option '" + ref.option() + "' has no level '" + ref.level() + "'");
            }
        }

        private boolean optionExists(String where, String optionId) {
            if (index.option(optionId).isEmpty()) {
                problems.add(where + ": option '" + optionId + "' does not exist");
                return false;
            }
            return true;
        }

        private boolean stakeholderExists(String where, String stakeholderId) {
            return exists(where, "stakeholder", stakeholderId, file.stakeholders(), Stakeholder::id);
        }

        private <T> boolean exists(String where, String what, String id, List<T> all, Function<T, String> idOf) {
            // An entry without an id is reported where it is defined; here it must not stop the check.
            if (all.stream().map(idOf).noneMatch(existing -> existing != null && existing.equals(id))) {
                problems.add(where + ": " + what + " '" + id + "' does not exist");
                return false;
            }
            return true;
        }

        private void passageExists(String where, String passageId) {
            if (index.passage(passageId) == null) {
                problems.add(where + ": passage '" + passageId + "' does not exist");
            }
        }

        /**
         * An optional line of plain text that readers see as written: nothing that would hide or reorder
         * it. Returns whether it is given and fit to be looked at further.
         */
        private boolean publicationDetail(String where, String value, int limit) {
            if (value == null) {
                return false;
            }
            if (value.isBlank()) {
                problems.add(where + ": is empty; leave it out where the article does not name it");
            } else if (value.length() > limit) {
                problems.add(where + ": is " + value.length() + " characters long; at most " + limit + " fit");
            } else if (value.chars().anyMatch(Character::isISOControl)) {
                problems.add(where + ": must be one line of text, without line breaks or control characters");
            } else if (HiddenCharacters.first(value).isPresent()) {
                problems.add(where + ": holds " + HiddenCharacters.first(value).orElseThrow().describe());
            } else {
                return true;
            }
            return false;
        }

        private void webAddress(String where, String address) {
            if (!CaseSource.isWebAddress(address)) {
                problems.add(where + ": \"" + address + "\" is not a web address; give an absolute address that "
                        + "begins with http:// or https://");
            }
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }

        private void required(String where, Object value) {
            if (value == null || (value instanceof String text && text.isBlank())) {
                problems.add(where + ": missing");
            }
        }

        private void id(String where, String id) {
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(where + ": id '" + id + "' must be lower-case words joined by hyphens");
            } else if (id == null) {
                problems.add(where + ": id missing");
            }
        }

        private void unique(Set<String> seen, String where, String id) {
            if (id != null && !seen.add(id)) {
                problems.add(where + ": the id '" + id + "' is used twice");
            }
        }
    }
}
