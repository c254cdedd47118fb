package dev.rolefit.cli;

import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** The CSV view of matches: one row per match, RFC 4180 (CRLF line ends, quotes doubled). */
final class Csv {
    static final String HEADER =
            "rank,candidateId,vacancyId,score,verdict,reverseScore,matchedSkills,missingSkills,topReasons";
    private static final String EOL = "\r\n";

    private Csv() {
    }

    static void write(List<Match> matches, Writer out) throws IOException {
        out.write(HEADER + EOL);
        rows(matches, out);
    }

    /** The rows without the header: for output written list by list. */
    static void rows(List<Match> matches, Writer out) throws IOException {
        for (Match m : matches) {
            String topReasons = m.reasons().stream().limit(3).map(Reason::message).collect(Collectors.joining(" | "));
            out.write(String.join(",",
                    Integer.toString(m.rank()),
                    field(m.candidateId()),
                    field(m.vacancyId()),
                    Double.toString(m.score()),
                    m.verdict().name(),
                    Double.toString(m.reverseScore()),
                    field(String.join("; ", m.evidence().matchedSkills())),
                    field(String.join("; ", m.evidence().missingSkills())),
                    field(topReasons)));
            out.write(EOL);
        }
    }

    /** Quotes a field when it holds a comma, a quote or a line break, doubling its quotes. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
