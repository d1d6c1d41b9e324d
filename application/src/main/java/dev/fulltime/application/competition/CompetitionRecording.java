package dev.fulltime.application.competition;

import dev.fulltime.application.match.Recorder;
import dev.fulltime.application.store.Commands;
import dev.fulltime.application.store.EventStreams;
import dev.fulltime.application.store.UnknownIdException;
import dev.fulltime.application.tie.CreateTie;
import dev.fulltime.domain.competition.CompetitionCreated;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieFormat;
import org.springframework.stereotype.Service;

/** Creates competitions and their knockout ties; a tie takes its competition's rules. */
@Service
public class CompetitionRecording {

    private final Commands commands;
    private final EventStreams streams;

    public CompetitionRecording(Commands commands, EventStreams streams) {
        this.commands = commands;
        this.streams = streams;
    }

    /** @throws dev.fulltime.application.store.AlreadyExistsException when the identifier is taken */
    public String createCompetition(CompetitionCreated competition, Recorder recorder) {
        commands.create(new CreateCompetition(competition), recorder, "competition", competition.competitionId());
        return competition.competitionId();
    }

    /**
     * @throws UnknownIdException when the competition does not exist
     * @throws dev.fulltime.application.store.AlreadyExistsException when the identifier is taken
     */
    public String createTie(String tieId, String competitionId, String round, String teamA, String teamB,
                            TieFormat format, Recorder recorder) {
        CompetitionCreated competition = streams.competition(competitionId)
                .orElseThrow(() -> new UnknownIdException("competition", competitionId));
        TieCreated tie = new TieCreated(tieId, competitionId, round, teamA, teamB, format, competition.rules());
        commands.create(new CreateTie(tie), recorder, "tie", tieId);
        return tieId;
    }
}
