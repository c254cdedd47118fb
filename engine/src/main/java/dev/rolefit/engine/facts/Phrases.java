package dev.rolefit.engine.facts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;

/**
 * Small wording helpers for reason messages, imported into DRL files as functions:
 * {@code import function dev.rolefit.engine.facts.Phrases.euros;}.
 */
public final class Phrases {
    private Phrases() {
    }

    /** 95000 → "€95,000". */
    public static String euros(double amount) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return "€" + f.format(Math.round(amount));
    }

    /** 0.356 → "36%". */
    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /** 6.5 → "6.5", 7.0 → "7". */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    /** [a, b, c] → "a, b and c"; empty → "none". */
    public static String listing(Collection<?> items) {
        if (items.isEmpty()) {
            return "none";
        }
        var words = items.stream().map(String::valueOf).sorted().toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** "ML_ENGINEER" → "ML engineer" style label for ids with no label at hand. */
    public static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
