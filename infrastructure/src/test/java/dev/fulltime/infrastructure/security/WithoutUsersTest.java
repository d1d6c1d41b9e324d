package dev.fulltime.infrastructure.security;

import static dev.fulltime.infrastructure.security.AuthProblems.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.FulltimeApplication;
import dev.fulltime.infrastructure.support.ApiClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Without a profile there are no users: the app starts, reads are public and every write is refused. */
class WithoutUsersTest {

    @Test
    void theAppStartsAndRefusesEveryWrite() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FulltimeApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:fulltime-" + UUID.randomUUID())) {
            ApiClient admin = new ApiClient(((ServletWebServerApplicationContext) app).getWebServer().getPort());

            assertUnauthorized(admin.post("/api/matches", Map.of("homeTeam", "A", "awayTeam", "B")), "Basic");
            assertUnauthorized(admin.as("scorer", "scorer").post("/api/competitions",
                    Map.of("name", "Cup", "season", "2024-25")), "Basic");

            assertThat(admin.anonymous().get("/api/matches").body().get("matches")).isEmpty();
            assertThat(admin.anonymous().get("/api/competitions").body().get("competitions")).isEmpty();
        }
    }
}
