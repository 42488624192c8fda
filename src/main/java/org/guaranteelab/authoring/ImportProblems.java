package org.guaranteelab.authoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Puts the line on each problem the loader finds in an imported file ("line 12: stakeholders[alpha].name:
 * missing"), so that the author can find it in their editor. The loader names entries by their id
 * or position; this reads the file once more to learn where each entry starts.
 */
final class ImportProblems {

    /** {@code stakeholders[alpha]}, {@code source.sections[intro]}, {@code stances[3]}, or {@code passage p2}. */
    private static final Pattern ENTRY = Pattern.compile("^(?:(?:[a-zA-Z]+\\.)*([a-zA-Z]+)\\[([^\\]]+)]|passage ([a-z0-9-]+))");
    private static final Pattern TOP_KEY = Pattern.compile("^([a-zA-Z]+)[.:]");
    /** {@code source.address}: a key of a top-level entry, which has its own line. */
    private static final Pattern NESTED_KEY = Pattern.compile("^([a-zA-Z]+\\.[a-zA-Z]+):");
    private static final Pattern HAS_LINE = Pattern.compile("\\(line \\d+, column \\d+\\)");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Map<String, Integer> lines = new HashMap<>();

    private ImportProblems(String file) {
        try (var parser = YAML.createParser(file)) {
            var itemLine = new HashMap<String, Integer>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                var context = parser.streamReadContext();
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.START_OBJECT && context.getParent() != null && context.getParent().inArray()) {
                    itemLine.put(context.getParent().pathAsPointer().toString() + "/" + context.getParent().getCurrentIndex(), line);
                    var arrayKey = context.getParent().getParent() == null ? null : context.getParent().getParent().currentName();
                    if (arrayKey != null && context.getParent().getParent().getParent() != null
                            && context.getParent().getParent().getParent().inRoot()) {
                        lines.putIfAbsent(arrayKey + "[" + context.getParent().getCurrentIndex() + "]", line);
                    }
                } else if (token == JsonToken.PROPERTY_NAME && context.getParent() != null && context.getParent().inRoot()) {
                    lines.putIfAbsent(parser.currentName(), line);
                } else if (token == JsonToken.PROPERTY_NAME && context.getParent() != null
                        && context.getParent().getParent() != null && context.getParent().getParent().inRoot()) {
                    lines.putIfAbsent(context.getParent().currentName() + "." + parser.currentName(), line);
                } else if (token == JsonToken.VALUE_STRING && "id".equals(parser.currentName())
                        && context.getParent() != null && context.getParent().inArray()) {
                    var array = context.getParent();
                    var arrayKey = array.getParent() == null ? null : array.getParent().currentName();
                    var start = itemLine.get(array.pathAsPointer().toString() + "/" + array.getCurrentIndex());
                    if (arrayKey != null && start != null) {
                        lines.putIfAbsent(arrayKey + "[" + parser.getString() + "]", start);
                    }
                }
            }
        } catch (JacksonException e) {
            // The loader has reported the file as unreadable, with its line.
        }
    }

    static List<String> located(String file, List<String> problems) {
        var index = new ImportProblems(file);
        return problems.stream().map(index::located).toList();
    }

    private String located(String problem) {
        if (HAS_LINE.matcher(problem).find()) {
            return problem;
        }
        Integer line = null;
        var entry = ENTRY.matcher(problem);
        if (entry.find()) {
            line = entry.group(3) != null ? lines.get("passages[" + entry.group(3) + "]")
                    : lines.get(entry.group(1) + "[" + entry.group(2) + "]");
        } else {
            var nested = NESTED_KEY.matcher(problem);
            var key = TOP_KEY.matcher(problem);
            if (nested.find() && lines.containsKey(nested.group(1))) {
                line = lines.get(nested.group(1));
            } else if (key.find()) {
                line = lines.get(key.group(1));
            }
        }
        return line == null ? problem : "line " + line + ": " + problem;
    }
}
