package dev.rolefit.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads candidate and vacancy documents from files and folders (and from bytes that are not in a
 * file, such as a request body: {@link #parse}). A folder is read recursively, in name order,
 * skipping README files ("README.md", "readme.txt": they document the folder, and would otherwise
 * read as plain-text documents). A {@code .json} or {@code .jsonld} file holds one object or an
 * array of objects; a {@code .jsonl} file one object per line; a {@code .txt} or {@code .md} file one
 * plain-text résumé or job posting ({@link PlainTextFormat}).
 *
 * <p>Each document's format is detected from its fields:
 * <ul>
 *   <li><b>schema.org JobPosting</b> (a vacancy): JSON-LD, with {@code @type} JobPosting, or an
 *       {@code @graph} holding one or more JobPostings;</li>
 *   <li><b>JSON Resume</b> (a candidate): {@code basics} or {@code work};</li>
 *   <li><b>JSON Resume job</b> (a vacancy): {@code title} with {@code company}, {@code qualifications}
 *       or {@code responsibilities}, and none of the native fields;</li>
 *   <li>else <b>native JSON</b>, read as it is.</li>
 * </ul>
 * A foreign document without an {@code id} gets its file name without the extension, followed by
 * "-N" for the Nth object of an array, the line of a JSON Lines file, or the Nth JobPosting of an
 * {@code @graph} holding several.
 *
 * <p>A bad record becomes an {@link InputError} naming the file, the line and column and JSON path,
 * and the offending value; the other records are still read. A file that is not valid JSON is one
 * error (for JSON Lines, one error per bad line). A foreign document reports every value it could
 * not read, and yields no record.
 *
 * <pre>{@code
 * Documents.Batch<Candidate> batch = Documents.candidates(List.of(Path.of("samples/candidates")));
 * batch.errors().forEach(System.err::println);
 * }</pre>
 */
public final class Documents {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    /**
     * Fields only native documents have: with one of them, a document is read as native JSON. The
     * native {@code experience} is a list and {@code salary} an object; the JSON Resume job schema has
     * both as text, so those two count only in their native shape.
     */
    private static final Set<String> NATIVE_FIELDS = Set.of("headline", "employmentTypes",
            "salaryExpectation", "remotePreference", "willingToRelocate", "certifications", "requiredSkills",
            "preferredSkills", "remotePolicy", "minYearsExperience", "seniority", "roleFamily", "employmentType",
            "organization");

    private Documents() {
    }

    /**
     * A record read, with where it came from.
     *
     * @param record   the record
     * @param source   the file
     * @param location "line 3" for JSON Lines, "$[2]" for the third object of an array, "$.@graph[1]"
     *                 for a JobPosting in a graph, "" for a single object
     */
    public record Sourced<T>(T record, String source, String location) {
    }

    /** What a read produced: the good records in order, and an error for each bad one. */
    public record Batch<T>(List<Sourced<T>> records, List<InputError> errors) {
        public Batch {
            records = List.copyOf(records);
            errors = List.copyOf(errors);
        }
    }

    /** Reads candidates (native JSON, JSON Resume or plain-text résumés) from files and folders. */
    public static Batch<Candidate> candidates(List<Path> paths) {
        return read(paths, Candidate.class, null);
    }

    /** Reads candidates, every document in {@code format} (null: detected per document). */
    public static Batch<Candidate> candidates(List<Path> paths, Format format) {
        return read(paths, Candidate.class, format);
    }

    /** Reads vacancies (native JSON, JSON Resume job, schema.org JobPosting or plain-text postings) from files and folders. */
    public static Batch<Vacancy> vacancies(List<Path> paths) {
        return read(paths, Vacancy.class, null);
    }

    /** Reads vacancies, every document in {@code format} (null: detected per document). */
    public static Batch<Vacancy> vacancies(List<Path> paths, Format format) {
        return read(paths, Vacancy.class, format);
    }

    /**
     * Reads documents of either kind, deciding each one's kind by its format, and for native JSON by
     * its fields: a vacancy has a title, requiredSkills or a salary band; a candidate has experience,
     * skills or a headline. A plain-text document is a posting when its words say so (requirements,
     * an offer, a salary), else a résumé.
     */
    public static Batch<Object> any(List<Path> paths) {
        return read(paths, Object.class, null);
    }

    /** Reads documents of either kind, every document in {@code format} (null: detected per document). */
    public static Batch<Object> any(List<Path> paths, Format format) {
        return read(paths, Object.class, format);
    }

    /**
     * Reads documents that are not in a file: the body of an HTTP request, a message from a queue.
     * The bytes are read exactly as a file with that name would be: {@code fileName}'s extension
     * chooses JSON ({@code .json}, {@code .jsonld}: one object or an array), JSON Lines
     * ({@code .jsonl}) or plain text ({@code .txt}, {@code .md}: one résumé or posting); each
     * document's format is detected from its fields; a foreign document
     * without an id gets {@code fileName} without its extension (with "-N" as for files); and every
     * bad record is an {@link InputError} whose source is {@code source}.
     *
     * <pre>{@code
     * Documents.Batch<Candidate> batch = Documents.parse("request body", body, "body.jsonl", Candidate.class);
     * }</pre>
     *
     * @param source   how errors and records name where the bytes came from, e.g. "request body"
     * @param content  the bytes, UTF-8
     * @param fileName a file name whose extension says how to read the bytes, e.g. "body.json"
     * @param type     {@code Candidate.class}, {@code Vacancy.class}, or {@code Object.class} for
     *                 either kind, decided per document as {@link #any(List)} does
     * @throws IllegalArgumentException when {@code type} is none of those three
     */
    public static <T> Batch<T> parse(String source, byte[] content, String fileName, Class<T> type) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fileName, "fileName");
        if (type != Candidate.class && type != Vacancy.class && type != Object.class) {
            throw new IllegalArgumentException("type is " + type.getName()
                    + "; it must be Candidate, Vacancy or Object (either)");
        }
        List<Sourced<T>> records = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        readBytes(source, fileName, content, type, null, records, errors);
        return new Batch<>(records, errors);
    }

    /**
     * The formats a document can be in. Each document's format is detected from its fields; pass one
     * to the readers that take it to read every document as that format instead (what the format
     * cannot read, or a document of the wrong kind, is then an error).
     */
    public enum Format {
        NATIVE("native JSON", null),
        JSON_RESUME("a JSON Resume", Candidate.class),
        JSON_RESUME_JOB("a JSON Resume job", Vacancy.class),
        JOB_POSTING("a schema.org JobPosting", Vacancy.class),
        /** A plain-text or Markdown résumé or job posting; the kind is decided by the reader or by the words. */
        TEXT("plain text", null);

        final String label;
        final Class<?> kind;

        Format(String label, Class<?> kind) {
            this.label = label;
            this.kind = kind;
        }
    }

    private static Format detect(JsonNode doc) {
        if (JobPostingFormat.isJsonLd(doc)) {
            return Format.JOB_POSTING;
        }
        List<String> nativeFields = new ArrayList<>(NATIVE_FIELDS.stream().filter(doc::has).sorted().toList());
        if (doc.path("experience").isArray()) {
            nativeFields.add("experience");
        }
        if (doc.path("salary").isObject()) {
            nativeFields.add("salary");
        }
        if (JsonResumeFormat.matches(doc)) {
            if (!nativeFields.isEmpty()) {
                throw new IllegalArgumentException("the document mixes JSON Resume fields (basics, work) with"
                        + " native fields (" + String.join(", ", nativeFields) + "); write it in one format");
            }
            return Format.JSON_RESUME;
        }
        if (nativeFields.isEmpty() && JobResumeFormat.matches(doc)) {
            return Format.JSON_RESUME_JOB;
        }
        return Format.NATIVE;
    }

    private static <T> Batch<T> read(List<Path> paths, Class<T> type, Format forced) {
        List<Sourced<T>> records = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path, errors)) {
                readFile(file, type, forced, records, errors);
            }
        }
        return new Batch<>(records, errors);
    }

    private static List<Path> files(Path path, List<InputError> errors) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            errors.add(new InputError(path.toString(), "", "no such file or folder"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(Documents::isDocument).sorted().toList();
        } catch (IOException e) {
            errors.add(new InputError(path.toString(), "", "cannot read the folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** A file a folder walk reads; a README ("README.md", "readme.txt") documents the folder and is skipped. */
    private static boolean isDocument(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("readme.")) {
            return false;
        }
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".jsonld")
                || name.endsWith(".txt") || name.endsWith(".md");
    }

    private static <T> void readFile(Path file, Class<T> type, Format forced, List<Sourced<T>> records,
                                     List<InputError> errors) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            errors.add(new InputError(source, "", "cannot read the file: " + e.getMessage()));
            return;
        }
        readBytes(source, file.getFileName().toString(), bytes, type, forced, records, errors);
    }

    /** Reads the bytes of one file (or of something named like one): its extension decides how. */
    private static <T> void readBytes(String source, String fileName, byte[] bytes, Class<T> type, Format forced,
                                      List<Sourced<T>> records, List<InputError> errors) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String baseName = baseName(fileName);
        boolean plain = name.endsWith(".txt") || name.endsWith(".md");
        if (forced == Format.TEXT || plain && forced == null) {
            readText(source, baseName, bytes, type, records, errors);
        } else if (plain) {
            errors.add(new InputError(source, "", "a plain-text file cannot be read as " + forced.label
                    + "; use --input-format text or auto"));
        } else if (name.endsWith(".jsonl")) {
            readLines(source, baseName, new String(bytes, StandardCharsets.UTF_8), type, forced, records, errors);
        } else if (name.endsWith(".json") || name.endsWith(".jsonld")) {
            readJson(source, baseName, bytes, type, forced, records, errors);
        } else {
            errors.add(new InputError(source, "", "unknown file type; expected .json, .jsonld, .jsonl, .txt or .md"));
        }
    }

    /**
     * A plain-text résumé or posting ({@link PlainTextFormat}): one document per file. Read as a
     * candidate or a vacancy as asked; for either kind, the words decide (requirements and an offer
     * make a posting; jobs, education and contact details a résumé).
     */
    @SuppressWarnings("unchecked")
    private static <T> void readText(String source, String baseName, byte[] bytes, Class<T> type,
                                     List<Sourced<T>> records, List<InputError> errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.add(new InputError(source, "", "the file is not UTF-8 text (is it a binary file, such as a PDF"
                    + " or a Word document?); save the résumé or posting as plain text"));
            return;
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            errors.add(new InputError(source, "line " + line, "the file holds binary data (a NUL character);"
                    + " save the résumé or posting as plain text"));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            errors.add(new InputError(source, "", "the file is empty"));
            return;
        }
        Class<?> kind = type != Object.class ? type : PlainTextFormat.isPosting(text) ? Vacancy.class : Candidate.class;
        PlainTextFormat.Result result = PlainTextFormat.read(text, kind, baseName);
        for (PlainTextFormat.Problem problem : result.problems()) {
            errors.add(new InputError(source, problem.line() == 0 ? "" : "line " + problem.line(), problem.message()));
        }
        if (result.record() != null) {
            records.add(new Sourced<>((T) result.record(), source, ""));
        }
    }

    /** The file name without its extension: the id of a foreign document that has none. */
    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static <T> void readLines(String source, String baseName, String text, Class<T> type, Format forced,
                                      List<Sourced<T>> records, List<InputError> errors) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            readLine(source, baseName, lines[i], i + 1, type, forced, records, errors);
        }
    }

    /** Reads line {@code number} of a JSON Lines file. */
    private static <T> void readLine(String source, String baseName, String line, int number, Class<T> type,
                                     Format forced, List<Sourced<T>> records, List<InputError> errors) {
        if (line.isBlank()) {
            return;
        }
        String where = "line " + number;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                errors.add(new InputError(source, where, "expected a JSON object, found " + describe(p)));
                return;
            }
            JsonNode tree = JSON.readTree(p);
            if (p.nextToken() != null) {
                errors.add(new InputError(source, where, "more than one JSON value on the line"));
                return;
            }
            Doc doc = new Doc(source, where, "$", baseName + "-" + number, new Locator(null, line, 0, number, 1));
            convert(doc, tree, type, forced, records, errors);
        } catch (JsonProcessingException e) {
            errors.add(new InputError(source, where + position(e.getLocation(), false), message(e)));
        } catch (IOException | IllegalArgumentException e) {
            errors.add(new InputError(source, where, message(e)));
        }
    }

    /**
     * Reads documents one at a time, handing each to {@code record} (and each error to
     * {@code error}) as soon as it is read, in the order {@link #candidates} would list them: JSON
     * Lines files line by line, so a file of a million candidates never sits in memory.
     *
     * @param type   Candidate, Vacancy or Object (either, as {@link #any} decides)
     * @param format every document's format, or null to detect it per document
     */
    public static <T> void each(List<Path> paths, Class<T> type, Format format, Consumer<Sourced<T>> record,
                                Consumer<InputError> error) {
        List<Sourced<T>> records = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Runnable drain = () -> {
            records.forEach(record);
            records.clear();
            errors.forEach(error);
            errors.clear();
        };
        for (Path path : paths) {
            List<Path> files = files(path, errors);
            drain.run();
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl") && format != Format.TEXT) {
                    // Malformed bytes become U+FFFD as in a whole-file read, not an error for the whole file.
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
                        int number = 0;
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            readLine(file.toString(), baseName(name), line, ++number, type, format, records, errors);
                            drain.run();
                        }
                    } catch (IOException e) {
                        errors.add(new InputError(file.toString(), "", "cannot read the file: " + e.getMessage()));
                    }
                } else {
                    readFile(file, type, format, records, errors);
                }
                drain.run();
            }
        }
    }

    private static <T> void readJson(String source, String baseName, byte[] bytes, Class<T> type, Format forced,
                                     List<Sourced<T>> records, List<InputError> errors) {
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                readOne(source, baseName, bytes, p, type, forced, -1, records, errors);
            } else if (first == JsonToken.START_ARRAY) {
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == null) {
                        throw new IOException("the array is not closed");
                    }
                    readOne(source, baseName, bytes, p, type, forced, index++, records, errors);
                }
            } else {
                errors.add(new InputError(source, "line 1", "expected a JSON object or an array of objects, found "
                        + describe(p)));
            }
        } catch (JsonProcessingException e) {
            errors.add(new InputError(source, position(e.getLocation(), true), message(e)));
        } catch (IOException e) {
            errors.add(new InputError(source, "", message(e)));
        }
    }

    private static <T> void readOne(String source, String baseName, byte[] bytes, JsonParser p, Class<T> type,
                                    Format forced, int index, List<Sourced<T>> records, List<InputError> errors)
            throws IOException {
        String where = index < 0 ? "" : "$[" + index + "]";
        if (p.currentToken() != JsonToken.START_OBJECT) {
            errors.add(new InputError(source, position(p.currentTokenLocation(), true) + join(where),
                    "expected a JSON object, found " + describe(p)));
            p.skipChildren();
            return;
        }
        JsonLocation start = p.currentTokenLocation();
        JsonNode tree = JSON.readTree(p); // broken JSON throws: the rest of the file cannot be read
        Doc doc = new Doc(source, where, index < 0 ? "$" : where, index < 0 ? baseName : baseName + "-" + (index + 1),
                new Locator(bytes, null, (int) start.getByteOffset(), start.getLineNr(), start.getColumnNr()));
        convert(doc, tree, type, forced, records, errors);
    }

    /**
     * One document of a file: how to name it in a record's location and in errors, the id it gets
     * when it has none, and where it sits in the file.
     *
     * @param where      the record's location: "", "$[2]" or "line 3"
     * @param path       the JSON path of the document: "$" or "$[2]"
     * @param fallbackId the file name, with the document's position when the file holds several
     */
    private record Doc(String source, String where, String path, String fallbackId, Locator locator) {
        InputError error(JsonPointer pointer, String path, String message) {
            return new InputError(source, locator.at(pointer) + " (" + path + ")", message);
        }

        String whereIn(String subPath) {
            if (where.startsWith("line ")) {
                return where + ", " + subPath;
            }
            return subPath;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void convert(Doc doc, JsonNode tree, Class<T> type, Format forced, List<Sourced<T>> records,
                                    List<InputError> errors) {
        Format format;
        try {
            format = forced != null ? forced : detect(tree);
        } catch (IllegalArgumentException e) {
            errors.add(doc.error(JsonPointer.empty(), doc.path(), e.getMessage()));
            return;
        }
        if (format == Format.NATIVE) {
            readNative(doc, tree, type, records, errors);
            return;
        }
        if (type != Object.class && type != format.kind) {
            errors.add(doc.error(JsonPointer.empty(), doc.path(), format.label + " is a "
                    + (format.kind == Candidate.class ? "candidate" : "vacancy") + "; expected a "
                    + (type == Candidate.class ? "candidate" : "vacancy")));
            return;
        }
        Reading.At root = Reading.At.root(tree, doc.path());
        switch (format) {
            case JSON_RESUME -> {
                Reading reading = new Reading(doc.fallbackId());
                keep(doc, doc.where(), (T) JsonResumeFormat.candidate(root, reading), reading, records, errors);
            }
            case JSON_RESUME_JOB -> {
                Reading reading = new Reading(doc.fallbackId());
                keep(doc, doc.where(), (T) JobResumeFormat.vacancy(root, reading), reading, records, errors);
            }
            case JOB_POSTING -> {
                List<Reading.At> postings = JobPostingFormat.postings(root);
                if (postings.isEmpty()) {
                    errors.add(doc.error(JsonPointer.empty(), doc.path(), JobPostingFormat.describe(tree)
                            + "; rolefit reads JobPosting nodes from JSON-LD"));
                }
                for (int i = 0; i < postings.size(); i++) {
                    Reading.At posting = postings.get(i);
                    boolean inGraph = posting != root;
                    Reading reading = new Reading(doc.fallbackId() + (postings.size() > 1 ? "-" + (i + 1) : ""));
                    T record = (T) JobPostingFormat.vacancy(posting, root, reading);
                    keep(doc, inGraph ? doc.whereIn(posting.path()) : doc.where(), record, reading, records, errors);
                }
            }
            default -> throw new IllegalStateException(format.name());
        }
    }

    private static <T> void keep(Doc doc, String where, T record, Reading reading, List<Sourced<T>> records,
                                 List<InputError> errors) {
        for (Reading.Problem problem : reading.problems()) {
            errors.add(doc.error(problem.pointer(), problem.path(), problem.message()));
        }
        if (record != null && reading.ok()) {
            records.add(new Sourced<>(record, doc.source(), where));
        }
    }

    private static <T> void readNative(Doc doc, JsonNode tree, Class<T> type, List<Sourced<T>> records,
                                       List<InputError> errors) {
        Class<?> kind = type != Object.class ? type : isNativeVacancy(tree) ? Vacancy.class : Candidate.class;
        String other = type == Object.class ? null : otherKindsField(tree, kind);
        if (other != null) {
            // A vacancy file among the candidates (or the reverse) would fail on some field deep inside.
            errors.add(doc.error(JsonPointer.empty(), doc.path(), "this reads as a "
                    + (kind == Candidate.class ? "vacancy" : "candidate") + " (it has '" + other + "' and no "
                    + (kind == Candidate.class ? "headline, skills or experience" : "title or required skills")
                    + "); expected a " + (kind == Candidate.class ? "candidate" : "vacancy")));
            return;
        }
        String salaryField = kind == Vacancy.class ? "salary" : "salaryExpectation";
        if (tree instanceof ObjectNode object && object.get(salaryField) instanceof TextNode said) {
            // "55k-70k EUR" is read as the other formats read it, and an unreadable one is named as written.
            if (said.asText().isBlank()) {
                object.remove(salaryField); // no salary said, as a blank salary string in the other formats
            } else {
                try {
                    object.set(salaryField, JSON.valueToTree(SalaryText.parse(said.asText())));
                } catch (IllegalArgumentException e) {
                    errors.add(doc.error(JsonPointer.empty().appendProperty(salaryField), doc.path() + "." + salaryField,
                            e.getMessage()));
                    return;
                }
            }
        }
        try {
            @SuppressWarnings("unchecked")
            T record = (T) JSON.treeToValue(tree, kind);
            records.add(new Sourced<>(record, doc.source(), doc.where()));
        } catch (JsonMappingException e) {
            JsonPointer pointer = JsonPointer.empty();
            StringBuilder path = new StringBuilder(doc.path());
            for (JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) {
                    pointer = pointer.appendProperty(r.getFieldName());
                    path.append('.').append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    pointer = pointer.appendIndex(r.getIndex());
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            errors.add(doc.error(pointer, path.toString(), message(e)));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            errors.add(doc.error(JsonPointer.empty(), doc.path(), message(e)));
        }
    }

    /**
     * The first field only the other kind has, when the document has two or more such and none of its
     * own kind's; else null. One stray field is an extra field, which native JSON keeps.
     */
    private static String otherKindsField(JsonNode tree, Class<?> kind) {
        List<String> own = kind == Candidate.class
                ? List.of("headline", "skills", "experience", "salaryExpectation", "summary")
                : List.of("title", "requiredSkills");
        List<String> others = kind == Candidate.class
                ? List.of("title", "requiredSkills", "preferredSkills", "remotePolicy", "employmentType", "salary")
                : List.of("headline", "skills", "experience", "salaryExpectation", "summary", "certifications");
        if (own.stream().anyMatch(tree::has)) {
            return null;
        }
        List<String> found = others.stream().filter(tree::has).toList();
        return found.size() >= 2 ? found.get(0) : null;
    }

    private static boolean isNativeVacancy(JsonNode tree) {
        return tree.has("title") || tree.has("requiredSkills") || tree.has("salary")
                || tree.has("remotePolicy") || tree.has("employmentType");
    }

    /**
     * Finds the line and column of a value inside one document, by reading the document again up to
     * it: only when there is an error to report, so reading stays a single pass otherwise.
     *
     * @param bytes  the file, for a {@code .json} file (then {@code offset} is where the document starts)
     * @param text   the line, for JSON Lines
     * @param line   the line the document starts on
     * @param column the column it starts at
     */
    private record Locator(byte[] bytes, String text, int offset, int line, int column) {
        String at(JsonPointer target) {
            for (JsonPointer pointer = target; pointer != null; pointer = pointer.head()) {
                JsonLocation found = find(pointer);
                if (found != null) {
                    int l = line + found.getLineNr() - 1;
                    int c = found.getLineNr() == 1 ? column + found.getColumnNr() - 1 : found.getColumnNr();
                    return "line " + l + ", column " + c;
                }
            }
            return "line " + line + ", column " + column;
        }

        private JsonLocation find(JsonPointer pointer) {
            try (JsonParser p = bytes != null ? JSON.createParser(bytes, offset, bytes.length - offset)
                    : JSON.createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                            && p.getParsingContext().pathAsPointer().equals(pointer)) {
                        return p.currentTokenLocation();
                    }
                    if ((t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) && p.getParsingContext().inRoot()) {
                        return null;
                    }
                }
            } catch (IOException e) {
                // the value lies past a break in the JSON: fall back to its parent
            }
            return null;
        }
    }

    private static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + safeText(p) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + safeText(p);
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String safeText(JsonParser p) {
        try {
            return p.getText();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String position(JsonLocation location, boolean withLine) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return withLine ? "line " + location.getLineNr() + ", column " + location.getColumnNr()
                : ", column " + location.getColumnNr();
    }

    private static String join(String where) {
        return where.isEmpty() ? "" : " (" + where + ")";
    }

    private static final Pattern JACKSON_TYPE_PREFIX =
            Pattern.compile("^Cannot deserialize value of type \\S+ from String \"([^\"]*)\": ");

    /** The plain reason: our own validation message when there is one, else Jackson's first sentence. */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        String text = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (text == null) {
            return e.getClass().getSimpleName();
        }
        text = text.replace("`java.lang.Double`", "number").replace("`java.lang.Integer`", "whole number")
                .replace("`java.lang.Boolean`", "true/false").replace("`java.lang.String`", "text")
                .replaceAll("`dev\\.rolefit\\.model\\.(\\w+)`", "$1")
                .replaceAll("`java\\.util\\.(\\w+)<[^`]*>`", "$1");
        // "Cannot deserialize value of type YearMonth from String "yesterday": date 'yesterday' is not …":
        // when the reason after the colon names the value itself, it is all the reader needs.
        Matcher typed = JACKSON_TYPE_PREFIX.matcher(text);
        if (typed.find() && text.substring(typed.end()).contains("'" + typed.group(1) + "'")) {
            text = text.substring(typed.end());
        }
        int cut = text.indexOf('\n');
        text = cut > 0 ? text.substring(0, cut).trim() : text.trim();
        // Jackson quotes the whole source in its locations; the error already says where.
        text = text.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*at \\[Source:.*$", "").trim();
        // Jackson's words for a stray character, and for a truncated document, in the reader's words.
        text = text.replaceFirst("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): expected a value$",
                        "unexpected '$1' where a value should be (a comma with nothing after it?)")
                .replaceFirst("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting double-quote to start field name$",
                        "unexpected '$1' where a quoted field name should be (a comma with nothing after it?)")
                .replaceFirst("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)", "unexpected '$1'");
        return text.replaceFirst("^Unexpected end-of-input: expected close marker for Array.*$",
                        "the JSON ends before an array is closed (the line or file is cut off)")
                .replaceFirst("^Unexpected end-of-input: expected close marker for Object.*$",
                        "the JSON ends before an object is closed (the line or file is cut off)");
    }
}
