package dev.rolefit.engine.facts;

/**
 * Derived in the profile stage: one signal that counts toward a family, and how much.
 *
 * @param family the role family id
 * @param kind   "skill" or "title", as in role-signals.csv
 * @param signal the skill name, or the title phrase (trimmed)
 * @param weight the signal's weight times how strongly the profile shows it
 */
public record RoleEvidence(String family, String kind, String signal, double weight) {
}
