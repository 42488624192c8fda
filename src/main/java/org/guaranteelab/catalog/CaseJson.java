package org.guaranteelab.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON shape of {@code GET /api/cases/{caseId}}: every option and every stance listed flat. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record CaseJson(String id, String name, String version, CaseSource source, List<SourceIssue> sourceIssues,
                List<Stakeholder> stakeholders, List<GroupJson> groups, List<OptionJson> options,
                List<StanceJson> stances, List<Concern> concerns, List<Purpose> purposes,
                List<PurposeLink> purposeLinks, List<Demand> demands, List<Tension> tensions,
                List<Correction> corrections) {

    static CaseJson of(Case theCase) {
        return new CaseJson(theCase.id(), theCase.name(), theCase.version(), theCase.source(),
                theCase.sourceIssues(), theCase.stakeholders(),
                theCase.groups().stream().map(GroupJson::of).toList(),
                theCase.groups().stream().flatMap(group -> group.options().stream()
                        .map(option -> OptionJson.of(group, option))).toList(),
                theCase.stances().stream().map(StanceJson::of).toList(),
                theCase.concerns(), theCase.purposes(), theCase.purposeLinks(), theCase.demands(),
                theCase.tensions(), theCase.corrections());
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record GroupJson(String id, String name, String description, boolean bundle, List<String> options) {
        static GroupJson of(OptionGroup group) {
            return new GroupJson(group.id(), group.name(), group.description(), group.bundle(),
                    group.options().stream().map(GuaranteeOption::id).toList());
        }
    }

    /** {@code levels} is always present, empty for an option that is simply on or off. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record OptionJson(String id, String name, String group, String description, List<String> passages,
                      @JsonInclude(JsonInclude.Include.ALWAYS) List<GuaranteeOption.Level> levels) {
        static OptionJson of(OptionGroup group, GuaranteeOption option) {
            return new OptionJson(option.id(), option.name(), group.id(), option.description(), option.passages(),
                    option.levels());
        }
    }

    /**
     * {@code position} and {@code basis} are "by-level" where the source gives a different position
     * per level; each level then has its own. {@code basis} is "own-words", "reported" or
     * "not-stated"; {@code allLevels} is our reason why one position covers every level.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record StanceJson(String stakeholder, String option, String position, String basis, List<Quote> quotes,
                      Map<String, LevelJson> levels, String allLevels, String note) {
        static StanceJson of(Stance stance) {
            var levels = new TreeMap<String, LevelJson>();
            stance.levels().forEach((level, at) -> levels.put(level, LevelJson.of(at)));
            return new StanceJson(stance.stakeholder(), stance.option(),
                    stance.byLevel() ? "by-level" : stance.position().code(),
                    stance.byLevel() ? "by-level" : stance.basis().code(), stance.quotes(),
                    levels, stance.allLevels(), stance.note());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record LevelJson(String position, String basis, List<Quote> quotes) {
        static LevelJson of(Stance.LevelStance at) {
            return new LevelJson(at.position().code(), at.basis().code(), at.quotes());
        }
    }
}
