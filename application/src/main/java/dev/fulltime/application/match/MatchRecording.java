package dev.fulltime.application.match;

import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.ScheduleMatch;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;

/**
 * The one path by which facts enter the log, for every client alike: the HTTP API, the importer and the demo data.
 */
@Service
public class MatchRecording {

    private final CommandGateway commandGateway;

    public MatchRecording(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** @throws MatchAlreadyExistsException when a match with this identifier exists */
    public String create(ScheduleMatch schedule, Recorder recorder) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateMatch(schedule))
                    .andMetaData(recorder.metaData()));
        } catch (AggregateStreamCreationException e) {
            throw new MatchAlreadyExistsException(schedule.matchId());
        }
        return schedule.matchId();
    }

    /**
     * @throws org.axonframework.modelling.command.AggregateNotFoundException when there is no such match
     * @throws dev.fulltime.domain.match.RuleViolation when the rules of the game refuse the fact
     * @throws StaleVersionException when {@code expectedVersion} is given and the stream has moved on
     */
    public RecordedFact record(String matchId, MatchCommand command, Long expectedVersion, Recorder recorder) {
        return commandGateway.sendAndWait(GenericCommandMessage
                .asCommandMessage(new RecordFact(matchId, command, expectedVersion))
                .andMetaData(recorder.metaData()));
    }
}
