package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.guaranteelab.OnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Two instances on one PostgreSQL database: this test's application context is one, a second
 * {@link SharedAllowanceStore} on the same database is the other. Needs a running PostgreSQL
 * (GUARANTEE_LAB_DB_URL, _USER, _PASSWORD; the postgres-tests Maven profile sets them).
 */
@OnPostgres
class SharedAllowancesPostgresTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    AllowanceStore store;
    @Autowired
    Clock clock;
    @Autowired
    DataSourceProperties database;

    private SharedAllowanceStore otherInstance;
    /** The database outlives the test run: a client of its own each time. */
    private final String client = "test-client-" + UUID.randomUUID();

    @BeforeEach
    void startOtherInstance() {
        otherInstance = new SharedAllowanceStore(database.getUrl(), database.getUsername(), database.getPassword(), clock);
    }

    @AfterEach
    void stopOtherInstance() {
        otherInstance.destroy();
    }

    @Test
    void two_instances_take_from_one_budget_per_client() {
        var here = store.allowances("saves", 10, MINUTE);
        var there = otherInstance.allowances("saves", 10, MINUTE);

        for (int save = 1; save <= 6; save++) {
            assertThat(here.tryTake(client)).as("save %d here", save).isTrue();
        }
        for (int save = 7; save <= 10; save++) {
            assertThat(there.tryTake(client)).as("save %d there", save).isTrue();
        }

        assertThat(there.tryTake(client)).as("11th save, there").isFalse();
        assertThat(here.tryTake(client)).as("12th save, here").isFalse();
        assertThat(here.isSpent(client)).isTrue();
        assertThat(there.isSpent("another-" + client)).isFalse();
    }

    @Test
    void a_burst_allowance_is_one_budget_for_two_instances_too() {
        var here = store.allowances("joins-per-client", 5, 1, MINUTE);
        var there = otherInstance.allowances("joins-per-client", 5, 1, MINUTE);

        for (int join = 1; join <= 3; join++) {
            assertThat(here.tryTake(client)).as("join %d here", join).isTrue();
        }
        assertThat(there.tryTake(client)).as("join 4 there").isTrue();
        assertThat(there.tryTake(client)).as("join 5 there").isTrue();

        assertThat(here.tryTake(client)).as("6th join, here").isFalse();
        assertThat(there.tryTake(client)).as("7th join, there").isFalse();
    }

    @Test
    void different_allowances_of_one_client_are_counted_apart() {
        var saves = store.allowances("saves", 2, MINUTE);
        var joins = otherInstance.allowances("failed-joins", 2, MINUTE);

        saves.tryTake(client);
        saves.tryTake(client);

        assertThat(saves.isSpent(client)).isTrue();
        assertThat(joins.isSpent(client)).isFalse();
        assertThat(joins.tryTake(client)).isTrue();
    }

    @Test
    void the_app_keeps_its_allowances_in_the_database_under_the_postgres_profile() {
        assertThat(store).isInstanceOf(SharedAllowanceStore.class);
    }
}
