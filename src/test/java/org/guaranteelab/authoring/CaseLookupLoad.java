package org.guaranteelab.authoring;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.guaranteelab.Application;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CaseFileFormat;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * With many published cases stored, how long {@link CaseCatalog#find} takes for a user case: first
 * (a cache miss: the query and the loader's check of the case file) and again (the cache). Seeds an
 * empty H2 data directory with {@code count} published copies of the bundled case (each under its own
 * id, rows as imports wrote them before they became drafts: no draft, one published version), then starts the app on it and looks up
 * {@value #LOOKUPS} random cases. Run with {@code scripts/seed-cases.sh <data-dir> [count]}.
 */
public final class CaseLookupLoad {

    private static final int LOOKUPS = 1_000;
    private static final int BATCH = 500;

    private CaseLookupLoad() {
    }

    public static void main(String[] args) throws Exception {
        var dataDir = Path.of(args[0]).toAbsolutePath();
        var count = Integer.parseInt(args[1]);
        var ids = seed(dataDir, count);
        // System properties, because the test class path's config/application.properties points at an in-memory database.
        System.setProperty("guarantee-lab.data-dir", dataDir.toString());
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("guarantee-lab") + ";WRITE_DELAY=0");
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "WARN");
        try (var app = new SpringApplicationBuilder(Application.class).run()) {
            var catalog = app.getBean(CaseCatalog.class);
            var random = new Random(21);
            var first = new long[LOOKUPS];
            var again = new long[LOOKUPS];
            for (int i = 0; i < LOOKUPS; i++) {
                var id = ids.get(random.nextInt(ids.size()));
                first[i] = timed(() -> catalog.find(id).orElseThrow());
                again[i] = timed(() -> catalog.find(id).orElseThrow());
            }
            System.out.printf("%,d published cases; CaseCatalog.find of a user case over %,d random cases:%n", ids.size(), LOOKUPS);
            System.out.println("  first (query + loader): " + summary(first));
            System.out.println("  again (cache):          " + summary(again));
        }
    }

    private static List<String> seed(Path dataDir, int count) throws Exception {
        var url = "jdbc:h2:file:" + dataDir.resolve("guarantee-lab") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        var file = CaseFileFormat.write(new CaseCatalog().defaultCase());
        var ids = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            try (var existing = connection.createStatement().executeQuery("select case_id from case_draft")) {
                while (existing.next()) {
                    ids.add(existing.getString(1));
                }
            }
            if (!ids.isEmpty()) {
                return ids;
            }
            connection.setAutoCommit(false);
            var now = Timestamp.from(Instant.now());
            try (var drafts = connection.prepareStatement("insert into case_draft (id, edit_token_hash, case_id, content, "
                    + "created_at, updated_at, published_at) values (?, ?, ?, null, ?, ?, ?)");
                 var versions = connection.prepareStatement("insert into published_case (draft_id, number, content, "
                         + "created_at) values (?, 1, ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    var caseId = Ids.newCaseId();
                    ids.add(caseId);
                    drafts.setLong(1, i);
                    drafts.setString(2, ShareToken.hash(ShareToken.generate()));
                    drafts.setString(3, caseId);
                    drafts.setTimestamp(4, now);
                    drafts.setTimestamp(5, now);
                    drafts.setTimestamp(6, now);
                    drafts.addBatch();
                    versions.setLong(1, i);
                    versions.setString(2, file.replaceFirst("(?m)^id: .*$", "id: \"" + caseId + "\""));
                    versions.setTimestamp(3, now);
                    versions.addBatch();
                    if (i % BATCH == 0 || i == count) {
                        drafts.executeBatch();
                        versions.executeBatch();
                        connection.commit();
                    }
                }
            }
            connection.createStatement().execute("alter table case_draft alter column id restart with " + (count + 1));
            connection.commit();
        }
        return ids;
    }

    private static long timed(Runnable lookup) {
        var start = System.nanoTime();
        lookup.run();
        return System.nanoTime() - start;
    }

    private static String summary(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p95 %.2f ms, max %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

}
