package dev.rolefit.engine;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical skills of data/skills.csv: each with a category, synonyms and related skills.
 * Maps what people write ("k8s", "sklearn", "ML") to one name, in lists and in free text.
 *
 * <p>Free text goes through a Lucene analyzer ({@link SkillAnalyzer}): words, then a synonym graph
 * built from every name and synonym, one word or several ("machine learning", "distributed systems"),
 * each mapped to its canonical name. So "R" is never found inside a word, and where names overlap the
 * first and longest wins ("machine learning engineer" finds Machine Learning). A skill marked
 * {@code case} in the free_text column is found only as written ("R", not "r"); one marked {@code no}
 * ("Go", a verb too) only when listed as a skill.
 */
final class SkillTaxonomy {
    static final String FILE = "data/skills.csv";

    /** A canonical skill. */
    record Skill(String name, String category, Map<String, Double> related, String freeText) {
    }

    /** A skill found in text, and the words that named it, as written. */
    record Found(Skill skill, String words) {
    }

    private final Map<String, Skill> byName;
    private final Map<String, Skill> byKey;
    private final List<Skill> numbered;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final TextPath anyCase;
    private final TextPath asWritten;

    /**
     * @param inOrder the skills in file order: where two skills' forms read alike in text, the first wins
     * @param forms   each skill's name and synonyms
     */
    private SkillTaxonomy(Map<String, Skill> byName, Map<String, Skill> byKey, List<Skill> inOrder,
                          Map<Skill, List<String>> forms) {
        this.byName = byName;
        this.byKey = byKey;
        this.numbered = inOrder;
        for (Skill skill : inOrder) {
            numbers.put(skill.name(), numbers.size());
        }
        Set<String> compounds = new HashSet<>();
        for (String key : byKey.keySet()) {
            if (key.indexOf('/') >= 0 || key.indexOf('-') >= 0) {
                compounds.add(key);
            }
        }
        List<Skill> inAnyCase = new ArrayList<>();
        List<Skill> onlyAsWritten = new ArrayList<>();
        for (Skill skill : inOrder) {
            switch (skill.freeText()) {
                case "case" -> onlyAsWritten.add(skill);
                case "no" -> { } // found only in lists
                default -> inAnyCase.add(skill);
            }
        }
        this.anyCase = TextPath.build(inAnyCase, forms, compounds, true);
        this.asWritten = TextPath.build(onlyAsWritten, forms, compounds, false);
    }

    static SkillTaxonomy parse(String text, List<RuleProblem> problems) {
        List<Csv.Row> rows = Csv.parse(FILE, text,
                List.of("skill", "category", "synonyms", "related", "free_text"), problems);
        Map<String, Skill> byName = new LinkedHashMap<>();
        Map<String, Skill> byKey = new HashMap<>();
        Map<String, Integer> keyLine = new HashMap<>();
        Map<Skill, List<String>> formsOf = new IdentityHashMap<>(); // a Skill's related map is filled later
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
                formsOf.computeIfAbsent(skill, k -> new ArrayList<>()).add(form);
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
        return new SkillTaxonomy(Map.copyOf(byName), Map.copyOf(byKey), List.copyOf(byName.values()), formsOf);
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

    /**
     * The skill's number: its place in skills.csv, from 0 to {@link #size()} - 1, so that code that
     * looks skills up by the thousand can use arrays; -1 for a name the taxonomy does not know.
     */
    int number(String canonicalName) {
        Integer number = numbers.get(canonicalName);
        return number == null ? -1 : number;
    }

    /** The skill of that {@linkplain #number(String) number}. */
    Skill numbered(int number) {
        return numbered.get(number);
    }

    int size() {
        return byName.size();
    }

    /**
     * Every skill named in {@code text}, each once, in order of first mention. Where two names
     * overlap, the one that starts first wins, then the longer ("machine learning engineer" is Machine
     * Learning, not also a shorter skill inside it).
     */
    List<Found> findInText(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        anyCase.hits(text, byName, hits);
        asWritten.hits(text, byName, hits);
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        Map<String, Found> found = new LinkedHashMap<>();
        int taken = 0;
        for (Hit hit : hits) {
            if (hit.start() >= taken) {
                found.putIfAbsent(hit.skill().name(), new Found(hit.skill(), text.substring(hit.start(), hit.end())));
                taken = hit.end();
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The words of {@code text} as the analyzer reads them before looking for skills: split, trimmed,
     * compounds split unless they are a skill, in lower case.
     */
    List<String> tokens(String text) {
        return TextPath.words(anyCase.words, text);
    }

    /** A skill named in text, by character offsets. */
    private record Hit(int start, int end, Skill skill) {
    }

    /**
     * One path through the analyzer: the skills found in any case, or those marked {@code case} in
     * the free_text column, found only as written ("R", "Excel" and "Spring" are letters or common words
     * in lower case). Two paths, because one synonym map cannot fold case for some entries only.
     */
    private record TextPath(SkillAnalyzer words, SkillAnalyzer skills) {
        static TextPath build(List<Skill> skills, Map<Skill, List<String>> forms, Set<String> compounds, boolean anyCase) {
            SkillAnalyzer words = new SkillAnalyzer(compounds, anyCase, null);
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            Map<String, Skill> taken = new HashMap<>();
            int entries = 0;
            for (Skill skill : skills) {
                for (String form : forms.getOrDefault(skill, List.of())) { // every form a duplicate: none
                    List<String> analysed = words(words, form);
                    if (analysed.isEmpty()) {
                        continue;
                    }
                    String joined = String.join(" ", analysed);
                    // Two skills whose forms read alike: the first keeps it, as for lists (resolve).
                    if (taken.putIfAbsent(joined, skill) != null && taken.get(joined) != skill) {
                        continue;
                    }
                    CharsRef input = SynonymMap.Builder.join(analysed.toArray(String[]::new), new CharsRefBuilder());
                    builder.add(input, new CharsRef(skill.name()), false);
                    entries++;
                }
            }
            try {
                return new TextPath(words, entries == 0 ? null : new SkillAnalyzer(compounds, anyCase, builder.build()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void hits(String text, Map<String, Skill> byName, List<Hit> hits) {
            if (skills == null) {
                return;
            }
            try (TokenStream stream = skills.tokenStream("", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                TypeAttribute type = stream.addAttribute(TypeAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                        hits.add(new Hit(offset.startOffset(), offset.endOffset(), byName.get(term.toString())));
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a String reader does not fail
            }
        }

        static List<String> words(SkillAnalyzer analyzer, String text) {
            List<String> words = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream("", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    words.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }

    /** The comparison key of a skill form: lower case, single spaces. */
    static String key(String form) {
        return SPACES.matcher(form.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Compiled once: {@link #key} runs for every skill of every document read. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
}
