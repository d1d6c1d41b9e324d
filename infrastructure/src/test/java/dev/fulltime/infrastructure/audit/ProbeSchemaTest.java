package dev.fulltime.infrastructure.audit;

import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FulltimeHttpTest
class ProbeSchemaTest {
    @Autowired JdbcTemplate jdbc;

    @Test
    void probe() {
        jdbc.queryForList("select table_name, column_name, data_type from information_schema.columns where lower(table_name) = 'domain_event_entry'")
                .forEach(r -> System.out.println("COL " + r));
    }
}
