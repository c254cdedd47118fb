package dev.rolefit.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/** Job titles in the one form rules compare: lower case words between single spaces, padded. */
final class Titles {
    /** Compiled once: every title of every document read is padded. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private Titles() {
    }

    /** "Senior ML-Engineer (NLP)" → " senior ml engineer nlp ". */
    static String padded(String title) {
        if (title == null) {
            return " ";
        }
        String words = NOT_A_WORD.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return " " + words + " ";
    }
}
