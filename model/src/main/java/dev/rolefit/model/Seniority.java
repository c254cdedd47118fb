package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The career ladder, lowest first; the ordinal is the rung. */
public enum Seniority {
    INTERN, ENTRY, ASSOCIATE, MID_SENIOR, LEAD, DIRECTOR, EXECUTIVE;

    private static final Words<Seniority> WORDS = new Words<>(Seniority.class, "seniority")
            .alias(INTERN, "internship", "trainee", "stagiair", "werkstudent")
            .alias(ENTRY, "junior", "graduate", "entry level", "entry-level", "starter")
            .alias(ASSOCIATE, "medior", "mid", "mid-level", "mid level", "intermediate", "associate")
            .alias(MID_SENIOR, "senior", "mid-senior", "mid senior level", "experienced")
            .alias(LEAD, "lead", "staff", "principal", "team lead", "tech lead")
            .alias(DIRECTOR, "head", "head of", "director", "manager")
            .alias(EXECUTIVE, "executive", "c-level", "chief", "vp", "vice president");

    /** Reads "Senior", "Mid-level", "junior", "MID_SENIOR" and the like. */
    @JsonCreator
    public static Seniority parse(String text) {
        return WORDS.parse(text);
    }

    /** How many rungs {@code other} lies above this one (negative when below). */
    public int stepsTo(Seniority other) {
        return other.ordinal() - ordinal();
    }
}
