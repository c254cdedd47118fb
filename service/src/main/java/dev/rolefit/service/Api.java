package dev.rolefit.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.engine.DataStore;
import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.engine.Profile;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;
import dev.rolefit.model.Vacancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The endpoints: each one reads its call, asks the engine or the store, and answers in JSON. */
final class Api {
    private static final List<String> MATCH_PARAMS = List.of("per", "top", "includeRejected", "mode");
    private static final List<String> LIST_PARAMS = List.of("top", "includeRejected", "mode");
    private static final byte[] OPENAPI = openApi();

    private final MatchEngine engine;
    private final DataStore store;
    private final Queries queries;

    Api(MatchEngine engine, DataStore store) {
        this.engine = engine;
        this.store = store;
        this.queries = new Queries(engine, store);
    }

    /** Every route the service answers; the OpenAPI document lists exactly these. */
    Routes routes() {
        return new Routes()
                .add("GET", "/health", this::health)
                .add("GET", "/openapi.json", this::openApiDocument)
                .add("GET", "/rules/version", this::rulesVersion)
                .add("POST", "/rules/reload", this::reload)
                .add("POST", "/match", this::match)
                .add("POST", "/profiles", this::profiles)
                .add("GET", "/search", this::search)
                .add("GET", "/candidates/{id}", c -> get(c, Kind.CANDIDATE))
                .add("PUT", "/candidates/{id}", c -> put(c, Kind.CANDIDATE))
                .add("DELETE", "/candidates/{id}", c -> delete(c, Kind.CANDIDATE))
                .add("GET", "/candidates/{id}/matches", c -> matchesOf(c, Kind.CANDIDATE))
                .add("GET", "/vacancies/{id}", c -> get(c, Kind.VACANCY))
                .add("PUT", "/vacancies/{id}", c -> put(c, Kind.VACANCY))
                .add("DELETE", "/vacancies/{id}", c -> delete(c, Kind.VACANCY))
                .add("GET", "/vacancies/{id}/matches", c -> matchesOf(c, Kind.VACANCY));
    }

    /** The two kinds of stored document. */
    enum Kind {
        CANDIDATE, VACANCY;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    // ---------------------------------------------------------------- service

    /** GET /health. */
    @JsonPropertyOrder({"status", "candidates", "vacancies", "rulesetVersion", "asOf", "persistent"})
    record Health(String status, int candidates, int vacancies, String rulesetVersion, String asOf, boolean persistent) {
    }

    private void health(Call call) throws IOException {
        call.query(List.of());
        call.json(200, new Health("UP", store.candidateCount(), store.vacancyCount(), engine.rulesetVersion(),
                engine.asOf().toString(), store.folder().isPresent()));
    }

    private void openApiDocument(Call call) throws IOException {
        call.query(List.of());
        call.bytes(200, Call.JSON_TYPE, OPENAPI);
    }

    /** GET /rules/version. */
    record RulesVersion(String rulesetVersion) {
    }

    private void rulesVersion(Call call) throws IOException {
        call.query(List.of());
        call.json(200, new RulesVersion(engine.rulesetVersion()));
    }

    private void reload(Call call) throws IOException {
        call.query(List.of());
        MatchEngine.ReloadEvent event;
        try {
            event = engine.reload();
        } catch (IllegalStateException e) {
            throw new HttpFailure(409, "the service runs the built-in rules, which cannot be reloaded; start it with"
                    + " --rules DIR to reload a rules folder");
        } catch (RuleSetException e) {
            throw new HttpFailure(422, "the rule set has " + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "; the running rules (" + engine.rulesetVersion()
                    + ") stay", List.of(), e.problems());
        } catch (IOException e) {
            throw new HttpFailure(422, "the rules folder cannot be read (" + e.getMessage() + "); the running rules stay");
        }
        call.json(200, event);
    }

    // ---------------------------------------------------------------- matching

    /** What POST /match and GET …/matches answer: the document {@code rolefit match --format json} writes. */
    @JsonPropertyOrder({"rulesetVersion", "mode", "per", "asOf", "matches", "errors"})
    record MatchReport(String rulesetVersion, String mode, String per, String asOf, List<Match> matches,
                       List<InputError> errors) {
    }

    private void match(Call call) throws IOException {
        Map<String, String> params = call.query(MATCH_PARAMS);
        MatchOptions options = options(params);
        String version = engine.rulesetVersion();
        Documents.Batch<Object> batch = Bodies.read(call, call.body(), "body", Object.class);
        List<Documents.Sourced<Candidate>> candidates = new ArrayList<>();
        List<Documents.Sourced<Vacancy>> vacancies = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Documents.Sourced<Object> s : batch.records()) {
            if (s.record() instanceof Candidate c) {
                candidates.add(new Documents.Sourced<>(c, s.source(), s.location()));
                ids.add(c.id());
            } else {
                Vacancy v = (Vacancy) s.record();
                vacancies.add(new Documents.Sourced<>(v, s.source(), s.location()));
                ids.add(v.id());
            }
        }
        call.logIds(ids);
        List<InputError> errors = new ArrayList<>(batch.errors());
        if (!candidates.isEmpty() && !vacancies.isEmpty()) {
            throw new HttpFailure(400, "the body holds " + candidates.size() + " candidates and " + vacancies.size()
                    + " vacancies; post one kind: candidates are matched against the stored vacancies, vacancies"
                    + " against the stored candidates", errors);
        }
        boolean postedCandidates = !candidates.isEmpty();
        if (!params.containsKey("per")) {
            options = options.per(postedCandidates ? MatchOptions.Per.CANDIDATE : MatchOptions.Per.VACANCY);
        }
        Queries.Result result = candidates.isEmpty() && vacancies.isEmpty() ? new Queries.Result(List.of(), 0)
                : postedCandidates ? queries.candidates(candidates, options, errors)
                : queries.vacancies(vacancies, options, errors);
        if (result.used() == 0) {
            throw new HttpFailure(400, errors.isEmpty() ? "the request body holds no document"
                    : "the request body holds no usable document", errors);
        }
        call.json(200, new MatchReport(version, options.mode().name().toLowerCase(Locale.ROOT),
                options.per().name().toLowerCase(Locale.ROOT), engine.asOf().toString(), result.matches(), errors));
    }

    private void matchesOf(Call call, Kind kind) throws IOException {
        MatchOptions options = options(call.query(LIST_PARAMS))
                .per(kind == Kind.CANDIDATE ? MatchOptions.Per.CANDIDATE : MatchOptions.Per.VACANCY);
        String id = call.param("id");
        String version = engine.rulesetVersion();
        boolean stored = kind == Kind.CANDIDATE ? store.candidate(id).isPresent() : store.vacancy(id).isPresent();
        if (!stored) {
            throw notFound(kind, id);
        }
        List<Match> matches = kind == Kind.CANDIDATE ? queries.forStoredCandidate(id, options)
                : queries.forStoredVacancy(id, options);
        if (matches == null) {
            throw new HttpFailure(404, "the " + kind.label() + " '" + id + "' is stored, but the rules in use refuse it,"
                    + " so it has no matches");
        }
        call.json(200, new MatchReport(version, options.mode().name().toLowerCase(Locale.ROOT), kind.label(),
                engine.asOf().toString(), matches, List.of()));
    }

    /** GET /search?q=…&kind=candidate|vacancy&top=N: the engine's recruiter search over the stored documents. */
    private void search(Call call) throws IOException {
        Map<String, String> params = call.query(List.of("q", "kind", "top"));
        String q = params.get("q");
        if (q == null || q.isBlank()) {
            throw new HttpFailure(400, "the query parameter q (the search) is missing");
        }
        String kind = params.getOrDefault("kind", "candidate").toLowerCase(Locale.ROOT);
        if (!kind.equals("candidate") && !kind.equals("vacancy")) {
            throw new HttpFailure(400, "kind '" + params.get("kind") + "' is neither candidate nor vacancy");
        }
        int top;
        try {
            top = Integer.parseInt(params.getOrDefault("top", "20"));
        } catch (NumberFormatException e) {
            throw new HttpFailure(400, "top '" + params.get("top") + "' is not a whole number");
        }
        if (top < 1) {
            throw new HttpFailure(400, "top is " + top + "; it must be at least 1");
        }
        dev.rolefit.engine.SearchResult result;
        try {
            result = engine.search(q, kind.equals("candidate") ? dev.rolefit.engine.Profile.Kind.CANDIDATE
                    : dev.rolefit.engine.Profile.Kind.VACANCY, top + 16);
        } catch (IllegalArgumentException e) {
            throw new HttpFailure(400, e.getMessage());
        }
        // Documents a concurrent POST /match holds for a moment are not the pool's: leave them out.
        List<dev.rolefit.engine.SearchResult.Hit> hits = result.hits().stream()
                .filter(h -> !Queries.isQueryId(h.id())).limit(top).toList();
        call.json(200, new dev.rolefit.engine.SearchResult(result.query(), result.kind(), result.total(), hits,
                result.facets(), result.notes()));
    }

    /** The command line's match options, from query parameters; every bad one is an error naming it. */
    static MatchOptions options(Map<String, String> params) {
        MatchOptions options = MatchOptions.defaults();
        List<InputError> errors = new ArrayList<>();
        String per = params.get("per");
        if (per != null) {
            switch (per.toLowerCase(Locale.ROOT)) {
                case "vacancy" -> options = options.per(MatchOptions.Per.VACANCY);
                case "candidate" -> options = options.per(MatchOptions.Per.CANDIDATE);
                default -> errors.add(new InputError(Call.QUERY, "per", "'" + per + "' is not one of vacancy, candidate"));
            }
        }
        String top = params.get("top");
        if (top != null) {
            try {
                int n = Integer.parseInt(top.trim());
                if (n < 0) {
                    errors.add(new InputError(Call.QUERY, "top", "top is " + n + "; it must be 0 (all) or more"));
                } else {
                    options = options.top(n);
                }
            } catch (NumberFormatException e) {
                errors.add(new InputError(Call.QUERY, "top", "'" + top + "' is not a whole number"));
            }
        }
        String rejected = params.get("includeRejected");
        if (rejected != null) {
            switch (rejected.toLowerCase(Locale.ROOT)) {
                case "", "true" -> options = options.includeRejected(true);
                case "false" -> options = options.includeRejected(false);
                default -> errors.add(new InputError(Call.QUERY, "includeRejected", "'" + rejected
                        + "' is not true or false"));
            }
        }
        String mode = params.get("mode");
        if (mode != null) {
            switch (mode.toLowerCase(Locale.ROOT)) {
                case "indexed" -> options = options.mode(MatchOptions.Mode.INDEXED);
                case "exhaustive" -> options = options.mode(MatchOptions.Mode.EXHAUSTIVE);
                default -> errors.add(new InputError(Call.QUERY, "mode", "'" + mode + "' is not one of indexed, exhaustive"));
            }
        }
        if (!errors.isEmpty()) {
            throw new HttpFailure(400, "the query has " + errors.size() + " bad parameter" + (errors.size() == 1 ? "" : "s"),
                    errors);
        }
        return options;
    }

    // ---------------------------------------------------------------- profiles

    /** What POST /profiles answers: the document {@code rolefit profile --format json} writes. */
    @JsonPropertyOrder({"rulesetVersion", "asOf", "profiles", "errors"})
    record ProfileReport(String rulesetVersion, String asOf, List<Profile> profiles, List<InputError> errors) {
    }

    private void profiles(Call call) throws IOException {
        call.query(List.of());
        String version = engine.rulesetVersion();
        Documents.Batch<Object> batch = Bodies.read(call, call.body(), "body", Object.class);
        List<InputError> errors = new ArrayList<>(batch.errors());
        List<Profile> profiles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Documents.Sourced<Object> s : batch.records()) {
            String id = s.record() instanceof Candidate c ? c.id() : ((Vacancy) s.record()).id();
            ids.add(id);
            try {
                profiles.add(s.record() instanceof Candidate c ? engine.profile(c) : engine.profile((Vacancy) s.record()));
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(s.source(), Queries.where(s, id), e.getMessage()));
            }
        }
        call.logIds(ids);
        if (profiles.isEmpty()) {
            throw new HttpFailure(400, errors.isEmpty() ? "the request body holds no document"
                    : "the request body holds no usable document", errors);
        }
        call.json(200, new ProfileReport(version, engine.asOf().toString(), profiles, errors));
    }

    // ---------------------------------------------------------------- stored documents

    private static HttpFailure notFound(Kind kind, String id) {
        return new HttpFailure(404, "no " + kind.label() + " has the id '" + id + "'");
    }

    private void get(Call call, Kind kind) throws IOException {
        call.query(List.of());
        String id = call.param("id");
        Optional<?> document = kind == Kind.CANDIDATE ? store.candidate(id) : store.vacancy(id);
        call.json(200, document.orElseThrow(() -> notFound(kind, id)));
    }

    /** What a PUT answers. */
    @JsonPropertyOrder({"id", "kind", "created", "rulesetVersion"})
    record Stored(String id, String kind, boolean created, String rulesetVersion) {
    }

    private void put(Call call, Kind kind) throws IOException {
        call.query(List.of());
        String id = call.param("id");
        if (Queries.isQueryId(id)) {
            throw new HttpFailure(400, "ids that start with '" + Queries.QUERY_PREFIX + "' are reserved for posted"
                    + " documents", List.of(new InputError("path", "id", "the id '" + id + "' is reserved")));
        }
        byte[] body = Bodies.withId(call.body(), id);
        Class<?> type = kind == Kind.CANDIDATE ? Candidate.class : Vacancy.class;
        Documents.Batch<?> batch = Bodies.read(call, body, id, type);
        List<InputError> errors = new ArrayList<>(batch.errors());
        if (batch.records().size() > 1) {
            errors.add(new InputError(Call.BODY, "", "the body holds " + batch.records().size() + " documents; a PUT"
                    + " takes one"));
        } else if (batch.records().isEmpty() && errors.isEmpty()) {
            errors.add(new InputError(Call.BODY, "", "the body holds no document"));
        }
        Documents.Sourced<?> sourced = batch.records().isEmpty() ? null : batch.records().get(0);
        Object document = sourced == null ? null : sourced.record();
        String bodyId = document instanceof Candidate c ? c.id() : document instanceof Vacancy v ? v.id() : null;
        if (bodyId != null && !bodyId.equals(id)) {
            errors.add(new InputError(Call.BODY, Queries.where(sourced, bodyId), "the document's id '" + bodyId
                    + "' is not the id in the path, '" + id + "'"));
        }
        if (!errors.isEmpty()) {
            throw new HttpFailure(400, "the " + kind.label() + " cannot be stored", errors);
        }
        boolean created;
        try {
            created = document instanceof Candidate c ? store.putCandidate(c) : store.putVacancy((Vacancy) document);
        } catch (IllegalArgumentException e) {
            throw new HttpFailure(400, "the rules in use refuse the " + kind.label(),
                    List.of(new InputError(Call.BODY, Queries.where(sourced, id), e.getMessage())));
        } catch (IOException e) {
            throw new HttpFailure(500, "the " + kind.label() + " could not be written to the data folder, so it is not"
                    + " stored: " + e.getMessage());
        }
        if (created) {
            call.header("Location", "/" + (kind == Kind.CANDIDATE ? "candidates" : "vacancies") + "/"
                    + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        call.json(created ? 201 : 200, new Stored(id, kind.label(), created, engine.rulesetVersion()));
    }

    private void delete(Call call, Kind kind) throws IOException {
        call.query(List.of());
        String id = call.param("id");
        boolean removed;
        try {
            removed = kind == Kind.CANDIDATE ? store.removeCandidate(id) : store.removeVacancy(id);
        } catch (IOException e) {
            throw new HttpFailure(500, "the removal could not be written to the data folder, so the " + kind.label()
                    + " stays: " + e.getMessage());
        }
        if (!removed) {
            throw notFound(kind, id);
        }
        call.empty(204);
    }

    private static byte[] openApi() {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the service's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
