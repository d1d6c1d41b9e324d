package dev.fulltime.infrastructure.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.competition.CompetitionCreated;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * A rebuild asked for while another is resetting the processors is refused with a 409, not run alongside it. A read
 * model of this test's own holds the first rebuild in its reset until the second has been answered.
 */
@FulltimeHttpTest
class OneRebuildAtATimeHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    HeldReset heldReset;

    @Test
    void aSecondRebuildWhileTheFirstResetsIsAConflict() throws Exception {
        ProjectionsApi projections = new ProjectionsApi(new ApiClient(port));
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(projections::rebuild);
        assertThat(heldReset.entered.await(1, TimeUnit.MINUTES)).as("the first rebuild reached the reset").isTrue();

        Answer second = projections.rebuild();
        heldReset.release.countDown();

        assertThat(second.status()).as("%s", second.body()).isEqualTo(409);
        assertThat(second.contentType()).startsWith(ProjectionsApi.PROBLEM_JSON);
        assertThat(second.body().path("detail").asText()).contains("already under way");
        assertThat(first.get(1, TimeUnit.MINUTES).status()).isEqualTo(202);
        projections.caughtUp();
        assertThat(projections.rebuild().status()).as("a rebuild once the first is done").isEqualTo(202);
    }

    @TestConfiguration
    static class HeldResetConfiguration {

        @Bean
        HeldReset heldReset() {
            return new HeldReset();
        }
    }

    /** A read model of nothing whose reset waits, once, until the test lets it go. */
    @ProcessingGroup("held-reset")
    static class HeldReset {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @EventHandler
        void on(CompetitionCreated created) {
            // nothing is kept: this read model is only here to be reset
        }

        @ResetHandler
        void reset() throws InterruptedException {
            entered.countDown();
            release.await(1, TimeUnit.MINUTES);
        }
    }
}
