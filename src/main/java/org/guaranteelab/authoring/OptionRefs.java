package org.guaranteelab.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.guaranteelab.catalog.OptionRef;

/**
 * Checks the options a demand or a tension names, in the author's terms, before they are stored: the
 * loader would report an unknown option or level only later, and a repeated choice not at all.
 */
final class OptionRefs {

    private OptionRefs() {
    }

    /** A demand is met by any of its options: each must exist and be named once. */
    static List<String> problemsOfMetBy(Draft draft, List<OptionRef> metBy) {
        var problems = new ArrayList<String>();
        if (metBy.isEmpty()) {
            problems.add("Choose at least one option that meets the demand.");
        }
        if (metBy.size() > DraftDemand.MET_BY) {
            problems.add("A demand can be met by at most " + DraftDemand.MET_BY + " choices; this one names "
                    + metBy.size() + ".");
        }
        known(draft, metBy, problems);
        var seen = new HashSet<OptionRef>();
        for (var ref : metBy) {
            if (!seen.add(ref)) {
                problems.add(label(draft, ref) + " is chosen twice.");
            } else if (ref.level() != null && metBy.contains(new OptionRef(ref.option(), null))) {
                problems.add(label(draft, new OptionRef(ref.option(), null)) + " already covers " + label(draft, ref)
                        + ": choose one of them.");
            }
        }
        return problems;
    }

    /**
     * A tension applies when all of its options are chosen, and a scenario takes an option at one
     * level only, so each option may appear once. One option is enough: the format allows it, and
     * the bundled case has such tensions (fast-track membership the source says is not available).
     */
    static List<String> problemsOfWhen(Draft draft, List<OptionRef> when) {
        var problems = new ArrayList<String>();
        if (when.isEmpty()) {
            problems.add("Choose the options the tension is about: it applies when all of them are chosen.");
        }
        if (when.size() > DraftTension.WHEN) {
            problems.add("A tension can name at most " + DraftTension.WHEN + " options; this one names " + when.size() + ".");
        }
        known(draft, when, problems);
        var seen = new HashSet<String>();
        for (var ref : when) {
            if (!seen.add(ref.option())) {
                problems.add(optionName(draft, ref.option()) + " is chosen more than once; a scenario takes an option at "
                        + "one level only, so a tension names each option once.");
            }
        }
        return problems;
    }

    private static void known(Draft draft, List<OptionRef> refs, List<String> problems) {
        for (var ref : refs) {
            var option = draft.options().stream().filter(o -> o.id().equals(ref.option())).findFirst();
            if (option.isEmpty()) {
                problems.add("There is no option '" + ref.option() + "' in this case any more.");
            } else if (ref.level() != null && option.get().levels().stream().noneMatch(l -> l.id().equals(ref.level()))) {
                problems.add(option.get().name() + " has no level '" + ref.level() + "'.");
            }
        }
    }

    /** "Patrol", "Patrol at any level" or "Patrol at By day", as the editor lists the choices. */
    static String label(Draft draft, OptionRef ref) {
        var option = draft.options().stream().filter(o -> o.id().equals(ref.option())).findFirst();
        if (option.isEmpty()) {
            return ref.option();
        }
        if (!option.get().hasLevels()) {
            return option.get().name();
        }
        if (ref.level() == null) {
            return option.get().name() + " at any level";
        }
        return option.get().name() + " at " + option.get().levels().stream().filter(l -> l.id().equals(ref.level()))
                .map(DraftOption.Level::name).findFirst().orElse(ref.level());
    }

    private static String optionName(Draft draft, String optionId) {
        return draft.options().stream().filter(o -> o.id().equals(optionId)).map(DraftOption::name).findFirst()
                .orElse(optionId);
    }
}
