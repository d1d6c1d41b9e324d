package dev.fulltime.application.importing;

/**
 * A place where a source contradicts itself or the rules of the game, e.g. {@code where} "line 42, Liverpool FC v
 * Real Madrid".
 */
public record ImportProblem(String where, String problem) {

    @Override
    public String toString() {
        return where + ": " + problem;
    }
}
