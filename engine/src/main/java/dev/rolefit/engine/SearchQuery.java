package dev.rolefit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query language a recruiter types, parsed into a tree:
 *
 * <pre>
 * PyTorch AND (k8s OR "distributed systems") NOT SAS seniority:>=MID_SENIOR city:Brussels years:>=5
 * </pre>
 *
 * <ul>
 *   <li>a word or a "quoted phrase" is a skill, by any synonym the taxonomy knows;</li>
 *   <li>{@code AND}, {@code OR}, {@code NOT} (also {@code -term}) and parentheses combine them; terms
 *       side by side are joined by AND; AND binds tighter than OR;</li>
 *   <li>{@code field:value} filters: {@code family:}, {@code seniority:} (with {@code >=}, {@code <=},
 *       {@code >}, {@code <}), {@code city:}, {@code country:}, {@code remote:}, {@code language:}
 *       ({@code language:nl} or {@code language:nl>=PROFESSIONAL}), {@code years:} and
 *       {@code salary:} (numbers, with comparisons).</li>
 * </ul>
 *
 * A query that does not parse fails with {@link SearchQuery.ParseException}, which gives the
 * 0-based position of the problem.
 */
final class SearchQuery {
    static final Set<String> FIELDS = Set.of("family", "seniority", "city", "country", "remote", "language", "years",
            "salary", "skill");

    /** A node of the parsed query. */
    sealed interface Node permits Term, Filter, And, Or, Not {
    }

    /** A skill, as written, with the position it starts at. */
    record Term(String text, int position) implements Node {
    }

    /**
     * A field filter.
     *
     * @param field    one of {@link #FIELDS}
     * @param op       "=", ">=", "<=", ">" or "<"
     * @param value    the value as written (for language: the code; {@code qualifier} holds the fluency)
     * @param qualifier for {@code language:nl>=PROFESSIONAL}, the fluency; else null
     * @param position where the filter starts
     */
    record Filter(String field, String op, String value, String qualifier, int position) implements Node {
    }

    record And(List<Node> parts) implements Node {
    }

    record Or(List<Node> parts) implements Node {
    }

    record Not(Node part) implements Node {
    }

    /** A query that does not parse, and where. */
    static final class ParseException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int position;

        ParseException(String query, int position, String message) {
            super(message + " at position " + position + ":\n  " + query + "\n  " + " ".repeat(Math.max(0, position)) + "^");
            this.position = position;
        }

        int position() {
            return position;
        }
    }

    private record Token(String kind, String text, int position) {
    }

    private final String query;
    private final List<Token> tokens;
    private int next;

    private SearchQuery(String query) {
        this.query = query;
        this.tokens = tokenize(query);
    }

    /** Parses a query. */
    static Node parse(String query) {
        if (query == null || query.isBlank()) {
            throw new ParseException(query == null ? "" : query, 0, "the query is empty");
        }
        SearchQuery parser = new SearchQuery(query);
        Node node = parser.or();
        if (parser.next < parser.tokens.size()) {
            Token t = parser.tokens.get(parser.next);
            throw new ParseException(query, t.position(), "unexpected '" + t.text() + "'");
        }
        return node;
    }

    private Node or() {
        List<Node> parts = new ArrayList<>();
        parts.add(and());
        while (peek("OR")) {
            next++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Or(List.copyOf(parts));
    }

    private Node and() {
        List<Node> parts = new ArrayList<>();
        parts.add(unary());
        while (next < tokens.size() && !peek("OR") && !peek(")")) {
            if (peek("AND")) {
                next++;
            }
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
    }

    private Node unary() {
        if (next >= tokens.size()) {
            int at = query.length();
            throw new ParseException(query, at, "a skill or a filter is missing");
        }
        Token t = tokens.get(next);
        switch (t.kind()) {
            case "NOT" -> {
                next++;
                return new Not(unary());
            }
            case "(" -> {
                next++;
                Node inner = or();
                if (!peek(")")) {
                    throw new ParseException(query, t.position(), "this parenthesis is not closed");
                }
                next++;
                return inner;
            }
            case "TERM" -> {
                next++;
                return new Term(t.text(), t.position());
            }
            case "FILTER" -> {
                next++;
                return filter(t);
            }
            default -> throw new ParseException(query, t.position(), "unexpected '" + t.text() + "'");
        }
    }

    private Filter filter(Token t) {
        String text = t.text();
        int colon = text.indexOf(':');
        String field = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = text.substring(colon + 1);
        if (!FIELDS.contains(field)) {
            throw new ParseException(query, t.position(), "unknown field '" + field + "'; fields are " + String.join(", ",
                    FIELDS.stream().sorted().toList()));
        }
        if (field.equals("language")) {
            String[] parts = rest.split("(?=[<>=])", 2);
            String code = parts[0];
            if (code.isEmpty()) {
                throw new ParseException(query, t.position() + colon + 1, "language: needs a language code such as nl");
            }
            if (parts.length == 1) {
                return new Filter(field, "=", code, null, t.position());
            }
            String[] opValue = operator(parts[1], t.position() + colon + 1 + code.length());
            return new Filter(field, opValue[0], code, opValue[1], t.position());
        }
        String[] opValue = operator(rest, t.position() + colon + 1);
        if (opValue[1].isEmpty()) {
            throw new ParseException(query, t.position() + text.length(), field + ": needs a value");
        }
        if (!opValue[0].equals("=") && !Set.of("seniority", "years", "salary").contains(field)) {
            throw new ParseException(query, t.position() + colon + 1, field + ": takes no comparison; only seniority, years and salary do");
        }
        if (Set.of("years", "salary").contains(field)) {
            try {
                Double.parseDouble(opValue[1]);
            } catch (NumberFormatException e) {
                int valueAt = t.position() + text.length() - opValue[1].length();
                throw new ParseException(query, valueAt, field + ": '" + opValue[1] + "' is not a number");
            }
        }
        return new Filter(field, opValue[0], opValue[1], null, t.position());
    }

    /** ">=5" → {">=", "5"}; "5" → {"=", "5"}. */
    private static String[] operator(String text, int position) {
        for (String op : new String[]{">=", "<=", ">", "<", "="}) {
            if (text.startsWith(op)) {
                return new String[]{op, text.substring(op.length())};
            }
        }
        return new String[]{"=", text};
    }

    private boolean peek(String kind) {
        return next < tokens.size() && tokens.get(next).kind().equals(kind);
    }

    private List<Token> tokenize(String q) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(new Token(String.valueOf(c), String.valueOf(c), i));
                i++;
            } else if (c == '"') {
                int end = q.indexOf('"', i + 1);
                if (end < 0) {
                    throw new ParseException(q, i, "the quote opened here is not closed");
                }
                String phrase = q.substring(i + 1, end).trim();
                if (phrase.isEmpty()) {
                    throw new ParseException(q, i, "the quotes hold no skill");
                }
                out.add(new Token("TERM", phrase, i));
                i = end + 1;
            } else if (c == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(q.charAt(i - 1)) || q.charAt(i - 1) == '(')) {
                out.add(new Token("NOT", "-", i));
                i++;
            } else {
                int start = i;
                while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '(' && q.charAt(i) != ')') {
                    if (q.charAt(i) == '"') {
                        break;
                    }
                    i++;
                }
                String word = q.substring(start, i);
                switch (word) {
                    case "AND", "OR", "NOT" -> out.add(new Token(word, word, start));
                    default -> out.add(new Token(word.matches("[A-Za-z]+:.*") ? "FILTER" : "TERM", word, start));
                }
            }
        }
        return out;
    }
}
