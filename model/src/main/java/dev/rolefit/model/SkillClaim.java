package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A skill a candidate lists, as written: the engine maps the name to the taxonomy.
 *
 * @param name  the skill as written, e.g. "k8s"
 * @param level how well; null when not said
 * @param years years of use; null when not said
 */
public record SkillClaim(String name, SkillLevel level, Double years) {
    @JsonCreator
    public SkillClaim(@JsonProperty("name") String name, @JsonProperty("level") SkillLevel level,
                      @JsonProperty("years") Double years) {
        this.name = Text.blankToNull(name);
        if (this.name == null) {
            throw new IllegalArgumentException("skill name is missing");
        }
        if (years != null && (years < 0 || years > 70)) {
            throw new IllegalArgumentException("skill years " + Text.number(years) + " is outside 0..70");
        }
        this.level = level;
        this.years = years;
    }

    /** A bare skill name, as in {@code "skills": ["Python", "SQL"]}. */
    @JsonCreator
    public static SkillClaim named(String name) {
        return new SkillClaim(name, null, null);
    }
}
