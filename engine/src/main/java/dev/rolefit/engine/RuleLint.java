package dev.rolefit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks DRL files for what compiles but must not run: rules that look at protected attributes,
 * code outside the small surface rules may use, categories the weights file does not declare, and
 * skills the taxonomy does not know. DRL is code; this is what keeps an analyst's folder safe.
 *
 * <p>The check reads the text with comments blanked out (so that a rule may explain itself in any
 * words) and reports each finding at its line and column.
 */
final class RuleLint {
    /** Protected attributes (and their usual spellings) that no rule may mention, as field, key or string. */
    private static final Pattern PROTECTED = Pattern.compile(
            "(?i)\\b(gender|sex|age|ages|aged|birth ?date|date ?of ?birth|birthday|born|nationality|nationalities"
                    + "|citizenship|ethnicity|ethnic|race|racial|religion|religious|marital ?status|married"
                    + "|pregnancy|pregnant|disability|disabilities|disabled|photo|photograph|picture)\\b");

    /** Calls and types outside the rule surface: processes, reflection, files, network, threads, class loading. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(System|Runtime|ProcessBuilder|Process|ClassLoader|Thread|ThreadLocal|Executors|ExecutorService"
                    + "|ForkJoinPool|CompletableFuture|Files|Paths|File|FileInputStream|FileOutputStream|FileWriter"
                    + "|FileReader|RandomAccessFile|Socket|ServerSocket|URL|URI|HttpClient|InetAddress|Method|Field"
                    + "|Constructor|Unsafe|MethodHandles)\\b"
                    + "|\\bjava\\.(io|nio|net|lang\\.reflect|lang\\.invoke)\\b|\\bjavax?\\.script\\b"
                    + "|\\bClass\\s*\\.\\s*forName\\b|\\.\\s*getClass\\s*\\(|\\.\\s*class\\b|\\bexec\\s*\\(");

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(function\\s+)?([\\w.*]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern CATEGORY = Pattern.compile("@category\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern SKILL_LITERAL = Pattern.compile("\\b(skill|related|through)\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private RuleLint() {
    }

    static List<RuleProblem> check(String file, String drl, Set<String> categories, SkillTaxonomy taxonomy) {
        List<RuleProblem> problems = new ArrayList<>();
        String code = withoutComments(drl);
        // Strings blanked out too, for the check on calls: a message may say "System" in words.
        String bare = blankStrings(code);

        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String target = imports.group(2);
            boolean function = imports.group(1) != null;
            if (!allowedImport(target, function)) {
                problems.add(at(file, drl, imports.start(2), "import " + (function ? "function " : "") + target
                        + " is outside what rules may use (dev.rolefit.engine.facts, dev.rolefit.model, java.util,"
                        + " java.lang.Math, functions of dev.rolefit.engine.facts.Phrases)"));
            }
        }
        Matcher forbidden = FORBIDDEN.matcher(bare);
        while (forbidden.find()) {
            if (insideImport(bare, forbidden.start())) {
                continue; // already reported as an import
            }
            problems.add(at(file, drl, forbidden.start(), "'" + forbidden.group().trim()
                    + "' is outside what rules may use: no processes, reflection, files, network, threads or class loading"));
        }
        Matcher personal = PROTECTED.matcher(code);
        while (personal.find()) {
            problems.add(at(file, drl, personal.start(), "mentions the protected attribute '" + personal.group()
                    + "'; rules may not look at gender, age, birth date, nationality, ethnicity, race, religion,"
                    + " marital status, pregnancy, disability or photos"));
        }
        Matcher category = CATEGORY.matcher(code);
        while (category.find()) {
            String name = category.group(1).toUpperCase(Locale.ROOT);
            if (!categories.contains(name)) {
                problems.add(at(file, drl, category.start(1), "category '" + category.group(1)
                        + "' is not declared in data/scoring.csv " + categories));
            }
        }
        Matcher skill = SKILL_LITERAL.matcher(code);
        while (skill.find()) {
            if (taxonomy.skill(skill.group(2)).isEmpty()) {
                problems.add(at(file, drl, skill.start(2), "skill \"" + skill.group(2)
                        + "\" is not a canonical skill in data/skills.csv"
                        + taxonomy.resolve(skill.group(2)).map(s -> "; did you mean \"" + s.name() + "\"?").orElse("")));
            }
        }
        return problems;
    }

    private static boolean allowedImport(String target, boolean function) {
        if (function) {
            return target.startsWith("dev.rolefit.engine.facts.Phrases.");
        }
        return target.startsWith("dev.rolefit.engine.facts.") || target.startsWith("dev.rolefit.model.")
                || target.matches("java\\.util\\.(\\*|[A-Z]\\w*)") || target.equals("java.lang.Math");
    }

    private static boolean insideImport(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset) + 1;
        return text.substring(lineStart, offset).trim().startsWith("import");
    }

    /** Comments replaced by spaces, so that offsets (and so lines and columns) stay as they were. */
    static String withoutComments(String drl) {
        StringBuilder out = new StringBuilder(drl);
        int i = 0;
        boolean inString = false;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    inString = false;
                }
                i++;
            } else if (c == '"') {
                inString = true;
                i++;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '#' && (i == 0 || out.charAt(i - 1) == '\n' || Character.isWhitespace(out.charAt(i - 1)))
                    && lineIsBlankBefore(out, i)) {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                while (i < out.length() && !(out.charAt(i) == '*' && i + 1 < out.length() && out.charAt(i + 1) == '/')) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < out.length()) {
                    out.setCharAt(i++, ' ');
                    out.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean lineIsBlankBefore(StringBuilder s, int i) {
        for (int j = i - 1; j >= 0 && s.charAt(j) != '\n'; j--) {
            if (!Character.isWhitespace(s.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static String blankStrings(String code) {
        Matcher m = STRING.matcher(code);
        StringBuilder out = new StringBuilder(code);
        while (m.find()) {
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static RuleProblem at(String file, String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new RuleProblem(file, line, offset - lineStart + 1, message);
    }
}
