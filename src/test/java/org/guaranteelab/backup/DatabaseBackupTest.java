package org.guaranteelab.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.guaranteelab.MutableClock;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.RandomScenarios;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.sharing.SharingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit.jupiter.DisabledIf;
import org.springframework.test.context.junit.jupiter.EnabledIf;

@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseBackupTest {

    /** Under -Ppostgres-tests the same tests run on PostgreSQL, where this H2 backup has nothing to do. */
    private static final String ON_POSTGRES = "#{environment.matchesProfiles('postgres')}";
    private static final String H2_ONLY = "H2's SCRIPT TO backup; PostgreSQL is backed up with pg_dump (docs/deployment.md)";

    private static final List<String> TABLES = List.of("SHARED_SCENARIO", "SCENARIO_VERSION",
            "\"flyway_schema_history\"");

    @Autowired
    DataSource dataSource;
    @Autowired
    SharingService sharing;
    @Autowired
    CaseCatalog catalog;

    @TempDir
    Path directory;

    @Test
    @DisabledIf(expression = ON_POSTGRES, reason = H2_ONLY, loadContext = true)
    void a_backup_restores_into_a_fresh_database_with_the_same_content() throws Exception {
        for (int i = 0; i < 5; i++) {
            var links = sharing.save(new ScenarioDetails("Backed up " + i, "Ana", "Notes\nwith 'quotes' and “ünïcode” " + i),
                    RandomScenarios.choices(catalog.defaultCase(), i), Optional.empty());
            if (i % 2 == 0) {
                sharing.update(links.editToken(), new ScenarioDetails("Second thoughts " + i, "", ""),
                        RandomScenarios.choices(catalog.defaultCase(), i + 100));
            }
        }
        var backup = new DatabaseBackup(dataSource, new MutableClock(Instant.parse("2026-03-01T12:00:00Z")), directory, 3,
                true);

        var file = backup.backUp().orElseThrow();

        assertThat(file.getFileName()).hasToString("guarantee-lab-20260301T120000Z.zip");
        try (var original = dataSource.getConnection();
             var restored = DriverManager.getConnection("jdbc:h2:mem:restored-" + UUID.randomUUID(), "sa", "")) {
            restored.createStatement().execute("RUNSCRIPT FROM '" + file.toAbsolutePath() + "' COMPRESSION ZIP");
            for (var table : TABLES) {
                var rows = rows(original, table);
                assertThat(rows).as(table).isNotEmpty();
                assertThat(rows(restored, table)).as(table).isEqualTo(rows);
            }
        }
    }

    @Test
    @DisabledIf(expression = ON_POSTGRES, reason = H2_ONLY, loadContext = true)
    void only_the_newest_backups_are_kept() throws Exception {
        var clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
        var backup = new DatabaseBackup(dataSource, clock, directory, 2, true);
        Files.writeString(directory.resolve("notes.txt"), "not a backup");

        for (int i = 0; i < 4; i++) {
            backup.backUp();
            clock.advance(Duration.ofHours(6));
        }

        assertThat(backup.backups()).extracting(file -> file.getFileName().toString())
                .containsExactly("guarantee-lab-20260301T120000Z.zip", "guarantee-lab-20260301T180000Z.zip");
        assertThat(directory.resolve("notes.txt")).exists();
        try (var files = Files.list(directory)) {
            assertThat(files).as("no partial file left").noneMatch(file -> file.toString().endsWith(".part"));
        }
    }

    @Test
    void a_disabled_job_writes_nothing() {
        var backup = new DatabaseBackup(dataSource, new MutableClock(Instant.EPOCH), directory, 2, false);

        backup.onSchedule();

        assertThat(backup.backups()).isEmpty();
    }

    @Test
    @EnabledIf(expression = ON_POSTGRES, reason = "PostgreSQL only (-Ppostgres-tests)", loadContext = true)
    void on_postgresql_the_job_writes_nothing_since_pg_dump_does_the_backups() {
        var backup = new DatabaseBackup(dataSource, new MutableClock(Instant.EPOCH), directory, 2, true);

        assertThat(backup.backUp()).isEmpty();
        assertThat(backup.backups()).isEmpty();
    }

    private static List<Map<String, Object>> rows(Connection connection, String table) throws SQLException {
        var rows = new ArrayList<Map<String, Object>>();
        try (var result = connection.createStatement().executeQuery("select * from " + table + " order by 1")) {
            var columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new LinkedHashMap<String, Object>();
                for (int column = 1; column <= columns; column++) {
                    row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
