package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Applied (HBO, Fachhochschule, hogeschool) or academic (WO, university) higher education. */
public enum EducationTrack {
    APPLIED, ACADEMIC;

    private static final Words<EducationTrack> WORDS = new Words<>(EducationTrack.class, "education track")
            .alias(APPLIED, "hbo", "fachhochschule", "hogeschool", "university of applied sciences",
                    "professional", "polytechnic")
            .alias(ACADEMIC, "wo", "university", "research university", "universitaet", "universitat", "universite");

    /** Reads "HBO", "WO", "Fachhochschule", "academic" and the like. */
    @JsonCreator
    public static EducationTrack parse(String text) {
        return WORDS.parse(text);
    }
}
