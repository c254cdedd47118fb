package dev.rolefit.engine;

import dev.rolefit.engine.facts.RoleAdjacency;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Lucene index over one side (candidates or vacancies) for retrieval: which documents are worth
 * scoring against a given one. Skills are indexed as canonical taxonomy ids (so "k8s" and
 * "Kubernetes" are one term), with the role family. A query asks for the other side's skills, its
 * related skills (at their taxonomy credit) and its role family and adjacent families; documents
 * that share more of them come first, and those that share none come last rather than not at all.
 *
 * <p>Documents are keyed by id: adding an id again replaces it. Each is put with the caller's value
 * (a prepared document), which retrieval hands back, so that a list of thousands of retrieved
 * documents needs no lookup by id (a tenth of a list's time when it did). Thread-safe.
 *
 * @param <V> what the caller keeps for each document
 */
final class ProfileIndex<V> implements AutoCloseable {
    static final String ID = "id";
    static final String SKILL = "skill";
    static final String FAMILY = "family";
    /** The score of a shared role family, relative to one shared required skill. */
    private static final float FAMILY_BOOST = 2.0f;
    /** At most how much memory {@link #clauses} takes: as Lucene's default cache, 32 MB or a twentieth of the heap. */
    private static final long CACHE_BYTES = Math.min(32L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 20);
    /** Caches every filter clause (see {@link #clauses}). */
    private static final QueryCachingPolicy EVERY_CLAUSE = new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {
        }

        @Override
        public boolean shouldCache(Query query) {
            return true;
        }
    };

    private final Directory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * The documents each filter clause matches, by segment: the same clauses (a language at a
     * level, a city out of reach, an employment type) come back list after list, and reading a
     * clause's postings again was most of retrieval's time. Lucene's default cache leaves segments
     * under 10,000 documents alone and waits for a clause to repeat; this one keeps every clause, in
     * at most {@link #CACHE_BYTES}.
     */
    private final LRUQueryCache clauses = new LRUQueryCache(4_096, CACHE_BYTES, leaf -> true, Float.POSITIVE_INFINITY);
    /** Each segment's values by document number, read at its first search (see {@link #values(LeafReaderContext)}). */
    private final Map<IndexReader.CacheKey, SegmentValues> valuesBySegment = new ConcurrentHashMap<>();
    /** The value put with each id. */
    private final Map<String, V> values = new ConcurrentHashMap<>();

    ProfileIndex() {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setQueryCache(clauses);
                    searcher.setQueryCachingPolicy(EVERY_CLAUSE);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces the document for {@code id}, with fields for recruiter search; retrieval
     * hands back {@code value} for it. Visible to retrieval after the next {@link #refresh()}.
     */
    void put(String id, V value, Map<String, Double> skills, String family,
             List<org.apache.lucene.index.IndexableField> more) {
        Document doc = new Document();
        more.forEach(doc::add);
        doc.add(new StringField(ID, id, Field.Store.YES));
        // Retrieval reads thousands of ids per list: from doc values, not from compressed stored fields.
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        for (String skill : skills.keySet()) {
            doc.add(new StringField(SKILL, key(skill), Field.Store.NO));
        }
        if (family != null) {
            doc.add(new StringField(FAMILY, family, Field.Store.NO));
        }
        values.put(id, value);
        try {
            writer.updateDocument(new Term(ID, id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands back {@code value} for the document {@code id} from retrieval: for a document in an
     * index {@linkplain #adopt adopted} from a data folder rather than put. Before the next
     * {@link #refresh()}: a segment's values are read once, at its first search.
     */
    void remember(String id, V value) {
        values.put(id, value);
        if (!valuesBySegment.isEmpty()) {
            valuesBySegment.clear(); // a segment searched before would keep no value for this id
        }
    }

    void remove(String id) {
        values.remove(id);
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every put and remove so far visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
            forgetDeleted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Drops the values of documents deleted (replaced or removed) since their segment's values were
     * read: retrieval never hands them on, but each is a whole prepared document, and a segment can
     * keep a fifth or more of its documents deleted until a merge. Only segments with new deletions
     * are read through.
     */
    private void forgetDeleted() throws IOException {
        if (valuesBySegment.isEmpty()) {
            return;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
                SegmentValues kept = segment == null ? null : valuesBySegment.get(segment.getKey());
                if (kept != null) {
                    kept.forget(leaf.reader().getLiveDocs(), leaf.reader().numDeletedDocs());
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many values the segments searched so far hold: the live documents among them (for tests). */
    int valuesHeld() {
        int held = 0;
        for (SegmentValues kept : valuesBySegment.values()) {
            for (Object value : kept.byDoc) {
                held += value == null ? 0 : 1;
            }
        }
        return held;
    }

    /** The value of each document of a segment, by its number there; null for a deleted one. */
    private static final class SegmentValues {
        final Object[] byDoc;
        /** How many deleted documents {@link #byDoc} holds no value for. */
        private int deletedForgotten;

        SegmentValues(Object[] byDoc, Bits live, int deleted) {
            this.byDoc = byDoc;
            forget(live, deleted);
        }

        synchronized void forget(Bits live, int deleted) {
            if (live == null || deleted == deletedForgotten) {
                return;
            }
            for (int doc = 0; doc < byDoc.length; doc++) {
                if (!live.get(doc)) {
                    byDoc[doc] = null;
                }
            }
            deletedForgotten = deleted;
        }
    }

    /**
     * The values of the documents worth scoring against a document with these skills and family,
     * best first, at most {@code limit}.
     */
    List<V> retrieve(Map<String, Double> skills, String family, SkillTaxonomy taxonomy,
                     List<RoleAdjacency> adjacency, int limit) {
        return retrieve(skills, family, taxonomy, adjacency, limit, (query, reader) -> { });
    }

    /** Adds clauses that leave documents out of a retrieval, given the index's current reader. */
    @FunctionalInterface
    interface Exclusions {
        void addTo(BooleanQuery.Builder query, IndexReader reader) throws IOException;
    }

    /**
     * As {@link #retrieve(Map, String, SkillTaxonomy, List, int)}, leaving out what {@code exclusions}
     * say. An index of at most {@code limit} documents hands on every document the exclusions leave,
     * in no particular order and without ranking them; a larger one its {@code limit} documents that
     * share the most skills and families.
     */
    List<V> retrieve(Map<String, Double> skills, String family, SkillTaxonomy taxonomy,
                     List<RoleAdjacency> adjacency, int limit, Exclusions exclusions) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // Every document is a candidate for the list (as in exhaustive scoring); shared skills
                // and families only decide the order in which they are handed on, which matters only
                // when the index holds more than the limit.
                BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
                exclusions.addTo(filtered, searcher.getIndexReader());
                if (searcher.getIndexReader().numDocs() <= limit) {
                    return all(searcher, filtered.build());
                }
                filtered.add(interest(skills, family, taxonomy, adjacency), BooleanClause.Occur.SHOULD);
                TopDocs top = searcher.search(filtered.build(), Math.max(1, limit));
                return values(searcher, top.scoreDocs);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The values of every live document that passes the filter, unranked. Each clause is run on its
     * own into a bit set, which is much cheaper than letting Lucene check a disjunction of a dozen
     * exclusions document by document (the query is MatchAll with FILTER and MUST_NOT clauses).
     */
    @SuppressWarnings("unchecked")
    private List<V> all(IndexSearcher searcher, BooleanQuery filter) throws IOException {
        List<Weight> required = new ArrayList<>();
        List<Weight> excluded = new ArrayList<>();
        for (BooleanClause clause : filter.clauses()) {
            if (clause.getQuery() instanceof MatchAllDocsQuery) {
                continue;
            }
            Weight weight = searcher.createWeight(searcher.rewrite(clause.getQuery()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            switch (clause.getOccur()) {
                case MUST, FILTER -> required.add(weight);
                case MUST_NOT -> excluded.add(weight);
                case SHOULD -> throw new IllegalArgumentException("a retrieval filter has no SHOULD clauses: " + filter);
            }
        }
        List<V> found = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int size = leaf.reader().maxDoc();
            if (size == 0) {
                continue;
            }
            FixedBitSet kept = new FixedBitSet(size);
            kept.set(0, size);
            Bits live = leaf.reader().getLiveDocs();
            if (live != null) {
                for (int doc = 0; doc < size; doc++) {
                    if (!live.get(doc)) {
                        kept.clear(doc);
                    }
                }
            }
            for (Weight weight : required) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    kept.clear(0, size);
                    break;
                }
                FixedBitSet matching = new FixedBitSet(size);
                matching.or(scorer.iterator());
                kept.and(matching);
            }
            for (Weight weight : excluded) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer != null) {
                    DocIdSetIterator docs = scorer.iterator();
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        kept.clear(doc);
                    }
                }
            }
            Object[] byDoc = values(leaf);
            for (int doc = kept.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < size ? kept.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (byDoc[doc] != null) {
                    found.add((V) byDoc[doc]);
                }
            }
        }
        return found;
    }

    /** The other side's skills (related ones at their credit) and family (adjacent ones at theirs), boosted. */
    private static Query interest(Map<String, Double> skills, String family, SkillTaxonomy taxonomy,
                                  List<RoleAdjacency> adjacency) {
        Map<String, Float> boosts = new HashMap<>();
        for (Map.Entry<String, Double> s : skills.entrySet()) {
            boosts.merge(key(s.getKey()), s.getValue().floatValue(), Math::max);
            taxonomy.skill(s.getKey()).ifPresent(skill -> skill.related().forEach((other, credit) ->
                    boosts.merge(key(other), (float) (credit * s.getValue() * 0.5), Math::max)));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> b : boosts.entrySet()) {
            if (clauses >= IndexSearcher.getMaxClauseCount() - 8) {
                break;
            }
            query.add(boost(new TermQuery(new Term(SKILL, b.getKey())), b.getValue()), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (family != null) {
            query.add(boost(new TermQuery(new Term(FAMILY, family)), FAMILY_BOOST), BooleanClause.Occur.SHOULD);
            for (RoleAdjacency a : adjacency) {
                if (a.from().equals(family) || a.to().equals(family)) {
                    String other = a.from().equals(family) ? a.to() : a.from();
                    query.add(boost(new TermQuery(new Term(FAMILY, other)), (float) (FAMILY_BOOST * a.credit())),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /** The values of the hits, in their order. */
    @SuppressWarnings("unchecked")
    private List<V> values(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<V> found = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            Object value = values(leaf)[hit.doc - leaf.docBase];
            if (value != null) {
                found.add((V) value);
            }
        }
        return found;
    }

    /**
     * The value of each live document of a segment, by its number in the segment. Read once per
     * segment and kept until the segment closes (deleted documents' values dropped at each
     * {@link #refresh()}): a list reads thousands, and a live document's value does not change, since
     * putting its id again deletes it. Retrieval always searches the latest refresh.
     */
    private Object[] values(LeafReaderContext leaf) throws IOException {
        IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
        if (segment == null) {
            return readValues(leaf);
        }
        SegmentValues kept = valuesBySegment.get(segment.getKey());
        if (kept == null) {
            kept = new SegmentValues(readValues(leaf), leaf.reader().getLiveDocs(), leaf.reader().numDeletedDocs());
            if (valuesBySegment.putIfAbsent(segment.getKey(), kept) == null) {
                segment.addClosedListener(valuesBySegment::remove);
            }
        }
        return kept.byDoc;
    }

    private Object[] readValues(LeafReaderContext leaf) throws IOException {
        Object[] byDoc = new Object[leaf.reader().maxDoc()];
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        StoredFields stored = null;
        for (int doc = 0; doc < byDoc.length; doc++) {
            String id;
            if (ids.advanceExact(doc)) {
                id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            } else {
                // A segment written before ids had doc values (or a deleted document's gap).
                stored = stored == null ? leaf.reader().storedFields() : stored;
                id = stored.document(doc).get(ID);
            }
            byDoc[doc] = id == null ? null : values.get(id);
        }
        return byDoc;
    }

    /** Work with a searcher of the latest refresh. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the documents of an index that {@link #saveTo} wrote, segment by segment without
     * re-indexing. For an empty index only: ids are not checked against those already here.
     */
    void adopt(Directory saved) throws IOException {
        writer.addIndexes(saved);
    }

    /**
     * Commits with {@code userData} and copies the committed files into {@code target}, an empty
     * folder, forced to disk: a copy that {@link #adopt} takes back. The index stays open.
     */
    void saveTo(Directory target, Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
        // The files of the last commit stay until the next commit, and only the data folder commits.
        Collection<String> files = SegmentInfos.readLatestCommit(directory).files(true);
        for (String file : files) {
            target.copyFrom(directory, file, file, IOContext.DEFAULT);
        }
        target.sync(files);
        target.syncMetaData();
    }

    int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, Math.max(boost, 0.0001f));
    }

    private static String key(String skill) {
        return skill.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
