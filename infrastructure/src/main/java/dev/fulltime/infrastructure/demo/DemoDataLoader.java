package dev.fulltime.infrastructure.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.application.match.MatchRecording;
import dev.fulltime.application.match.Recorder;
import dev.fulltime.application.store.AlreadyExistsException;
import dev.fulltime.infrastructure.demo.SeedMatches.SeedMatch;
import dev.fulltime.infrastructure.web.match.FactRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, records the seed story's matches through the same command path as any client.
 * A match already in the store is left as it is, so restarting on the same store records nothing twice.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Recorder DEMO = new Recorder("demo", "seed");

    private final MatchRecording recording;
    private final ObjectMapper mapper;

    DemoDataLoader(MatchRecording recording, ObjectMapper mapper) {
        this.recording = recording;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SeedMatch seed : SeedMatches.load(mapper).matches()) {
            record(seed);
        }
    }

    private void record(SeedMatch seed) {
        String matchId;
        try {
            matchId = recording.create(seed.match().toCommand(), DEMO);
        } catch (AlreadyExistsException e) {
            log.info("Demo match {} is already recorded", seed.match().matchId());
            return;
        }
        seed.facts().forEach(fact -> recording.record(matchId, FactRequests.toCommand(fact), null, DEMO));
        log.info("Recorded demo match {} ({} facts)", matchId, seed.facts().size());
    }
}
