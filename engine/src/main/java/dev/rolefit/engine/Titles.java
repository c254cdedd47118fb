package dev.rolefit.engine;

import java.util.Locale;

/** Job titles in the one form rules compare: lower case words between single spaces, padded. */
final class Titles {
    private Titles() {
    }

    /** "Senior ML-Engineer (NLP)" → " senior ml engineer nlp ". */
    static String padded(String title) {
        if (title == null) {
            return " ";
        }
        String words = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]+", " ").trim();
        return " " + words + " ";
    }
}
