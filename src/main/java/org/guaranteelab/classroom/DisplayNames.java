package org.guaranteelab.classroom;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.guaranteelab.base.HiddenCharacters;
import org.jspecify.annotations.Nullable;

/**
 * The only thing stored about a student: the name they choose to be shown under. A name must look
 * like no other in its class: names are compared by Unicode's confusable skeleton (UTS #39), so "Bob",
 * "Воb" with a Cyrillic "о" and "Bob" with a zero-width space are one name, and the second is numbered.
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 40;

    /** Latin with at most one other script, but not Cyrillic, Greek or Cherokee (UTS #39 §5.2), in one digit system. */
    private static final SpoofChecker SCRIPTS = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
            .build();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    /** The class's own numbering of equal names, "Ana (2)", as a skeleton (whose digits 0 and 1 read O and l). */
    private static final Pattern NUMBERED = Pattern.compile(".*\\(\\s*[Ol2-9]+\\s*\\)\\s*");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private DisplayNames() {
    }

    /** A typed name as it would be stored, or why it is refused. */
    sealed interface Checked {

        record Valid(String name) implements Checked {
        }

        record Refused(Refusal reason) implements Checked {
        }
    }

    /**
     * NFKC (so no-break, wide and other spaces are spaces, and fullwidth letters plain), inner spaces
     * collapsed, control characters dropped. Refused: names that show nothing or are too long, that
     * hold a hidden character, that mix look-alike scripts within a word, or that end like the class's numbering.
     */
    static Checked check(@Nullable String typed) {
        if (typed == null) {
            return new Checked.Refused(Refusal.INVALID_NAME);
        }
        var spaced = CONTROLS.matcher(typed.replaceAll("[\\t\\n\\r\\f\\u000B]", " ")).replaceAll("");
        var normalised = Normalizer.normalize(spaced, Normalizer.Form.NFKC);
        if (HiddenCharacters.first(normalised).isPresent()) {
            return new Checked.Refused(Refusal.NAME_HIDDEN);
        }
        var name = SPACES.matcher(normalised).replaceAll(" ").strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH || !HiddenCharacters.isVisible(name)) {
            return new Checked.Refused(Refusal.INVALID_NAME);
        }
        // Word by word: a Cyrillic "А" inside "Ana" is refused, while "Олена Smith" (each word in one
        // script) is a real name; look-alike whole words are caught by the skeleton comparison instead.
        if (Arrays.stream(name.split(" ")).anyMatch(SCRIPTS::failsChecks)) {
            return new Checked.Refused(Refusal.NAME_MIXED_SCRIPTS);
        }
        if (NUMBERED.matcher(skeleton(name)).matches()) {
            return new Checked.Refused(Refusal.NAME_NUMBERED);
        }
        return new Checked.Valid(name);
    }

    /** What the name looks like: equal for names a reader could take for one another. */
    static String skeleton(String name) {
        return SKELETONS.getSkeleton(name);
    }

    /** "Ana", or "Ana (2)", "Ana (3)"… when taken; shortened so the number still fits. */
    static String distinct(String name, Predicate<String> taken) {
        if (!taken.test(name)) {
            return name;
        }
        for (int number = 2; ; number++) {
            var suffix = " (" + number + ")";
            var base = name.length() + suffix.length() > MAX_LENGTH
                    ? name.substring(0, MAX_LENGTH - suffix.length()).strip() : name;
            var candidate = base + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
