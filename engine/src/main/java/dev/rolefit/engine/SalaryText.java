package dev.rolefit.engine;

import dev.rolefit.model.Period;
import dev.rolefit.model.Salary;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a salary as people write it ("€55.000 - €110.000/yr", "55k-70k EUR", "$120,000",
 * "€4.500 per month", "45-60K € brutto") into a {@link Salary}: a range, a currency and a period.
 *
 * <p>What it decides, and what it refuses (it never guesses; a refusal is an
 * {@link IllegalArgumentException} whose message quotes the text and says how to write it):
 * <ul>
 *   <li><b>Currency</b>: €, $ (USD; C$, A$ and the like for other dollars), £, zł, ₹ or an ISO 4217
 *       code ("EUR", "usd"), before or after the amount. No currency at all is refused: "100000" could
 *       be euros, dollars or zloty, and a wrong guess changes the score by a factor.</li>
 *   <li><b>Period</b>: year, yr, p.a., per annum, jaar, Jahr, an; month, p.m., maand, Monat, mois;
 *       week; day, dag, Tag, jour; hour, h, uur, Stunde, heure. No period means a year, as in native
 *       JSON, but only for amounts of 10,000 or more: "€4.500" without a period is refused, since it
 *       reads like a monthly amount. A yearly amount under 1,000 ("55.5/yr") is refused too.</li>
 *   <li><b>Numbers</b>: "55000", "55.000" and "55 000" (European), "55,000" (English), "4.500,50" and
 *       "4,500.50" (both separators: the last one is the decimal mark), "55.5k", "55,5k", "€55.000,-".
 *       A single "." or "," followed by three digits is a thousands separator when the group ends in 0
 *       ("4.500", "120,000"): nobody writes decimals like that. "1.234" or "52,345" could be either
 *       (European thousands or English decimals) and is refused, as is "1.500k".</li>
 *   <li><b>Ranges</b>: two amounts ("55k-70k", "van €50.000 tot €60.000", "45-60K": a "k" on the second
 *       amount carries over to a first one under 1,000). One amount is exact, or a minimum ("from",
 *       "vanaf", "ab", "60k+") or a maximum ("up to", "tot", "bis", "max"). More amounts are refused.</li>
 *   <li><b>Words</b>: gross words (brutto, bruto, brut, gross) and fillers ("depending on experience",
 *       "plus bonus") are skipped; a net amount (net, netto) is refused, since bands are compared
 *       gross; any other word is refused, naming it.</li>
 * </ul>
 */
final class SalaryText {
    /** Below this, an amount without a period reads like a monthly, daily or hourly one. */
    static final double UNSTATED_PERIOD_MINIMUM = 10_000;
    /** Below this, a yearly amount is surely missing its "k". */
    static final double YEARLY_MINIMUM = 1_000;

    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>\\d+(?:[.,'’\\u00A0\\u202F ]\\d+)*)(?<k>\\s?[kK](?![\\p{L}]))?(?<plus>\\+)?"
                    + "|(?<dollar>(?:US|USD|C|CA|CAD|A|AU|AUD|NZ|HK|S)?\\$)"
                    + "|(?<symbol>[€£₹])"
                    + "|(?<word>[\\p{L}]+)"
                    + "|(?<dash>[-–—~])"
                    + "|(?<plusSign>\\+)"
                    + "|(?<punct>[/.,:;()\\[\\]'’*!?\"&]+)"
                    + "|(?<space>\\s+)");

    private static final Map<String, String> DOLLARS = Map.of("$", "USD", "US$", "USD", "USD$", "USD",
            "C$", "CAD", "CA$", "CAD", "CAD$", "CAD", "A$", "AUD", "AU$", "AUD", "AUD$", "AUD");
    private static final Map<String, String> OTHER_DOLLARS = Map.of("NZ$", "NZD", "HK$", "HKD", "S$", "SGD");

    private static final Set<String> YEAR = Set.of("year", "years", "yr", "yrs", "yearly", "annual", "annually",
            "annum", "pa", "jaar", "jaarlijks", "jaarsalaris", "jahr", "jahrlich", "jahresgehalt", "annuel",
            "annuelle", "ano", "anual", "anno", "annuo");
    private static final Set<String> MONTH = Set.of("month", "months", "mo", "mth", "mths", "monthly", "pm",
            "maand", "maandelijks", "maandsalaris", "maandloon", "monat", "monatlich", "monatsgehalt", "mois",
            "mensuel", "mensuelle", "mes", "mensual", "mese", "mensile");
    private static final Set<String> WEEK = Set.of("week", "weeks", "wk", "weekly", "wekelijks", "woche",
            "wochentlich", "semaine", "hebdomadaire", "semana", "semanal", "settimana");
    private static final Set<String> DAY = Set.of("day", "days", "daily", "dag", "dagelijks", "dagtarief", "tag",
            "taglich", "tagessatz", "jour", "journalier", "dia", "diario", "giorno");
    private static final Set<String> HOUR = Set.of("hour", "hours", "hr", "hrs", "h", "hourly", "uur", "uurloon",
            "uurtarief", "stunde", "stunden", "std", "stundenlohn", "heure", "heures", "hora", "horas", "ora");

    /** Lower-case words that are currency codes; upper-case three-letter words are checked against ISO 4217. */
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("usd", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"), Map.entry("chf", "CHF"), Map.entry("pln", "PLN"),
            Map.entry("zl", "PLN"), Map.entry("zloty", "PLN"), Map.entry("sek", "SEK"), Map.entry("nok", "NOK"),
            Map.entry("dkk", "DKK"), Map.entry("czk", "CZK"), Map.entry("huf", "HUF"), Map.entry("ron", "RON"),
            Map.entry("bgn", "BGN"), Map.entry("cad", "CAD"), Map.entry("aud", "AUD"), Map.entry("jpy", "JPY"),
            Map.entry("inr", "INR"));
    /** Currency words that name several currencies. */
    private static final Set<String> AMBIGUOUS_CURRENCY = Set.of("kr", "kroner", "kronor", "krone", "yen", "yuan");

    private static final Set<String> MIN_WORDS = Set.of("from", "vanaf", "ab", "desde", "min", "minimum", "minimaal",
            "mindestens", "least", "starting", "starts", "partir");
    private static final Set<String> MAX_WORDS = Set.of("up", "max", "maximum", "maximaal", "hochstens", "jusqu",
            "hasta", "tot", "to", "bis", "until", "till");
    private static final Set<String> NET_WORDS = Set.of("net", "netto", "neto", "nett");
    private static final Set<String> FILLERS = Set.of("gross", "brutto", "bruto", "brut", "brute", "base", "basic",
            "salary", "salaris", "gehalt", "salaire", "loon", "pay", "wage", "rate", "tarief", "per", "a", "an",
            "the", "pro", "par", "l", "le", "la", "de", "du", "des", "van", "im", "in", "op", "ca", "circa",
            "approx", "approximately", "around", "about", "roughly", "ongeveer", "etwa", "environ", "and", "en",
            "und", "et", "e", "between", "tussen", "zwischen", "entre", "au", "plus", "bonus", "benefits", "doe",
            "negotiable", "depending", "on", "experience", "excl", "incl", "excluding", "including", "range",
            "band", "fixed", "bij", "of", "or", "at", "is", "fulltime", "fte", "s", "y", "al");

    private SalaryText() {
    }

    /** Reads a salary string; see the class comment for what is read and what is refused. */
    static Salary parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("salary is empty");
        }
        String written = text.strip();
        String quoted = "salary '" + written + "'";
        Scan scan = scan(written, quoted);

        Set<String> currencies = scan.currencies;
        if (currencies.isEmpty()) {
            throw new IllegalArgumentException(quoted + " names no currency; write it with a symbol or an ISO code,"
                    + " e.g. '€" + scan.amountsText() + "' or '" + scan.amountsText() + " EUR'");
        }
        if (currencies.size() > 1) {
            throw new IllegalArgumentException(quoted + " names more than one currency: " + String.join(", ", currencies));
        }
        if (scan.periods.size() > 1) {
            throw new IllegalArgumentException(quoted + " names more than one period: "
                    + String.join(", ", scan.periods.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList()));
        }
        if (scan.net) {
            throw new IllegalArgumentException(quoted + " is a net amount; rolefit compares gross salaries");
        }
        List<Amount> amounts = scan.amounts;
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException(quoted + " has no amount");
        }
        if (amounts.size() > 2) {
            throw new IllegalArgumentException(quoted + " has " + amounts.size()
                    + " amounts; expected one amount or a range of two");
        }
        BigDecimal min;
        BigDecimal max;
        if (amounts.size() == 2) {
            Amount first = amounts.get(0);
            Amount second = amounts.get(1);
            BigDecimal low = first.value;
            // "45-60K": the k of the second amount carries over to a bare small first one.
            if (second.thousands && !first.thousands && low.compareTo(BigDecimal.valueOf(1000)) < 0) {
                low = low.multiply(BigDecimal.valueOf(1000));
            }
            // "from 50k to 60k", "van 50.000 tot 60.000", "ab 50k bis 60k": with two amounts these words join a range.
            min = low;
            max = second.value;
        } else {
            BigDecimal value = amounts.get(0).value;
            boolean atLeast = scan.min || amounts.get(0).plus;
            boolean atMost = scan.max;
            if (atLeast && atMost) {
                throw new IllegalArgumentException(quoted + " says both a minimum and a maximum for one amount");
            }
            min = atMost ? null : value;
            max = atLeast ? null : value;
        }
        Period period = scan.periods.isEmpty() ? null : scan.periods.iterator().next();
        BigDecimal smallest = min != null ? min : max;
        if (period == null && smallest.compareTo(BigDecimal.valueOf(UNSTATED_PERIOD_MINIMUM)) < 0) {
            throw new IllegalArgumentException(quoted + " names no period, and " + plain(smallest)
                    + " is low for a yearly salary; add one, e.g. '/month', '/hour' or '/year'");
        }
        if (period == Period.YEAR && smallest.compareTo(BigDecimal.valueOf(YEARLY_MINIMUM)) < 0) {
            throw new IllegalArgumentException(quoted + ": " + plain(smallest)
                    + " a year is too low for a salary; is a 'k' missing (" + plain(smallest) + "k)?");
        }
        try {
            return new Salary(min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue(),
                    currencies.iterator().next(), period == null ? Period.YEAR : period);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(quoted + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one number written with European or English separators ("55.000", "4.500,50", "120,000"),
     * refusing the ambiguous ones. {@code quoted} names the whole text in messages.
     */
    static BigDecimal number(String raw, boolean thousands, String quoted) {
        String digits = raw.replaceAll("[\\u00A0\\u202F’]", " ");
        List<Character> separators = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                group.append(c);
            } else {
                separators.add(c);
                groups.add(group.toString());
                group.setLength(0);
            }
        }
        groups.add(group.toString());
        String unreadable = quoted + ": cannot read the number '" + raw + "'";
        if (separators.isEmpty()) {
            return scaled(new BigDecimal(groups.get(0)), thousands);
        }
        // A last '.' or ',' followed by one or two digits, not used elsewhere, is the decimal mark.
        String decimals = null;
        char last = separators.get(separators.size() - 1);
        String lastGroup = groups.get(groups.size() - 1);
        if ((last == '.' || last == ',') && lastGroup.length() <= 2) {
            if (separators.subList(0, separators.size() - 1).contains(last)) {
                throw new IllegalArgumentException(unreadable + " ('" + last + "' is used both for thousands and decimals)");
            }
            decimals = lastGroup;
            separators = separators.subList(0, separators.size() - 1);
            groups = groups.subList(0, groups.size() - 1);
        }
        if (!separators.isEmpty()) {
            char grouping = separators.get(0);
            if (separators.stream().anyMatch(s -> s != grouping)) {
                throw new IllegalArgumentException(unreadable + " (mixed thousands separators)");
            }
            if (groups.get(0).isEmpty() || groups.get(0).length() > 3
                    || groups.subList(1, groups.size()).stream().anyMatch(g -> g.length() != 3)) {
                throw new IllegalArgumentException(unreadable + " (thousands come in groups of three digits)");
            }
            boolean lone = separators.size() == 1 && decimals == null && (grouping == '.' || grouping == ',');
            if (lone && (thousands || !groups.get(1).endsWith("0"))) {
                String whole = String.join("", groups);
                String asDecimal = groups.get(0) + "." + groups.get(1);
                throw new IllegalArgumentException(quoted + " is ambiguous: '" + raw + (thousands ? "k" : "")
                        + "' could be " + (thousands ? plain(new BigDecimal(whole)) + " thousand" : whole)
                        + " (European thousands) or " + asDecimal + (thousands ? " thousand" : "")
                        + " (English decimals); write " + example(whole, asDecimal, thousands));
            }
        }
        String number = String.join("", groups) + (decimals == null ? "" : "." + decimals);
        return scaled(new BigDecimal(number), thousands);
    }

    private static String example(String whole, String asDecimal, boolean thousands) {
        if (thousands) {
            return "the amount in full: '" + plain(new BigDecimal(asDecimal).multiply(BigDecimal.valueOf(1000)))
                    + "' or '" + plain(new BigDecimal(whole).multiply(BigDecimal.valueOf(1000))) + "'";
        }
        String grouped = asDecimal.replace(".", "");
        return "'" + grouped + "' without a separator, or with the cents: '" + asDecimal + ",00' or '"
                + asDecimal.replace('.', ',') + ".00'";
    }

    private static BigDecimal scaled(BigDecimal value, boolean thousands) {
        return thousands ? value.multiply(BigDecimal.valueOf(1000)) : value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private record Amount(BigDecimal value, boolean thousands, boolean plus) {
    }

    private static final class Scan {
        final List<Amount> amounts = new ArrayList<>();
        final Set<String> currencies = new LinkedHashSet<>();
        final Set<Period> periods = new LinkedHashSet<>();
        final List<String> unknown = new ArrayList<>();
        boolean min;
        boolean max;
        boolean net;

        String amountsText() {
            return amounts.stream().map(a -> plain(a.value)).reduce((a, b) -> a + " - " + b).orElse("55000");
        }
    }

    private static Scan scan(String written, String quoted) {
        // Abbreviations with dots or slashes first, so that their letters are not read as words.
        String text = written
                .replaceAll("(?i)(?<![\\p{L}])p\\.\\s?a\\.?(?![\\p{L}])|(?i)(?<![\\p{L}])p\\.\\s?j\\.?(?![\\p{L}])|(?i)\\bper annum\\b|(?i)(?<![\\p{L}])p/a(?![\\p{L}])", " year ")
                .replaceAll("(?i)(?<![\\p{L}])p\\.\\s?m\\.?(?![\\p{L}])|(?i)(?<![\\p{L}])p/m(?![\\p{L}])|(?i)/m(?![\\p{L}])", " month ")
                .replaceAll("(?i)(?<![\\p{L}])p/h(?![\\p{L}])", " hour ")
                .replaceAll("(?i)\\bpar an\\b|(?i)\\bl['’]an\\b|(?i)/an\\b|(?i)/y(?![\\p{L}])", " year ")
                .replaceAll("(?<=\\d)[.,]-{1,2}", "");
        Scan scan = new Scan();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException(quoted + ": unexpected character '" + text.charAt(at) + "'");
            }
            at = m.end();
            if (m.group("number") != null) {
                boolean thousands = m.group("k") != null;
                scan.amounts.add(new Amount(number(m.group("number").strip(), thousands, quoted), thousands,
                        m.group("plus") != null));
            } else if (m.group("dollar") != null) {
                String sign = m.group("dollar");
                String code = DOLLARS.getOrDefault(sign, OTHER_DOLLARS.get(sign));
                scan.currencies.add(code);
            } else if (m.group("symbol") != null) {
                scan.currencies.add(switch (m.group("symbol")) {
                    case "€" -> "EUR";
                    case "£" -> "GBP";
                    default -> "INR";
                });
            } else if (m.group("word") != null) {
                word(m.group("word"), scan, quoted);
            }
        }
        if (!scan.unknown.isEmpty()) {
            throw new IllegalArgumentException(quoted + ": does not know the word" + (scan.unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", scan.unknown.stream().map(w -> "'" + w + "'").toList())
                    + "; write the amount, the currency and the period, e.g. '€55.000 - €70.000 per year'");
        }
        return scan;
    }

    private static void word(String original, Scan scan, String quoted) {
        String word = Normalizer.normalize(original, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ł", "l").toLowerCase(Locale.ROOT);
        if (original.length() == 3 && original.equals(original.toUpperCase(Locale.ROOT)) && isIsoCurrency(original)) {
            scan.currencies.add(original);
        } else if (CURRENCY_WORDS.containsKey(word)) {
            scan.currencies.add(CURRENCY_WORDS.get(word));
        } else if (AMBIGUOUS_CURRENCY.contains(word)) {
            throw new IllegalArgumentException(quoted + ": '" + original
                    + "' names several currencies; write the ISO code, e.g. SEK, NOK or DKK");
        } else if (YEAR.contains(word)) {
            scan.periods.add(Period.YEAR);
        } else if (MONTH.contains(word)) {
            scan.periods.add(Period.MONTH);
        } else if (WEEK.contains(word)) {
            scan.periods.add(Period.WEEK);
        } else if (DAY.contains(word)) {
            scan.periods.add(Period.DAY);
        } else if (HOUR.contains(word)) {
            scan.periods.add(Period.HOUR);
        } else if (NET_WORDS.contains(word)) {
            scan.net = true;
        } else if (MIN_WORDS.contains(word)) {
            scan.min = true;
        } else if (MAX_WORDS.contains(word)) {
            scan.max = true;
        } else if (!FILLERS.contains(word)) {
            scan.unknown.add(original);
        }
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
