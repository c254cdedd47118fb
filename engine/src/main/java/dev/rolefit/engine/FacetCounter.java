package dev.rolefit.engine;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts every hit of a search, and the hits by role family, seniority, city and skill, from the
 * doc values {@link ProfileSearch} indexes: per segment by ordinal, named once at the end, so a
 * million hits cost a few array increments each and no stored document is read.
 */
final class FacetCounter implements Collector {
    /** The hits and the facet counts, each facet by name. */
    record Counts(int total, Map<String, Integer> families, Map<String, Integer> seniorities,
                  Map<String, Integer> cities, Map<String, Integer> skills) {
    }

    private int total;
    private final Map<String, Integer> families = new TreeMap<>();
    private final Map<String, Integer> seniorities = new TreeMap<>();
    private final Map<String, Integer> cities = new TreeMap<>();
    private final Map<String, Integer> skills = new TreeMap<>();
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues family = DocValues.getSorted(context.reader(), ProfileSearch.FACET_FAMILY);
        SortedDocValues seniority = DocValues.getSorted(context.reader(), ProfileSearch.FACET_SENIORITY);
        SortedDocValues city = DocValues.getSorted(context.reader(), ProfileSearch.FACET_CITY);
        SortedSetDocValues skill = DocValues.getSortedSet(context.reader(), ProfileSearch.FACET_SKILL);
        int[] familyCounts = new int[family.getValueCount()];
        int[] seniorityCounts = new int[seniority.getValueCount()];
        int[] cityCounts = new int[city.getValueCount()];
        int[] skillCounts = new int[(int) skill.getValueCount()];
        // Ordinals are named when the segment is done; the lookups need the same doc values instances.
        pending.add(() -> {
            try {
                name(family, familyCounts, families);
                name(seniority, seniorityCounts, seniorities);
                name(city, cityCounts, cities);
                for (int ord = 0; ord < skillCounts.length; ord++) {
                    if (skillCounts[ord] > 0) {
                        skills.merge(skill.lookupOrd(ord).utf8ToString(), skillCounts[ord], Integer::sum);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                if (family.advanceExact(doc)) {
                    familyCounts[family.ordValue()]++;
                }
                if (seniority.advanceExact(doc)) {
                    seniorityCounts[seniority.ordValue()]++;
                }
                if (city.advanceExact(doc)) {
                    cityCounts[city.ordValue()]++;
                }
                if (skill.advanceExact(doc)) {
                    for (int i = 0; i < skill.docValueCount(); i++) {
                        skillCounts[(int) skill.nextOrd()]++;
                    }
                }
            }
        };
    }

    private static void name(SortedDocValues values, int[] counts, Map<String, Integer> into) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
            }
        }
    }

    private Counts counts() {
        pending.forEach(Runnable::run);
        pending.clear();
        return new Counts(total, families, seniorities, cities, skills);
    }

    /** One counter per search slice, merged at the end. */
    static final class Manager implements CollectorManager<FacetCounter, Counts> {
        @Override
        public FacetCounter newCollector() {
            return new FacetCounter();
        }

        @Override
        public Counts reduce(Collection<FacetCounter> collectors) {
            int total = 0;
            Map<String, Integer> families = new TreeMap<>();
            Map<String, Integer> seniorities = new TreeMap<>();
            Map<String, Integer> cities = new TreeMap<>();
            Map<String, Integer> skills = new TreeMap<>();
            for (FacetCounter c : collectors) {
                Counts counts = c.counts();
                total += counts.total();
                counts.families().forEach((k, v) -> families.merge(k, v, Integer::sum));
                counts.seniorities().forEach((k, v) -> seniorities.merge(k, v, Integer::sum));
                counts.cities().forEach((k, v) -> cities.merge(k, v, Integer::sum));
                counts.skills().forEach((k, v) -> skills.merge(k, v, Integer::sum));
            }
            return new Counts(total, families, seniorities, cities, skills);
        }
    }
}
