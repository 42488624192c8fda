package org.guaranteelab.base;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Allowances shared by every instance on one PostgreSQL database: Bucket4j's buckets as rows of
 * {@code client_allowance} (db/postgresql/V3__client_allowances.sql), each taken with SELECT … FOR
 * UPDATE, so that 6 saves through one instance and 6 through another are 12 against one budget.
 *
 * <p>A row is keyed by a hash of the allowance, its size and the client key, so the table holds no
 * address in clear, and a changed limit starts fresh rows instead of reading old ones. Rows expire once
 * their bucket would be full again and are purged on a schedule.
 *
 * <p>Its own small connection pool: allowances are taken while a request may already hold one of the
 * app's connections in a transaction (link lookups count misses), and waiting on the same pool for a
 * second one could leave every request waiting for a connection that none of them gives back.
 */
@Component
@Profile("postgres")
class SharedAllowanceStore implements AllowanceStore, DisposableBean {

    private static final int POOL_SIZE = 4;
    private static final int PURGE_BATCH = 1_000;

    private final HikariDataSource connections;
    private final PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets;

    SharedAllowanceStore(@Value("${spring.datasource.url}") String url,
                         @Value("${spring.datasource.username:}") String user,
                         @Value("${spring.datasource.password:}") String password, Clock clock) {
        this.connections = new HikariDataSource();
        connections.setPoolName("allowances");
        connections.setJdbcUrl(url);
        connections.setUsername(user);
        connections.setPassword(password);
        connections.setMaximumPoolSize(POOL_SIZE);
        connections.setMinimumIdle(1);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(connections)
                .table("client_allowance")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(ClientAllowances.timeOf(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public ClientAllowances allowances(String name, int perWindow, Duration window) {
        return shared(name + "\u0000" + perWindow + "\u0000" + window + "\u0000", ClientAllowances.limit(perWindow, window));
    }

    @Override
    public ClientAllowances allowances(String name, int burst, int perWindow, Duration window) {
        return shared(name + "\u0000" + burst + "+" + perWindow + "\u0000" + window + "\u0000",
                ClientAllowances.limit(burst, perWindow, window));
    }

    private ClientAllowances shared(String allowance, Bandwidth limit) {
        var configuration = BucketConfiguration.builder().addLimit(limit).build();
        return new ClientAllowances(clientKey -> buckets.builder().build(rowId(allowance + clientKey), configuration));
    }

    /** Deletes the rows of clients whose buckets are full again, i.e. who are no longer limited. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purgeExpired() {
        int deleted;
        do {
            deleted = buckets.removeExpired(PURGE_BATCH);
        } while (deleted == PURGE_BATCH);
    }

    @Override
    public void destroy() {
        connections.close();
    }

    private static long rowId(String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
