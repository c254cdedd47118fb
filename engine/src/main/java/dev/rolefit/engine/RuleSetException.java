package dev.rolefit.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used: it lists every problem found, not just the first. */
public final class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    public RuleSetException(String where, List<RuleProblem> problems) {
        super("rule set " + where + " has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ":\n  " + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file and line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
