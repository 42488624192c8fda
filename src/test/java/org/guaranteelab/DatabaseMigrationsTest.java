package org.guaranteelab;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The migrations in src/main/resources/db/migration on the database the tests run on: H2, and PostgreSQL
 * under -Ppostgres-tests. That the entities match the migrated tables is checked as the context starts
 * (spring.jpa.hibernate.ddl-auto=validate).
 */
@Tag("database")
@SpringBootTest
class DatabaseMigrationsTest {

    @Autowired
    Flyway flyway;

    @Test
    void every_migration_has_run_successfully_and_none_is_pending() {
        var info = flyway.info();

        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState()).as(migration.getScript())
                        .isEqualTo(MigrationState.SUCCESS));
    }

    @Test
    void starting_again_on_an_up_to_date_database_runs_no_migration() {
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }
}
