package dev.rolefit.bench;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.Experience;
import dev.rolefit.model.SkillClaim;
import dev.rolefit.model.Vacancy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The baseline a plain search-engine setup gives: every document's text in one field analysed by
 * Lucene's StandardAnalyzer, the owner's text as a bag-of-words query, ranked by BM25. No taxonomy,
 * no rules, no knockouts.
 */
final class Bm25 {
    private static final String TEXT = "text";
    private static final String ID = "id";

    private Bm25() {
    }

    /** For each candidate, the ids of the {@code top} vacancies BM25 ranks first. */
    static Map<String, List<String>> rank(List<Candidate> candidates, List<Vacancy> vacancies, int top) {
        return rank(candidates, Candidate::id, Bm25::text, vacancies, Vacancy::id, Bm25::text, top);
    }

    /** For each vacancy, the ids of the {@code top} candidates BM25 ranks first. */
    static Map<String, List<String>> rankReverse(List<Candidate> candidates, List<Vacancy> vacancies, int top) {
        return rank(vacancies, Vacancy::id, Bm25::text, candidates, Candidate::id, Bm25::text, top);
    }

    private static <O, D> Map<String, List<String>> rank(List<O> owners, Function<O, String> ownerId,
                                                         Function<O, String> ownerText, List<D> docs,
                                                         Function<D, String> docId, Function<D, String> docText,
                                                         int top) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        try (Analyzer analyzer = new StandardAnalyzer(); Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (D d : docs) {
                    Document doc = new Document();
                    doc.add(new StoredField(ID, docId.apply(d)));
                    doc.add(new TextField(TEXT, docText.apply(d), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                var stored = searcher.storedFields();
                for (O owner : owners) {
                    BooleanQuery.Builder query = new BooleanQuery.Builder();
                    int clauses = 0;
                    for (String term : terms(analyzer, ownerText.apply(owner))) {
                        if (clauses++ >= IndexSearcher.getMaxClauseCount()) {
                            break;
                        }
                        query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
                    }
                    List<String> ids = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, top)).scoreDocs) {
                        ids.add(stored.document(hit.doc).get(ID));
                    }
                    lists.put(ownerId.apply(owner), ids);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }

    private static Set<String> terms(Analyzer analyzer, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    static String text(Candidate c) {
        StringBuilder s = new StringBuilder();
        append(s, c.headline());
        append(s, c.summary());
        for (SkillClaim skill : c.skills()) {
            append(s, skill.name());
        }
        for (Experience job : c.experience()) {
            append(s, job.title());
            append(s, job.description());
            job.skills().forEach(skill -> append(s, skill));
        }
        return s.toString();
    }

    static String text(Vacancy v) {
        StringBuilder s = new StringBuilder();
        append(s, v.title());
        append(s, v.description());
        v.requiredSkills().forEach(skill -> append(s, skill));
        v.preferredSkills().forEach(skill -> append(s, skill));
        return s.toString();
    }

    private static void append(StringBuilder s, String text) {
        if (text != null) {
            s.append(text).append('\n');
        }
    }
}
