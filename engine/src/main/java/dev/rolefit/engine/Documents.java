package dev.rolefit.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads candidate and vacancy documents from files and folders. A folder is read recursively, in
 * name order. A {@code .json} or {@code .jsonld} file holds one object or an array of objects; a
 * {@code .jsonl} file one object per line.
 *
 * <p>A bad record becomes an {@link InputError} naming the file, the line and column or JSON path,
 * and the offending value; the other records are still read. A file that is not valid JSON is one
 * error (for JSON Lines, one error per bad line).
 *
 * <pre>{@code
 * Documents.Batch<Candidate> batch = Documents.candidates(List.of(Path.of("samples/candidates")));
 * batch.errors().forEach(System.err::println);
 * }</pre>
 */
public final class Documents {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    private Documents() {
    }

    /**
     * A record read, with where it came from.
     *
     * @param record   the record
     * @param source   the file
     * @param location "line 3" for JSON Lines, "$[2]" for the third object of an array, "" for a single object
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

    /** Reads candidates from files and folders. */
    public static Batch<Candidate> candidates(List<Path> paths) {
        return read(paths, Candidate.class);
    }

    /** Reads vacancies from files and folders. */
    public static Batch<Vacancy> vacancies(List<Path> paths) {
        return read(paths, Vacancy.class);
    }

    /**
     * Reads documents of either kind, deciding each one's kind by its fields: a vacancy has a
     * title, requiredSkills or a salary band; a candidate has experience, skills or a headline.
     */
    public static Batch<Object> any(List<Path> paths) {
        return read(paths, Object.class);
    }

    private static <T> Batch<T> read(List<Path> paths, Class<T> type) {
        List<Sourced<T>> records = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path, errors)) {
                readFile(file, type, records, errors);
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

    private static boolean isDocument(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".jsonld")
                || name.endsWith(".txt") || name.endsWith(".md");
    }

    private static <T> void readFile(Path file, Class<T> type, List<Sourced<T>> records, List<InputError> errors) {
        String source = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            errors.add(new InputError(source, "", "cannot read the file: " + e.getMessage()));
            return;
        }
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            errors.add(new InputError(source, "", "plain-text documents are not supported yet; use JSON or JSON Lines"));
        } else if (name.endsWith(".jsonl")) {
            readLines(source, new String(bytes, StandardCharsets.UTF_8), type, records, errors);
        } else if (name.endsWith(".json") || name.endsWith(".jsonld")) {
            readJson(source, bytes, type, records, errors);
        } else {
            errors.add(new InputError(source, "", "unknown file type; expected .json, .jsonld or .jsonl"));
        }
    }

    private static <T> void readLines(String source, String text, Class<T> type, List<Sourced<T>> records,
                                      List<InputError> errors) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = "line " + (i + 1);
            try (JsonParser p = JSON.createParser(lines[i])) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    errors.add(new InputError(source, where, "expected a JSON object, found " + describe(p)));
                    continue;
                }
                T record = convert(p, type);
                if (p.nextToken() != null) {
                    errors.add(new InputError(source, where, "more than one JSON value on the line"));
                    continue;
                }
                records.add(new Sourced<>(record, source, where));
            } catch (JsonProcessingException e) {
                errors.add(new InputError(source, where + position(e.getLocation(), false) + path(e), message(e)));
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new InputError(source, where, message(e)));
            }
        }
    }

    private static <T> void readJson(String source, byte[] bytes, Class<T> type, List<Sourced<T>> records,
                                     List<InputError> errors) {
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                readOne(source, p, type, -1, records, errors);
            } else if (first == JsonToken.START_ARRAY) {
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == null) {
                        throw new IOException("the array is not closed");
                    }
                    readOne(source, p, type, index++, records, errors);
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

    private static <T> void readOne(String source, JsonParser p, Class<T> type, int index, List<Sourced<T>> records,
                                    List<InputError> errors) throws IOException {
        String where = index < 0 ? "" : "$[" + index + "]";
        if (p.currentToken() != JsonToken.START_OBJECT) {
            errors.add(new InputError(source, position(p.currentTokenLocation(), true) + join(where),
                    "expected a JSON object, found " + describe(p)));
            p.skipChildren();
            return;
        }
        int depth = depth(p.getParsingContext()) - 1;
        try {
            records.add(new Sourced<>(convert(p, type), source, where));
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw e; // broken JSON: the rest of the file cannot be read
        } catch (JsonMappingException e) {
            errors.add(new InputError(source, position(e.getLocation(), true) + pathFrom(where, e), message(e)));
            // Skip what is left of this record and go on with the next.
            while (depth(p.getParsingContext()) > depth && p.nextToken() != null) {
                // skipping
            }
        } catch (IllegalArgumentException e) {
            errors.add(new InputError(source, where, message(e)));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T convert(JsonParser p, Class<T> type) throws IOException {
        if (type != Object.class) {
            return JSON.readValue(p, type);
        }
        com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(p);
        boolean vacancy = tree.has("title") || tree.has("requiredSkills") || tree.has("salary")
                || tree.has("remotePolicy") || tree.has("employmentType");
        Class<?> kind = vacancy ? Vacancy.class : Candidate.class;
        return (T) JSON.treeToValue(tree, kind);
    }

    private static int depth(JsonStreamContext context) {
        int depth = 0;
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            depth++;
        }
        return depth;
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

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return " (" + jsonPath("$", m) + ")";
        }
        return "";
    }

    private static String pathFrom(String where, JsonMappingException e) {
        return " (" + jsonPath(where.isEmpty() ? "$" : "$" + where.substring(1), e) + ")";
    }

    private static String join(String where) {
        return where.isEmpty() ? "" : " (" + where + ")";
    }

    private static String jsonPath(String root, JsonMappingException e) {
        StringBuilder path = new StringBuilder(root);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

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
        int cut = text.indexOf('\n');
        text = cut > 0 ? text.substring(0, cut).trim() : text.trim();
        // Jackson quotes the whole source in its locations; the error already says where.
        return text.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*at \\[Source:.*$", "").trim();
    }
}
