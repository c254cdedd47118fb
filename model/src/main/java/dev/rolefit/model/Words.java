package dev.rolefit.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads the words people write for an enumeration ("Full-time", "Senior", "Native speaker") as its
 * constant. Case, spaces, hyphens and underscores do not matter; unknown words fail with the value
 * and the accepted spellings, so a recruiter can fix the file.
 */
final class Words<E extends Enum<E>> {
    /** At most how many spellings {@link #seen} keeps: a file could hold endless variants of "full time". */
    private static final int SEEN_SPELLINGS = 1_000;
    private final Class<E> type;
    private final String label;
    private final Map<String, E> byKey = new HashMap<>();
    /**
     * Spellings already read, as written: a batch repeats the same few ("Full-time", "senior")
     * hundreds of thousands of times, and working out a key (accents, case, punctuation) costs
     * more than the rest of reading the value.
     */
    private final Map<String, E> seen = new ConcurrentHashMap<>();

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
        E known = seen.get(text);
        if (known != null) {
            return known;
        }
        E found = byKey.get(key(text));
        if (found == null) {
            String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    "unknown " + label + " '" + text + "'; expected one of " + expected);
        }
        if (seen.size() < SEEN_SPELLINGS) {
            seen.put(text, found);
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
