package org.guaranteelab;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of what only PostgreSQL provides (LISTEN/NOTIFY, state shared by several instances): the
 * whole application on the {@code postgres} profile, against the database that
 * {@code scripts/local-postgres.sh} prints the connection of. Skipped where none is set, so that
 * {@code ./mvnw verify} still runs without PostgreSQL; {@code .ci/run} sets it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = "GUARANTEE_LAB_DB_URL", matches = ".+",
        disabledReason = "needs a running PostgreSQL: set GUARANTEE_LAB_DB_URL, GUARANTEE_LAB_DB_USER and GUARANTEE_LAB_DB_PASSWORD")
public @interface OnPostgres {
}
