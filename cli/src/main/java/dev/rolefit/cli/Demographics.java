package dev.rolefit.cli;

import dev.rolefit.model.InputError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demographics file of a bias audit: a CSV with the header {@code candidateId,sex,raceEthnicity}
 * (in any column order; other columns are ignored), one row per candidate. It is read only by
 * {@code rolefit audit bias}; the engine and the rules never see it.
 *
 * <p>An empty cell, or the word "unknown" in any case, is an unknown value: the candidate is counted
 * among the unknowns of that dimension and left out of its rates and ratios. A candidate the file
 * does not list is unknown on both. Categories are the values as written, trimmed, matched without
 * regard to case (the first spelling is shown). A row that cannot be used (a missing id, a repeated
 * id, too few cells) becomes an input error and the rest are used.
 */
final class Demographics {
    static final List<String> COLUMNS = List.of("candidateId", "sex", "raceEthnicity");

    /**
     * What the file says of one candidate.
     *
     * @param sex           the sex category, or null when unknown
     * @param raceEthnicity the race/ethnicity category, or null when unknown
     */
    record Person(String sex, String raceEthnicity) {
        static final Person UNKNOWN = new Person(null, null);
    }

    private final Map<String, Person> people;
    private final Map<String, String> spellings;

    private Demographics(Map<String, Person> people, Map<String, String> spellings) {
        this.people = people;
        this.spellings = spellings;
    }

    /** Demographics from rows already in memory (tests and callers that hold the data). */
    static Demographics of(Map<String, Person> people) {
        Map<String, Person> canonical = new HashMap<>();
        Map<String, String> spellings = new HashMap<>();
        people.forEach((id, p) -> canonical.put(id,
                new Person(category(p.sex(), spellings), category(p.raceEthnicity(), spellings))));
        return new Demographics(canonical, spellings);
    }

    /**
     * Reads the CSV; rows that cannot be used are added to {@code errors}.
     *
     * @throws UsageError when the file is missing or its header lacks a required column
     */
    static Demographics read(Path file, List<InputError> errors) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageError("--demographics: '" + file + "' is not a file");
        }
        String source = file.toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = parse(text);
        if (rows.isEmpty()) {
            throw new UsageError("--demographics: " + source + " is empty; expected the header "
                    + String.join(",", COLUMNS));
        }
        List<String> header = rows.get(0).cells();
        int[] at = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            at[c] = indexOf(header, COLUMNS.get(c));
            if (at[c] < 0) {
                throw new UsageError("--demographics: " + source + ": line 1: the header has no column '"
                        + COLUMNS.get(c) + "'; expected " + String.join(",", COLUMNS));
            }
        }
        Map<String, Person> people = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, String> spellings = new HashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            String where = "line " + row.line();
            int needed = Math.max(at[0], Math.max(at[1], at[2])) + 1;
            if (cells.size() < needed) {
                errors.add(new InputError(source, where, "the row has " + cells.size() + " cells; expected "
                        + header.size()));
                continue;
            }
            String id = cells.get(at[0]).trim();
            if (id.isEmpty()) {
                errors.add(new InputError(source, where, "the row has no candidateId"));
                continue;
            }
            Integer seen = firstLine.putIfAbsent(id, row.line());
            if (seen != null) {
                errors.add(new InputError(source, where, "duplicate candidateId '" + id + "' (first on line "
                        + seen + ")"));
                continue;
            }
            people.put(id, new Person(category(cells.get(at[1]), spellings), category(cells.get(at[2]), spellings)));
        }
        return new Demographics(people, spellings);
    }

    /** What the file says of a candidate; unknown on both when the file does not list them. */
    Person of(String candidateId) {
        return people.getOrDefault(candidateId, Person.UNKNOWN);
    }

    /** Whether the file lists the candidate. */
    boolean lists(String candidateId) {
        return people.containsKey(candidateId);
    }

    /** How many candidates the file lists. */
    int size() {
        return people.size();
    }

    /** A cell as a category: trimmed, null when empty or "unknown", spelled as first seen whatever the case. */
    private static String category(String cell, Map<String, String> spellings) {
        if (cell == null) {
            return null;
        }
        String value = cell.trim();
        if (value.isEmpty() || value.equalsIgnoreCase("unknown")) {
            return null;
        }
        return spellings.computeIfAbsent(value.toLowerCase(Locale.ROOT), k -> value);
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    /** One CSV record and the line it starts on. */
    private record Row(int line, List<String> cells) {
    }

    /** RFC 4180: fields may be quoted, quotes doubled inside, line breaks inside quotes; CRLF or LF. */
    private static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                line++;
                rowLine = line;
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
