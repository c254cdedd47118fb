package dev.rolefit.engine;

import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationTrack;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads degrees as people write them into an EQF level and, where it says so, a track: "Bachelor of
 * Science", "BSc", "MSc", "Ph.D.", "Associate of Applied Science", "HBO", "WO", "Fachhochschule",
 * "Master in de Toegepaste Informatica". Used for a JSON Resume {@code studyType} (the whole text
 * names one degree) and a JobPosting's {@code educationRequirements} (free text that may name several,
 * some of them only preferred).
 *
 * <p>The track is APPLIED or ACADEMIC only when the words say so (HBO, Fachhochschule, hogeschool,
 * university of applied sciences; WO, university); otherwise it is left open.
 */
final class DegreeText {
    /** A level and, when stated, a track. */
    record Degree(EducationLevel level, EducationTrack track) {
    }

    /** What free text asks: the lowest required level, the highest preferred one, a track, and fields of study. */
    record Requirement(EducationLevel minLevel, EducationLevel preferredLevel, EducationTrack track, List<String> fields) {
    }

    private static final Map<String, EducationLevel> WORDS = Map.ofEntries(
            Map.entry("phd", EducationLevel.DOCTORATE), Map.entry("dphil", EducationLevel.DOCTORATE),
            Map.entry("doctorate", EducationLevel.DOCTORATE), Map.entry("doctoral", EducationLevel.DOCTORATE),
            Map.entry("doctor", EducationLevel.DOCTORATE), Map.entry("doctoraat", EducationLevel.DOCTORATE),
            Map.entry("doctorat", EducationLevel.DOCTORATE), Map.entry("doktor", EducationLevel.DOCTORATE),
            Map.entry("doctorado", EducationLevel.DOCTORATE), Map.entry("dottorato", EducationLevel.DOCTORATE),
            Map.entry("master", EducationLevel.MASTER), Map.entry("masters", EducationLevel.MASTER),
            Map.entry("msc", EducationLevel.MASTER), Map.entry("ms", EducationLevel.MASTER),
            Map.entry("ma", EducationLevel.MASTER), Map.entry("meng", EducationLevel.MASTER),
            Map.entry("mba", EducationLevel.MASTER), Map.entry("mphil", EducationLevel.MASTER),
            Map.entry("mres", EducationLevel.MASTER), Map.entry("llm", EducationLevel.MASTER),
            Map.entry("postgraduate", EducationLevel.MASTER), Map.entry("magister", EducationLevel.MASTER),
            Map.entry("mastere", EducationLevel.MASTER), Map.entry("drs", EducationLevel.MASTER),
            Map.entry("ir", EducationLevel.MASTER), Map.entry("licentiaat", EducationLevel.MASTER),
            Map.entry("ingenieur", EducationLevel.MASTER), Map.entry("diplom", EducationLevel.MASTER),
            Map.entry("bachelor", EducationLevel.BACHELOR), Map.entry("bachelors", EducationLevel.BACHELOR),
            Map.entry("bsc", EducationLevel.BACHELOR), Map.entry("bs", EducationLevel.BACHELOR),
            Map.entry("ba", EducationLevel.BACHELOR), Map.entry("beng", EducationLevel.BACHELOR),
            Map.entry("bba", EducationLevel.BACHELOR), Map.entry("bcom", EducationLevel.BACHELOR),
            Map.entry("bachelier", EducationLevel.BACHELOR), Map.entry("licence", EducationLevel.BACHELOR),
            Map.entry("grado", EducationLevel.BACHELOR), Map.entry("laurea", EducationLevel.BACHELOR),
            Map.entry("undergraduate", EducationLevel.BACHELOR),
            Map.entry("associate", EducationLevel.VOCATIONAL), Map.entry("mbo", EducationLevel.VOCATIONAL),
            Map.entry("graduaat", EducationLevel.VOCATIONAL), Map.entry("hbo5", EducationLevel.VOCATIONAL),
            Map.entry("bts", EducationLevel.VOCATIONAL), Map.entry("dut", EducationLevel.VOCATIONAL),
            Map.entry("hnd", EducationLevel.VOCATIONAL), Map.entry("hnc", EducationLevel.VOCATIONAL),
            Map.entry("vocational", EducationLevel.VOCATIONAL),
            Map.entry("secondary", EducationLevel.SECONDARY), Map.entry("abitur", EducationLevel.SECONDARY),
            Map.entry("vwo", EducationLevel.SECONDARY), Map.entry("havo", EducationLevel.SECONDARY),
            Map.entry("baccalaureat", EducationLevel.SECONDARY), Map.entry("matura", EducationLevel.SECONDARY),
            Map.entry("aso", EducationLevel.SECONDARY), Map.entry("tso", EducationLevel.SECONDARY),
            Map.entry("bso", EducationLevel.SECONDARY), Map.entry("secundair", EducationLevel.SECONDARY),
            Map.entry("middelbaar", EducationLevel.SECONDARY), Map.entry("lycee", EducationLevel.SECONDARY),
            Map.entry("gymnasium", EducationLevel.SECONDARY),
            Map.entry("autodidact", EducationLevel.NONE), Map.entry("autodidacte", EducationLevel.NONE));

    /** Several words that name a level together, checked before the single words. */
    private static final Map<String, EducationLevel> PHRASES = Map.ofEntries(
            Map.entry("high school", EducationLevel.SECONDARY), Map.entry("a levels", EducationLevel.SECONDARY),
            Map.entry("short cycle", EducationLevel.VOCATIONAL), Map.entry("laurea magistrale", EducationLevel.MASTER),
            Map.entry("bachelor degree", EducationLevel.BACHELOR), Map.entry("postgraduate degree", EducationLevel.MASTER),
            Map.entry("no degree", EducationLevel.NONE), Map.entry("self taught", EducationLevel.NONE),
            Map.entry("none", EducationLevel.NONE));

    /** Words for the applied track that also name a bachelor when no other level is written. */
    private static final Set<String> APPLIED_ALONE = Set.of("hbo", "fachhochschule", "hogeschool");
    private static final List<String> APPLIED = List.of("hbo", "fachhochschule", "fh", "hogeschool",
            "university of applied sciences", "universities of applied sciences", "applied science", "applied sciences",
            "haute ecole", "hochschule fur angewandte wissenschaften", "professional bachelor", "professionele bachelor",
            "polytechnic");
    private static final List<String> ACADEMIC = List.of("wo", "university", "universiteit", "universitat",
            "universite", "universidad", "universita", "academic", "academische", "research university");

    /** Studies that are no degree: a bootcamp or a course counts as a certification, not as education. */
    private static final Set<String> NOT_A_DEGREE = Set.of("bootcamp", "certificate", "certification", "certified",
            "course", "courses", "mooc", "nanodegree", "exchange", "erasmus", "training", "workshop", "summer school");

    private static final Set<String> PREFERENCE = Set.of("prefer", "preferred", "preferably", "ideally", "ideal",
            "plus", "voorkeur", "bevorzugt", "idealerweise", "wunschenswert", "preference", "atout", "nice", "bonus",
            "advantage", "asset", "pre");

    private static final Pattern FIELDS = Pattern.compile("\\b(?:in|of)\\s+(?:the\\s+)?([A-Z][^.;()\\n]*)");

    private DegreeText() {
    }

    /**
     * Reads a JSON Resume studyType. Returns null for a study that is no degree (a bootcamp, a course,
     * a certificate); fails, naming the text, when no degree word is found.
     */
    static Degree studyType(String text) {
        List<String> words = words(text);
        String joined = " " + String.join(" ", words) + " ";
        if (NOT_A_DEGREE.stream().anyMatch(w -> joined.contains(" " + w + " "))) {
            return null;
        }
        EducationLevel level = levelIn(words, joined, false);
        if (level == null) {
            throw new IllegalArgumentException("unknown studyType '" + text + "'; expected a degree such as"
                    + " 'Bachelor of Science', 'BSc', 'MSc', 'PhD', 'Associate degree', 'HBO', 'WO', 'Fachhochschule'"
                    + " or 'High school' (a bootcamp or a course is read as a certification)");
        }
        return new Degree(level, level.compareTo(EducationLevel.VOCATIONAL) >= 0 ? track(joined) : null);
    }

    /** The track an institution's name states ("Hogeschool Utrecht", "Universiteit Gent"); null when it does not. */
    static EducationTrack institutionTrack(String institution) {
        return institution == null ? null : track(" " + String.join(" ", words(institution)) + " ");
    }

    /**
     * Reads free text such as "Bachelor's degree in Computer Science or Mathematics; a Master's is a
     * plus" or "HBO/WO werk- en denkniveau". Null when the text names no degree.
     */
    static Requirement requirement(String text) {
        EducationLevel min = null;
        EducationLevel preferred = null;
        Set<String> fields = new LinkedHashSet<>();
        Set<EducationTrack> tracks = new LinkedHashSet<>();
        for (String clause : text.split("[.;\\n()]|,\\s*(?=(?:and|but|ideally|preferably|or ideally)\\b)")) {
            List<String> original = originalWords(clause);
            List<String> words = original.stream().map(DegreeText::key).toList();
            List<Integer> levelsAt = new ArrayList<>();
            List<EducationLevel> levels = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                EducationLevel level = freeTextLevel(words, original, i);
                if (level != null) {
                    levelsAt.add(i);
                    levels.add(level);
                }
            }
            if (levels.isEmpty()) {
                continue;
            }
            boolean[] isPreferred = new boolean[levels.size()];
            for (int i = 0; i < words.size(); i++) {
                if (PREFERENCE.contains(words.get(i)) || (i + 1 < words.size() && words.get(i).equals("a")
                        && words.get(i + 1).equals("plus"))) {
                    isPreferred[nearest(levelsAt, i)] = true;
                }
            }
            for (int j = 0; j < levels.size(); j++) {
                EducationLevel level = levels.get(j);
                if (isPreferred[j]) {
                    preferred = preferred == null || level.compareTo(preferred) > 0 ? level : preferred;
                } else {
                    min = min == null || level.compareTo(min) < 0 ? level : min;
                }
            }
            EducationTrack track = track(" " + String.join(" ", words) + " ");
            if (track == null && words.contains("hbo") && words.contains("wo")) {
                tracks.add(EducationTrack.APPLIED);
                tracks.add(EducationTrack.ACADEMIC);
            } else if (track != null) {
                tracks.add(track);
            }
            Matcher m = FIELDS.matcher(clause);
            while (m.find()) {
                for (String field : m.group(1).split(",|\\bor\\b|\\band\\b|/|\\bof\\b|\\bof een\\b")) {
                    String f = field.strip().replaceAll("^(?:a|an|the|een)\\s+", "");
                    if (!f.isEmpty() && Character.isUpperCase(f.charAt(0)) && f.split("\\s+").length <= 5
                            && !f.toLowerCase(Locale.ROOT).matches(".*\\b(related|equivalent|similar|relevant)\\b.*")) {
                        fields.add(f);
                    }
                }
            }
        }
        if (min == null && preferred == null) {
            return null;
        }
        if (min != null && preferred != null && preferred.compareTo(min) <= 0) {
            preferred = null;
        }
        return new Requirement(min, preferred, tracks.size() == 1 ? tracks.iterator().next() : null, List.copyOf(fields));
    }

    private static int nearest(List<Integer> positions, int i) {
        int best = 0;
        for (int j = 1; j < positions.size(); j++) {
            if (Math.abs(positions.get(j) - i) < Math.abs(positions.get(best) - i)) {
                best = j;
            }
        }
        return best;
    }

    /** The level a word of free text names; short words only when written in capitals (so "wo" in German is no WO). */
    private static EducationLevel freeTextLevel(List<String> words, List<String> original, int i) {
        String word = words.get(i);
        if (word.length() <= 3 && original.get(i).chars().noneMatch(Character::isUpperCase)) {
            return null;
        }
        if (i + 1 < words.size()) {
            EducationLevel phrase = PHRASES.get(word + " " + words.get(i + 1));
            if (phrase != null) {
                return phrase;
            }
        }
        if (word.equals("wo")) {
            return EducationLevel.MASTER;
        }
        if (APPLIED_ALONE.contains(word)) {
            return EducationLevel.BACHELOR;
        }
        if (word.equals("associate") && !(i + 1 < words.size() && words.get(i + 1).matches("degree|of|s"))) {
            return null;
        }
        return WORDS.get(word);
    }

    /** The highest level named; HBO, WO and Fachhochschule name one only when no other word does. */
    private static EducationLevel levelIn(List<String> words, String joined, boolean freeText) {
        EducationLevel level = null;
        for (Map.Entry<String, EducationLevel> phrase : PHRASES.entrySet()) {
            if (joined.contains(" " + phrase.getKey() + " ")) {
                level = max(level, phrase.getValue());
            }
        }
        for (String word : words) {
            EducationLevel named = WORDS.get(word);
            if (named == EducationLevel.MASTER && word.equals("diplom") && words.contains("fh")) {
                named = EducationLevel.BACHELOR;
            }
            level = max(level, named);
        }
        if (words.contains("laurea") && words.contains("magistrale")) {
            level = max(level, EducationLevel.MASTER);
        }
        if (level == null) {
            if (words.contains("wo")) {
                level = EducationLevel.MASTER;
            } else if (words.stream().anyMatch(APPLIED_ALONE::contains)) {
                level = EducationLevel.BACHELOR;
            }
        }
        return level;
    }

    private static EducationLevel max(EducationLevel a, EducationLevel b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    /** APPLIED or ACADEMIC when the words say so; "university of applied sciences" is applied. */
    private static EducationTrack track(String joined) {
        boolean applied = APPLIED.stream().anyMatch(w -> joined.contains(" " + w + " "));
        String rest = joined;
        for (String w : APPLIED) {
            rest = rest.replace(" " + w + " ", " ");
        }
        String remaining = rest;
        boolean academic = ACADEMIC.stream().anyMatch(w -> remaining.contains(" " + w + " "));
        if (applied == academic) {
            return null;
        }
        return applied ? EducationTrack.APPLIED : EducationTrack.ACADEMIC;
    }

    /** Lower case, accents and the dots of abbreviations dropped ("Ph.D." is "phd"), split into words. */
    private static List<String> words(String text) {
        return originalWords(text).stream().map(DegreeText::key).toList();
    }

    private static List<String> originalWords(String text) {
        String undotted = text.replaceAll("(?<=\\p{L})\\.(?=\\p{L})", "").replaceAll("['’]s\\b", "");
        List<String> words = new ArrayList<>();
        for (String w : undotted.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
