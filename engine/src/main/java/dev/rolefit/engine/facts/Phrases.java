package dev.rolefit.engine.facts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small wording helpers for reason messages, imported into DRL files as functions:
 * {@code import function dev.rolefit.engine.facts.Phrases.euros;}.
 */
public final class Phrases {
    /**
     * A format per thread: DecimalFormat is not thread-safe, and making one for every amount cost
     * more than the rule that names the amount (rules fire on many threads at once).
     */
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
    /** At most how many language names {@link #NAMES} keeps: codes come from input files. */
    private static final int NAMED_LANGUAGES = 1_000;
    /** The English name of each language code seen, worked out once rather than pair after pair. */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private Phrases() {
    }

    /** 95000 → "€95,000". */
    public static String euros(double amount) {
        return money(amount, "EUR");
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

    /** ONSITE → "on-site", HYBRID → "hybrid", REMOTE → "remote". */
    public static String workplace(dev.rolefit.model.RemotePolicy policy) {
        return policy == null ? "unstated" : switch (policy) {
            case ONSITE -> "on-site";
            case HYBRID -> "hybrid";
            case REMOTE -> "remote";
        };
    }

    /** "nl" → "Dutch"; a code Java does not know stays as it is. */
    public static String language(String code) {
        String known = NAMES.get(code);
        if (known != null) {
            return known;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        String phrase = name.isEmpty() ? code : name;
        if (NAMES.size() < NAMED_LANGUAGES) {
            NAMES.put(code, phrase);
        }
        return phrase;
    }

    /** Each constant as {@link #words(Enum)} writes it. */
    public static java.util.List<String> wordsEach(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(Phrases::words).toList();
    }

    /** 55000, "EUR" → "€55,000"; 120000, "USD" → "$120,000"; 12000, "PLN" → "12,000 PLN". */
    public static String money(double amount, String currency) {
        String n = GROUPED.get().format(Math.round(amount));
        return switch (currency) {
            case "EUR" -> "€" + n;
            case "USD" -> "$" + n;
            case "GBP" -> "£" + n;
            default -> n + " " + currency;
        };
    }

    /** YEAR → "a year", MONTH → "a month", HOUR → "an hour". */
    public static String per(dev.rolefit.model.Period period) {
        return period == dev.rolefit.model.Period.HOUR ? "an hour" : "a " + period.name().toLowerCase(Locale.ROOT);
    }

    /** MID_SENIOR → "mid-senior", FULL_TIME → "full-time": an enum constant as a reader writes it. */
    public static String words(Enum<?> constant) {
        return constant == null ? "unstated" : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
