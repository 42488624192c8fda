package org.guaranteelab.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs up the embedded H2 database while the app runs, without an administrator: every
 * {@code guarantee-lab.backup.interval} (6 hours by default, first one a minute after start) it writes
 * {@code SCRIPT TO} a zip file into {@code ${guarantee-lab.data-dir}/backups}, named by the time
 * of the injected clock, and keeps the newest {@code guarantee-lab.backup.keep} files (14 by default).
 *
 * <p>{@code SCRIPT} rather than {@code BACKUP}: it is consistent while others write (one
 * transaction), works on in-memory databases too, and restores into any later H2 version, whereas
 * a {@code BACKUP} zip holds the storage files of this H2 version. Restore:
 * see docs/reliability.md. On another database (PostgreSQL) the job does nothing: use pg_dump there.
 */
@Component
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final String PREFIX = "guarantee-lab-";
    private static final Pattern BACKUP_NAME = Pattern.compile(Pattern.quote(PREFIX) + "\\d{8}T\\d{6}Z\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Clock clock;
    private final Path directory;
    private final int keep;
    private final boolean enabled;

    DatabaseBackup(DataSource dataSource, Clock clock,
                   @Value("${guarantee-lab.data-dir}/backups") Path directory,
                   @Value("${guarantee-lab.backup.keep:14}") int keep,
                   @Value("${guarantee-lab.backup.enabled:true}") boolean enabled) {
        if (keep < 1) {
            throw new IllegalArgumentException("guarantee-lab.backup.keep must be at least 1, was " + keep);
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.directory = directory;
        this.keep = keep;
        this.enabled = enabled;
    }

    @Scheduled(initialDelayString = "${guarantee-lab.backup.initial-delay:PT1M}",
            fixedDelayString = "${guarantee-lab.backup.interval:PT6H}")
    void onSchedule() {
        if (!enabled) {
            return;
        }
        try {
            backUp().ifPresent(file -> log.info("Database backed up to {}", file));
        } catch (RuntimeException e) {
            // The next run tries again; the app keeps serving either way.
            log.error("Database backup into {} failed", directory, e);
        }
    }

    /**
     * Writes one backup now and removes the oldest beyond the number to keep.
     *
     * @return the new file, or empty if the database is not H2
     */
    public Optional<Path> backUp() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return Optional.empty();
            }
            Files.createDirectories(directory);
            var file = directory.resolve(PREFIX + STAMP.format(clock.instant()) + ".zip");
            // Written under another name and renamed when complete, so that a crash or a full disk
            // never leaves a half backup among the ones retention counts.
            var partial = directory.resolve("." + file.getFileName() + ".part");
            statement.execute("SCRIPT TO '" + partial.toAbsolutePath().toString().replace("'", "''")
                    + "' COMPRESSION ZIP");
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeAllButNewest();
            return Optional.of(file);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not back up the database into " + directory, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a backup into " + directory, e);
        }
    }

    /** The backups there are, oldest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> BACKUP_NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the backups in " + directory, e);
        }
    }

    private void removeAllButNewest() throws IOException {
        var backups = backups();
        for (var old : backups.subList(0, Math.max(0, backups.size() - keep))) {
            Files.deleteIfExists(old);
        }
    }
}
