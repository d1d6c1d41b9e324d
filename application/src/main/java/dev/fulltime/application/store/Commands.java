package dev.fulltime.application.store;

import dev.fulltime.application.match.Recorder;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

/** Sends commands with who recorded them, and turns a taken identifier into {@link AlreadyExistsException}. */
@Component
public class Commands {

    private final CommandGateway commandGateway;

    public Commands(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command, Recorder recorder) {
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(recorder.metaData()));
    }

    /** Starts a new stream; {@code kind} and {@code id} name it when the id is taken. */
    public void create(Object command, Recorder recorder, String kind, String id) {
        try {
            send(command, recorder);
        } catch (AggregateStreamCreationException e) {
            throw new AlreadyExistsException(kind, id);
        }
    }
}
