package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kind of contract a vacancy offers or a candidate accepts. */
public enum EmploymentType {
    FULL_TIME, PART_TIME, CONTRACT, INTERNSHIP, TEMPORARY;

    private static final Words<EmploymentType> WORDS = new Words<>(EmploymentType.class, "employment type")
            .alias(FULL_TIME, "full-time", "full time", "fulltime", "permanent", "vast", "cdi", "festanstellung")
            .alias(PART_TIME, "part-time", "part time", "parttime", "deeltijd", "teilzeit")
            .alias(CONTRACT, "contractor", "freelance", "freelancer", "interim", "consultant")
            .alias(INTERNSHIP, "intern", "internship", "stage", "praktikum")
            .alias(TEMPORARY, "temp", "temporary", "fixed term", "fixed-term", "cdd", "seasonal");

    /** Reads "Full-time", "freelance", "PART_TIME" and the like. */
    @JsonCreator
    public static EmploymentType parse(String text) {
        return WORDS.parse(text);
    }
}
