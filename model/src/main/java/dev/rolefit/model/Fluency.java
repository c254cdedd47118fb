package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How well someone speaks a language, lowest first. CEFR levels are accepted on input. */
public enum Fluency {
    ELEMENTARY, LIMITED, PROFESSIONAL, FLUENT, NATIVE;

    private static final Words<Fluency> WORDS = new Words<>(Fluency.class, "fluency")
            .alias(ELEMENTARY, "basic", "beginner", "elementary proficiency", "a1", "a2")
            .alias(LIMITED, "limited working proficiency", "intermediate", "conversational", "b1")
            .alias(PROFESSIONAL, "professional working proficiency", "working proficiency",
                    "upper intermediate", "good", "b2")
            .alias(FLUENT, "full professional proficiency", "advanced", "excellent", "c1", "c2", "proficient")
            .alias(NATIVE, "native speaker", "mother tongue", "native or bilingual proficiency",
                    "native or bilingual", "bilingual", "first language");

    /** Reads "Native speaker", "Professional working proficiency", "B2" and the like. */
    @JsonCreator
    public static Fluency parse(String text) {
        return WORDS.parse(text);
    }

    /** True when this fluency is at least {@code other}. */
    public boolean atLeast(Fluency other) {
        return other == null || compareTo(other) >= 0;
    }
}
