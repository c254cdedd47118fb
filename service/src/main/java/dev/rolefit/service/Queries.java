package dev.rolefit.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.engine.DataStore;
import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Matches documents posted with a request against the stored documents of the other kind, on the
 * one shared engine, without storing them and without another request seeing them.
 *
 * <p>A posted document goes into the engine for the length of the request under a reserved id of
 * its own ({@value #QUERY_PREFIX}N), so two requests posting the same id, or an id that is stored,
 * never meet. The engine lists the other side for it; the lists leave out the posted documents of
 * requests running at the same time, and are then ranked by the request's options the way the engine
 * ranks: not rejected first, higher score, higher reverse score, then the other side's id. Scores are
 * the engine's own.
 *
 * <p>With {@code per} on the posted side (the default), each posted document gets its list. With
 * {@code per} on the stored side, each stored document that any posted one reached gets a list of
 * the posted ones, in the order the stored documents were first put: the pairs are those retrieval
 * found from the posted side (in exhaustive mode, every pair).
 */
final class Queries {
    /** Ids under which posted documents sit in the engine; no stored id may start with it. */
    static final String QUERY_PREFIX = "~query~";
    private static final ObjectMapper JSON = RolefitJson.mapper();

    private final MatchEngine engine;
    private final DataStore store;
    private final AtomicLong sequence = new AtomicLong();

    Queries(MatchEngine engine, DataStore store) {
        this.engine = engine;
        this.store = store;
    }

    /**
     * What a query found.
     *
     * @param matches the ranked lists
     * @param used    how many posted documents were matched (the others are input errors)
     */
    record Result(List<Match> matches, int used) {
    }

    static boolean isQueryId(String id) {
        return id.startsWith(QUERY_PREFIX);
    }

    /** Posted candidates against the stored vacancies. */
    Result candidates(List<Documents.Sourced<Candidate>> posted, MatchOptions options, List<InputError> errors) {
        Map<String, String> realIds = new LinkedHashMap<>();
        List<Candidate> temps = new ArrayList<>();
        List<Documents.Sourced<Candidate>> kept = unique(posted, Candidate::id, errors);
        for (Documents.Sourced<Candidate> s : kept) {
            String temp = QUERY_PREFIX + sequence.incrementAndGet();
            realIds.put(temp, s.record().id());
            temps.add(withId(s.record(), temp, Candidate.class));
        }
        List<Match> pairs = new ArrayList<>();
        try {
            refusals(engine.putCandidates(temps), kept, Candidate::id, errors, realIds, temps, Candidate::id);
            MatchOptions all = options.top(0).includeRejected(true);
            for (Map.Entry<String, String> e : realIds.entrySet()) {
                for (Match m : lenient(() -> engine.vacanciesFor(e.getKey(), all))) {
                    if (!isQueryId(m.vacancyId())) {
                        pairs.add(rename(m, e.getValue(), m.vacancyId()));
                    }
                }
            }
        } finally {
            for (Candidate t : temps) {
                engine.removeCandidate(t.id());
            }
        }
        if (options.per() == MatchOptions.Per.CANDIDATE) {
            return new Result(rankGroups(pairs, Match::candidateId, new ArrayList<>(realIds.values()), options,
                    Match::vacancyId), realIds.size());
        }
        return new Result(rankGroups(pairs, Match::vacancyId, store.vacancies().stream().map(Vacancy::id).toList(),
                options, Match::candidateId), realIds.size());
    }

    /** Posted vacancies against the stored candidates. */
    Result vacancies(List<Documents.Sourced<Vacancy>> posted, MatchOptions options, List<InputError> errors) {
        Map<String, String> realIds = new LinkedHashMap<>();
        List<Vacancy> temps = new ArrayList<>();
        List<Documents.Sourced<Vacancy>> kept = unique(posted, Vacancy::id, errors);
        for (Documents.Sourced<Vacancy> s : kept) {
            String temp = QUERY_PREFIX + sequence.incrementAndGet();
            realIds.put(temp, s.record().id());
            temps.add(withId(s.record(), temp, Vacancy.class));
        }
        List<Match> pairs = new ArrayList<>();
        try {
            refusals(engine.putVacancies(temps), kept, Vacancy::id, errors, realIds, temps, Vacancy::id);
            MatchOptions all = options.top(0).includeRejected(true);
            for (Map.Entry<String, String> e : realIds.entrySet()) {
                for (Match m : lenient(() -> engine.candidatesFor(e.getKey(), all))) {
                    if (!isQueryId(m.candidateId())) {
                        pairs.add(rename(m, m.candidateId(), e.getValue()));
                    }
                }
            }
        } finally {
            for (Vacancy t : temps) {
                engine.removeVacancy(t.id());
            }
        }
        if (options.per() == MatchOptions.Per.VACANCY) {
            return new Result(rankGroups(pairs, Match::vacancyId, new ArrayList<>(realIds.values()), options,
                    Match::candidateId), realIds.size());
        }
        return new Result(rankGroups(pairs, Match::candidateId, store.candidates().stream().map(Candidate::id).toList(),
                options, Match::vacancyId), realIds.size());
    }

    /** The ranked vacancies for a stored candidate; null when the engine does not hold it. */
    List<Match> forStoredCandidate(String id, MatchOptions options) {
        List<Match> list = new ArrayList<>();
        try {
            for (Match m : engine.vacanciesFor(id, options.top(0).includeRejected(true))) {
                if (!isQueryId(m.vacancyId())) {
                    list.add(m);
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return rank(list, options, Match::vacancyId);
    }

    /** The ranked candidates for a stored vacancy; null when the engine does not hold it. */
    List<Match> forStoredVacancy(String id, MatchOptions options) {
        List<Match> list = new ArrayList<>();
        try {
            for (Match m : engine.candidatesFor(id, options.top(0).includeRejected(true))) {
                if (!isQueryId(m.candidateId())) {
                    list.add(m);
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return rank(list, options, Match::candidateId);
    }

    /** A repeated id in one body: the first is kept, as the command line does. */
    private static <T> List<Documents.Sourced<T>> unique(List<Documents.Sourced<T>> posted, Function<T, String> id,
                                                         List<InputError> errors) {
        Map<String, Documents.Sourced<T>> first = new HashMap<>();
        List<Documents.Sourced<T>> kept = new ArrayList<>();
        for (Documents.Sourced<T> s : posted) {
            String key = id.apply(s.record());
            Documents.Sourced<T> earlier = first.putIfAbsent(key, s);
            if (earlier != null) {
                errors.add(new InputError(s.source(), where(s, key), "duplicate id '" + key + "' (first at "
                        + where(earlier, key) + ")"));
            } else {
                kept.add(s);
            }
        }
        return kept;
    }

    /** Turns the engine's refusals into input errors and leaves the refused documents out of the query. */
    private static <T> void refusals(List<MatchEngine.Refusal> refused, List<Documents.Sourced<T>> kept,
                                     Function<T, String> id, List<InputError> errors, Map<String, String> realIds,
                                     List<T> temps, Function<T, String> tempId) {
        for (MatchEngine.Refusal r : refused) {
            Documents.Sourced<T> s = kept.get(r.index());
            errors.add(new InputError(s.source(), where(s, id.apply(s.record())), r.reason()));
            realIds.remove(tempId.apply(temps.get(r.index())));
        }
    }

    static String where(Documents.Sourced<?> s, String id) {
        return s.location() == null || s.location().isEmpty() ? "id " + id : s.location();
    }

    /** A rule reload between the put and the list can leave a posted document out: it then has no list. */
    private static List<Match> lenient(java.util.function.Supplier<List<Match>> list) {
        try {
            return list.get();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static <T> T withId(T document, String id, Class<T> type) {
        ObjectNode tree = JSON.valueToTree(document);
        tree.put("id", id);
        try {
            return JSON.treeToValue(tree, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a " + type.getSimpleName() + " does not survive its own JSON: " + e.getMessage(), e);
        }
    }

    private static Match rename(Match m, String candidateId, String vacancyId) {
        return new Match(candidateId, vacancyId, m.rank(), m.score(), m.verdict(), m.reverseScore(), m.categoryScores(),
                m.evidence(), m.reasons(), m.reverseReasons());
    }

    /** One ranked list per owner, in {@code order}; owners without pairs have no list. */
    private static List<Match> rankGroups(List<Match> pairs, Function<Match, String> owner, List<String> order,
                                          MatchOptions options, Function<Match, String> otherId) {
        Map<String, List<Match>> groups = new HashMap<>();
        for (Match m : pairs) {
            groups.computeIfAbsent(owner.apply(m), k -> new ArrayList<>()).add(m);
        }
        List<Match> out = new ArrayList<>();
        Set<String> done = new java.util.HashSet<>();
        for (String id : order) {
            List<Match> group = groups.get(id);
            if (group != null && done.add(id)) {
                out.addAll(rank(group, options, otherId));
            }
        }
        return out;
    }

    /** Best first, exactly as the engine ranks. */
    static List<Match> rank(List<Match> scored, MatchOptions options, Function<Match, String> otherId) {
        return MatchEngine.rank(scored, options, otherId);
    }
}
