package dev.rolefit.engine.facts;

/** Data: a candidate of family {@code from} fits a vacancy of family {@code to} for {@code credit} (0–1). */
public record RoleAdjacency(String from, String to, double credit) {
}
