package dev.rolefit.engine.facts;

/**
 * Derived: how far a vacancy's skill is covered by the candidate.
 *
 * @param skill    the vacancy's skill
 * @param required true for a required skill, false for a preferred one
 * @param credit   0–1: 1 when held as listed, less when held weakly or only through a related skill
 * @param through  the candidate's skill that covers it (the skill itself, or a related one)
 */
public record SkillCover(String skill, boolean required, double credit, String through) {
    /** True when the candidate holds the skill itself, not a related one. */
    public boolean direct() {
        return skill.equals(through);
    }
}
