package dev.rolefit.cli;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;
import dev.rolefit.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code rolefit match}: ranked, explained lists of candidates per vacancy (or vacancies per candidate). */
@Command(name = "match",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        sortOptions = false,
        description = {
                "Scores candidates against vacancies with the rules and writes ranked lists, every score explained.",
                "A PATH is a .json or .jsonld file (one object or an array), a .jsonl file (one object per line) "
                        + "or a folder (read recursively, in name order).",
                "A record that cannot be used is reported on stderr (file, line/column or JSON path, reason) "
                        + "and the rest are still matched."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all input was used",
                "1:some records were invalid; the rest were matched and written",
                "2:usage or rule-set error; nothing was matched",
                "3:any other failure (set ROLEFIT_DEBUG=1 for the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rolefit match --candidates samples/candidates --vacancies samples/vacancies",
                "",
                "  # the 5 best candidates per vacancy, as a spreadsheet",
                "  rolefit match --candidates cv/ more.jsonl --vacancies jobs.json \\",
                "      --top 5 --format csv --out shortlist.csv",
                "",
                "  # vacancies per candidate, rejected pairs too, repeatable JSON",
                "  rolefit match --candidates samples/candidates --vacancies samples/vacancies \\",
                "      --per candidate --include-rejected --format json --as-of 2026-11",
                "",
                "  # an edited copy of the rules, every pair scored, one match per line",
                "  rolefit match --candidates cv/ --vacancies jobs/ --rules my-rules/ \\",
                "      --mode exhaustive --format jsonl"})
final class MatchCommand implements Callable<Integer> {
    /** Output formats of {@code match}. */
    enum Format { text, json, jsonl, csv, html }

    /** Whose lists the ranks count within. */
    enum Per {
        vacancy(MatchOptions.Per.VACANCY), candidate(MatchOptions.Per.CANDIDATE);

        final MatchOptions.Per engine;

        Per(MatchOptions.Per engine) {
            this.engine = engine;
        }
    }

    /** How pairs are chosen for scoring. */
    enum Mode {
        indexed(MatchOptions.Mode.INDEXED), exhaustive(MatchOptions.Mode.EXHAUSTIVE);

        final MatchOptions.Mode engine;

        Mode(MatchOptions.Mode engine) {
            this.engine = engine;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--candidates", paramLabel = "PATH", arity = "1..*",
            description = "Candidate files or folders; several may follow the option, and it may be repeated. "
                    + "Needed unless --data holds candidates.")
    List<Path> candidates = new ArrayList<>();

    @Option(names = "--vacancies", paramLabel = "PATH", arity = "1..*",
            description = "Vacancy files or folders; several may follow the option, and it may be repeated. "
                    + "Needed unless --data holds vacancies.")
    List<Path> vacancies = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "FORMAT", description = InputFormat.DESCRIPTION)
    InputFormat inputFormat = InputFormat.auto;

    @Option(names = "--data", paramLabel = "DIR",
            description = "A data folder made by rolefit index (or serve --data): its candidates and vacancies are "
                    + "matched without re-reading their sources, together with any files given.")
    Path data;

    @Option(names = "--per", paramLabel = "SIDE", defaultValue = "vacancy",
            description = "One ranked list per vacancy (of candidates) or per candidate (of vacancies): "
                    + "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Per per;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0",
            description = "Keep the N best of each list; 0 keeps all. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--include-rejected",
            description = "Keep pairs a knockout rule rejected (ranked last, verdict REJECTED).")
    boolean includeRejected;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES}: text for a person at a terminal, json one document with "
                    + "the rule-set version and the errors, jsonl one match per line, csv one row per match, "
                    + "html one self-contained page for a browser. "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--show-names",
            description = "With --format html: show each candidate's name next to the id (never email or phone). "
                    + "Without it the report identifies candidates by id only.")
    boolean showNames;

    @Option(names = "--redact",
            description = "For a blind shortlist: leave out of the output everything that identifies a candidate "
                    + "beyond the id: names, contact data, headlines and other free text, and the file names and "
                    + "values in input errors (stderr still has them, email addresses and phone numbers masked). Ids, "
                    + "scores, verdicts, skills and the rules' "
                    + "reasons stay.")
    boolean redact;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the result to FILE (replaced in one step, never half-written) instead of stdout.")
    Path out;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "indexed",
            description = "${COMPLETION-CANDIDATES}: indexed retrieves the pairs worth scoring first; "
                    + "exhaustive scores every pair (the reference, slower). Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many threads score in parallel. Default: the number of processors.")
    Integer threads;

    @Option(names = "--audit-log", paramLabel = "FILE", converter = DecisionLog.Target.class,
            description = "Append one JSON line per decision to FILE (every pair scored, also those the output "
                    + "leaves out): time, input document hashes, rule-set version, score, verdict, reasons, "
                    + "knockout; no personal data. Never truncated; read it with rolefit audit show.")
    dev.rolefit.engine.AuditLog auditLog;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on stderr (lists done, rate, time left). Default: when stderr is a terminal.")
    Boolean progress;

    @Option(names = "--stream", negatable = true,
            description = "Read candidates one at a time and write each one's list as soon as it is ranked, so "
                    + "memory stays flat whatever the size of the pool (a million candidates in -Xmx1g). Needs "
                    + "--per candidate and --format jsonl or csv; the output is the same as without it. "
                    + "Default: on when those are given (and neither --data nor --audit-log).")
    Boolean stream;

    @Override
    public Integer call() throws Exception {
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top is " + top + "; it must be 0 (all) or more");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads is " + threads + "; it must be at least 1");
        }
        if (showNames && redact) {
            throw new ParameterException(spec.commandLine(), "--show-names and --redact contradict each other; pick one");
        }
        if (showNames && format != Format.html) {
            throw new ParameterException(spec.commandLine(), "--show-names only applies to --format html");
        }
        if (data == null && (candidates.isEmpty() || vacancies.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "give --candidates PATH... and --vacancies PATH..."
                    + " (or --data DIR made by rolefit index)");
        }
        if (data != null && !java.nio.file.Files.isDirectory(data)) {
            throw new ParameterException(spec.commandLine(), "--data: '" + data + "' is not a data folder; make one with rolefit index");
        }
        Output.checkTarget(out);
        PrintWriter err = spec.commandLine().getErr();
        MatchOptions options = MatchOptions.defaults().per(per.engine).top(top).includeRejected(includeRejected)
                .mode(mode.engine);
        boolean streamable = per == Per.candidate && StreamedMatch.streams(format) && data == null;
        if (Boolean.TRUE.equals(stream) && !streamable) {
            throw new ParameterException(spec.commandLine(), "--stream needs --per candidate and --format jsonl or csv,"
                    + " without --data");
        }
        if (Boolean.TRUE.equals(stream) && auditLog != null) {
            throw new ParameterException(spec.commandLine(), "--stream cannot be combined with --audit-log yet: the log"
                    + " needs every pair scored in full; leave --stream off");
        }
        if (stream == null ? streamable && auditLog == null : stream) {
            return streamed(options, err);
        }

        try (MatchEngine engine = engineOptions.build(threads);
             dev.rolefit.engine.DataStore store = data == null ? null : dev.rolefit.engine.DataStore.open(data, engine)) {
            List<InputError> errors = new ArrayList<>();
            Intake<Candidate> candidateIntake = new Intake<>(Candidate::id, Candidate::headline, engine::putCandidates);
            Intake<Vacancy> vacancyIntake = new Intake<>(Vacancy::id, Vacancy::title, engine::putVacancies);
            if (store != null) {
                store.warnings().forEach(w -> err.println("rolefit: " + data + ": " + w));
                IndexCommand.noteProfiles(store, data, err);
                candidateIntake.register(new Documents.Batch<>(store.candidates().stream()
                        .map(c -> new Documents.Sourced<>(c, data.toString(), "")).toList(), List.of()));
                vacancyIntake.register(new Documents.Batch<>(store.vacancies().stream()
                        .map(v -> new Documents.Sourced<>(v, data.toString(), "")).toList(), List.of()));
            }
            Documents.Batch<Candidate> candidateBatch = Documents.candidates(candidates, inputFormat.format);
            candidateIntake.putAll(candidateBatch, errors);
            Map<String, String> names = showNames ? MatchHtml.names(candidateBatch) : Map.of();
            vacancyIntake.putAll(Documents.vacancies(vacancies, inputFormat.format), errors);
            Output.report(errors, err);
            if (candidateIntake.titles().isEmpty()) {
                err.println("rolefit: no candidates were read; there is nothing to match");
            }
            if (vacancyIntake.titles().isEmpty()) {
                err.println("rolefit: no vacancies were read; there is nothing to match");
            }
            err.flush();

            boolean show = progress != null ? progress : System.console() != null;
            ProgressLine line = new ProgressLine(err, show);
            List<Match> matches = engine.matchAll(options, line::listDone);
            line.finish();
            MatchReport full = new MatchReport(engine.rulesetVersion(), mode.name(), per.name(),
                    engine.asOf().toString(), matches, errors);
            MatchReport report = redact ? full.redact() : full;
            // A headline is the candidate's own words; a vacancy's title is not about a person.
            Map<String, String> headlines = redact ? blank(candidateIntake.titles()) : candidateIntake.titles();
            DecisionLog.append(auditLog, engine, options, matches, candidateIntake::record, vacancyIntake::record);
            Output.write(out, spec.commandLine().getOut(), w -> write(report, w,
                    per == Per.vacancy ? vacancyIntake.titles() : headlines,
                    vacancyIntake.titles().size(), candidateIntake.titles().size(),
                    new MatchHtml.Page(per.engine, top, includeRejected, vacancyIntake.titles(), headlines, names)));
            return errors.isEmpty() ? Rolefit.OK : Rolefit.INVALID_INPUT;
        }
    }

    /** Vacancies into the engine, then candidates read, ranked and written one at a time. */
    private int streamed(MatchOptions options, PrintWriter err) throws Exception {
        try (MatchEngine engine = engineOptions.build(threads)) {
            List<InputError> errors = new ArrayList<>();
            Intake<Vacancy> vacancyIntake = new Intake<>(Vacancy::id, Vacancy::title, engine::putVacancies);
            vacancyIntake.putAll(Documents.vacancies(vacancies, inputFormat.format), errors);
            Output.report(errors, err);
            if (vacancyIntake.titles().isEmpty()) {
                err.println("rolefit: no vacancies were read; there is nothing to match");
                err.flush();
            }
            boolean show = progress != null ? progress : System.console() != null;
            StreamedMatch match = new StreamedMatch(engine, options, format, err, new ProgressLine(err, show));
            int[] bad = new int[1];
            Output.write(out, spec.commandLine().getOut(), w -> bad[0] = match.run(candidates, inputFormat.format, w));
            return errors.isEmpty() && bad[0] == 0 ? Rolefit.OK : Rolefit.INVALID_INPUT;
        }
    }

    /** The same ids, each with an empty title. */
    private static Map<String, String> blank(Map<String, String> titles) {
        Map<String, String> blank = new java.util.LinkedHashMap<>();
        titles.keySet().forEach(id -> blank.put(id, ""));
        return blank;
    }

    private void write(MatchReport report, Writer w, Map<String, String> owners, int vacancyCount, int candidateCount,
                       MatchHtml.Page page) throws IOException {
        switch (format) {
            case json -> {
                Output.PRETTY.writeValue(w, report);
                w.write("\n");
            }
            case jsonl -> {
                for (Match m : report.matches()) {
                    Output.COMPACT.writeValue(w, m);
                    w.write("\n");
                }
            }
            case csv -> Csv.write(report.matches(), w);
            case text -> MatchText.write(report, per.engine, owners, vacancyCount, candidateCount, w);
            case html -> MatchHtml.write(report, page, w);
        }
    }
}
