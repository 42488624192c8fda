package org.guaranteelab.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.guaranteelab.e2e.PackagedApp;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short version of scripts/durability-kill-test.sh, for every build: two SIGKILLs of the
 * packaged jar in the middle of a burst of saves and class submissions, and nothing acknowledged is
 * lost. A new seed each run (system property durability.seed repeats one); the seed is in the
 * failure message. The students need Chromium, hence {@link RealBrowserTest}'s rule for a missing one.
 */
@RealBrowserTest
class DurabilityKillIT {

    private static final Logger log = LoggerFactory.getLogger(DurabilityKillIT.class);
    private static final int ROUNDS = 2;

    @Test
    void acknowledged_saves_and_class_submissions_survive_sigkill_and_restart() throws Exception {
        var seed = Long.getLong("durability.seed", System.currentTimeMillis());
        var jar = PackagedApp.configuredJar();
        var work = Files.createTempDirectory(jar.toAbsolutePath().getParent(), "durability-");

        var result = DurabilityKill.run(jar, ROUNDS, seed, work);
        log.info(result.summary());

        assertThat(result.saves()).as("seed %d: saves acknowledged before the kills", seed).isPositive();
        assertThat(result.submissions()).as("seed %d: submissions acknowledged before the kills", seed).isPositive();
        assertThat(result.lost()).as("seed %d: %s", seed, result.summary()).isEmpty();
    }
}
