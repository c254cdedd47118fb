package dev.rolefit.engine.facts;

import dev.rolefit.model.SkillLevel;

/**
 * A candidate's skill, by canonical taxonomy name.
 *
 * @param skill    the canonical name, e.g. "Kubernetes" (also when written "k8s")
 * @param category the taxonomy category, e.g. ML_FRAMEWORK
 * @param level    how well, or null when not said
 * @param years    years of use, 0 when not said
 * @param source   where it was found: LISTED, EXPERIENCE or TEXT
 * @param weight   how much the evidence counts: 1 listed, less when only used in a job or named in text
 */
public record HasSkill(String skill, String category, SkillLevel level, double years, String source,
                       double weight) {
    /** The level's name, or UNSTATED: the key of data/skill-levels.csv. */
    public String levelName() {
        return level == null ? "UNSTATED" : level.name();
    }
}
