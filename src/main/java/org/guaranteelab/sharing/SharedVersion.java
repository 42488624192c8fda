package org.guaranteelab.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ScenarioAddress;

/**
 * One version of a saved scenario as a reader sees it.
 *
 * @param ignoredChoices choices saved then that the current case no longer has
 * @param caseChanges    what differs, for this scenario, between the case then and now (empty if
 *                       the case is unchanged)
 * @param remixedFrom    the title of the scenario this one was remixed from, if any
 * @param remixCount     how many saved scenarios were remixed from this one
 */
public record SharedVersion(String viewToken, ScenarioDetails details, int number, List<VersionInfo> versions,
                            Instant savedAt, String caseId, String caseVersion, Choices choices,
                            List<ScenarioAddress.Ignored> ignoredChoices, List<String> caseChanges,
                            Optional<String> remixedFrom, long remixCount, boolean viewLinkRevoked) {

    public SharedVersion {
        versions = List.copyOf(versions);
        ignoredChoices = List.copyOf(ignoredChoices);
        caseChanges = List.copyOf(caseChanges);
    }

    public int versionCount() {
        return versions.size();
    }

    public boolean isLatest() {
        return number == versions.size();
    }

    public boolean caseChanged() {
        return !caseChanges.isEmpty() || !ignoredChoices.isEmpty();
    }

    public record VersionInfo(int number, String title, Instant savedAt) {
    }
}
