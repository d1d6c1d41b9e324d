package dev.fulltime.infrastructure.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL test suite ({@code mvn verify -Ppostgres}): when the system property {@code fulltime.test.postgres}
 * names a server ({@code //127.0.0.1:5432}), every application context of the {@code test} profile gets a fresh
 * database of its own on it, as it gets a fresh in-memory H2 store otherwise: the same storage as the
 * {@code postgres} profile (Flyway's PostgreSQL migrations, {@code bytea} payloads). Databases are named
 * {@code fulltime_ci_<n>}; the ones a previous run left are dropped when the first context starts.
 */
public class PostgresTestStores implements EnvironmentPostProcessor, Ordered {

    public static final String SERVER = "fulltime.test.postgres";
    /** Another prefix ({@code -Dfulltime.test.postgres.prefix=...}) keeps runs on one server from dropping each other's. */
    private static final String PREFIX = System.getProperty("fulltime.test.postgres.prefix", "fulltime_ci_");
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!enabled() || !Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestStore", Map.of(
                "spring.datasource.url", freshDatabase(),
                "spring.datasource.username", user(),
                "spring.datasource.password", password(),
                "spring.datasource.hikari.maximum-pool-size", "8")));
    }

    /** Whether this run tests on PostgreSQL: {@code fulltime.test.postgres} names a server. */
    public static boolean enabled() {
        String server = System.getProperty(SERVER);
        return server != null && !server.isBlank();
    }

    /** Creates a fresh database on the test server and answers its JDBC URL. */
    public static String freshDatabase() {
        String server = System.getProperty(SERVER);
        String database = PREFIX + CONTEXTS.incrementAndGet();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql:" + server + "/postgres", user(),
                password());
             Statement sql = admin.createStatement()) {
            if (CONTEXTS.get() == 1) {
                for (String leftover : databases(sql)) {
                    sql.execute("drop database if exists " + leftover + " with (force)");
                }
            }
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + database + " on " + server, e);
        }
        return "jdbc:postgresql:" + server + "/" + database;
    }

    public static String user() {
        return System.getProperty("fulltime.test.postgres.user", "postgres");
    }

    public static String password() {
        return System.getProperty("fulltime.test.postgres.password", "");
    }

    private static List<String> databases(Statement sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(
                "select datname from pg_database where datname like '" + PREFIX.replace("_", "\\_") + "%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
