package dev.rolefit.cli;

import dev.rolefit.engine.MatchOptions;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text view of matches, for a recruiter at a terminal: a heading per list owner, a line per
 * match, and the reasons that weighed most under it. Shows ids, titles and headlines; never names
 * or contact details.
 */
final class MatchText {
    /** How many reasons are shown under a match. */
    static final int REASONS_SHOWN = 3;

    private MatchText() {
    }

    /**
     * @param report     the result
     * @param owners     the list owners (vacancies, or candidates per candidate) in order, id → title or headline
     * @param vacancies  how many vacancies were matched
     * @param candidates how many candidates were matched
     */
    static void write(MatchReport report, MatchOptions.Per per, Map<String, String> owners, int vacancies,
                      int candidates, Writer out) throws IOException {
        String vacancyCount = count(vacancies, "vacancy", "vacancies");
        String candidateCount = count(candidates, "candidate", "candidates");
        out.write("rolefit — rules " + shortVersion(report.rulesetVersion()) + " — "
                + (per == MatchOptions.Per.VACANCY ? vacancyCount + " × " + candidateCount : candidateCount + " × " + vacancyCount)
                + " — " + report.mode() + " — as of " + report.asOf() + "\n");

        Map<String, List<Match>> lists = new LinkedHashMap<>();
        owners.keySet().forEach(id -> lists.put(id, new ArrayList<>()));
        for (Match m : report.matches()) {
            String owner = per == MatchOptions.Per.VACANCY ? m.vacancyId() : m.candidateId();
            lists.computeIfAbsent(owner, id -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<Match>> list : lists.entrySet()) {
            String title = owners.get(list.getKey());
            out.write("\n" + clean(list.getKey()) + (title == null || title.isBlank() ? "" : "  " + clean(title)) + "\n");
            writeList(list.getValue(), per, out);
        }

        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
        report.matches().forEach(m -> verdicts.merge(m.verdict(), 1, Integer::sum));
        StringBuilder summary = new StringBuilder("\n" + count(report.matches().size(), "match", "matches") + ":");
        String sep = " ";
        for (Map.Entry<Verdict, Integer> v : verdicts.entrySet()) {
            summary.append(sep).append(v.getValue()).append(' ').append(v.getKey());
            sep = ", ";
        }
        out.write(summary + "\n");
        if (!report.errors().isEmpty()) {
            out.write(count(report.errors().size(), "input error", "input errors") + " (see above)\n");
        }
    }

    private static void writeList(List<Match> list, MatchOptions.Per per, Writer out) throws IOException {
        if (list.isEmpty()) {
            out.write("  (no matches)\n");
            return;
        }
        int idWidth = 0;
        int rankWidth = 0;
        for (Match m : list) {
            idWidth = Math.max(idWidth, clean(other(m, per)).length());
            rankWidth = Math.max(rankWidth, Integer.toString(m.rank()).length());
        }
        String reasonIndent = " ".repeat(2 + rankWidth + 2 + 2);
        for (Match m : list) {
            out.write(String.format(Locale.ROOT, "  %" + rankWidth + "d. %-" + idWidth + "s  %5.1f %-8s (reverse %.1f)\n",
                    m.rank(), clean(other(m, per)), m.score(), m.verdict(), m.reverseScore()));
            for (Reason r : weightiest(m.reasons())) {
                out.write(reasonIndent + mark(r) + " " + clean(r.message()) + "\n");
            }
        }
    }

    /** The reasons that weighed most: knockouts first, then by size of the points either way. */
    static List<Reason> weightiest(List<Reason> reasons) {
        return reasons.stream()
                .sorted(Comparator.comparing((Reason r) -> !r.knockout())
                        .thenComparing(r -> Math.abs(r.points()), Comparator.reverseOrder()))
                .limit(REASONS_SHOWN)
                .toList();
    }

    private static String mark(Reason r) {
        if (r.knockout()) {
            return "x";
        }
        return r.points() < 0 ? "-" : "+";
    }

    private static String other(Match m, MatchOptions.Per per) {
        return per == MatchOptions.Per.VACANCY ? m.candidateId() : m.vacancyId();
    }

    /** "sha256:" and the first 12 hex digits. */
    static String shortVersion(String version) {
        int colon = version.indexOf(':');
        String hex = version.substring(colon + 1);
        return hex.length() <= 12 ? version : version.substring(0, colon + 1) + hex.substring(0, 12) + "…";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String clean(String text) {
        return Output.printable(text);
    }

    /** "title (rules sha256:…, indexed, as of 2026-11)": what a report was made from, leaving out what is unknown. */
    static String heading(String title, String rulesetVersion, String mode, String asOf) {
        List<String> about = new ArrayList<>();
        if (rulesetVersion != null) {
            about.add("rules " + shortVersion(rulesetVersion));
        }
        if (mode != null) {
            about.add(mode);
        }
        if (asOf != null) {
            about.add("as of " + asOf);
        }
        return about.isEmpty() ? title : title + " (" + String.join(", ", about) + ")";
    }
}
