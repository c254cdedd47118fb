package dev.rolefit.engine.facts;

/**
 * Data: a role family from role-families.csv.
 *
 * @param id           e.g. "ML_ENGINEER"
 * @param label        e.g. "ML engineer"
 * @param clearProfile the evidence a clear-cut profile of this family shows; a score of 1 from there
 */
public record RoleFamily(String id, String label, double clearProfile) {
}
