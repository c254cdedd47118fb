package dev.rolefit.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A data table of the rule set: RFC 4180 CSV with a header row, as a spreadsheet saves it.
 * Rows that are malformed become {@link RuleProblem}s with the file and line; the table keeps the rest.
 */
final class Csv {
    /** One data row: its cells by header name, and its line in the file. */
    record Row(String file, int line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }

        double number(String column, List<RuleProblem> problems) {
            String text = get(column);
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
                // Java reads "NaN" and "Infinity", and "1e999" as infinite: no table means any of them.
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new RuleProblem(file, line, 0, "column '" + column + "' is '" + text + "', not a number"));
            return Double.NaN;
        }
    }

    private Csv() {
    }

    /** Reads {@code text}; the header must contain every name in {@code required}. */
    static List<Row> parse(String file, String text, List<String> required, List<RuleProblem> problems) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (!split(file, text, records, lines, problems)) {
            return List.of();
        }
        if (records.isEmpty()) {
            problems.add(new RuleProblem(file, 1, 0, "the file is empty; expected a header with " + required));
            return List.of();
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(new RuleProblem(file, 1, 0,
                        "the header " + header + " lacks the column '" + column + "'"));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(new RuleProblem(file, lines.get(i), 0, "the row has " + record.size()
                        + " cells; the header has " + header.size() + " " + header));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), record.get(c));
            }
            rows.add(new Row(file, lines.get(i), cells));
        }
        return rows;
    }

    private static boolean split(String file, String text, List<List<String>> records, List<Integer> lines,
                                 List<RuleProblem> problems) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                cell.setLength(0);
                line++;
                recordLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            problems.add(new RuleProblem(file, recordLine, 0, "a quoted cell is never closed"));
            return false;
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            lines.add(recordLine);
        }
        return true;
    }
}
