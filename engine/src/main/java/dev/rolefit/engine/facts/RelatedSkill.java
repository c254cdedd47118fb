package dev.rolefit.engine.facts;

/**
 * Taxonomy data: {@code related} partly covers {@code skill}, for {@code credit} (0–1).
 * From the "related" column of skills.csv.
 */
public record RelatedSkill(String skill, String related, double credit) {
}
