package dev.fulltime.application.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A user allowed to record facts for one match. */
@Entity
@Table(name = "scorer_assignment")
@IdClass(ScorerAssignment.Key.class)
class ScorerAssignment {

    @Id
    private String matchId;
    @Id
    private String username;

    protected ScorerAssignment() {
        // for JPA
    }

    ScorerAssignment(Key key) {
        matchId = key.matchId();
        username = key.username();
    }

    String username() {
        return username;
    }

    record Key(String matchId, String username) implements Serializable {
    }
}
