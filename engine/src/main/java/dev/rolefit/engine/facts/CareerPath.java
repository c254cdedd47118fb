package dev.rolefit.engine.facts;

/**
 * Data: a job title that is a typical previous step toward {@code family}, e.g. "data analyst" toward
 * ML_ENGINEER. {@code title} is lower case and padded with spaces, like {@link HeldTitle#text()}.
 */
public record CareerPath(String family, String title, double credit) {
}
