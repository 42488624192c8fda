package org.guaranteelab.catalog;

import java.util.List;

/** The content of one case file, as written in {@code src/main/resources/cases/}. */
record CaseFile(String id, String name, CaseSource source, List<SourceIssue> sourceIssues,
                List<Stakeholder> stakeholders, List<Purpose> purposes, List<OptionGroup> groups,
                List<Stance> stances, List<Concern> concerns, List<PurposeLink> purposeLinks,
                List<Demand> demands, List<Tension> tensions, List<Correction> corrections) {

    CaseFile {
        sourceIssues = orEmpty(sourceIssues);
        stakeholders = orEmpty(stakeholders);
        purposes = orEmpty(purposes);
        groups = orEmpty(groups);
        stances = orEmpty(stances);
        concerns = orEmpty(concerns);
        purposeLinks = orEmpty(purposeLinks);
        demands = orEmpty(demands);
        tensions = orEmpty(tensions);
        corrections = orEmpty(corrections);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
