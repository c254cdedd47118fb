package dev.rolefit.engine.facts;

/** Derived in the profile stage: one signal that counts toward a family, and how much. */
public record RoleEvidence(String family, String signal, double weight) {
}
