package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How well someone masters a skill, lowest first. */
public enum SkillLevel {
    BEGINNER, INTERMEDIATE, ADVANCED, EXPERT;

    private static final Words<SkillLevel> WORDS = new Words<>(SkillLevel.class, "skill level")
            .alias(BEGINNER, "novice", "basic", "junior", "elementary")
            .alias(INTERMEDIATE, "medior", "competent", "working knowledge", "good")
            .alias(ADVANCED, "proficient", "strong", "senior", "very good")
            .alias(EXPERT, "master", "excellent", "guru");

    /** Reads "Expert", "advanced", "Master" and the like. */
    @JsonCreator
    public static SkillLevel parse(String text) {
        return WORDS.parse(text);
    }
}
