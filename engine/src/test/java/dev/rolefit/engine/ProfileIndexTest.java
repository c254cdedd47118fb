package dev.rolefit.engine;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Retrieval hands on exactly the documents the exclusions leave: every one of them when the index
 * is within the limit (unranked), and the ones sharing the most skills when it is larger; for each,
 * the value it was last put (or remembered) with.
 */
class ProfileIndexTest {
    private ProfileIndex<String> index;

    @BeforeEach
    void fill() {
        index = new ProfileIndex<>();
        // given ten vacancies in Brussels or Ghent, full-time or contract, with some skills
        for (int i = 0; i < 10; i++) {
            put("vac-" + i, i % 2 == 0 ? "brussels" : "ghent", i % 3 == 0 ? "contract" : "full-time",
                    i < 3 ? Map.of("Python", 1.0, "PyTorch", 1.0) : Map.of("Excel", 1.0));
        }
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void put(String id, String city, String contract, Map<String, Double> skills) {
        List<IndexableField> fields = new ArrayList<>();
        fields.add(new StringField("test_city", city, Field.Store.NO));
        fields.add(new StringField("test_contract", contract, Field.Store.NO));
        index.put(id, id, skills, null, fields);
    }

    /** The ids retrieved, each once (asserted: a document handed on twice would be scored twice). */
    private Set<String> retrieve(int limit, ProfileIndex.Exclusions exclusions) throws RuleSetException {
        List<String> ids = index.retrieve(Map.of("Python", 1.0, "PyTorch", 1.0), null,
                RulesTestBase.defaultRules().taxonomy(), List.of(), limit, exclusions);
        Set<String> once = new TreeSet<>(ids);
        assertEquals(once.size(), ids.size(), "handed on twice: " + ids);
        return once;
    }

    @Test
    void withinTheLimitEveryDocumentTheExclusionsLeaveIsHandedOn() throws RuleSetException {
        // when Ghent and contract work are left out
        Set<String> found = retrieve(100, (query, reader) -> {
            query.add(new TermQuery(new Term("test_city", "ghent")), Occur.MUST_NOT);
            query.add(new TermQuery(new Term("test_contract", "contract")), Occur.MUST_NOT);
        });
        // then the Brussels full-time vacancies remain, skills or not: 2, 4 and 8 (0 and 6 are contracts)
        assertEquals(Set.of("vac-2", "vac-4", "vac-8"), found);
    }

    @Test
    void aFilterClauseKeepsOnlyWhatItMatches() throws RuleSetException {
        Set<String> found = retrieve(100, (query, reader) ->
                query.add(new TermQuery(new Term("test_contract", "contract")), Occur.FILTER));
        assertEquals(Set.of("vac-0", "vac-3", "vac-6", "vac-9"), found);
    }

    @Test
    void aReplacedOrRemovedDocumentIsNotHandedOnTwice() throws RuleSetException {
        // given a retrieval that read the ids of the first segment, then vac-2 moved to Ghent and vac-4 removed
        retrieve(100, (query, reader) -> { });
        put("vac-2", "ghent", "full-time", Map.of("Python", 1.0));
        index.remove("vac-4");
        index.refresh();
        // when Ghent is left out
        Set<String> found = retrieve(100, (query, reader) ->
                query.add(new TermQuery(new Term("test_city", "ghent")), Occur.MUST_NOT));
        // then neither the old vac-2 nor vac-4 comes back
        assertEquals(Set.of("vac-0", "vac-6", "vac-8"), found);
    }

    @Test
    void aClauseAskedAgainAfterAChangeSeesTheChange() throws RuleSetException {
        // given Ghent left out once (the clause's matches are kept for the next list)
        ProfileIndex.Exclusions notGhent = (query, reader) ->
                query.add(new TermQuery(new Term("test_city", "ghent")), Occur.MUST_NOT);
        assertEquals(Set.of("vac-0", "vac-2", "vac-4", "vac-6", "vac-8"), retrieve(100, notGhent));
        // when vac-2 moves to Ghent and vac-3 to Brussels
        put("vac-2", "ghent", "full-time", Map.of("Python", 1.0));
        put("vac-3", "brussels", "contract", Map.of("Excel", 1.0));
        index.refresh();
        // then the same clause leaves out the new Ghent vacancy and keeps the new Brussels one
        assertEquals(Set.of("vac-0", "vac-3", "vac-4", "vac-6", "vac-8"), retrieve(100, notGhent));
    }

    @Test
    void overTheLimitTheDocumentsSharingTheMostSkillsComeFirst() throws RuleSetException {
        // when only three may be handed on
        Set<String> found = retrieve(3, (query, reader) -> { });
        // then they are the three with Python and PyTorch
        assertEquals(Set.of("vac-0", "vac-1", "vac-2"), found);
    }

    @Test
    void retrievalHandsBackTheValueADocumentWasLastPutWith() throws RuleSetException {
        try (ProfileIndex<String> profiles = new ProfileIndex<>()) {
            // given a vacancy put, searched, then put again with another value
            profiles.put("vac-1", "first profile", Map.of("Python", 1.0), null, List.of());
            profiles.refresh();
            assertEquals(List.of("first profile"), everything(profiles));
            profiles.put("vac-1", "second profile", Map.of("Python", 1.0), null, List.of());
            profiles.refresh();
            // then retrieval hands back the second value only, and the index holds no other
            assertEquals(List.of("second profile"), everything(profiles));
            assertEquals(1, profiles.valuesHeld());
        }
    }

    @Test
    void theValuesOfReplacedAndRemovedDocumentsAreNotKept() throws RuleSetException {
        // given the ten vacancies searched once (their segment's values read)
        retrieve(100, (query, reader) -> { });
        assertEquals(10, index.valuesHeld());
        // when one is removed (a tenth deleted: Lucene keeps the segment as it is)
        index.remove("vac-4");
        index.refresh();
        // then its value is let go at once
        assertEquals(9, index.valuesHeld());
        // and when three more are replaced, the index holds the live documents' values only
        for (String id : List.of("vac-1", "vac-2", "vac-3")) {
            put(id, "leuven", "full-time", Map.of("SQL", 1.0));
        }
        index.refresh();
        retrieve(100, (query, reader) -> { });
        assertEquals(9, index.valuesHeld());
    }

    @Test
    void anAdoptedIndexHandsBackWhatWasRememberedForEachDocument() throws Exception {
        // given an index saved with two documents, adopted by a new index that remembers a value for one
        ByteBuffersDirectory saved = new ByteBuffersDirectory();
        index.saveTo(saved, Map.of());
        try (ProfileIndex<String> adopting = new ProfileIndex<>()) {
            adopting.adopt(saved);
            adopting.remember("vac-0", "profile read back");
            adopting.refresh();
            // then retrieval hands back that value, and leaves out the documents nobody holds a value for
            assertEquals(List.of("profile read back"), everything(adopting));
            // and a value remembered after a search is handed back too
            adopting.remember("vac-1", "remembered later");
            assertEquals(Set.of("profile read back", "remembered later"), Set.copyOf(everything(adopting)));
        }
    }

    private static List<String> everything(ProfileIndex<String> profiles) throws RuleSetException {
        return profiles.retrieve(Map.of("Python", 1.0), null, RulesTestBase.defaultRules().taxonomy(), List.of(), 100);
    }
}
