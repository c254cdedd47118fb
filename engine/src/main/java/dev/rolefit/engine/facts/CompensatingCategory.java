package dev.rolefit.engine.facts;

/**
 * Data: for a vacancy of {@code family}, expert command of a skill in {@code category} can, with
 * enough relevant years, stand in for a missing diploma (data/compensating-skills.csv).
 */
public record CompensatingCategory(String family, String category) {
}
