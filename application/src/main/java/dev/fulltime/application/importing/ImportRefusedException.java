package dev.fulltime.application.importing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses a whole source that contradicts itself or that the rules of the game refuse, naming every problem;
 * nothing has been recorded.
 */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString)
                .collect(Collectors.joining("; ", "the source cannot be recorded as it stands, "
                        + "in " + problems.size() + " place(s): ", "")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
