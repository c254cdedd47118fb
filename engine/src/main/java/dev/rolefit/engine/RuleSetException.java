package dev.rolefit.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used: it lists every problem found, not just the first. */
public final class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    /**
     * @param where    the rule set's folder, or "built in"
     * @param problems every problem found, in file and line order; the message lists them all
     */
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
