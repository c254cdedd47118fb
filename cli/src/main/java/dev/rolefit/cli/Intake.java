package dev.rolefit.cli;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.model.InputError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hands the records of one side (candidates or vacancies) to the engine in one batch: a record whose
 * id was already read, or that the engine refuses, becomes an input error and the rest go on.
 */
final class Intake<T> {
    private final Function<T, String> id;
    private final Function<T, String> title;
    private final Function<List<T>, List<MatchEngine.Refusal>> put;
    private final Map<String, Documents.Sourced<T>> firstSeen = new HashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    /**
     * @param id    the record's id
     * @param title what the text view shows next to the id (a vacancy's title, a candidate's headline)
     * @param put   hands the records to the engine and returns those it refused
     */
    Intake(Function<T, String> id, Function<T, String> title, Function<List<T>, List<MatchEngine.Refusal>> put) {
        this.id = id;
        this.title = title;
        this.put = put;
    }

    /** Puts every good record of the batch; adds the batch's errors and each refused record's to {@code errors}. */
    void putAll(Documents.Batch<T> batch, List<InputError> errors) {
        errors.addAll(batch.errors());
        List<Documents.Sourced<T>> accepted = new ArrayList<>();
        for (Documents.Sourced<T> sourced : batch.records()) {
            String key = id.apply(sourced.record());
            Documents.Sourced<T> first = firstSeen.get(key);
            if (first != null) {
                errors.add(duplicate(sourced, key, readFrom(first)));
                continue;
            }
            firstSeen.put(key, sourced);
            accepted.add(sourced);
        }
        List<MatchEngine.Refusal> refused = put.apply(accepted.stream().map(Documents.Sourced::record).toList());
        java.util.Set<Integer> refusedAt = new java.util.HashSet<>();
        for (MatchEngine.Refusal r : refused) {
            Documents.Sourced<T> sourced = accepted.get(r.index());
            errors.add(new InputError(sourced.source(), where(sourced), r.reason()));
            refusedAt.add(r.index());
        }
        for (int i = 0; i < accepted.size(); i++) {
            if (!refusedAt.contains(i)) {
                T record = accepted.get(i).record();
                String t = title.apply(record);
                titles.put(id.apply(record), t == null ? "" : t);
            }
        }
    }

    /** Records documents the engine already holds (from a data folder) without putting them again. */
    void register(Documents.Batch<T> held) {
        for (Documents.Sourced<T> sourced : held.records()) {
            T record = sourced.record();
            firstSeen.put(id.apply(record), sourced);
            String t = title.apply(record);
            titles.put(id.apply(record), t == null ? "" : t);
        }
    }

    private String where(Documents.Sourced<T> sourced) {
        return where(sourced, id.apply(sourced.record()));
    }

    /** Where in its file a record was read, for an error: its line or path, else its id. */
    static String where(Documents.Sourced<?> sourced, String id) {
        return sourced.location() == null || sourced.location().isEmpty() ? "id " + id : sourced.location();
    }

    /** The file and place a record was read from, as a duplicate's error names the first. */
    static String readFrom(Documents.Sourced<?> sourced) {
        return sourced.source() + (sourced.location().isEmpty() ? "" : ", " + sourced.location());
    }

    /** The error of a record whose id was already read ({@code first}: {@link #readFrom} of that one). */
    static InputError duplicate(Documents.Sourced<?> sourced, String id, String first) {
        return new InputError(sourced.source(), where(sourced, id),
                "duplicate id '" + id + "' (first read from " + first + ")");
    }

    /** The record read under an id (the first, when the id was repeated), or null. */
    T record(String key) {
        Documents.Sourced<T> sourced = firstSeen.get(key);
        return sourced == null ? null : sourced.record();
    }

    /** The ids put, in order, each with its title or headline ("" when none). */
    Map<String, String> titles() {
        return titles;
    }
}
