package dev.rolefit.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Keeps an engine's candidates and vacancies in a folder, so that they survive a restart and a crash:
 * every put and remove is written to an append-only journal and forced to disk before the method
 * returns. Opening the folder replays it into a {@link MatchEngine}, which profiles and indexes the
 * documents again under the rules it runs.
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
 * <p><b>Rules.</b> {@code meta.json} records the version of the rules that last profiled the
 * documents; documents are profiled anew at every open, so a folder works with any rule set.
 *
 * <p>A writer that wants to produce such a folder itself (an indexer, a migration) writes
 * {@code meta.json} last and may leave the journal empty or absent.
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
            Map<String, T> before = new LinkedHashMap<>();
            synchronized (map) {
                for (T d : batch) {
                    before.putIfAbsent(idOf.apply(d), map.get(idOf.apply(d)));
                }
            }
            List<MatchEngine.Refusal> refused = kind == Kind.CANDIDATE
                    ? engine.putCandidates((List<Candidate>) batch)
                    : engine.putVacancies((List<Vacancy>) batch);
            Set<Integer> refusedAt = new HashSet<>();
            refused.forEach(r -> refusedAt.add(r.index()));
            List<T> accepted = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (!refusedAt.contains(i)) {
                    accepted.add(batch.get(i));
                }
            }
            if (accepted.isEmpty()) {
                return refused;
            }
            try {
                ByteArrayOutputStream lines = new ByteArrayOutputStream();
                for (T d : accepted) {
                    lines.writeBytes(line("put", kind, idOf.apply(d), d));
                }
                append(lines.toByteArray());
            } catch (IOException | RuntimeException e) {
                // Not on disk, so not acknowledged: the engine goes back to what the store holds.
                for (T d : accepted) {
                    undo(kind, idOf.apply(d), before.get(idOf.apply(d)));
                }
                throw e;
            }
            synchronized (map) {
                for (T d : accepted) {
                    map.put(idOf.apply(d), d);
                }
            }
            compactIfDue();
            return refused;
        }
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
            append(line("delete", kind, id, null));
            if (kind == Kind.CANDIDATE) {
                engine.removeCandidate(id);
            } else {
                engine.removeVacancy(id);
            }
            synchronized (map) {
                map.remove(id);
            }
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
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteArrayOutputStream chunk = new ByteArrayOutputStream();
                for (Candidate c : candidates()) {
                    chunk.writeBytes(line("put", Kind.CANDIDATE, c.id(), c));
                    bytes += flushIfLarge(out, chunk);
                }
                for (Vacancy v : vacancies()) {
                    chunk.writeBytes(line("put", Kind.VACANCY, v.id(), v));
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

    /** Puts the replayed documents into the engine; those the rules refuse now stay stored and are reported. */
    private void load() {
        List<Candidate> cs = candidates();
        for (MatchEngine.Refusal r : engine.putCandidates(cs)) {
            warn("stored candidate '" + r.id() + "' is refused by the rules in use (" + r.reason()
                    + "); it stays in the folder but is not matched");
        }
        List<Vacancy> vs = vacancies();
        for (MatchEngine.Refusal r : engine.putVacancies(vs)) {
            warn("stored vacancy '" + r.id() + "' is refused by the rules in use (" + r.reason()
                    + "); it stays in the folder but is not matched");
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
                if (name.endsWith(".tmp") || (m.matches() && Long.parseLong(m.group(2)) != generation)) {
                    leftovers.add(p);
                }
            });
        }
        for (Path p : leftovers) {
            Files.deleteIfExists(p);
        }
        if (!leftovers.isEmpty()) {
            syncFolder();
        }
    }

    /**
     * Applies a snapshot's or journal's lines to the maps; returns the length of the good part. In a
     * journal, a bad last line is a crash's torn write and is cut off; anything else bad is damage.
     */
    private long replay(Path file, boolean isJournal) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int lineNo = 0;
        while (start < bytes.length) {
            lineNo++;
            int end = indexOf(bytes, (byte) '\n', start);
            String problem;
            if (end < 0) {
                problem = "it has no line end";
            } else {
                problem = apply(bytes, start, end, isJournal);
                if (problem == null) {
                    start = end + 1;
                    continue;
                }
            }
            boolean last = end < 0 || isBlankTail(bytes, end + 1);
            if (isJournal && last) {
                truncate(file, start);
                warn(file.getFileName() + ": line " + lineNo + " was cut short by a crash (" + problem + ", "
                        + (bytes.length - start) + " bytes); it was never acknowledged and has been removed");
                return start;
            }
            throw new IOException(file + " is damaged at line " + lineNo + ": " + problem
                    + (isJournal ? "; the lines after it are good, so this is not a crash's torn write" : "")
                    + "; restore the folder from a backup or move the file aside");
        }
        return bytes.length;
    }

    private static boolean isBlankTail(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
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

    /** Applies one line; returns what is wrong with it, or null. */
    private String apply(byte[] bytes, int start, int end, boolean isJournal) {
        int crcAt = lastIndexOf(bytes, CRC_FIELD, start, end);
        // ,"crc32c":"xxxxxxxx"}
        if (crcAt < 0 || end - crcAt != CRC_FIELD.length + 10 || bytes[end - 1] != '}' || bytes[end - 2] != '"') {
            return "it has no checksum where one belongs";
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, start, crcAt - start);
        String written = new String(bytes, crcAt + CRC_FIELD.length, 8, StandardCharsets.US_ASCII);
        if (!String.format(Locale.ROOT, "%08x", crc.getValue()).equals(written)) {
            return "its checksum does not match";
        }
        JsonNode record;
        try {
            record = JSON.readTree(new String(bytes, start, end - start, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return "it is not valid JSON (" + Documents.message(e) + ")";
        }
        String op = record.path("op").asText();
        String kind = record.path("kind").asText();
        String id = record.path("id").asText(null);
        if (id == null || id.isEmpty()) {
            return "it has no id";
        }
        if (!kind.equals("candidate") && !kind.equals("vacancy")) {
            return "its kind '" + kind + "' is neither candidate nor vacancy";
        }
        switch (op) {
            case "put" -> {
                try {
                    if (kind.equals("candidate")) {
                        Candidate c = JSON.treeToValue(record.path("document"), Candidate.class);
                        synchronized (candidates) {
                            candidates.put(id, c);
                        }
                    } else {
                        Vacancy v = JSON.treeToValue(record.path("document"), Vacancy.class);
                        synchronized (vacancies) {
                            vacancies.put(id, v);
                        }
                    }
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    return "its " + kind + " '" + id + "' cannot be read (" + Documents.message(e) + ")";
                }
            }
            case "delete" -> {
                if (!isJournal) {
                    return "a snapshot holds puts only";
                }
                if (kind.equals("candidate")) {
                    synchronized (candidates) {
                        candidates.remove(id);
                    }
                } else {
                    synchronized (vacancies) {
                        vacancies.remove(id);
                    }
                }
            }
            default -> {
                return "its op '" + op + "' is neither put nor delete";
            }
        }
        return null;
    }

    /** One record as a line: the JSON, then its checksum as the last field, then a newline. */
    private static byte[] line(String op, Kind kind, String id, Object document) throws IOException {
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
        return out.toByteArray();
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
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows: renames are durable with the file system's own journal
        }
    }

    private static String fileName(String prefix, long g) {
        return String.format(Locale.ROOT, "%s-%08d.jsonl", prefix, g);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
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
