package dev.rolefit.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Keeps an engine's candidates and vacancies in a folder, so that they survive a restart and a crash:
 * every put and remove is written to an append-only journal and forced to disk before the method
 * returns. Opening the folder replays it into a {@link MatchEngine}, with the profiles and the search
 * index saved beside the documents when they were made under the rules, month and code the engine
 * runs, and with profiles made anew for the rest.
 *
 * <pre>{@code
 * try (MatchEngine engine = MatchEngine.builder().build();
 *      DataStore store = DataStore.open(Path.of("data"), engine)) {
 *     store.warnings().forEach(System.err::println);   // what opening had to repair
 *     store.putCandidates(batch);                      // durable when it returns
 *     List<Match> shortlist = engine.vacanciesFor("cand-001", MatchOptions.defaults().top(5));
 * }
 * }</pre>
 *
 * <p>The store and its engine move together: a document the engine refuses (a currency without an
 * exchange rate) is not stored, and a document that cannot be written is taken back out of the
 * engine. Documents put into the engine directly are the caller's own business and are not stored.
 * One process at a time may open a folder; a second one is refused. Every method is thread-safe;
 * writes are serialised.
 *
 * <h2>The folder (format version 1)</h2>
 * <pre>
 * DIR/meta.json                  {"format": "rolefit-data", "formatVersion": 1, "generation": 3,
 *                                 "rulesetVersion": "sha256:…", "updated": "2026-11-02T10:15:30Z"}
 * DIR/snapshot-00000003.jsonl    the documents alive when generation 3 began, one per line
 * DIR/journal-00000003.jsonl     every put and delete since, one per line, in order
 * DIR/lock                       held while a process has the folder open
 * DIR/profiles/                  the saved profiles and search indexes: a cache, see below
 * </pre>
 * Every line of a snapshot or journal is one JSON object, its fields in this order:
 * <pre>
 * {"op":"put","kind":"candidate","id":"cand-001","document":{…native JSON…},"crc32c":"8f3a09c1"}
 * {"op":"delete","kind":"vacancy","id":"vac-007","crc32c":"0c55d2e4"}
 * </pre>
 * {@code op} is {@code put} or {@code delete}, {@code kind} {@code candidate} or {@code vacancy}, and
 * {@code document} the document in rolefit's native JSON (as {@code GET} returns it). {@code crc32c}
 * is the CRC-32C, in eight hex digits, of the line's UTF-8 bytes before {@code ,"crc32c":}. A snapshot
 * holds only puts. The state is the snapshot with the journal applied in order: the last put of an id
 * wins, a delete removes it. Candidates and vacancies have ids of their own (the same id may be both).
 *
 * <p><b>Crashes.</b> A line is acknowledged only once it and its newline are on disk, so a crash can
 * leave at most the last line of the journal incomplete. Opening detects it (no newline, a bad
 * checksum or bad JSON at the very end), cuts it off and says so in {@link #warnings()}. A bad line
 * with good lines after it is damage, not a crash: opening fails and names the file and line,
 * rather than mixing good and bad.
 *
 * <p><b>Compaction.</b> When the journal grows past a threshold (and past the snapshot), the store
 * writes the live documents to a new snapshot of the next generation, forces it, moves it into place
 * atomically, starts an empty journal, and then commits by replacing {@code meta.json} atomically.
 * A crash before that last step leaves the old generation in force; files of any other generation
 * and {@code .tmp} files are leftovers and are deleted at the next open.
 *
 * <p><b>Profiles.</b> Profiling a document runs the profile rules, about a millisecond of CPU each:
 * minutes for a million. So the folder keeps, in {@code profiles/}, every stored document's profile
 * and the search indexes, tagged with the rule set's version (its taxonomy and tables included),
 * the month that counted as now, and a fingerprint of the profile code, and each profile with a
 * 64-bit hash of its document's line. Opening reuses a saved profile only when all of these match,
 * and makes the others anew: a changed rule set or taxonomy makes every profile again, never a mix.
 * {@link #profileReuse()} says what happened and why. Opening saves again when it made any profile;
 * {@link #close()} when documents or rules changed since ({@link #saveProfiles()} does it on demand).
 * The cache is written beside the old one, forced to disk and swapped in by renames; a missing,
 * damaged or stale cache costs time, never data: the snapshot and journal are the record.
 * {@code meta.json} records the version of the rules that last opened the folder.
 *
 * <p><b>Putting the same document again</b> (the same id and content as stored) writes nothing and
 * profiles nothing, so indexing the same input twice is cheap as well as idempotent.
 *
 * <p>A writer that wants to produce such a folder itself (an indexer, a migration) writes
 * {@code meta.json} last and may leave the journal empty or absent (and {@code profiles/} out).
 */
public final class DataStore implements AutoCloseable {
    /** The folder format this class reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** The {@code format} value of {@code meta.json}. */
    public static final String FORMAT = "rolefit-data";
    /** The default journal size, in bytes, past which the store compacts. */
    public static final long DEFAULT_COMPACT_AFTER_BYTES = 64L << 20;

    private static final ObjectMapper JSON = RolefitJson.mapper();
    private static final String META = "meta.json";
    private static final String LOCK = "lock";
    private static final Pattern GENERATION_FILE = Pattern.compile("(snapshot|journal)-(\\d{8})\\.jsonl");
    private static final byte[] CRC_FIELD = ",\"crc32c\":\"".getBytes(StandardCharsets.US_ASCII);

    /** Which of the two maps a record belongs to. */
    private enum Kind {
        CANDIDATE, VACANCY;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Path dir;
    private final MatchEngine engine;
    private final long compactAfterBytes;
    private final List<String> warnings = new ArrayList<>();
    private final Object writeLock = new Object();
    // Guarded by themselves; writers also hold writeLock, so a reader never waits for a disk flush.
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private final Map<String, Vacancy> vacancies = new LinkedHashMap<>();
    // The hash of each stored document's line, guarded by its map: a saved profile is reused only for the same hash.
    private final Map<String, Long> candidateHashes = new HashMap<>();
    private final Map<String, Long> vacancyHashes = new HashMap<>();
    // Stored documents the rules refused at open: putting them again is not "unchanged". Guarded by writeLock.
    private final Set<String> refusedCandidates = new HashSet<>();
    private final Set<String> refusedVacancies = new HashSet<>();
    private volatile ProfileReuse profileReuse = new ProfileReuse(0, 0, "");
    private boolean profilesDirty;
    private FileChannel lockChannel;
    private FileLock lock;
    private FileChannel journal;
    private long generation;
    private long journalBytes;
    private long snapshotBytes;
    private IOException broken;
    private boolean closed;

    private DataStore(Path dir, MatchEngine engine, long compactAfterBytes) {
        this.dir = dir;
        this.engine = Objects.requireNonNull(engine, "engine");
        this.compactAfterBytes = compactAfterBytes;
    }

    /**
     * Opens the folder (creating it when it does not exist), repairs what a crash left, and puts every
     * stored document into the engine, which must hold no documents yet.
     *
     * @throws IOException           when the folder cannot be read or written, is damaged, is not a
     *                               rolefit data folder, was written by a newer format, or is open in
     *                               another process
     * @throws IllegalStateException when the engine already holds documents
     */
    public static DataStore open(Path dir, MatchEngine engine) throws IOException {
        return open(dir, engine, DEFAULT_COMPACT_AFTER_BYTES);
    }

    /**
     * Opens the folder as {@link #open(Path, MatchEngine)} does, compacting whenever the journal grows
     * past {@code compactAfterBytes} and past the snapshot.
     */
    public static DataStore open(Path dir, MatchEngine engine, long compactAfterBytes) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (compactAfterBytes < 1) {
            throw new IllegalArgumentException("compactAfterBytes is " + compactAfterBytes + "; it must be at least 1");
        }
        requireEmpty(engine);
        DataStore store = new DataStore(dir, engine, compactAfterBytes);
        try {
            store.openFolder();
        } catch (IOException | RuntimeException e) {
            store.release();
            throw e;
        }
        return store;
    }

    /**
     * A store without a folder: the same API and the same coupling to the engine, nothing kept on
     * disk. For a service started without a data folder, and for tests.
     */
    public static DataStore inMemory(MatchEngine engine) {
        requireEmpty(engine);
        return new DataStore(null, engine, Long.MAX_VALUE);
    }

    private static void requireEmpty(MatchEngine engine) {
        Objects.requireNonNull(engine, "engine");
        if (engine.candidateCount() > 0 || engine.vacancyCount() > 0) {
            throw new IllegalStateException("the engine already holds " + engine.candidateCount() + " candidates and "
                    + engine.vacancyCount() + " vacancies; a store is opened on an engine without documents");
        }
    }

    /** The folder, or empty for an in-memory store. */
    public Optional<Path> folder() {
        return Optional.ofNullable(dir);
    }

    /**
     * What opening found and repaired or could not load, and any compaction that failed since, one
     * sentence each; empty after a clean open.
     */
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    /**
     * How opening came by the stored documents' profiles.
     *
     * @param reused profiles read back from the folder, made at an earlier open or save
     * @param made   profiles made at open by the rules in use
     * @param reason why any were made, in words ("the rules changed (…)", "2 documents were added or
     *               changed since the profiles were saved"); empty when none was
     */
    public record ProfileReuse(int reused, int made, String reason) {
    }

    /** How opening came by the stored documents' profiles: read back, or made under the rules in use. */
    public ProfileReuse profileReuse() {
        return profileReuse;
    }

    /** The current generation: it goes up by one with every compaction. */
    public long generation() {
        synchronized (writeLock) {
            return generation;
        }
    }

    private void warn(String warning) {
        synchronized (warnings) {
            warnings.add(warning);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The stored candidate with this id. */
    public Optional<Candidate> candidate(String id) {
        synchronized (candidates) {
            return Optional.ofNullable(candidates.get(id));
        }
    }

    /** The stored vacancy with this id. */
    public Optional<Vacancy> vacancy(String id) {
        synchronized (vacancies) {
            return Optional.ofNullable(vacancies.get(id));
        }
    }

    /** Every stored candidate, in the order their ids were first put. */
    public List<Candidate> candidates() {
        synchronized (candidates) {
            return List.copyOf(candidates.values());
        }
    }

    /** Every stored vacancy, in the order their ids were first put. */
    public List<Vacancy> vacancies() {
        synchronized (vacancies) {
            return List.copyOf(vacancies.values());
        }
    }

    /** How many candidates are stored. */
    public int candidateCount() {
        synchronized (candidates) {
            return candidates.size();
        }
    }

    /** How many vacancies are stored. */
    public int vacancyCount() {
        synchronized (vacancies) {
            return vacancies.size();
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Puts a candidate into the engine and the store, replacing the one with the same id; durable
     * when it returns.
     *
     * @return true when no candidate had that id before
     * @throws IllegalArgumentException when the engine refuses the document (nothing is stored)
     * @throws IOException              when it cannot be written (the engine is left as it was)
     */
    public boolean putCandidate(Candidate candidate) throws IOException {
        return putOne(Kind.CANDIDATE, candidates, candidate, candidate.id());
    }

    /** Puts a vacancy; see {@link #putCandidate(Candidate)}. */
    public boolean putVacancy(Vacancy vacancy) throws IOException {
        return putOne(Kind.VACANCY, vacancies, vacancy, vacancy.id());
    }

    /**
     * Puts many candidates with one write to disk. Those the engine refuses are returned and not
     * stored; the rest are durable when it returns.
     *
     * @throws IOException when the batch cannot be written (the engine is left as it was)
     */
    public List<MatchEngine.Refusal> putCandidates(List<Candidate> batch) throws IOException {
        return put(Kind.CANDIDATE, candidates, batch, Candidate::id);
    }

    /** Puts many vacancies with one write to disk; see {@link #putCandidates(List)}. */
    public List<MatchEngine.Refusal> putVacancies(List<Vacancy> batch) throws IOException {
        return put(Kind.VACANCY, vacancies, batch, Vacancy::id);
    }

    /**
     * Removes a candidate from the store and the engine; durable when it returns.
     *
     * @return whether the store held a candidate with that id
     */
    public boolean removeCandidate(String id) throws IOException {
        return remove(Kind.CANDIDATE, candidates, id);
    }

    /** Removes a vacancy; see {@link #removeCandidate(String)}. */
    public boolean removeVacancy(String id) throws IOException {
        return remove(Kind.VACANCY, vacancies, id);
    }

    private <T> boolean putOne(Kind kind, Map<String, T> map, T document, String id) throws IOException {
        synchronized (writeLock) {
            boolean created;
            synchronized (map) {
                created = !map.containsKey(id);
            }
            List<MatchEngine.Refusal> refused = put(kind, map, List.of(document), d -> id);
            if (!refused.isEmpty()) {
                throw new IllegalArgumentException(refused.get(0).reason());
            }
            return created;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<MatchEngine.Refusal> put(Kind kind, Map<String, T> map, List<T> batch,
                                              java.util.function.Function<T, String> idOf) throws IOException {
        Objects.requireNonNull(batch, "batch");
        synchronized (writeLock) {
            requireOpen();
            Map<String, Long> hashes = hashes(kind);
            Set<String> refusedAtOpen = kind == Kind.CANDIDATE ? refusedCandidates : refusedVacancies;
            List<Line> lines = new ArrayList<>(batch.size());
            for (T d : batch) {
                lines.add(line("put", kind, idOf.apply(d), d));
            }
            // A document identical to the stored one changes nothing: no journal line, no profile made again.
            List<Integer> changedAt = new ArrayList<>();
            Map<String, Long> pending = new HashMap<>();
            Map<String, T> before = new LinkedHashMap<>();
            synchronized (map) {
                for (int i = 0; i < batch.size(); i++) {
                    String id = idOf.apply(batch.get(i));
                    Long current = pending.containsKey(id) ? pending.get(id) : hashes.get(id);
                    if (current != null && current == lines.get(i).hash() && !refusedAtOpen.contains(id)) {
                        continue;
                    }
                    pending.put(id, lines.get(i).hash());
                    changedAt.add(i);
                    before.putIfAbsent(id, map.get(id));
                }
            }
            if (changedAt.isEmpty()) {
                return List.of();
            }
            List<T> changed = new ArrayList<>(changedAt.size());
            changedAt.forEach(i -> changed.add(batch.get(i)));
            List<MatchEngine.Refusal> refusedChanged = kind == Kind.CANDIDATE
                    ? engine.putCandidates((List<Candidate>) changed)
                    : engine.putVacancies((List<Vacancy>) changed);
            List<MatchEngine.Refusal> refused = new ArrayList<>();
            Set<Integer> refusedAt = new HashSet<>();
            for (MatchEngine.Refusal r : refusedChanged) {
                int at = changedAt.get(r.index());
                refused.add(new MatchEngine.Refusal(at, r.id(), r.reason()));
                refusedAt.add(at);
            }
            List<Integer> accepted = new ArrayList<>();
            for (int i : changedAt) {
                if (!refusedAt.contains(i)) {
                    accepted.add(i);
                }
            }
            if (accepted.isEmpty()) {
                return refused;
            }
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i : accepted) {
                    out.writeBytes(lines.get(i).bytes());
                }
                append(out.toByteArray());
            } catch (IOException | RuntimeException e) {
                // Not on disk, so not acknowledged: the engine goes back to what the store holds.
                for (int i : accepted) {
                    String id = idOf.apply(batch.get(i));
                    undo(kind, id, before.get(id));
                }
                throw e;
            }
            synchronized (map) {
                for (int i : accepted) {
                    String id = idOf.apply(batch.get(i));
                    map.put(id, batch.get(i));
                    hashes.put(id, lines.get(i).hash());
                    refusedAtOpen.remove(id);
                }
            }
            profilesDirty = true;
            compactIfDue();
            return refused;
        }
    }

    private Map<String, Long> hashes(Kind kind) {
        return kind == Kind.CANDIDATE ? candidateHashes : vacancyHashes;
    }

    private void undo(Kind kind, String id, Object previous) {
        try {
            if (previous == null) {
                if (kind == Kind.CANDIDATE) {
                    engine.removeCandidate(id);
                } else {
                    engine.removeVacancy(id);
                }
            } else if (previous instanceof Candidate c) {
                engine.put(c);
            } else {
                engine.put((Vacancy) previous);
            }
        } catch (IllegalArgumentException e) {
            // The engine took the previous version once; if the rules changed since, it stays out.
        }
    }

    private <T> boolean remove(Kind kind, Map<String, T> map, String id) throws IOException {
        Objects.requireNonNull(id, "id");
        synchronized (writeLock) {
            requireOpen();
            synchronized (map) {
                if (!map.containsKey(id)) {
                    return false;
                }
            }
            append(line("delete", kind, id, null).bytes());
            if (kind == Kind.CANDIDATE) {
                engine.removeCandidate(id);
            } else {
                engine.removeVacancy(id);
            }
            synchronized (map) {
                map.remove(id);
                hashes(kind).remove(id);
            }
            profilesDirty = true;
            compactIfDue();
            return true;
        }
    }

    /** Records the rules now in use in {@code meta.json}, e.g. after the engine reloaded them. */
    public void recordRules() throws IOException {
        synchronized (writeLock) {
            requireOpen();
            if (dir != null) {
                writeMeta(generation);
                profilesDirty = true;
            }
        }
    }

    /**
     * Writes the live documents to a new snapshot and starts an empty journal; the store does this by
     * itself when the journal grows past the threshold. Does nothing for an in-memory store.
     */
    public void compact() throws IOException {
        synchronized (writeLock) {
            requireOpen();
            if (dir == null) {
                return;
            }
            if (broken != null) {
                throw new IOException("the journal of " + dir + " could not be repaired after a failed write ("
                        + broken.getMessage() + "); restart to recover from the folder", broken);
            }
            long next = generation + 1;
            Path snapshot = dir.resolve(fileName("snapshot", next));
            Path temp = dir.resolve(snapshot.getFileName() + ".tmp");
            long bytes = 0;
            // What the next open will hash: the snapshot's lines, should a document write differently now.
            Map<String, Long> rehashed = new HashMap<>();
            Map<String, Long> rehashedVacancies = new HashMap<>();
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteArrayOutputStream chunk = new ByteArrayOutputStream();
                for (Candidate c : candidates()) {
                    Line l = line("put", Kind.CANDIDATE, c.id(), c);
                    rehashed.put(c.id(), l.hash());
                    chunk.writeBytes(l.bytes());
                    bytes += flushIfLarge(out, chunk);
                }
                for (Vacancy v : vacancies()) {
                    Line l = line("put", Kind.VACANCY, v.id(), v);
                    rehashedVacancies.put(v.id(), l.hash());
                    chunk.writeBytes(l.bytes());
                    bytes += flushIfLarge(out, chunk);
                }
                bytes += writeFully(out, chunk.toByteArray());
                out.force(true);
            }
            move(temp, snapshot);
            Path nextJournal = dir.resolve(fileName("journal", next));
            FileChannel newJournal = FileChannel.open(nextJournal, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            try {
                newJournal.force(true);
                syncFolder();
                writeMeta(next); // the commit point
            } catch (IOException | RuntimeException e) {
                newJournal.close();
                throw e;
            }
            FileChannel old = journal;
            long previous = generation;
            journal = newJournal;
            generation = next;
            journalBytes = 0;
            snapshotBytes = bytes;
            old.close();
            synchronized (candidates) {
                candidateHashes.putAll(rehashed);
            }
            synchronized (vacancies) {
                vacancyHashes.putAll(rehashedVacancies);
            }
            Files.deleteIfExists(dir.resolve(fileName("journal", previous)));
            Files.deleteIfExists(dir.resolve(fileName("snapshot", previous)));
        }
    }

    private static long flushIfLarge(FileChannel out, ByteArrayOutputStream chunk) throws IOException {
        if (chunk.size() < (1 << 20)) {
            return 0;
        }
        long n = writeFully(out, chunk.toByteArray());
        chunk.reset();
        return n;
    }

    /**
     * Compacts when the journal is due. The write before was acknowledged already, so a failure here
     * does not fail it: it is reported in {@link #warnings()} and tried again after the next write.
     */
    private void compactIfDue() {
        if (dir != null && journalBytes > compactAfterBytes && journalBytes > snapshotBytes) {
            try {
                compact();
            } catch (IOException e) {
                warn("compaction of " + dir + " failed (" + e.getMessage() + "); the journal keeps growing"
                        + " and compaction is tried again after the next write");
            }
        }
    }

    /**
     * Releases the folder. The engine stays open: it belongs to the caller. Writing after close
     * throws {@link IllegalStateException}.
     */
    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            if (dir != null && profilesDirty && broken == null) {
                try {
                    saveProfiles();
                } catch (IOException | RuntimeException e) {
                    // The documents are safe in the journal; the next open makes the profiles again.
                    warn("the profiles could not be saved (" + e.getMessage() + "); the next open makes them again");
                }
            }
            closed = true;
            release();
        }
    }

    private void release() throws IOException {
        IOException first = null;
        for (AutoCloseable c : new AutoCloseable[] {journal, lock, lockChannel}) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof IOException io ? io : new IOException(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the data store " + (dir == null ? "(in memory)" : dir) + " is closed");
        }
    }

    // ---------------------------------------------------------------- the folder

    private void openFolder() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("the data folder " + dir + " is a file, not a folder");
        }
        Files.createDirectories(dir);
        lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException("the data folder " + dir + " is in use by another rolefit process (or another"
                    + " store in this one); stop it first");
        }
        Path meta = dir.resolve(META);
        if (Files.exists(meta)) {
            generation = readMeta(meta);
        } else {
            try (Stream<Path> entries = Files.list(dir)) {
                List<String> others = entries.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(LOCK) && !n.endsWith(".tmp")).sorted().toList();
                if (!others.isEmpty()) {
                    throw new IOException(dir + " is not a rolefit data folder: it has no meta.json but holds "
                            + String.join(", ", others.subList(0, Math.min(5, others.size())))
                            + (others.size() > 5 ? " and more" : "") + "; give an empty or a new folder");
                }
            }
            generation = 0;
            writeMeta(0);
        }
        removeLeftovers();
        Path snapshot = dir.resolve(fileName("snapshot", generation));
        if (Files.exists(snapshot)) {
            snapshotBytes = replay(snapshot, false);
        } else if (generation > 0) {
            throw new IOException("the data folder " + dir + " is damaged: meta.json names generation " + generation
                    + " but " + snapshot.getFileName() + " is missing");
        }
        Path journalFile = dir.resolve(fileName("journal", generation));
        journalBytes = Files.exists(journalFile) ? replay(journalFile, true) : 0;
        journal = FileChannel.open(journalFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        journal.position(journal.size());
        if (journal.size() != journalBytes) {
            throw new IOException(journalFile + " changed while it was being opened");
        }
        load();
        writeMeta(generation);
    }

    /**
     * Puts the replayed documents into the engine, reusing the profiles saved in the folder where
     * they were made under the same rules, month and code for the same document; the rest are made
     * now. Those the rules refuse now stay stored and are reported.
     */
    private void load() throws IOException {
        String version = engine.rulesetVersion();
        ProfileCache.Loaded cache = null;
        String reason = null;
        try {
            cache = ProfileCache.read(dir, ProfileCache.Key.of(version, engine.asOf()));
            if (cache == null) {
                reason = "the folder holds no saved profiles";
            }
        } catch (ProfileCache.Stale e) {
            reason = e.getMessage();
        } catch (IOException | RuntimeException e) {
            reason = "the saved profiles could not be read";
            warn("the saved profiles could not be read (" + e.getMessage() + "); they are made again");
        }
        int[] reusedMade = new int[2];
        List<MatchEngine.Refusal> refusedCandidatesNow = restore(Kind.CANDIDATE, candidates(),
                cache == null ? Map.of() : cache.candidates(), cache == null ? null : cache.candidateIndex(),
                version, Candidate::id, engine::restoreCandidates, engine::putCandidates, reusedMade);
        for (MatchEngine.Refusal r : refusedCandidatesNow) {
            refusedCandidates.add(r.id());
            warn("stored candidate '" + r.id() + "' is refused by the rules in use (" + r.reason()
                    + "); it stays in the folder but is not matched");
        }
        List<MatchEngine.Refusal> refusedVacanciesNow = restore(Kind.VACANCY, vacancies(),
                cache == null ? Map.of() : cache.vacancies(), cache == null ? null : cache.vacancyIndex(),
                version, Vacancy::id, engine::restoreVacancies, engine::putVacancies, reusedMade);
        for (MatchEngine.Refusal r : refusedVacanciesNow) {
            refusedVacancies.add(r.id());
            warn("stored vacancy '" + r.id() + "' is refused by the rules in use (" + r.reason()
                    + "); it stays in the folder but is not matched");
        }
        int made = reusedMade[1];
        if (made > 0 && cache != null) {
            reason = made + (made == 1 ? " document was" : " documents were") + " added or changed since the profiles were saved";
        }
        profileReuse = new ProfileReuse(reusedMade[0], made, made == 0 ? "" : reason);
        if (made > 0 || (cache != null && (cache.candidates().size() + cache.vacancies().size() > reusedMade[0]))) {
            // Keep the work just done: a crash later must not cost it again.
            profilesDirty = true;
            try {
                saveProfiles();
            } catch (IOException | RuntimeException e) {
                warn("the profiles could not be saved (" + e.getMessage() + "); the next open makes them again");
            }
        }
    }

    /** Hands saved profiles back to the engine. */
    @FunctionalInterface
    private interface Restorer<D, P> {
        List<MatchEngine.Refusal> restore(List<D> batch, List<P> made, String version,
                                          org.apache.lucene.store.Directory index, java.util.Collection<String> drop)
                throws IOException;
    }

    private <D, P> List<MatchEngine.Refusal> restore(Kind kind, List<D> docs, Map<String, ProfileCache.Saved<P>> saved,
                                                     Path savedIndex, String version,
                                                     java.util.function.Function<D, String> idOf,
                                                     Restorer<D, P> restorer,
                                                     java.util.function.Function<List<D>, List<MatchEngine.Refusal>> fresh,
                                                     int[] reusedMade) throws IOException {
        Map<String, Long> hashes = hashes(kind);
        List<P> made = new ArrayList<>(docs.size());
        Set<String> live = new HashSet<>();
        int reused = 0;
        synchronized (kind == Kind.CANDIDATE ? candidates : vacancies) {
            for (D d : docs) {
                String id = idOf.apply(d);
                live.add(id);
                ProfileCache.Saved<P> s = saved.get(id);
                Long hash = hashes.get(id);
                if (s != null && hash != null && s.hash() == hash) {
                    made.add(s.prepared());
                    reused++;
                } else {
                    made.add(null);
                }
            }
        }
        if (reused > 0) {
            List<String> drop = saved.keySet().stream().filter(id -> !live.contains(id)).toList();
            List<MatchEngine.Refusal> refused;
            try (org.apache.lucene.store.Directory index = savedIndex == null ? null
                    : org.apache.lucene.store.FSDirectory.open(savedIndex)) {
                refused = restorer.restore(docs, made, version, index, drop);
            } catch (IOException e) {
                // The engine may hold part of it now: start clean at the next open instead of guessing.
                deleteTree(dir.resolve(ProfileCache.FOLDER));
                throw new IOException("the saved search index " + savedIndex + " could not be read (" + e.getMessage()
                        + "); it has been removed, open the folder again to rebuild it", e);
            }
            if (refused != null) {
                reusedMade[0] += reused;
                reusedMade[1] += docs.size() - reused;
                return refused;
            }
        }
        reusedMade[1] += docs.size();
        return fresh.apply(docs);
    }

    /**
     * Saves the profiles of the stored documents and the engine's search indexes in the folder, so
     * that the next open reuses them instead of running the profile rules again. Opening and
     * closing save by themselves when there is something new; call this to keep the work of a long
     * run safe earlier. Does nothing for an in-memory store.
     *
     * @throws IOException when they cannot be written (the documents are not affected)
     */
    public void saveProfiles() throws IOException {
        synchronized (writeLock) {
            requireOpen();
            if (dir == null) {
                return;
            }
            engine.withHeld(held -> {
                Map<String, Long> candidateHashesNow = new HashMap<>();
                Map<String, Long> vacancyHashesNow = new HashMap<>();
                boolean exact;
                synchronized (candidates) {
                    exact = sameDocuments(held.rawCandidates(), candidates, candidateHashes, candidateHashesNow);
                }
                synchronized (vacancies) {
                    exact &= sameDocuments(held.rawVacancies(), vacancies, vacancyHashes, vacancyHashesNow);
                }
                ProfileCache.write(dir, held, candidateHashesNow, vacancyHashesNow, exact);
            });
            Path temp = dir.resolve(ProfileCache.TEMP);
            syncFolder(temp);
            Path folder = dir.resolve(ProfileCache.FOLDER);
            Path old = dir.resolve(ProfileCache.OLD);
            deleteTree(old);
            if (Files.exists(folder)) {
                move(folder, old);
            }
            move(temp, folder);
            deleteTree(old);
            profilesDirty = false;
        }
    }

    /**
     * Collects the hash of every document the engine holds as stored here; false when the engine
     * holds one the store does not (put into the engine directly), so its index is not the store's.
     */
    private static <T> boolean sameDocuments(Map<String, T> held, Map<String, T> stored, Map<String, Long> hashes,
                                             Map<String, Long> out) {
        boolean exact = true;
        for (Map.Entry<String, T> e : held.entrySet()) {
            Long hash = hashes.get(e.getKey());
            if (hash != null && stored.get(e.getKey()) == e.getValue()) {
                out.put(e.getKey(), hash);
            } else {
                exact = false;
            }
        }
        return exact;
    }

    /** Deletes a file or a folder with everything in it, if it exists. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private long readMeta(Path meta) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(Files.readAllBytes(meta));
        } catch (JsonProcessingException e) {
            throw new IOException(meta + " is not valid JSON: " + Documents.message(e), e);
        }
        if (node == null || !FORMAT.equals(node.path("format").asText())) {
            throw new IOException(dir + " is not a rolefit data folder: " + meta.getFileName()
                    + " does not say \"format\": \"" + FORMAT + "\"");
        }
        int version = node.path("formatVersion").asInt(-1);
        if (version < 1) {
            throw new IOException(meta + " has no valid formatVersion");
        }
        if (version > FORMAT_VERSION) {
            throw new IOException(dir + " was written in data format " + version + " by a newer rolefit; this one reads "
                    + "format " + FORMAT_VERSION);
        }
        long g = node.path("generation").asLong(-1);
        if (g < 0) {
            throw new IOException(meta + " has no valid generation");
        }
        return g;
    }

    private void writeMeta(long g) throws IOException {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("format", FORMAT);
        meta.put("formatVersion", FORMAT_VERSION);
        meta.put("generation", g);
        meta.put("rulesetVersion", engine.rulesetVersion());
        meta.put("updated", Instant.now().toString());
        Path target = dir.resolve(META);
        Path temp = dir.resolve(META + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            writeFully(out, (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.force(true);
        }
        move(temp, target);
    }

    /** Deletes what an interrupted compaction or meta update left: other generations and temporary files. */
    private void removeLeftovers() throws IOException {
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                Matcher m = GENERATION_FILE.matcher(name);
                if (name.endsWith(".tmp") || name.equals(ProfileCache.OLD)
                        || (m.matches() && Long.parseLong(m.group(2)) != generation)) {
                    leftovers.add(p);
                }
            });
        }
        for (Path p : leftovers) {
            deleteTree(p);
        }
        if (!leftovers.isEmpty()) {
            syncFolder();
        }
    }

    /** How much of a file one parsing task reads. */
    private static final int CHUNK = 8 << 20;

    /**
     * Applies a snapshot's or journal's lines to the maps; returns the length of the good part. In a
     * journal, a bad last line is a crash's torn write and is cut off; anything else bad is damage.
     * The file is read in chunks of whole lines (a snapshot of a million documents is larger than
     * one Java array), parsed on several threads and applied in file order.
     */
    private long replay(Path file, boolean isJournal) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            int workers = size < 2L * CHUNK ? 1 : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "rolefit-replay");
                t.setDaemon(true);
                return t;
            });
            try {
                ArrayDeque<Future<List<Parsed>>> inFlight = new ArrayDeque<>();
                byte[] carry = new byte[0];
                long offset = 0;   // the file offset of carry[0]
                boolean eof = false;
                int lineNo = 0;
                while (!eof || !inFlight.isEmpty()) {
                    while (!eof && inFlight.size() < workers * 2) {
                        byte[] block = Arrays.copyOf(carry, carry.length + CHUNK);
                        int len = carry.length;
                        while (len < block.length) {
                            int n = in.read(ByteBuffer.wrap(block, len, block.length - len));
                            if (n < 0) {
                                eof = true;
                                break;
                            }
                            len += n;
                        }
                        int cut = eof ? len : lastIndexOf(block, (byte) '\n', len) + 1;
                        carry = Arrays.copyOfRange(block, cut, len);
                        long chunkOffset = offset;
                        offset += cut;
                        int chunkLength = cut;
                        inFlight.add(pool == null
                                ? CompletableFuture.completedFuture(parseAll(block, chunkLength, chunkOffset, isJournal))
                                : pool.submit(() -> parseAll(block, chunkLength, chunkOffset, isJournal)));
                    }
                    for (Parsed line : result(inFlight.poll(), file)) {
                        lineNo++;
                        if (line.problem() == null) {
                            apply(line);
                            continue;
                        }
                        boolean last = line.end() < 0 || restIsBlank(in, line.end() + 1);
                        if (isJournal && last) {
                            truncate(file, line.start());
                            warn(file.getFileName() + ": line " + lineNo + " was cut short by a crash (" + line.problem()
                                    + ", " + (size - line.start()) + " bytes); it was never acknowledged and has been removed");
                            return line.start();
                        }
                        throw new IOException(file + " is damaged at line " + lineNo + ": " + line.problem()
                                + (isJournal ? "; the lines after it are good, so this is not a crash's torn write" : "")
                                + "; restore the folder from a backup or move the file aside");
                    }
                }
                return offset;
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
    }

    /** Every line of {@code block[0, length)}; a last piece without a line end is a line with end -1. */
    private static List<Parsed> parseAll(byte[] block, int length, long offset, boolean isJournal) {
        List<Parsed> lines = new ArrayList<>();
        int pos = 0;
        while (pos < length) {
            int end = indexOf(block, (byte) '\n', pos, length);
            if (end < 0) {
                lines.add(Parsed.bad(offset + pos, -1, "it has no line end"));
                break;
            }
            lines.add(parse(block, pos, end, offset, isJournal));
            pos = end + 1;
        }
        return lines;
    }

    private static List<Parsed> result(Future<List<Parsed>> future, Path file) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            throw new IOException("cannot read " + file + ": " + e.getCause(), e.getCause());
        }
    }

    /** Whether the file is blank from {@code from} on. */
    private static boolean restIsBlank(FileChannel in, long from) throws IOException {
        ByteBuffer rest = ByteBuffer.allocate(1 << 16);
        for (long at = from; ; ) {
            int n = in.read(rest.clear(), at);
            if (n <= 0) {
                return true;
            }
            if (!isBlankTail(rest.array(), 0, n)) {
                return false;
            }
            at += n;
        }
    }

    private static int lastIndexOf(byte[] bytes, byte b, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlankTail(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0 && bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    private void truncate(Path file, long length) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(length);
            c.force(true);
        }
    }

    /** One line checked and read, not yet applied: a put or delete, or what is wrong with it. */
    private record Parsed(long start, long end, String problem, boolean put, boolean candidate, String id,
                          Object document, long hash) {
        static Parsed bad(long start, long end, String problem) {
            return new Parsed(start, end, problem, false, false, null, null, 0);
        }
    }

    /**
     * Checks and reads one line, {@code bytes[start, end)}; touches no state, so lines are read on
     * several threads. {@code offset} is the file offset of {@code bytes[0]}.
     */
    private static Parsed parse(byte[] bytes, int start, int end, long offset, boolean isJournal) {
        long at = offset + start;
        long to = offset + end;
        int crcAt = lastIndexOf(bytes, CRC_FIELD, start, end);
        // ,"crc32c":"xxxxxxxx"}
        if (crcAt < 0 || end - crcAt != CRC_FIELD.length + 10 || bytes[end - 1] != '}' || bytes[end - 2] != '"') {
            return Parsed.bad(at, to, "it has no checksum where one belongs");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, start, crcAt - start);
        String written = new String(bytes, crcAt + CRC_FIELD.length, 8, StandardCharsets.US_ASCII);
        if (!String.format(Locale.ROOT, "%08x", crc.getValue()).equals(written)) {
            return Parsed.bad(at, to, "its checksum does not match");
        }
        long hash = hash(crc.getValue(), bytes, start, crcAt);
        // Streamed, not read into a tree first: the document is bound straight from the bytes.
        String op = "";
        String kind = "";
        String id = null;
        Object document = null;
        boolean hasDocument = false;
        try (JsonParser in = JSON.getFactory().createParser(bytes, start, end - start)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return Parsed.bad(at, to, "it is not a JSON object");
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "op" -> op = text(in);
                    case "kind" -> kind = text(in);
                    case "id" -> id = in.currentToken().isScalarValue() ? in.getValueAsString() : null;
                    case "document" -> {
                        hasDocument = true;
                        if (kind.equals("candidate") || kind.equals("vacancy")) {
                            try {
                                Class<?> type = kind.equals("candidate") ? Candidate.class : Vacancy.class;
                                document = JSON.readValue(in, type);
                            } catch (JsonParseException e) {
                                throw e;
                            } catch (JsonProcessingException | IllegalArgumentException e) {
                                return Parsed.bad(at, to, "its " + kind + " '" + id + "' cannot be read ("
                                        + Documents.message(e) + ")");
                            }
                        } else {
                            in.skipChildren();
                        }
                    }
                    default -> in.skipChildren();
                }
            }
        } catch (IOException e) {
            return Parsed.bad(at, to, "it is not valid JSON (" + Documents.message(e) + ")");
        }
        if (id == null || id.isEmpty()) {
            return Parsed.bad(at, to, "it has no id");
        }
        if (!kind.equals("candidate") && !kind.equals("vacancy")) {
            return Parsed.bad(at, to, "its kind '" + kind + "' is neither candidate nor vacancy");
        }
        boolean candidate = kind.equals("candidate");
        switch (op) {
            case "put" -> {
                if (document == null) {
                    return Parsed.bad(at, to, "its " + kind + " '" + id + "' cannot be read ("
                            + (hasDocument ? "the document is null" : "it has no document") + ")");
                }
                return new Parsed(at, to, null, true, candidate, id, document, hash);
            }
            case "delete" -> {
                if (!isJournal) {
                    return Parsed.bad(at, to, "a snapshot holds puts only");
                }
                return new Parsed(at, to, null, false, candidate, id, null, hash);
            }
            default -> {
                return Parsed.bad(at, to, "its op '" + op + "' is neither put nor delete");
            }
        }
    }

    private static String text(JsonParser in) throws IOException {
        if (!in.currentToken().isScalarValue()) {
            in.skipChildren();
            return "";
        }
        String value = in.getValueAsString();
        return value == null ? "" : value;
    }

    /** Applies a good line to the maps, in file order. */
    private void apply(Parsed line) {
        if (line.candidate()) {
            synchronized (candidates) {
                if (line.put()) {
                    candidates.put(line.id(), (Candidate) line.document());
                    candidateHashes.put(line.id(), line.hash());
                } else {
                    candidates.remove(line.id());
                    candidateHashes.remove(line.id());
                }
            }
        } else {
            synchronized (vacancies) {
                if (line.put()) {
                    vacancies.put(line.id(), (Vacancy) line.document());
                    vacancyHashes.put(line.id(), line.hash());
                } else {
                    vacancies.remove(line.id());
                    vacancyHashes.remove(line.id());
                }
            }
        }
    }

    /** A record's line, and the hash of its content that ties a saved profile to it. */
    private record Line(byte[] bytes, long hash) {
    }

    /** One record as a line: the JSON, then its checksum as the last field, then a newline. */
    private static Line line(String op, Kind kind, String id, Object document) throws IOException {
        ObjectNode record = JSON.createObjectNode();
        record.put("op", op);
        record.put("kind", kind.label());
        record.put("id", id);
        if (document != null) {
            record.set("document", JSON.valueToTree(document));
        }
        byte[] json = JSON.writeValueAsBytes(record);
        // json ends with '}'; the checksum covers everything before the field that carries it
        CRC32C crc = new CRC32C();
        crc.update(json, 0, json.length - 1);
        String tail = String.format(Locale.ROOT, ",\"crc32c\":\"%08x\"}\n", crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + tail.length());
        out.write(json, 0, json.length - 1);
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return new Line(out.toByteArray(), hash(crc.getValue(), json, 0, json.length - 1));
    }

    /**
     * 64 bits of a line's content: its CRC-32C with a CRC-32 beside it, both hardware-assisted, so
     * that a changed document is told apart from the one a profile was saved for.
     */
    private static long hash(long crc32c, byte[] bytes, int from, int to) {
        CRC32 other = new CRC32();
        other.update(bytes, from, to - from);
        return (crc32c << 32) | other.getValue();
    }

    /** Appends and forces; on failure the journal is cut back to where it was, so no half line stays. */
    private void append(byte[] bytes) throws IOException {
        if (dir == null) {
            return;
        }
        if (broken != null) {
            throw new IOException("the journal of " + dir + " could not be repaired after a failed write ("
                    + broken.getMessage() + "); restart to recover from the folder", broken);
        }
        long start = journalBytes;
        try {
            writeFully(journal, bytes);
            journal.force(true);
            journalBytes = start + bytes.length;
        } catch (IOException e) {
            try {
                journal.truncate(start);
                journal.position(start);
                journal.force(true);
            } catch (IOException again) {
                broken = again;
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    private static long writeFully(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        return bytes.length;
    }

    private void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder();
    }

    /** Makes a rename durable; some platforms cannot open a folder for that, and need not. */
    private void syncFolder() {
        syncFolder(dir);
    }

    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows: renames are durable with the file system's own journal
        }
    }

    private static String fileName(String prefix, long g) {
        return String.format(Locale.ROOT, "%s-%08d.jsonl", prefix, g);
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] needle, int from, int to) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "DataStore[" + (dir == null ? "in memory" : dir) + ", " + candidateCount() + " candidates, "
                + vacancyCount() + " vacancies]";
    }
}
