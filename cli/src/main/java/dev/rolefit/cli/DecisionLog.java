package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Verdict;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The decision log of {@code rolefit match --audit-log FILE} (record keeping, EU AI Act Art. 12):
 * one JSON line per decision, appended, never rewritten.
 *
 * <p>A decision is one candidate–vacancy pair the engine scored in a run: those the output shows,
 * and also those it leaves out (rejected without {@code --include-rejected}, below {@code --top N});
 * {@code inOutput} tells them apart. Each line holds:
 * <ul>
 *   <li>{@code timestamp}: when the run decided, UTC, ISO-8601 to the millisecond; {@code batch}: a
 *       random id shared by the lines of one run;</li>
 *   <li>{@code rulesetVersion}: the SHA-256 of the rule files; {@code taxonomyVersion}: the engine
 *       does not version the skill taxonomy on its own, and data/skills.csv is one of the rule files,
 *       so this is the rule-set version (any taxonomy change changes it); {@code asOf}: the month
 *       that counted as now; {@code mode}: indexed (retrieval chose the pairs scored) or exhaustive;
 *       {@code per}: whose list {@code rank} counts in;</li>
 *   <li>{@code candidateId}, {@code vacancyId}, and {@code candidateSha256}, {@code vacancySha256}:
 *       the SHA-256 of each input record's canonical JSON (the record as rolefit read it, written by
 *       {@link RolefitJson#mapper()} with object keys sorted, no spaces, UTF-8), so a document can be
 *       shown to be the one decided on without the log holding it;</li>
 *   <li>{@code rank}, {@code score}, {@code verdict}, {@code reasons} (every reason with its rule,
 *       category, points, knockout flag and sentence) and {@code knockout}: the rule of the first
 *       knockout reason, or null when none fired (all of them are among the reasons).</li>
 * </ul>
 * No personal data: no name, email, phone or free text of the documents, only ids, hashes and the
 * rules' own sentences (which quote matching facts such as a city or a salary expectation, never a
 * name, contact data or a protected attribute).
 *
 * <p>The file is opened with APPEND (never truncated), locked while a run writes, and flushed and
 * forced to the storage device once per run; a run that finds the last line cut short starts on a
 * new line.
 */
final class DecisionLog {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    /**
     * One logged decision; see the class comment for the fields.
     */
    @JsonPropertyOrder({"timestamp", "batch", "rulesetVersion", "taxonomyVersion", "asOf", "mode", "per",
            "candidateId",
            "candidateSha256", "vacancyId", "vacancySha256", "rank", "inOutput", "score", "verdict", "knockout",
            "reasons"})
    record Entry(String timestamp, String batch, String rulesetVersion, String taxonomyVersion, String asOf,
                 String mode, String per, String candidateId, String candidateSha256, String vacancyId, String vacancySha256,
                 int rank, boolean inOutput, double score, Verdict verdict, String knockout, List<Reason> reasons) {
        Entry {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    private DecisionLog() {
    }

    /**
     * Appends one line per decision of a run to {@code file}; does nothing when {@code file} is null.
     * When the run's output leaves pairs out (no {@code --include-rejected}, or {@code --top N}), the
     * engine lists every pair again so that those decisions are logged too.
     *
     * @param output     the matches the run wrote
     * @param candidates the candidate record read under an id
     * @param vacancies  the vacancy record read under an id
     */
    static void append(Path file, MatchEngine engine, MatchOptions options, List<Match> output,
                       Function<String, ?> candidates, Function<String, ?> vacancies) throws IOException {
        if (file == null) {
            return;
        }
        List<Match> every = options.includeRejected() && options.top() == 0 ? output
                : engine.matchAll(options.includeRejected(true).top(0));
        Set<String> shown = new HashSet<>();
        for (Match m : output) {
            shown.add(key(m));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String batch = UUID.randomUUID().toString();
        String version = engine.rulesetVersion();
        String per = options.per().name().toLowerCase(Locale.ROOT);
        String mode = options.mode().name().toLowerCase(Locale.ROOT);
        Map<String, String> candidateHashes = new HashMap<>();
        Map<String, String> vacancyHashes = new HashMap<>();
        List<Entry> entries = new ArrayList<>(every.size());
        for (Match m : every) {
            String c = candidateHashes.computeIfAbsent(m.candidateId(), id -> sha256(candidates.apply(id)));
            String v = vacancyHashes.computeIfAbsent(m.vacancyId(), id -> sha256(vacancies.apply(id)));
            entries.add(entry(m, now, batch, version, engine.asOf().toString(), mode, per, c, v,
                    shown.contains(key(m))));
        }
        append(file, entries);
    }

    /** The log line of one match. */
    static Entry entry(Match m, Instant when, String batch, String rulesetVersion, String asOf, String mode,
                       String per, String candidateSha256, String vacancySha256, boolean inOutput) {
        String knockout = m.reasons().stream().filter(Reason::knockout).map(Reason::rule).findFirst().orElse(null);
        return new Entry(when.truncatedTo(ChronoUnit.MILLIS).toString(), batch, rulesetVersion, rulesetVersion, asOf,
                mode, per, m.candidateId(), candidateSha256, m.vacancyId(), vacancySha256, m.rank(), inOutput, m.score(),
                m.verdict(), knockout, m.reasons());
    }

    /** Appends the entries, one compact JSON line each, then flushes and forces the file once. */
    static void append(Path file, List<Entry> entries) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
             FileLock lock = lock(channel)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            if (endsMidLine(file, channel.size())) {
                out.write('\n');
            }
            for (Entry e : entries) {
                out.write(JSON.writeValueAsBytes(e));
                out.write('\n');
            }
            out.flush();
            channel.force(false);
        }
    }

    /**
     * Reads a log; a line that is not a decision becomes an input error and the rest are read.
     *
     * @throws UsageError when the file does not exist
     */
    static List<Entry> read(Path file, List<InputError> errors) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageError("'" + file + "' is not a file");
        }
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Entry e = JSON.readValue(line, Entry.class);
                    if (e.candidateId() == null || e.vacancyId() == null) {
                        throw new IllegalArgumentException("the line has no candidateId or vacancyId");
                    }
                    entries.add(e);
                } catch (JsonProcessingException e) {
                    errors.add(new InputError(file.toString(), "line " + n, e.getOriginalMessage()));
                } catch (IllegalArgumentException e) {
                    errors.add(new InputError(file.toString(), "line " + n, e.getMessage()));
                }
            }
        }
        return entries;
    }

    /** "sha256:" and the hex SHA-256 of a record's canonical JSON (keys sorted, compact, UTF-8). */
    static String sha256(Object record) {
        if (record == null) {
            throw new IllegalStateException("no input record to hash");
        }
        try {
            byte[] canonical = JSON.writeValueAsBytes(sorted(JSON.valueToTree(record)));
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the record as JSON: " + e.getOriginalMessage(), e);
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

    // ---------------------------------------------------------------- views

    /** The text view of {@code rolefit audit show}: one block per decision. */
    static void writeText(List<Entry> entries, int total, Writer w) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            b.append(e.timestamp()).append("  ").append(Output.printable(e.vacancyId())).append("  ")
                    .append(Output.printable(e.candidateId())).append("  ")
                    .append(String.format(Locale.ROOT, "%5.1f", e.score())).append(' ').append(e.verdict())
                    .append("  rank ").append(e.rank()).append(" per ").append(e.per()).append(", ").append(e.mode())
                    .append(e.inOutput() ? "" : "  (not in the output)").append("\n");
            b.append("    rules ").append(version(e.rulesetVersion())).append("  taxonomy ")
                    .append(version(e.taxonomyVersion())).append("  as of ").append(e.asOf())
                    .append("  batch ").append(e.batch()).append("\n");
            b.append("    candidate document ").append(e.candidateSha256()).append("\n");
            b.append("    vacancy document   ").append(e.vacancySha256()).append("\n");
            b.append("    knockout: ").append(e.knockout() == null ? "none" : Output.printable(e.knockout())).append("\n");
            for (Reason r : e.reasons()) {
                b.append("    ").append(r.knockout() ? "x" : r.points() < 0 ? "-" : "+")
                        .append(String.format(Locale.ROOT, " %6.1f  ", r.points()))
                        .append(Output.printable(r.rule())).append(" [").append(Output.printable(r.category()))
                        .append("]: ").append(Output.printable(r.message())).append("\n");
            }
        }
        b.append(entries.size()).append(entries.size() == 1 ? " decision" : " decisions").append(" shown of ")
                .append(total).append(" in the log\n");
        w.write(b.toString());
    }

    /** The JSON view: an array of the entries. */
    static void writeJson(List<Entry> entries, Writer w) throws IOException {
        Output.PRETTY.writeValue(w, entries);
        w.write("\n");
    }

    private static String version(String v) {
        return v == null ? "?" : MatchText.shortVersion(v);
    }

    private static String key(Match m) {
        return m.candidateId() + '\u0000' + m.vacancyId();
    }

    /** Holds the file for this run so that concurrent runs do not interleave lines; null where locks are not supported. */
    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            return channel.lock();
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /** Whether a previous writer stopped in the middle of a line (the last byte is not a line feed). */
    private static boolean endsMidLine(Path file, long size) throws IOException {
        if (size == 0) {
            return false;
        }
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            read.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    /** The {@code --audit-log} value: checked before any work is done, so a bad path never costs a run. */
    static final class Target implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            if (Files.isDirectory(file)) {
                throw new TypeConversionException("'" + value + "' is a folder; give a file name");
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new TypeConversionException("the folder '" + parent + "' does not exist");
            }
            if (Files.exists(file) && !Files.isWritable(file)) {
                throw new TypeConversionException("'" + value + "' cannot be written");
            }
            return file;
        }
    }
}
