package dev.fulltime.application.tie;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes a match a leg of a tie; attaching the same match to the same leg again changes nothing. */
public record AttachLeg(@TargetAggregateIdentifier String tieId, int leg, String matchId, String homeTeam,
                        String awayTeam) {
}
