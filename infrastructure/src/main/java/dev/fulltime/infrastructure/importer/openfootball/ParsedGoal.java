package dev.fulltime.infrastructure.importer.openfootball;

/**
 * One goal of a scorer line. {@code team} is the side the goal counts for: openfootball lists an own goal
 * under the team that profits from it, e.g. {@code [Lavezzi 4' Luiz 61' (o.g.); Hazard 27']} for
 * Paris Saint-Germain v Chelsea credits Luiz's own goal to Paris.
 */
public record ParsedGoal(String team, String player, Integer minute, Integer stoppage, boolean penalty, boolean ownGoal) {
}
