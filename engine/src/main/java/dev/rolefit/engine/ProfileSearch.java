package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.HasSkill;
import dev.rolefit.engine.facts.RequiredSkill;
import dev.rolefit.engine.facts.PreferredSkill;
import dev.rolefit.engine.facts.RequiresLanguage;
import dev.rolefit.engine.facts.SpeaksLanguage;
import dev.rolefit.engine.facts.VacancyFacts;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.Seniority;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recruiter search over a {@link ProfileIndex}: the fields each profile adds to its document, and
 * the translation of a parsed {@link SearchQuery} into a Lucene query. Skills are canonical ids, so
 * "k8s" in a query finds a profile that lists "Kubernetes"; a skill listed counts more than one used
 * in a job, which counts more than one only named in text.
 */
final class ProfileSearch {
    static final String SKILL_LISTED = "skill.listed";
    static final String SKILL_WORK = "skill.work";
    static final String SKILL_TEXT = "skill.text";
    static final String SENIORITY = "seniority";
    static final String CITY = "city";
    static final String COUNTRY = "country";
    static final String REMOTE = "remote";
    static final String LANGUAGE = "language";
    static final String YEARS = "years";
    static final String SALARY = "salary";
    static final String STORED_SKILLS = "stored.skills";
    // Doc values: facets are counted over every hit and ties broken by id without loading documents.
    static final String SORT_ID = "dv.id";
    static final String FACET_FAMILY = "dv.family";
    static final String FACET_SENIORITY = "dv.seniority";
    static final String FACET_CITY = "dv.city";
    static final String FACET_SKILL = "dv.skill";
    private static final int FACET_SKILLS = 10;
    /** Best first; equal scores by id, so that the same index always answers the same. */
    private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField(SORT_ID, SortField.Type.STRING));

    private ProfileSearch() {
    }

    /** The search fields of a candidate's document. */
    static List<IndexableField> fields(Prepared.Candidate c) {
        CandidateFacts f = c.facts();
        List<IndexableField> fields = new ArrayList<>();
        for (Object side : c.sideFacts()) {
            if (side instanceof HasSkill s) {
                String field = switch (s.source()) {
                    case "LISTED" -> SKILL_LISTED;
                    case "EXPERIENCE" -> SKILL_WORK;
                    default -> SKILL_TEXT;
                };
                fields.add(new StringField(field, key(s.skill()), Field.Store.NO));
                fields.add(new StoredField(STORED_SKILLS, s.skill() + "|" + s.source()));
                fields.add(new SortedSetDocValuesField(FACET_SKILL, new BytesRef(s.skill())));
            } else if (side instanceof SpeaksLanguage l) {
                fields.add(new IntPoint(LANGUAGE + "." + l.language(), l.fluency().ordinal()));
                fields.add(new StringField(LANGUAGE, l.language(), Field.Store.NO));
            }
        }
        common(fields, c.id(), f.roleFamily(), f.seniority(), f.city(), f.countryCode(),
                f.remotePreference() == null ? null : f.remotePreference().name(), f.relevantYears(), f.salaryExpectation());
        return fields;
    }

    /** The search fields of a vacancy's document: its required and preferred skills count as listed. */
    static List<IndexableField> fields(Prepared.Vacancy v) {
        VacancyFacts f = v.facts();
        List<IndexableField> fields = new ArrayList<>();
        for (Object side : v.sideFacts()) {
            if (side instanceof RequiredSkill s) {
                fields.add(new StringField(SKILL_LISTED, key(s.skill()), Field.Store.NO));
                fields.add(new StoredField(STORED_SKILLS, s.skill() + "|REQUIRED"));
                fields.add(new SortedSetDocValuesField(FACET_SKILL, new BytesRef(s.skill())));
            } else if (side instanceof PreferredSkill s) {
                fields.add(new StringField(SKILL_WORK, key(s.skill()), Field.Store.NO));
                fields.add(new StoredField(STORED_SKILLS, s.skill() + "|PREFERRED"));
                fields.add(new SortedSetDocValuesField(FACET_SKILL, new BytesRef(s.skill())));
            } else if (side instanceof RequiresLanguage l) {
                fields.add(new IntPoint(LANGUAGE + "." + l.language(), l.minFluency().ordinal()));
                fields.add(new StringField(LANGUAGE, l.language(), Field.Store.NO));
            }
        }
        common(fields, v.id(), f.roleFamily(), f.seniority(), f.city(), f.countryCode(), f.remotePolicy().name(),
                f.minYearsExperience(), f.salaryTop());
        return fields;
    }

    private static void common(List<IndexableField> fields, String id, String family, Seniority seniority, String city,
                               String country, String remote, double years, Double salary) {
        fields.add(new SortedDocValuesField(SORT_ID, new BytesRef(id)));
        if (family != null) {
            fields.add(new SortedDocValuesField(FACET_FAMILY, new BytesRef(family)));
        }
        if (seniority != null) {
            fields.add(new IntPoint(SENIORITY, seniority.ordinal()));
            fields.add(new SortedDocValuesField(FACET_SENIORITY, new BytesRef(seniority.name())));
        }
        if (city != null) {
            fields.add(new StringField(CITY, key(city), Field.Store.NO));
            fields.add(new SortedDocValuesField(FACET_CITY, new BytesRef(city)));
        }
        if (country != null) {
            fields.add(new StringField(COUNTRY, country, Field.Store.NO));
        }
        if (remote != null) {
            fields.add(new StringField(REMOTE, remote, Field.Store.NO));
        }
        fields.add(new DoublePoint(YEARS, years));
        if (salary != null) {
            fields.add(new DoublePoint(SALARY, salary));
        }
    }

    /** Runs a query against the index of one kind. */
    static SearchResult search(ProfileIndex<?> index, String text, Profile.Kind kind, int top, RuleBook book) {
        SearchQuery.Node parsed = SearchQuery.parse(text);
        List<String> notes = new ArrayList<>();
        Map<String, String> skillsAsked = new LinkedHashMap<>();
        Query query = translate(parsed, book, notes, skillsAsked, text);
        if (!hasPositive(parsed)) {
            query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(query, BooleanClause.Occur.FILTER).build();
        }
        Query finalQuery = query;
        return index.withSearcher(searcher -> run(searcher, finalQuery, text, kind, top, skillsAsked, notes));
    }

    private static SearchResult run(IndexSearcher searcher, Query query, String text, Profile.Kind kind, int top,
                                    Map<String, String> skillsAsked, List<String> notes) throws IOException {
        // One pass over the hits: the best `top` by score then id, and the facet counts over all of them.
        CollectorManager<TopFieldCollector, TopFieldDocs> best =
                TopFieldCollector.createSharedManager(BEST_FIRST, top, null, Integer.MAX_VALUE);
        Object[] both = searcher.search(query, new MultiCollectorManager(best, new FacetCounter.Manager()));
        TopFieldDocs topDocs = (TopFieldDocs) both[0];
        FacetCounter.Counts counts = (FacetCounter.Counts) both[1];
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : topDocs.scoreDocs) {
            Document doc = stored.document(sd.doc);
            float score = (Float) ((FieldDoc) sd).fields[0];
            hits.add(new SearchResult.Hit(doc.get(ProfileIndex.ID), Math.round(score * 1000) / 1000.0,
                    matched(doc, skillsAsked)));
        }
        Map<String, Integer> topSkills = new LinkedHashMap<>();
        counts.skills().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FACET_SKILLS).forEach(e -> topSkills.put(e.getKey(), e.getValue()));
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        facets.put("roleFamily", Collections.unmodifiableMap(counts.families()));
        facets.put("seniority", Collections.unmodifiableMap(counts.seniorities()));
        facets.put("city", Collections.unmodifiableMap(counts.cities()));
        facets.put("skills", Collections.unmodifiableMap(topSkills));
        return new SearchResult(text, kind, counts.total(), List.copyOf(hits), Collections.unmodifiableMap(facets),
                List.copyOf(notes));
    }

    private static List<String> matched(Document doc, Map<String, String> skillsAsked) {
        Map<String, String> where = new LinkedHashMap<>();
        for (String value : doc.getValues(STORED_SKILLS)) {
            int bar = value.lastIndexOf('|');
            where.put(key(value.substring(0, bar)), value.substring(0, bar) + " (" + place(value.substring(bar + 1)) + ")");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String skill : skillsAsked.keySet()) {
            String found = where.get(skill);
            if (found != null) {
                out.add(found);
            }
        }
        return List.copyOf(out);
    }

    private static String place(String source) {
        return switch (source) {
            case "LISTED" -> "listed skill";
            case "EXPERIENCE" -> "work entry";
            case "TEXT" -> "summary or description";
            case "REQUIRED" -> "required";
            case "PREFERRED" -> "preferred";
            default -> source.toLowerCase(Locale.ROOT);
        };
    }

    private static boolean hasPositive(SearchQuery.Node node) {
        if (node instanceof SearchQuery.Term) {
            return true;
        }
        if (node instanceof SearchQuery.And a) {
            return a.parts().stream().anyMatch(ProfileSearch::hasPositive);
        }
        if (node instanceof SearchQuery.Or o) {
            return o.parts().stream().allMatch(ProfileSearch::hasPositive);
        }
        return false; // a filter or a NOT only narrows
    }

    private static Query translate(SearchQuery.Node node, RuleBook book, List<String> notes, Map<String, String> asked,
                                   String text) {
        if (node instanceof SearchQuery.Term t) {
            return skill(t, book, notes, asked);
        }
        if (node instanceof SearchQuery.Filter f) {
            return new ConstantScoreQuery(filter(f, book, text));
        }
        if (node instanceof SearchQuery.Not n) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(translate(n.part(), book, notes, new LinkedHashMap<>(), text), BooleanClause.Occur.MUST_NOT).build();
        }
        if (node instanceof SearchQuery.And a) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (SearchQuery.Node part : a.parts()) {
                b.add(translate(part, book, notes, asked, text),
                        hasPositive(part) ? BooleanClause.Occur.MUST : BooleanClause.Occur.FILTER);
            }
            return b.build();
        }
        SearchQuery.Or o = (SearchQuery.Or) node;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (SearchQuery.Node part : o.parts()) {
            b.add(translate(part, book, notes, asked, text), BooleanClause.Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(1);
        return b.build();
    }

    private static Query skill(SearchQuery.Term term, RuleBook book, List<String> notes, Map<String, String> asked) {
        var canonical = book.taxonomy().resolve(term.text());
        String name = canonical.map(SkillTaxonomy.Skill::name).orElse(term.text());
        if (canonical.isEmpty()) {
            notes.add("'" + term.text() + "' is not a skill the taxonomy knows; searched as written");
        }
        String key = key(name);
        asked.put(key, name);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SKILL_LISTED, key))), 1.0f), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SKILL_WORK, key))), 0.8f), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SKILL_TEXT, key))), 0.5f), BooleanClause.Occur.SHOULD);
        b.setMinimumNumberShouldMatch(1);
        return b.build();
    }

    private static Query filter(SearchQuery.Filter f, RuleBook book, String text) {
        String v = f.value();
        return switch (f.field()) {
            case "skill" -> new TermQuery(new Term(SKILL_LISTED, key(book.taxonomy().resolve(v).map(SkillTaxonomy.Skill::name).orElse(v))));
            case "family" -> {
                String family = v.toUpperCase(Locale.ROOT).replace('-', '_');
                if (book.families.stream().noneMatch(x -> x.id().equals(family))) {
                    throw new SearchQuery.ParseException(text, f.position(), "family '" + v + "' is not one of "
                            + book.families.stream().map(x -> x.id()).toList());
                }
                yield new TermQuery(new Term(ProfileIndex.FAMILY, family));
            }
            case "seniority" -> {
                Seniority level;
                try {
                    level = Seniority.parse(v);
                } catch (IllegalArgumentException e) {
                    throw new SearchQuery.ParseException(text, f.position(), e.getMessage());
                }
                int o = level.ordinal();
                yield switch (f.op()) {
                    case ">=" -> IntPoint.newRangeQuery(SENIORITY, o, Integer.MAX_VALUE);
                    case ">" -> IntPoint.newRangeQuery(SENIORITY, o + 1, Integer.MAX_VALUE);
                    case "<=" -> IntPoint.newRangeQuery(SENIORITY, Integer.MIN_VALUE, o);
                    case "<" -> IntPoint.newRangeQuery(SENIORITY, Integer.MIN_VALUE, o - 1);
                    default -> IntPoint.newExactQuery(SENIORITY, o);
                };
            }
            case "city" -> new TermQuery(new Term(CITY, key(canonicalCity(book, v))));
            case "country" -> new TermQuery(new Term(COUNTRY, v.toUpperCase(Locale.ROOT)));
            case "remote" -> {
                try {
                    // A recruiter types remote:yes as often as remote:remote; "no" already reads as on-site.
                    String policy = v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true") ? "REMOTE"
                            : dev.rolefit.model.RemotePolicy.parse(v).name();
                    yield new TermQuery(new Term(REMOTE, policy));
                } catch (IllegalArgumentException e) {
                    throw new SearchQuery.ParseException(text, f.position(), e.getMessage());
                }
            }
            case "language" -> {
                String code = v.toLowerCase(Locale.ROOT);
                if (f.qualifier() == null) {
                    yield new TermQuery(new Term(LANGUAGE, code));
                }
                Fluency fluency;
                try {
                    fluency = Fluency.parse(f.qualifier());
                } catch (IllegalArgumentException e) {
                    throw new SearchQuery.ParseException(text, f.position(), e.getMessage());
                }
                int o = fluency.ordinal();
                yield switch (f.op()) {
                    case ">=" -> IntPoint.newRangeQuery(LANGUAGE + "." + code, o, Integer.MAX_VALUE);
                    case ">" -> IntPoint.newRangeQuery(LANGUAGE + "." + code, o + 1, Integer.MAX_VALUE);
                    case "<=" -> IntPoint.newRangeQuery(LANGUAGE + "." + code, Integer.MIN_VALUE, o);
                    case "<" -> IntPoint.newRangeQuery(LANGUAGE + "." + code, Integer.MIN_VALUE, o - 1);
                    default -> IntPoint.newExactQuery(LANGUAGE + "." + code, o);
                };
            }
            case "years", "salary" -> {
                String field = f.field().equals("years") ? YEARS : SALARY;
                double n = Double.parseDouble(v);
                yield switch (f.op()) {
                    case ">=" -> DoublePoint.newRangeQuery(field, n, Double.POSITIVE_INFINITY);
                    case ">" -> DoublePoint.newRangeQuery(field, Math.nextUp(n), Double.POSITIVE_INFINITY);
                    case "<=" -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, n);
                    case "<" -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, Math.nextDown(n));
                    default -> DoublePoint.newExactQuery(field, n);
                };
            }
            default -> throw new SearchQuery.ParseException(text, f.position(), "unknown field '" + f.field() + "'");
        };
    }

    private static String canonicalCity(RuleBook book, String city) {
        String[] known = book.regions.get(city.toLowerCase(Locale.ROOT));
        return known == null ? city : known[0];
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
