package dev.fulltime.application.tie;

import dev.fulltime.domain.tie.TieCreated;

public record CreateTie(TieCreated tie) {
}
