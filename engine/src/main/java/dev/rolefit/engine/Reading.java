package dev.rolefit.engine;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.Location;
import dev.rolefit.model.RolefitJson;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversion of one foreign document (JSON Resume, JSON Resume job, schema.org JobPosting) into
 * a native record: where each value sits (a JSON path for the message, a pointer to find its line
 * and column), and every problem found on the way. A converter keeps going after a problem so that
 * one run reports all of them; a document with any problem yields no record.
 */
final class Reading {
    /** A value that could not be read: its JSON path, its pointer within the document, and why. */
    record Problem(String path, JsonPointer pointer, String message) {
    }

    private final String fallbackId;
    private final List<Problem> problems = new ArrayList<>();

    /** @param fallbackId the id for a document that has none: its file name, with its position when needed */
    Reading(String fallbackId) {
        this.fallbackId = fallbackId;
    }

    String fallbackId() {
        return fallbackId;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void problem(At at, String message) {
        problems.add(new Problem(at.path(), at.pointer(), message));
    }

    /** Runs {@code make}; a model validation failure becomes a problem at {@code at}, and null. */
    <T> T attempt(At at, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
            return null;
        }
    }

    /** The text at {@code at}; null when absent; a problem when it is an object or an array. */
    String text(At at) {
        if (!at.present()) {
            return null;
        }
        JsonNode node = at.node();
        if (node.isValueNode()) {
            String text = node.asText().strip();
            return text.isEmpty() ? null : text;
        }
        problem(at, "expected text, found " + (node.isArray() ? "an array" : "an object"));
        return null;
    }

    /** Texts at {@code at}: one text, or an array of texts. */
    List<String> texts(At at) {
        List<String> texts = new ArrayList<>();
        for (At item : at.items()) {
            String text = text(item);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The text at {@code at}, or the {@code name} of the object there (an Organization, a Country). */
    String textOrName(At at) {
        if (at.present() && at.node().isObject()) {
            return text(at.get("name"));
        }
        return text(at);
    }

    /** A date such as "2019", "2019-01" or "2019-01-15"; "present", "current" and "" are null. */
    YearMonth date(At at) {
        String text = text(at);
        if (text == null || text.equalsIgnoreCase("present") || text.equalsIgnoreCase("current")
                || text.equalsIgnoreCase("now")) {
            return null;
        }
        return attempt(at, () -> RolefitJson.parseYearMonth(text));
    }

    /** A city and a country (an ISO code, or a country name in English, Dutch, French, German or Spanish). */
    Location location(At where, String city, At countryAt) {
        String country = textOrName(countryAt);
        String code = null;
        if (country != null) {
            code = Countries.code(country);
            if (code == null) {
                problem(countryAt, "country '" + country + "' is neither an ISO 3166 code such as BE or NL nor a known country name");
                return null;
            }
        }
        if (city == null && code == null) {
            return null;
        }
        String finalCode = code;
        return attempt(where, () -> new Location(city, finalCode));
    }

    /**
     * Contract types: one text, a list, or several in one text ("Full-time, Contract"). Words of the
     * schema.org vocabulary are read too: CONTRACTOR, INTERN, PER_DIEM (temporary); VOLUNTEER and
     * OTHER name no contract rolefit knows and are skipped.
     */
    List<EmploymentType> employmentTypes(At at) {
        Set<EmploymentType> types = new LinkedHashSet<>();
        for (At item : at.items()) {
            String text = text(item);
            if (text == null) {
                continue;
            }
            for (String part : text.split("\\s*(?:[,;/|]|\\bor\\b|\\band\\b)\\s*")) {
                String key = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
                if (key.isEmpty() || key.equals("volunteer") || key.equals("other")) {
                    continue;
                }
                EmploymentType type = key.equals("perdiem") ? EmploymentType.TEMPORARY
                        : attempt(item, () -> EmploymentType.parse(part));
                if (type != null) {
                    types.add(type);
                }
            }
        }
        return List.copyOf(types);
    }

    /** A JSON value inside the document, with its JSON path (for messages) and its pointer (to find line and column). */
    record At(JsonNode node, String path, JsonPointer pointer) {
        static At root(JsonNode node, String path) {
            return new At(node, path, JsonPointer.empty());
        }

        At get(String field) {
            JsonNode child = node == null || !node.isObject() ? MissingNode.getInstance() : node.path(field);
            return new At(child, path + "." + field, pointer.appendProperty(field));
        }

        At index(int i) {
            return new At(node.get(i), path + "[" + i + "]", pointer.appendIndex(i));
        }

        boolean present() {
            return node != null && !node.isMissingNode() && !node.isNull()
                    && !(node.isTextual() && node.asText().isBlank());
        }

        /** The elements of an array; a single value is a list of one; absent is empty. */
        List<At> items() {
            if (!present()) {
                return List.of();
            }
            if (!node.isArray()) {
                return List.of(this);
            }
            List<At> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                At item = index(i);
                if (item.present()) {
                    items.add(item);
                }
            }
            return items;
        }
    }

    /** Years of experience written in text: "3 years", "5+ years", "3-5 jaar", "36 months", "mindestens 2 Jahre". */
    static final class Years {
        private static final Pattern AMOUNT = Pattern.compile(
                "(\\d+(?:[.,]\\d+)?)\\s*\\+?\\s*(?:(?:-|–|to|tot|bis|à|a)\\s*\\d+(?:[.,]\\d+)?\\s*\\+?\\s*)?"
                        + "(years?|yrs?|jaar|jaren|jahre?n?|ans?|años?|anni|anno|months?|maanden|maand|monate?n?|mois|meses|mesi)\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        private Years() {
        }

        /** The first amount of years in the text, in whole years rounded down (18 months is 1); null when none. */
        static Integer in(String text) {
            if (text == null) {
                return null;
            }
            Matcher m = AMOUNT.matcher(text);
            if (!m.find()) {
                return null;
            }
            double amount = Double.parseDouble(m.group(1).replace(',', '.'));
            boolean months = m.group(2).toLowerCase(Locale.ROOT).matches("months?|maanden|maand|monate?n?|mois|meses|mesi");
            return (int) Math.floor(months ? amount / 12 : amount);
        }

        /** The text without its amount of years ("Senior, 5+ years" is "Senior"). */
        static String without(String text) {
            return AMOUNT.matcher(text).replaceFirst(" ").replaceAll("[()\\[\\],;:/]+", " ").strip();
        }
    }

    /** Country names and codes to ISO 3166-1 alpha-2 codes, from the JDK's own country names. */
    static final class Countries {
        private static final Map<String, String> BY_NAME = build();

        private Countries() {
        }

        /** "BE", "bel", "Belgium", "België", "Belgique", "Belgien" are all BE; null when unknown. */
        static String code(String written) {
            if (written == null || written.isBlank()) {
                return null;
            }
            String text = written.strip();
            if (text.matches("[A-Za-z]{2}")) {
                String upper = text.toUpperCase(Locale.ROOT);
                return upper.equals("UK") ? "GB" : upper;
            }
            return BY_NAME.get(key(text));
        }

        private static Map<String, String> build() {
            Map<String, String> names = new HashMap<>();
            Set<Locale> languages = new LinkedHashSet<>(List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"),
                    Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("es"), Locale.ITALIAN));
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale.Builder().setRegion(code).build();
                names.put(key(country.getISO3Country()), code);
                for (Locale language : languages) {
                    names.putIfAbsent(key(country.getDisplayCountry(language)), code);
                }
            }
            names.put(key("United States of America"), "US");
            names.put(key("USA"), "US");
            names.put(key("Great Britain"), "GB");
            names.put(key("England"), "GB");
            names.put(key("Scotland"), "GB");
            names.put(key("Holland"), "NL");
            names.put(key("The Netherlands"), "NL");
            return Map.copyOf(names);
        }

        private static String key(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        }
    }
}
