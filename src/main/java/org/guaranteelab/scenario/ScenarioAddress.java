package org.guaranteelab.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guaranteelab.base.HiddenCharacters;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.OptionGroup;

/**
 * The readable address of a scenario, e.g. {@code nato=bridge&sanctions=strengthened&g7}: one
 * parameter per chosen option (with its level where it has levels), and the id of a bundle group
 * when the whole bundle is chosen. Documented in docs/url-format.md.
 */
public final class ScenarioAddress {

    /** More parameters than any real scenario has; the rest are ignored, not processed. */
    static final int MAX_PARAMETERS = 64;
    private static final int MAX_SHOWN_LENGTH = 40;

    private ScenarioAddress() {
    }

    /** The choices an address describes, and what in it was not understood. */
    public record Decoded(Choices choices, List<Ignored> ignored) {
        public Decoded {
            ignored = List.copyOf(ignored);
        }
    }

    /** A parameter that was ignored (shortened for display) and why, in words for the user. */
    public record Ignored(String parameter, String reason) {
    }

    public static String encode(Case theCase, Choices choices) {
        return parameters(theCase, choices).entrySet().stream()
                .map(entry -> entry.getValue().isEmpty() ? entry.getKey() : entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
    }

    /** Parameter name → value ("" for options without levels and for whole bundles), in the case's order. */
    public static Map<String, String> parameters(Case theCase, Choices choices) {
        var parameters = new LinkedHashMap<String, String>();
        for (var group : theCase.groups()) {
            if (group.bundle() && group.options().stream().allMatch(option -> choices.includes(option.id()))) {
                parameters.put(group.id(), "");
                continue;
            }
            for (var option : group.options()) {
                if (choices.includes(option.id())) {
                    parameters.put(option.id(), choices.levelOf(option.id()).orElse(""));
                }
            }
        }
        return parameters;
    }

    /**
     * Reads a raw query string from outside (the API, stored scenarios and submissions, a draft to
     * compare) within {@link ScenarioQuery}'s limits. Never fails: an address over the limits reads
     * as no choices, with the reason in {@link Decoded#ignored()}.
     */
    public static Decoded decode(Case theCase, String rawQuery) {
        return switch (ScenarioQuery.parse(rawQuery)) {
            case ScenarioQuery.Read read -> decode(theCase, read.parameters());
            case ScenarioQuery.Refused refused ->
                    new Decoded(Choices.none(), List.of(new Ignored("the whole address", refused.reason())));
        };
    }

    /**
     * Reads query parameters (name → values, as the servlet or router parsed them). Never fails:
     * whatever is unknown or malformed is left out and reported in {@link Decoded#ignored()}.
     */
    public static Decoded decode(Case theCase, Map<String, List<String>> parameters) {
        var levels = new LinkedHashMap<String, String>();
        var ignored = new ArrayList<Ignored>();
        int processed = 0;
        for (var entry : parameters.entrySet()) {
            var values = entry.getValue() == null || entry.getValue().isEmpty() ? List.of("") : entry.getValue();
            for (var value : values) {
                if (++processed > MAX_PARAMETERS) {
                    ignored.add(new Ignored("…", "the address has more than " + MAX_PARAMETERS
                            + " parameters; the rest were not read"));
                    return new Decoded(Choices.of(levels), ignored);
                }
                decodeOne(theCase, entry.getKey(), value == null ? "" : value, levels, ignored);
            }
        }
        return new Decoded(Choices.of(levels), ignored);
    }

    private static void decodeOne(Case theCase, String name, String value, Map<String, String> levels,
                                  List<Ignored> ignored) {
        var option = theCase.option(name);
        if (option.isPresent()) {
            decodeOption(option.get(), name, value, levels, ignored);
            return;
        }
        var bundle = theCase.group(name).filter(OptionGroup::bundle);
        if (bundle.isPresent()) {
            if (!value.isEmpty()) {
                ignored.add(new Ignored(shown(name, value), "“" + name + "” takes no value; write just “" + name + "”"));
                return;
            }
            bundle.get().options().forEach(member -> levels.putIfAbsent(member.id(), ""));
            return;
        }
        ignored.add(new Ignored(shown(name, value), "not an option of this case"));
    }

    private static void decodeOption(GuaranteeOption option, String name, String value, Map<String, String> levels,
                                     List<Ignored> ignored) {
        if (levels.containsKey(option.id())) {
            ignored.add(new Ignored(shown(name, value), "given more than once; the first one was used"));
            return;
        }
        if (!option.hasLevels()) {
            if (value.isEmpty()) {
                levels.put(option.id(), "");
            } else {
                ignored.add(new Ignored(shown(name, value), "“" + name + "” takes no value; write just “" + name + "”"));
            }
            return;
        }
        if (option.level(value).isPresent()) {
            levels.put(option.id(), value);
        } else {
            var known = option.levels().stream().map(GuaranteeOption.Level::id).collect(Collectors.joining(" or "));
            ignored.add(new Ignored(shown(name, value), (value.isEmpty() ? "needs a level" : "unknown level")
                    + "; use " + name + "=" + known.replace(" or ", " or " + name + "=")));
        }
    }

    private static String shown(String name, String value) {
        var text = value.isEmpty() ? name : name + "=" + value;
        var visible = text.codePoints()
                .map(codePoint -> Character.isISOControl(codePoint) || HiddenCharacters.isHidden(codePoint) ? '?' : codePoint)
                .limit(MAX_SHOWN_LENGTH)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return visible.length() < text.length() ? visible + "…" : visible;
    }
}
