package dev.rolefit.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the words people write for an enumeration ("Full-time", "Senior", "Native speaker") as its
 * constant. Case, spaces, hyphens and underscores do not matter; unknown words fail with the value
 * and the accepted spellings, so a recruiter can fix the file.
 */
final class Words<E extends Enum<E>> {
    private final Class<E> type;
    private final String label;
    private final Map<String, E> byKey = new HashMap<>();

    Words(Class<E> type, String label) {
        this.type = type;
        this.label = label;
        for (E constant : type.getEnumConstants()) {
            byKey.put(key(constant.name()), constant);
        }
    }

    /** Adds spellings that mean {@code constant}. */
    Words<E> alias(E constant, String... words) {
        for (String word : words) {
            byKey.put(key(word), constant);
        }
        return this;
    }

    E parse(String text) {
        if (text == null) {
            return null;
        }
        E found = byKey.get(key(text));
        if (found == null) {
            String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    "unknown " + label + " '" + text + "'; expected one of " + expected);
        }
        return found;
    }

    /** Lower case, accents dropped ("Universität" → "universitat"), letters and digits only. */
    static String key(String word) {
        String plain = java.text.Normalizer.normalize(word.trim(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
