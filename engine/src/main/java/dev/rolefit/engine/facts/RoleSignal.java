package dev.rolefit.engine.facts;

/**
 * Data: one line of a role family's signature, from role-signals.csv.
 *
 * @param family the role family id
 * @param kind   "skill" (a canonical skill name) or "title" (a phrase in a job title)
 * @param signal the skill name, or the title phrase lower case and padded with spaces
 * @param weight how much it counts toward the family
 */
public record RoleSignal(String family, String kind, String signal, double weight) {
}
