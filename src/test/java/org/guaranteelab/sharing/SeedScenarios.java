package org.guaranteelab.sharing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CaseFileFormat;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.RandomScenarios;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioAnalysis;

/**
 * Fills an H2 data directory with saved scenarios for the view-link benchmark
 * (scripts/seed-scenarios.sh), straight through JDBC: rows exactly as {@link SharingService#save}
 * writes them, in batches. Writes the view tokens of an evenly spread sample to a file, one a line.
 *
 * <p>Arguments: data directory, number of scenarios, sample file, sample size, and optionally the id of
 * a published case in that directory (e.g. one scripts/seed-cases.sh stored) to build them all on,
 * instead of the bundled case.
 */
public final class SeedScenarios {

    private static final int BATCH = 5_000;
    private static final int DISTINCT_SCENARIOS = 4_096;
    private static final long SEED = 20250311L;

    private SeedScenarios() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            throw new IllegalArgumentException("usage: SeedScenarios <data-dir> <count> <sample-file> <sample-size> [case-id]");
        }
        var dataDir = Path.of(args[0]).toAbsolutePath();
        var count = Integer.parseInt(args[1]);
        var sampleFile = Path.of(args[2]);
        var sampleSize = Math.min(count, Integer.parseInt(args[3]));
        var url = "jdbc:h2:file:" + dataDir.resolve("guarantee-lab") + ";WRITE_DELAY=0";

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        var started = System.nanoTime();
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            var theCase = args.length == 5 ? published(connection, args[4]) : new CaseCatalog().defaultCase();
            var existing = count(connection);
            if (existing > 0) {
                throw new IllegalStateException(dataDir + " already holds " + existing + " scenarios; seed an empty directory");
            }
            var sample = insert(connection, theCase, count, Math.max(1, count / Math.max(1, sampleSize)));
            Files.write(sampleFile, sample.subList(0, Math.min(sampleSize, sample.size())));
            try (var statement = connection.createStatement()) {
                // Batch commits leave the file many times larger than its data (15 GB for 0.7 GB with a
                // million rows); a database that grew by single saves would be compact, as this makes it.
                statement.execute("shutdown compact");
            }
        }
        System.out.printf("Seeded %,d scenarios into %s in %d s; %,d view tokens in %s%n", count, dataDir,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), sampleSize, sampleFile);
    }

    /** The latest published version of a user's case, read and validated as the app reads it. */
    private static Case published(Connection connection, String caseId) throws SQLException {
        try (var query = connection.prepareStatement("select p.content from published_case p join case_draft d "
                + "on p.draft_id = d.id where d.case_id = ? order by p.number desc limit 1")) {
            query.setString(1, caseId);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("No published case " + caseId + " in this data directory");
                }
                return CaseFileFormat.read(caseId, rows.getString(1));
            }
        }
    }

    private static List<String> insert(Connection connection, Case theCase, int count, int sampleEvery)
            throws SQLException {
        var random = new Random(SEED);
        var pool = scenarioPool(theCase);
        var sample = new ArrayList<String>();
        var now = Instant.now();
        connection.setAutoCommit(false);
        try (var scenarios = connection.prepareStatement("insert into shared_scenario "
                + "(id, view_token_hash, edit_token_hash, case_id, created_at) values (?, ?, ?, ?, ?)");
             var versions = connection.prepareStatement("insert into scenario_version (id, scenario_id, number, "
                     + "title, author, notes, choices, case_version, stance_snapshot, created_at) "
                     + "values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                var editToken = ShareToken.generate();
                var viewToken = SharingService.viewTokenOf(editToken);
                if (i % sampleEvery == 0) {
                    sample.add(viewToken);
                }
                var savedAt = Timestamp.from(now.minusSeconds(random.nextInt(365 * 24 * 3600)));
                var scenario = pool.get(random.nextInt(pool.size()));
                scenarios.setLong(1, i);
                scenarios.setString(2, ShareToken.hash(viewToken));
                scenarios.setString(3, ShareToken.hash(editToken));
                scenarios.setString(4, theCase.id());
                scenarios.setTimestamp(5, savedAt);
                scenarios.addBatch();
                versions.setLong(1, i);
                versions.setLong(2, i);
                versions.setString(3, "Scenario " + i);
                versions.setString(4, i % 3 == 0 ? null : "Student " + (i % 997));
                versions.setString(5, i % 4 == 0 ? null : "Why these options: a short note by student " + i + ".");
                versions.setString(6, scenario.choices());
                versions.setString(7, theCase.version());
                versions.setString(8, scenario.stanceSnapshot());
                versions.setTimestamp(9, savedAt);
                versions.addBatch();
                if (i % BATCH == 0 || i == count) {
                    scenarios.executeBatch();
                    versions.executeBatch();
                    connection.commit();
                }
                if (i % 100_000 == 0) {
                    System.out.printf("%,d scenarios%n", i);
                }
            }
        }
        try (var statement = connection.createStatement()) {
            // Rows were inserted with explicit ids; the app's next save must not collide with them.
            statement.execute("alter table shared_scenario alter column id restart with " + (count + 1));
            statement.execute("alter table scenario_version alter column id restart with " + (count + 1));
        }
        connection.commit();
        return sample;
    }

    private record Stored(String choices, String stanceSnapshot) {
    }

    /** Computing an analysis per row would dominate the seeding time; a pool of distinct ones is as realistic. */
    private static List<Stored> scenarioPool(Case theCase) {
        var pool = new ArrayList<Stored>();
        for (int i = 0; i < DISTINCT_SCENARIOS; i++) {
            Choices choices = RandomScenarios.choices(theCase, SEED + i);
            pool.add(new Stored(ScenarioAddress.encode(theCase, choices),
                    StanceSnapshot.of(ScenarioAnalysis.of(theCase, choices))));
        }
        return pool;
    }

    private static long count(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("select count(*) from shared_scenario")) {
            result.next();
            return result.getLong(1);
        }
    }
}
