package dev.rolefit.engine;

/**
 * One problem in a rule set: a DRL that does not compile, a malformed data row, a dangling reference.
 *
 * @param file    the file, relative to the rule set's folder, e.g. "skills.drl" or "data/skills.csv"
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, naming the offending value
 */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
