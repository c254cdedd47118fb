package dev.rolefit.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The decision log: record keeping of every automated decision (EU AI Act Art. 12) and of every
 * human override of one (Art. 14), one JSON line each, appended to a file and never rewritten.
 *
 * <p>An ATS that embeds the engine records the matches it shows; a recruiter who disagrees records
 * an override; an auditor reads both back:
 * <pre>{@code
 * AuditLog log = AuditLog.open(Path.of("decisions.jsonl"));
 * List<Match> shortlist = engine.candidatesFor("vac-001", MatchOptions.defaults().top(10));
 * log.record(engine, MatchOptions.defaults().top(10), shortlist, candidatesById::get, vacanciesById::get);
 * log.override("cand-007", "vac-001", Verdict.GOOD, "Terraform certificate shown in the interview", "j.smit");
 * for (AuditLog.Logged d : log.read().decisions()) {
 *     System.out.println(d.line() + " " + d.decision().candidateId() + " " + d.decision().verdict()
 *             + (d.overrides().isEmpty() ? "" : " → " + d.latestOverride().orElseThrow().verdict()));
 * }
 * }</pre>
 *
 * <p><b>A decision</b> ({@code "kind": "decision"}) holds the time (UTC, to the millisecond), a batch
 * id shared by the lines of one {@link #record record} call, the rule-set version and the taxonomy
 * version (the taxonomy is {@code data/skills.csv}, one of the rule files, so the rule-set version
 * versions it too and both fields hold it), the as-of month, mode and list direction, the candidate
 * and vacancy ids, the {@linkplain #sha256(Object) SHA-256 of each input record} (not the record),
 * rank, whether the caller showed it ({@code inOutput}), score, verdict, every reason and the rule of
 * the first knockout. No personal data: no name, email, phone or free text of the documents, only
 * ids, hashes and the rules' own sentences, which quote matching facts (a city, a salary
 * expectation), never a name, contact data or a protected attribute.
 *
 * <p><b>An override</b> ({@code "kind": "override"}) is a person's decision on a pair the rules
 * decided: the new verdict, the reason and who made it. It names the decision it overrides by its
 * line in the log, the SHA-256 of that line's bytes, its time and batch, and repeats the automated
 * verdict and score, so that it can be read on its own. An override reaches no rule and changes no
 * score; reports show the outcome before and after it. The reason and the name are typed by a
 * person: the reason must not hold personal data of the candidate (an email address is refused);
 * the name ({@code by}) is personal data of the recruiter, kept because accountability needs it —
 * give the log the retention and access rules of an HR record.
 *
 * <p>Writing locks the file (so concurrent writers do not interleave), appends, flushes and forces
 * the bytes to the storage device once per call; a writer that finds the last line cut short starts
 * on a new line. Instances are cheap and hold no open file; share one or open one per call.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = RolefitJson.mapper();
    /** An email address in a reason is personal data that has no place in the log. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    static final int MAX_TEXT = 1000;

    /**
     * One automated decision, as logged.
     *
     * @param kind            "decision"
     * @param timestamp       when it was recorded, UTC ISO-8601 to the millisecond
     * @param batch           a random id shared by the decisions of one {@link #record record} call
     * @param rulesetVersion  "sha256:…" of the rule files
     * @param taxonomyVersion the taxonomy's version: the rule-set version, as the taxonomy is a rule file
     * @param asOf            the month that counted as now
     * @param mode            "indexed" or "exhaustive"
     * @param per             "vacancy" or "candidate": whose list {@code rank} counts in
     * @param candidateId     the candidate
     * @param candidateSha256 "sha256:…" of the candidate record, see {@link AuditLog#sha256(Object)}
     * @param vacancyId       the vacancy
     * @param vacancySha256   "sha256:…" of the vacancy record
     * @param rank            the rank in its list
     * @param inOutput        whether the caller showed this pair (false for pairs a shortlist left out)
     * @param score           0–100
     * @param verdict         the automated verdict
     * @param knockout        the rule of the first knockout reason, or null
     * @param reasons         every reason, with its rule, category, points, knockout flag and sentence
     */
    @JsonPropertyOrder({"kind", "timestamp", "batch", "rulesetVersion", "taxonomyVersion", "asOf", "mode", "per",
            "candidateId", "candidateSha256", "vacancyId", "vacancySha256", "rank", "inOutput", "score", "verdict",
            "knockout", "reasons"})
    public record Decision(String kind, String timestamp, String batch, String rulesetVersion, String taxonomyVersion,
                           String asOf, String mode, String per, String candidateId, String candidateSha256,
                           String vacancyId, String vacancySha256, int rank, boolean inOutput, double score,
                           Verdict verdict, String knockout, List<Reason> reasons) {
        /** The {@code kind} of a decision line in the log. */
        public static final String KIND = "decision";

        public Decision {
            kind = KIND;
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /**
     * A person's override of a logged decision.
     *
     * @param kind              "override"
     * @param timestamp         when it was recorded, UTC ISO-8601 to the millisecond
     * @param candidateId       the candidate
     * @param vacancyId         the vacancy
     * @param decisionLine      the line of the log that holds the decision overridden (1 for the first line)
     * @param decisionSha256    "sha256:…" of that line's UTF-8 bytes: proof of which decision it was
     * @param decisionTimestamp the decision's timestamp
     * @param decisionBatch     the decision's batch
     * @param rulesetVersion    the rule set that made the decision
     * @param automatedVerdict  the verdict of the rules
     * @param automatedScore    the score of the rules (an override changes no score)
     * @param verdict           the verdict after human review
     * @param reason            why, in the reviewer's words; no personal data of the candidate
     * @param by                who decided: personal data of the recruiter, kept for accountability
     */
    @JsonPropertyOrder({"kind", "timestamp", "candidateId", "vacancyId", "decisionLine", "decisionSha256",
            "decisionTimestamp", "decisionBatch", "rulesetVersion", "automatedVerdict", "automatedScore", "verdict",
            "reason", "by"})
    public record HumanOverride(String kind, String timestamp, String candidateId, String vacancyId, int decisionLine,
                                String decisionSha256, String decisionTimestamp, String decisionBatch,
                                String rulesetVersion, Verdict automatedVerdict, double automatedScore,
                                Verdict verdict, String reason, String by) {
        /** The {@code kind} of a human override line in the log. */
        public static final String KIND = "override";

        public HumanOverride {
            kind = KIND;
        }
    }

    /**
     * A decision read back, with its line and the overrides that name it.
     *
     * @param line      its line in the log, 1 for the first
     * @param decision  the decision
     * @param overrides the overrides of it, in the order they were recorded (the last one stands)
     */
    public record Logged(int line, Decision decision, List<HumanOverride> overrides) {
        public Logged {
            overrides = List.copyOf(overrides);
        }

        /** The override that stands (the last recorded), if any. */
        public Optional<HumanOverride> latestOverride() {
            return overrides.isEmpty() ? Optional.empty() : Optional.of(overrides.get(overrides.size() - 1));
        }

        /** The verdict after human review: the standing override's, or the rules' when there is none. */
        public Verdict finalVerdict() {
            return latestOverride().map(HumanOverride::verdict).orElse(decision.verdict());
        }
    }

    /**
     * What a log holds.
     *
     * @param lines     how many lines the file has
     * @param decisions every decision in log order, each with its overrides
     * @param overrides every override in log order
     * @param errors    each line that is neither, with its number (the rest are read)
     */
    public record Contents(int lines, List<Logged> decisions, List<HumanOverride> overrides, List<InputError> errors) {
        public Contents {
            decisions = List.copyOf(decisions);
            overrides = List.copyOf(overrides);
            errors = List.copyOf(errors);
        }

        /**
         * The standing override of each pair (the last recorded for it), by {@link #pair(String, String)}:
         * what reports apply to a batch of matches to show the outcome after human review.
         */
        public Map<String, HumanOverride> latestOverrides() {
            Map<String, HumanOverride> latest = new LinkedHashMap<>();
            for (HumanOverride o : overrides) {
                latest.remove(pair(o.candidateId(), o.vacancyId()));
                latest.put(pair(o.candidateId(), o.vacancyId()), o);
            }
            return latest;
        }
    }

    private final Path file;
    private final Clock clock;

    private AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * A log in {@code file}, created on the first write. Checks the place now so that a bad path
     * never costs a batch.
     *
     * @throws IllegalArgumentException when the file is a folder, its folder does not exist, or it
     *                                  exists and cannot be written
     */
    public static AuditLog open(Path file) {
        return open(file, Clock.systemUTC());
    }

    static AuditLog open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("'" + file + "' is a folder; give a file name for the decision log");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("the folder '" + parent + "' of the decision log does not exist");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new IllegalArgumentException("the decision log '" + file + "' cannot be written");
        }
        return new AuditLog(file, clock);
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The key of a pair in {@link Contents#latestOverrides()}. */
    public static String pair(String candidateId, String vacancyId) {
        return candidateId + '\u0000' + vacancyId;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Records the decisions a caller showed: one line per match, all in one batch.
     *
     * @param engine     the engine that made them (its rule-set version and as-of month are logged)
     * @param options    the options they were made with (mode and list direction are logged)
     * @param matches    the matches
     * @param candidates the candidate record behind an id, to hash
     * @param vacancies  the vacancy record behind an id, to hash
     * @return the decisions as logged
     * @throws IllegalStateException when a record behind an id is missing
     * @throws IOException           when the file cannot be written
     */
    public List<Decision> record(MatchEngine engine, MatchOptions options, List<Match> matches,
                                 Function<String, Candidate> candidates, Function<String, Vacancy> vacancies)
            throws IOException {
        return record(engine, options, matches, m -> true, candidates, vacancies);
    }

    /**
     * As {@link #record(MatchEngine, MatchOptions, List, Function, Function)}, for a caller that logs
     * more pairs than it shows (every pair scored, for a shortlist of the best): {@code inOutput} tells
     * which of them it showed.
     */
    public List<Decision> record(MatchEngine engine, MatchOptions options, List<Match> matches,
                                 Predicate<Match> inOutput, Function<String, Candidate> candidates,
                                 Function<String, Vacancy> vacancies) throws IOException {
        String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        String batch = UUID.randomUUID().toString();
        String version = engine.rulesetVersion();
        String asOf = engine.asOf().toString();
        String per = options.per().name().toLowerCase(Locale.ROOT);
        String mode = options.mode().name().toLowerCase(Locale.ROOT);
        Map<String, String> candidateHashes = new HashMap<>();
        Map<String, String> vacancyHashes = new HashMap<>();
        List<Decision> decisions = new ArrayList<>(matches.size());
        for (Match m : matches) {
            String c = candidateHashes.computeIfAbsent(m.candidateId(),
                    id -> sha256(Objects.requireNonNull(candidates.apply(id), () -> "no candidate record with id '" + id + "' to hash")));
            String v = vacancyHashes.computeIfAbsent(m.vacancyId(),
                    id -> sha256(Objects.requireNonNull(vacancies.apply(id), () -> "no vacancy record with id '" + id + "' to hash")));
            String knockout = m.reasons().stream().filter(Reason::knockout).map(Reason::rule).findFirst().orElse(null);
            decisions.add(new Decision(Decision.KIND, now, batch, version, version, asOf, mode, per, m.candidateId(), c,
                    m.vacancyId(), v, m.rank(), inOutput.test(m), m.score(), m.verdict(), knockout, m.reasons()));
        }
        List<byte[]> lines = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            lines.add(JSON.writeValueAsBytes(d));
        }
        append(lines);
        return List.copyOf(decisions);
    }

    /**
     * Records a person's override of the latest decision logged for the pair.
     *
     * @param verdict the verdict after review
     * @param reason  why, in words a reviewer can check later; must not hold personal data of the candidate
     * @param by      who decides (a name or staff id): personal data of the recruiter, kept for accountability
     * @return the override as logged
     * @throws IllegalArgumentException when the log holds no decision for the pair (the message names
     *                                  both ids and the vacancies the candidate was decided for), or the
     *                                  reason or name is blank, too long or holds an email address
     * @throws NoSuchFileException      when there is no log yet
     * @throws IOException              when the file cannot be read or written
     */
    public HumanOverride override(String candidateId, String vacancyId, Verdict verdict, String reason, String by)
            throws IOException {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(verdict, "verdict");
        String why = text(reason, "reason");
        if (EMAIL.matcher(why).find()) {
            throw new IllegalArgumentException("the reason holds an email address ('" + EMAIL.matcher(why).results()
                    .findFirst().orElseThrow().group() + "'); write no personal data of the candidate in it");
        }
        String who = text(by, "by");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no decision log here; record decisions first");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = lock(channel)) {
            // Read under the lock, so that the decision found is the latest when the override is written.
            Found found = latestDecision(channel, candidateId, vacancyId);
            if (found.decision == null) {
                String known = found.vacanciesOfCandidate.isEmpty()
                        ? "the log has no decision for candidate '" + candidateId + "' at all"
                        : "the log has decisions for candidate '" + candidateId + "' with vacancies "
                        + String.join(", ", found.vacanciesOfCandidate.stream().limit(5).map(v -> "'" + v + "'").toList())
                        + (found.vacanciesOfCandidate.size() > 5 ? " …" : "");
                throw new IllegalArgumentException("no decision for candidate '" + candidateId + "' and vacancy '"
                        + vacancyId + "' in " + file + " (" + known + "); only a logged decision can be overridden");
            }
            Decision d = found.decision;
            HumanOverride o = new HumanOverride(HumanOverride.KIND,
                    Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(), candidateId, vacancyId,
                    found.line, found.lineSha256, d.timestamp(), d.batch(), d.rulesetVersion(), d.verdict(), d.score(),
                    verdict, why, who);
            channel.position(channel.size());
            write(channel, List.of(JSON.writeValueAsBytes(o)));
            return o;
        }
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + name + " of an override is empty; say " + (name.equals("by")
                    ? "who decides" : "why"));
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the " + name + " of an override is " + trimmed.length()
                    + " characters long; keep it under " + MAX_TEXT);
        }
        return trimmed;
    }

    /** The latest decision of a pair, found while holding the lock. */
    private static final class Found {
        Decision decision;
        int line;
        String lineSha256;
        final Set<String> vacanciesOfCandidate = new LinkedHashSet<>();
    }

    private Found latestDecision(FileChannel channel, String candidateId, String vacancyId) throws IOException {
        Found found = new Found();
        // Not closed: closing the reader would close the channel the override is written to.
        BufferedReader lines = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel.position(0)),
                StandardCharsets.UTF_8));
        int n = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            Object entry;
            try {
                entry = parse(line);
            } catch (IllegalArgumentException e) {
                continue; // a broken line is reported by read(), it is no decision to override
            }
            if (entry instanceof Decision d && d.candidateId().equals(candidateId)) {
                if (d.vacancyId().equals(vacancyId)) {
                    found.decision = d;
                    found.line = n;
                    found.lineSha256 = sha256Bytes(line.getBytes(StandardCharsets.UTF_8));
                } else {
                    found.vacanciesOfCandidate.add(d.vacancyId());
                }
            }
        }
        return found;
    }

    private void append(List<byte[]> lines) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
             FileLock lock = lock(channel)) {
            write(channel, lines);
        }
    }

    /** Writes the lines at the channel's position, then flushes and forces the file once. */
    private void write(FileChannel channel, List<byte[]> lines) throws IOException {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        if (endsMidLine(channel.size())) {
            out.write('\n');
        }
        for (byte[] line : lines) {
            out.write(line);
            out.write('\n');
        }
        out.flush();
        channel.force(false);
    }

    /** Holds the file so that concurrent writers do not interleave lines; null where locks are not supported. */
    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            return channel.lock();
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /** Whether a previous writer stopped in the middle of a line (the last byte is not a line feed). */
    private boolean endsMidLine(long size) throws IOException {
        if (size == 0) {
            return false;
        }
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            read.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads the log back: each decision with the overrides that name it. A line that is neither
     * (cut short, edited by hand) becomes an error with its line number and the rest are read; so
     * does an override whose decision line is missing or no longer has the SHA-256 it recorded.
     *
     * @throws NoSuchFileException when there is no log
     * @throws IOException         when the file cannot be read
     */
    public Contents read() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no decision log here");
        }
        List<Decision> decisions = new ArrayList<>();
        List<Integer> decisionLines = new ArrayList<>();
        Map<Integer, String> decisionHashes = new HashMap<>();
        List<HumanOverride> overrides = new ArrayList<>();
        List<Integer> overrideLines = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        int n = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Object entry = parse(line);
                    if (entry instanceof Decision d) {
                        decisions.add(d);
                        decisionLines.add(n);
                        decisionHashes.put(n, sha256Bytes(line.getBytes(StandardCharsets.UTF_8)));
                    } else {
                        overrides.add((HumanOverride) entry);
                        overrideLines.add(n);
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new InputError(file.toString(), "line " + n, e.getMessage()));
                }
            }
        }
        Map<Integer, List<HumanOverride>> byLine = new HashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            HumanOverride o = overrides.get(i);
            // The hash makes an edit of the decision after the override visible.
            String hash = decisionHashes.get(o.decisionLine());
            if (hash == null) {
                errors.add(new InputError(file.toString(), "line " + overrideLines.get(i), "the override names line "
                        + o.decisionLine() + ", which holds no decision"));
            } else if (!hash.equals(o.decisionSha256())) {
                errors.add(new InputError(file.toString(), "line " + overrideLines.get(i), "the override names the "
                        + "decision on line " + o.decisionLine() + " by " + o.decisionSha256() + ", but that line hashes to "
                        + hash + ": it was changed after the override"));
            }
            byLine.computeIfAbsent(o.decisionLine(), k -> new ArrayList<>()).add(o);
        }
        List<Logged> logged = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            List<HumanOverride> of = byLine.getOrDefault(decisionLines.get(i), List.of()).stream()
                    .filter(o -> o.candidateId().equals(d.candidateId()) && o.vacancyId().equals(d.vacancyId()))
                    .toList();
            logged.add(new Logged(decisionLines.get(i), d, of));
        }
        return new Contents(n, logged, overrides, errors);
    }

    /** A line as a decision or an override; a line without {@code kind} is a decision (the first format). */
    private static Object parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the line is not a JSON object");
            }
            String kind = node.path("kind").asText(Decision.KIND);
            if (kind.equals(HumanOverride.KIND)) {
                HumanOverride o = JSON.treeToValue(node, HumanOverride.class);
                if (o.candidateId() == null || o.vacancyId() == null || o.verdict() == null || o.decisionLine() < 1) {
                    throw new IllegalArgumentException("the override has no candidateId, vacancyId, verdict or decisionLine");
                }
                return o;
            }
            if (!kind.equals(Decision.KIND)) {
                throw new IllegalArgumentException("unknown kind '" + kind + "'; expected decision or override");
            }
            Decision d = JSON.treeToValue(node, Decision.class);
            if (d.candidateId() == null || d.vacancyId() == null) {
                throw new IllegalArgumentException("the line has no candidateId or vacancyId");
            }
            return d;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    // ---------------------------------------------------------------- hashes

    /**
     * "sha256:" and the hex SHA-256 of a record's canonical JSON: the record as rolefit read it,
     * written by {@link RolefitJson#mapper()} with object keys sorted, no spaces, UTF-8. The same
     * record hashes the same whatever the spacing or key order of its file, so a document can be
     * shown to be the one decided on without the log holding it.
     *
     * @throws IllegalStateException when the record cannot be written as JSON
     */
    public static String sha256(Object record) {
        Objects.requireNonNull(record, "record");
        try {
            return sha256Bytes(JSON.writeValueAsBytes(sorted(JSON.valueToTree(record))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the record as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String sha256Bytes(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** A copy of the tree with every object's keys in sorted order. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                fields.put(f.getKey(), sorted(f.getValue()));
            }
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(child -> copy.add(sorted(child)));
            return copy;
        }
        return node;
    }
}
