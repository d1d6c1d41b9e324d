package dev.fulltime.application.match;

import dev.fulltime.domain.match.command.MatchCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Appends one fact to a match's stream; with {@code expectedVersion}, only while the stream is still at that
 * version.
 */
public record RecordFact(@TargetAggregateIdentifier String matchId, MatchCommand command, Long expectedVersion) {
}
