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

    /** Two words that name a level together, checked before the single words. */
    private static final Map<String, EducationLevel> PHRASES = Map.of(
            "high school", EducationLevel.SECONDARY, "a levels", EducationLevel.SECONDARY,
            "short cycle", EducationLevel.VOCATIONAL, "no degree", EducationLevel.NONE,
            "self taught", EducationLevel.NONE);

    /** Words for a track that name a level (HBO a bachelor, WO a master) only when no other word does. */
    private static final Set<String> TRACK_ABBREVIATIONS = Set.of("wo", "fh", "hbo");
    private static final Set<String> TRACK_WORDS = Set.of("hbo", "wo", "fachhochschule", "hogeschool");
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
            "advantage", "asset");

    private static final Pattern FIELDS = Pattern.compile("\\bin\\s+(?:the\\s+|de\\s+)?(\\p{Lu}[^.;()\\n]*)");

    private DegreeText() {
    }

    /**
     * Reads a JSON Resume studyType. Returns null for a study that is no degree (a bootcamp, a course,
     * a certificate); fails, naming the text, when no degree word is found. When several degrees are
     * named ("BSc/MSc"), the highest counts.
     */
    static Degree studyType(String text) {
        List<String> words = words(text);
        String joined = " " + String.join(" ", words) + " ";
        if (NOT_A_DEGREE.stream().anyMatch(w -> joined.contains(" " + w + " "))) {
            return null;
        }
        EducationLevel level = null;
        for (int i = 0; i < words.size(); i++) {
            if (!TRACK_WORDS.contains(words.get(i))) {
                level = max(level, levelAt(words, i, true));
            }
        }
        for (int i = 0; i < words.size() && level == null; i++) {
            level = levelAt(words, i, true);
        }
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
     * plus" or "HBO/WO werk- en denkniveau": the lowest level asked for is the minimum, the highest one
     * said to be preferred ("preferably", "ideally", "a plus", "bij voorkeur") the preferred level.
     * Abbreviations of three letters or fewer count only in capitals ("WO", "MSc"), so that the
     * German "wo" is no degree. Null when the text names no degree.
     */
    static Requirement requirement(String text) {
        EducationLevel min = null;
        EducationLevel preferred = null;
        Set<String> fields = new LinkedHashSet<>();
        String undotted = undot(text);
        for (String clause : undotted.split("[.;\\n()]|,\\s*(?=(?:and|but|ideally|preferably)\\b)")) {
            List<String> original = originalWords(clause);
            List<String> words = original.stream().map(DegreeText::key).toList();
            List<Integer> levelsAt = new ArrayList<>();
            List<EducationLevel> levels = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                boolean shortLower = words.get(i).length() <= 3
                        && original.get(i).chars().noneMatch(Character::isUpperCase);
                EducationLevel level = shortLower ? null : levelAt(words, i, false);
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
                if (PREFERENCE.contains(words.get(i))) {
                    isPreferred[nearest(levelsAt, i)] = true;
                }
            }
            for (int j = 0; j < levels.size(); j++) {
                EducationLevel level = levels.get(j);
                if (isPreferred[j]) {
                    preferred = max(preferred, level);
                } else {
                    min = min == null || level.compareTo(min) < 0 ? level : min;
                }
            }
            Matcher m = FIELDS.matcher(clause);
            while (m.find()) {
                String named = m.group(1).split("\\s+(?:is|are|preferred|required|would|will|with|strongly|a plus)\\b")[0];
                for (String field : named.split(",|\\bor\\b|\\band\\b|\\bof\\b|/")) {
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
        List<String> original = originalWords(undotted);
        List<String> meant = new ArrayList<>();
        for (String word : original) {
            // "wo" and "fh" in lower case are German words, not WO and FH.
            if (!TRACK_ABBREVIATIONS.contains(word)) {
                meant.add(key(word));
            }
        }
        return new Requirement(min, preferred, track(" " + String.join(" ", meant) + " "), List.copyOf(fields));
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

    /** The level the word at {@code i} names, looking at the next word for phrases ("high school", "Bac+5"). */
    private static EducationLevel levelAt(List<String> words, int i, boolean studyType) {
        String word = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        EducationLevel phrase = PHRASES.get(word + " " + next);
        if (phrase != null) {
            return phrase;
        }
        return switch (word) {
            case "bac" -> switch (next) {
                case "2" -> EducationLevel.VOCATIONAL;
                case "3", "4" -> EducationLevel.BACHELOR;
                case "5", "6" -> EducationLevel.MASTER;
                case "8" -> EducationLevel.DOCTORATE;
                default -> EducationLevel.SECONDARY;
            };
            case "diplom" -> words.contains("fh") ? EducationLevel.BACHELOR : EducationLevel.MASTER;
            case "laurea" -> next.equals("magistrale") ? EducationLevel.MASTER : EducationLevel.BACHELOR;
            case "associate" -> studyType || next.matches("degree|of|in") ? EducationLevel.VOCATIONAL : null;
            case "hbo", "fachhochschule", "hogeschool" -> EducationLevel.BACHELOR;
            case "wo" -> EducationLevel.MASTER;
            case "none" -> EducationLevel.NONE;
            default -> WORDS.get(word);
        };
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

    private static String undot(String text) {
        return text.replaceAll("(?<=\\p{L})\\.(?=\\p{L})", "").replaceAll("['’]s\\b", "");
    }

    private static List<String> originalWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : undot(text).split("[^\\p{L}\\p{N}]+")) {
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
