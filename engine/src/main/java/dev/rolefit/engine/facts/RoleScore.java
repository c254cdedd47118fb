package dev.rolefit.engine.facts;

/** Derived in the profile stage: a family's summed evidence. */
public record RoleScore(String family, double total) {
}
