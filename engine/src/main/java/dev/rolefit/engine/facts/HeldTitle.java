package dev.rolefit.engine.facts;

/**
 * A job title the candidate held, lower case and padded with spaces so that a rule can look for a
 * whole phrase: {@code text contains " data analyst "}.
 *
 * @param text   the padded title
 * @param years  how long it was held
 * @param latest true for the most recent position
 */
public record HeldTitle(String text, double years, boolean latest) {
}
