package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rolefit.engine.AuditLog;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The command line's side of the decision log ({@link AuditLog}, which writes and reads it): which
 * pairs {@code rolefit match --audit-log FILE} records, and the views of {@code rolefit audit show}.
 *
 * <p>A run records every pair the engine scored: those the output shows, and also those it leaves
 * out (rejected without {@code --include-rejected}, below {@code --top N}); {@code inOutput} tells
 * them apart.
 */
final class DecisionLog {
    private DecisionLog() {
    }

    /**
     * Appends one line per decision of a run to {@code log}; does nothing when {@code log} is null.
     * When the run's output leaves pairs out (no {@code --include-rejected}, or {@code --top N}), the
     * engine lists every pair again so that those decisions are logged too.
     *
     * @param output     the matches the run wrote
     * @param candidates the candidate record read under an id
     * @param vacancies  the vacancy record read under an id
     */
    static void append(AuditLog log, MatchEngine engine, MatchOptions options, List<Match> output,
                       Function<String, Candidate> candidates, Function<String, Vacancy> vacancies) throws IOException {
        if (log == null) {
            return;
        }
        List<Match> every = options.includeRejected() && options.top() == 0 ? output
                : engine.matchAll(options.includeRejected(true).top(0));
        Set<String> shown = new HashSet<>();
        for (Match m : output) {
            shown.add(AuditLog.pair(m.candidateId(), m.vacancyId()));
        }
        log.record(engine, options, every, m -> shown.contains(AuditLog.pair(m.candidateId(), m.vacancyId())),
                candidates, vacancies);
    }

    /**
     * Reads a log for a command.
     *
     * @throws UsageError when the file does not exist
     */
    static AuditLog.Contents read(Path file) throws IOException {
        try {
            return AuditLog.open(file).read();
        } catch (NoSuchFileException e) {
            throw new UsageError("'" + file + "' is not a file; a decision log is written by rolefit match --audit-log");
        }
    }

    // ---------------------------------------------------------------- views

    /**
     * A decision as {@code audit show --format json} prints it: the logged fields, its line, the
     * verdict after human review and the overrides that name it.
     */
    @JsonPropertyOrder({"line", "finalVerdict"})
    record Shown(int line, @JsonUnwrapped AuditLog.Decision decision, Verdict finalVerdict,
                 List<AuditLog.HumanOverride> overrides) {
        static Shown of(AuditLog.Logged logged) {
            return new Shown(logged.line(), logged.decision(), logged.finalVerdict(), logged.overrides());
        }
    }

    /** The text view of {@code rolefit audit show}: one block per decision, its overrides under it. */
    static void writeText(List<AuditLog.Logged> shown, int total, Writer w) throws IOException {
        StringBuilder b = new StringBuilder();
        int overridden = 0;
        for (AuditLog.Logged logged : shown) {
            AuditLog.Decision e = logged.decision();
            b.append(e.timestamp()).append("  ").append(Output.printable(e.vacancyId())).append("  ")
                    .append(Output.printable(e.candidateId())).append("  ")
                    .append(String.format(Locale.ROOT, "%5.1f", e.score())).append(' ').append(e.verdict())
                    .append("  rank ").append(e.rank()).append(" per ").append(e.per()).append(", ").append(e.mode())
                    .append(e.inOutput() ? "" : "  (not in the output)").append("  line ").append(logged.line())
                    .append("\n");
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
            for (AuditLog.HumanOverride o : logged.overrides()) {
                b.append("    override ").append(o.timestamp()).append(" by ").append(Output.printable(o.by()))
                        .append(": ").append(o.automatedVerdict()).append(" -> ").append(o.verdict())
                        .append(": ").append(Output.printable(o.reason())).append("\n");
            }
            if (!logged.overrides().isEmpty()) {
                overridden++;
                b.append("    after human review: ").append(logged.finalVerdict()).append("\n");
            }
        }
        b.append(shown.size()).append(shown.size() == 1 ? " decision" : " decisions").append(" shown of ")
                .append(total).append(" in the log");
        if (overridden > 0) {
            b.append("; ").append(overridden).append(" overridden by a person");
        }
        w.write(b.append("\n").toString());
    }

    /** The JSON view: an array of the decisions, each with its overrides. */
    static void writeJson(List<AuditLog.Logged> shown, Writer w) throws IOException {
        Output.PRETTY.writeValue(w, shown.stream().map(Shown::of).toList());
        w.write("\n");
    }

    private static String version(String v) {
        return v == null ? "?" : MatchText.shortVersion(v);
    }

    /** The {@code --audit-log} value: checked before any work is done, so a bad path never costs a run. */
    static final class Target implements ITypeConverter<AuditLog> {
        @Override
        public AuditLog convert(String value) {
            try {
                return AuditLog.open(Path.of(value));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
