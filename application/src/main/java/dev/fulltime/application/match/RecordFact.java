package dev.fulltime.application.match;

import dev.fulltime.domain.match.TieBinding;
import dev.fulltime.domain.match.command.MatchCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Appends one fact to a match's stream; with {@code expectedVersion}, only while the stream is still at that
 * version; {@code tie} binds a match that may decide a tie.
 */
public record RecordFact(@TargetAggregateIdentifier String matchId, MatchCommand command, Long expectedVersion,
                         TieBinding tie) {

    public RecordFact(String matchId, MatchCommand command, Long expectedVersion) {
        this(matchId, command, expectedVersion, TieBinding.NONE);
    }
}
