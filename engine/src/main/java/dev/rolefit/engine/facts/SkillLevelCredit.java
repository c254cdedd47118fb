package dev.rolefit.engine.facts;

/**
 * Data: how much a skill held at {@code level} covers a requirement (data/skill-levels.csv);
 * {@code level} is a {@link dev.rolefit.model.SkillLevel} name or UNSTATED.
 */
public record SkillLevelCredit(String level, double credit) {
}
