package dev.rolefit.engine.facts;

/**
 * Derived: the candidate held a job title that is a typical step toward the vacancy's family
 * (data/career-paths.csv), e.g. a data analyst toward ML engineer.
 *
 * @param title  the career path's title, trimmed ("data analyst")
 * @param credit the role credit the path earns
 */
public record TypicalCareerStep(String title, double credit) {
}
