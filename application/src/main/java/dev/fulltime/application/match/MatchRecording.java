package dev.fulltime.application.match;

import dev.fulltime.application.store.AlreadyExistsException;
import dev.fulltime.application.store.Commands;
import dev.fulltime.application.store.EventStreams;
import dev.fulltime.application.store.UnknownIdException;
import dev.fulltime.application.tie.AttachLeg;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.TieBinding;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieDefinition;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

/**
 * The one path by which facts enter the log, for every client alike: the HTTP API, the importer and the demo data.
 */
@Service
public class MatchRecording {

    private final Commands commands;
    private final EventStreams streams;
    private final TieBindings tieBindings;
    private final GroupedRecording facts;

    MatchRecording(Commands commands, EventStreams streams, TieBindings tieBindings, GroupedRecording facts) {
        this.commands = commands;
        this.streams = streams;
        this.tieBindings = tieBindings;
        this.facts = facts;
    }

    /**
     * Creates a match; as a leg of a tie it takes the tie's competition and round, and the tie must accept it.
     *
     * @throws dev.fulltime.application.store.AlreadyExistsException when a match with this identifier exists
     * @throws UnknownIdException when the tie or competition named does not exist
     * @throws dev.fulltime.domain.match.RuleViolation when the tie refuses the match as that leg
     */
    public String create(ScheduleMatch schedule, Recorder recorder) {
        if (streams.exists(schedule.matchId())) {
            throw new AlreadyExistsException("match", schedule.matchId());
        }
        ScheduleMatch placed = schedule.tieId() == null ? inCompetition(schedule) : asLeg(schedule, recorder);
        commands.create(new CreateMatch(placed), recorder, "match", placed.matchId());
        return placed.matchId();
    }

    /**
     * @throws org.axonframework.modelling.command.AggregateNotFoundException when there is no such match (and
     *         {@link org.axonframework.eventsourcing.IncompatibleAggregateException} when the id is another kind of
     *         stream's)
     * @throws dev.fulltime.domain.match.RuleViolation when the rules of the game refuse the fact
     * @throws StaleVersionException when {@code expectedVersion} is given and the stream has moved on
     * @throws ConcurrencyException when another node appended to the match at the same moment, every time of
     *         {@value SeparateCommits#ATTEMPTS}; each new attempt decides on the stream as it now stands (so an
     *         {@code expectedVersion} the other append passed is refused, and a fact the other append stored under
     *         the same eventId is answered as stored)
     */
    public RecordedFact record(String matchId, MatchCommand command, Long expectedVersion, Recorder recorder) {
        TieBinding tie = mayDependOnTheTie(command) ? tieBindings.of(matchId) : TieBinding.NONE;
        return facts.record(new RecordFact(matchId, command, expectedVersion, tie), recorder);
    }

    private ScheduleMatch inCompetition(ScheduleMatch schedule) {
        if (schedule.competitionId() != null && streams.competition(schedule.competitionId()).isEmpty()) {
            throw new UnknownIdException("competition", schedule.competitionId());
        }
        return schedule;
    }

    private ScheduleMatch asLeg(ScheduleMatch schedule, Recorder recorder) {
        TieDefinition tie = streams.tie(schedule.tieId())
                .orElseThrow(() -> new UnknownIdException("tie", schedule.tieId()));
        int leg = schedule.leg() == null ? 1 : schedule.leg();
        tie.accepts(leg, schedule.matchId(), schedule.homeTeam(), schedule.awayTeam());
        commands.send(new AttachLeg(schedule.tieId(), leg, schedule.matchId(), schedule.homeTeam(),
                schedule.awayTeam()), recorder);
        TieCreated created = tie.tie();
        return new ScheduleMatch(schedule.eventId(), schedule.matchId(), schedule.homeTeam(), schedule.awayTeam(),
                schedule.kickoffAt(), schedule.venue(), schedule.tieId(), leg, created.competitionId(),
                created.round());
    }

    /** Only extra time, a shoot-out and the final whistle are bound by the tie a match belongs to. */
    private static boolean mayDependOnTheTie(MatchCommand command) {
        if (command instanceof StartPeriod start) {
            return start.period() == Period.EXTRA_TIME_FIRST_HALF || start.period() == Period.PENALTY_SHOOTOUT;
        }
        return command instanceof EndMatch;
    }
}
