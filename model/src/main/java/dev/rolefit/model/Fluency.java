package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How well someone speaks a language, lowest first. CEFR levels are accepted on input. */
public enum Fluency {
    ELEMENTARY, LIMITED, PROFESSIONAL, FLUENT, NATIVE;

    private static final Words<Fluency> WORDS = new Words<>(Fluency.class, "fluency")
            .alias(ELEMENTARY, "basic", "beginner", "elementary proficiency", "a1", "a2",
                    // Dutch, German, French
                    "basiskennis", "basis", "grundkenntnisse", "notions")
            .alias(LIMITED, "limited working proficiency", "intermediate", "conversational", "b1", "redelijk")
            .alias(PROFESSIONAL, "professional working proficiency", "working proficiency",
                    "upper intermediate", "good", "b2", "goed", "gut", "bon", "bonne", "professionnel")
            .alias(FLUENT, "full professional proficiency", "advanced", "excellent", "c1", "c2", "proficient",
                    "vloeiend", "uitstekend", "zeer goed", "fließend", "fliessend", "verhandlungssicher",
                    "sehr gut", "courant")
            .alias(NATIVE, "native speaker", "mother tongue", "native or bilingual proficiency",
                    "native or bilingual", "bilingual", "first language", "moedertaal", "tweetalig",
                    "muttersprache", "muttersprachlich", "langue maternelle", "maternelle", "bilingue");

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
