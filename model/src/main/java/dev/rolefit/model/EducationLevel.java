package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Education levels aligned with the European Qualifications Framework (EQF). */
public enum EducationLevel {
    NONE(0), SECONDARY(4), VOCATIONAL(5), BACHELOR(6), MASTER(7), DOCTORATE(8);

    private static final Words<EducationLevel> WORDS = new Words<>(EducationLevel.class, "education level")
            .alias(NONE, "no degree", "none", "self-taught")
            .alias(SECONDARY, "high school", "secondary school", "abitur", "baccalaureat", "vwo", "havo")
            .alias(VOCATIONAL, "associate", "associate degree", "mbo", "short cycle", "vocational training")
            .alias(BACHELOR, "bachelor", "bachelors", "bsc", "ba", "beng", "hbo", "licence", "grado")
            .alias(MASTER, "master", "masters", "msc", "ma", "meng", "mba", "wo", "diplom")
            .alias(DOCTORATE, "phd", "ph.d.", "doctorate", "doctoral", "dphil");

    private final int eqf;

    EducationLevel(int eqf) {
        this.eqf = eqf;
    }

    /** The EQF level: 0 for none, 4 for secondary up to 8 for a doctorate. */
    public int eqf() {
        return eqf;
    }

    /** Reads "MSc", "PhD", "Bachelor", "HBO", "MASTER" and the like. */
    @JsonCreator
    public static EducationLevel parse(String text) {
        return WORDS.parse(text);
    }

    /** True when this level is at least {@code other}. */
    public boolean atLeast(EducationLevel other) {
        return other == null || compareTo(other) >= 0;
    }
}
