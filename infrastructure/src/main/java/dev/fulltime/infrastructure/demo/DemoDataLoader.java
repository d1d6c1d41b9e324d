package dev.fulltime.infrastructure.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.application.competition.CompetitionRecording;
import dev.fulltime.application.match.MatchRecording;
import dev.fulltime.application.match.Recorder;
import dev.fulltime.application.store.AlreadyExistsException;
import dev.fulltime.infrastructure.demo.SeedMatches.SeedMatch;
import dev.fulltime.infrastructure.web.competition.CreateCompetitionRequest;
import dev.fulltime.infrastructure.web.match.FactRequests;
import dev.fulltime.infrastructure.web.tie.CreateTieRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, records the seed story through the same command path as any client: the 2021-22
 * final and the 2022-23 round-of-16 tie, each in its season's UEFA Champions League. Whatever is already in the store
 * is left as it is, so restarting on the same store records nothing twice.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Recorder DEMO = new Recorder("demo", "seed");

    private final CompetitionRecording competitions;
    private final MatchRecording matches;
    private final ObjectMapper mapper;

    DemoDataLoader(CompetitionRecording competitions, MatchRecording matches, ObjectMapper mapper) {
        this.competitions = competitions;
        this.matches = matches;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        SeedMatches seed = SeedMatches.load(mapper);
        seed.competitions().forEach(this::record);
        seed.ties().forEach(this::record);
        seed.matches().forEach(this::record);
    }

    private void record(CreateCompetitionRequest competition) {
        unlessRecorded(() -> competitions.createCompetition(competition.toEvent(), DEMO));
    }

    private void record(CreateTieRequest tie) {
        unlessRecorded(() -> competitions.createTie(tie.tieId(), tie.checkedCompetitionId(), tie.checkedRound(),
                tie.checkedTeamA(), tie.checkedTeamB(), tie.format(), DEMO));
    }

    private void record(SeedMatch seed) {
        unlessRecorded(() -> {
            String matchId = matches.create(seed.match().toCommand(), DEMO);
            seed.facts().forEach(fact -> matches.record(matchId, FactRequests.toCommand(fact), null, DEMO));
            log.info("Recorded demo match {} ({} facts)", matchId, seed.facts().size());
        });
    }

    private static void unlessRecorded(Runnable recording) {
        try {
            recording.run();
        } catch (AlreadyExistsException e) {
            log.info("Demo data already recorded: {}", e.getMessage());
        }
    }
}
