package dev.rolefit.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical skills of data/skills.csv: each with a category, synonyms and related skills.
 * Maps what people write ("k8s", "sklearn", "ML") to one name, in lists and in free text.
 *
 * <p>Free-text matching is by whole words and phrases (up to five words), longest first, so that
 * "machine learning engineer" finds Machine Learning and "R" is never found inside a word. A skill
 * marked {@code case} in the free_text column is found only as written ("R", not "r"); one marked
 * {@code no} only when listed as a skill.
 */
final class SkillTaxonomy {
    static final String FILE = "data/skills.csv";
    private static final int LONGEST_PHRASE = 5;

    /** A canonical skill. */
    record Skill(String name, String category, Map<String, Double> related, String freeText) {
    }

    /** A skill found in text, and the words that named it. */
    record Found(Skill skill, String words) {
    }

    private final Map<String, Skill> byName;
    private final Map<String, Skill> byKey;
    private final Map<String, List<String>> caseSensitiveForms;

    private SkillTaxonomy(Map<String, Skill> byName, Map<String, Skill> byKey,
                          Map<String, List<String>> caseSensitiveForms) {
        this.byName = byName;
        this.byKey = byKey;
        this.caseSensitiveForms = caseSensitiveForms;
    }

    static SkillTaxonomy parse(String text, List<RuleProblem> problems) {
        List<Csv.Row> rows = Csv.parse(FILE, text,
                List.of("skill", "category", "synonyms", "related", "free_text"), problems);
        Map<String, Skill> byName = new LinkedHashMap<>();
        Map<String, Skill> byKey = new HashMap<>();
        Map<String, Integer> keyLine = new HashMap<>();
        Map<String, List<String>> caseForms = new HashMap<>();
        Map<String, List<String[]>> pendingRelated = new LinkedHashMap<>();
        Map<String, Integer> nameLine = new HashMap<>();
        for (Csv.Row row : rows) {
            String name = row.get("skill");
            String category = row.get("category").toUpperCase(Locale.ROOT);
            String freeText = row.get("free_text").toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(new RuleProblem(FILE, row.line(), 0, "the skill name is empty"));
                continue;
            }
            if (category.isEmpty()) {
                problems.add(new RuleProblem(FILE, row.line(), 0, "skill '" + name + "' has no category"));
            }
            if (freeText.isEmpty()) {
                freeText = "yes";
            }
            if (!Set.of("yes", "case", "no").contains(freeText)) {
                problems.add(new RuleProblem(FILE, row.line(), 0, "skill '" + name + "' has free_text '"
                        + freeText + "'; expected yes, case or no"));
            }
            Map<String, Double> related = new LinkedHashMap<>();
            Skill skill = new Skill(name, category, related, freeText);
            List<String> forms = new ArrayList<>();
            forms.add(name);
            for (String synonym : row.get("synonyms").split("\\|")) {
                if (!synonym.isBlank()) {
                    forms.add(synonym.trim());
                }
            }
            for (String form : forms) {
                String key = key(form);
                Integer earlier = keyLine.putIfAbsent(key, row.line());
                if (earlier != null) {
                    problems.add(new RuleProblem(FILE, row.line(), 0, "'" + form + "' of skill '" + name
                            + "' is already a name or synonym on line " + earlier));
                    continue;
                }
                byKey.put(key, skill);
                if (freeText.equals("case")) {
                    caseForms.computeIfAbsent(key, k -> new ArrayList<>()).add(form);
                }
            }
            byName.putIfAbsent(name, skill);
            nameLine.put(name, row.line());
            List<String[]> refs = new ArrayList<>();
            for (String entry : row.get("related").split("\\|")) {
                if (!entry.isBlank()) {
                    int colon = entry.lastIndexOf(':');
                    refs.add(colon < 0 ? new String[]{entry.trim(), ""}
                            : new String[]{entry.substring(0, colon).trim(), entry.substring(colon + 1).trim()});
                }
            }
            pendingRelated.put(name, refs);
        }
        for (Map.Entry<String, List<String[]>> pending : pendingRelated.entrySet()) {
            Skill skill = byName.get(pending.getKey());
            int line = nameLine.get(pending.getKey());
            for (String[] ref : pending.getValue()) {
                Skill target = byName.get(ref[0]);
                double credit;
                try {
                    credit = Double.parseDouble(ref[1]);
                } catch (NumberFormatException e) {
                    problems.add(new RuleProblem(FILE, line, 0, "related entry '" + ref[0] + ":" + ref[1]
                            + "' of skill '" + skill.name() + "' has no credit between 0 and 1"));
                    continue;
                }
                if (target == null) {
                    problems.add(new RuleProblem(FILE, line, 0, "skill '" + skill.name()
                            + "' is related to '" + ref[0] + "', which is not a skill in the taxonomy"));
                } else if (target == skill) {
                    problems.add(new RuleProblem(FILE, line, 0, "skill '" + skill.name() + "' is related to itself"));
                } else if (!(credit > 0 && credit <= 1)) {
                    problems.add(new RuleProblem(FILE, line, 0, "related credit " + ref[1] + " for '" + ref[0]
                            + "' of skill '" + skill.name() + "' is not in (0, 1]"));
                } else {
                    skill.related().put(target.name(), credit);
                }
            }
        }
        return new SkillTaxonomy(Map.copyOf(byName), Map.copyOf(byKey), Map.copyOf(caseForms));
    }

    /** The canonical skill for what someone wrote in a skill list, if the taxonomy knows it. */
    Optional<Skill> resolve(String written) {
        if (written == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(written)));
    }

    /** The skill of that canonical name, if any. */
    Optional<Skill> skill(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    Collection<Skill> skills() {
        return byName.values();
    }

    int size() {
        return byName.size();
    }

    /** Every skill named in {@code text}, each once, in order of first mention. */
    List<Found> findInText(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> tokens = tokens(text);
        Map<String, Found> found = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n = Math.min(LONGEST_PHRASE, tokens.size() - i); n >= 1 && matched == 0; n--) {
                String words = String.join(" ", tokens.subList(i, i + n));
                Skill skill = byKey.get(key(words));
                if (skill != null && allowedInText(skill, words)) {
                    found.putIfAbsent(skill.name(), new Found(skill, words));
                    matched = n;
                }
            }
            i += Math.max(matched, 1);
        }
        return List.copyOf(found.values());
    }

    private boolean allowedInText(Skill skill, String words) {
        return switch (skill.freeText()) {
            case "no" -> false;
            case "case" -> caseSensitiveForms.getOrDefault(key(words), List.of()).contains(words);
            default -> true;
        };
    }

    /**
     * Splits text into words, keeping the characters skills are spelled with ("C++", "C#", "CI/CD",
     * "Node.js", "scikit-learn") and dropping sentence punctuation around them.
     */
    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String chunk : text.split("[\\s,;:()\\[\\]{}\"“”‘’!?|<>=*]+")) {
            String t = trim(chunk);
            if (t.isEmpty()) {
                continue;
            }
            // "Python/R" and "PyTorch-based" are two words unless the whole is a skill ("CI/CD").
            if (!byKey.containsKey(key(t)) && t.matches(".*[/\\-].*")) {
                for (String part : t.split("[/\\-]+")) {
                    String p = trim(part);
                    if (!p.isEmpty()) {
                        tokens.add(p);
                    }
                }
            } else {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static String trim(String chunk) {
        return chunk.replaceAll("^['.\\-/&]+", "").replaceAll("['.\\-/&]+$", "");
    }

    /** The comparison key of a skill form: lower case, single spaces. */
    static String key(String form) {
        return form.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
