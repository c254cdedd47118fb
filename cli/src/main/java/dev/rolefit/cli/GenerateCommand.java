package dev.rolefit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code rolefit generate}: synthetic candidates and vacancies for tests, demos and benchmarks. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        sortOptions = false,
        description = {
                "Writes synthetic candidates and vacancies of the European ML job market as JSON Lines: "
                        + "DIR/candidates.jsonl and DIR/vacancies.jsonl, in rolefit's native JSON.",
                "The same seed always gives byte-identical files, and a smaller population is the start of a "
                        + "larger one. Records are written one at a time, so any size fits in memory.",
                "Drawn from the market facts: seniority of openings (56%% mid-senior, 27%% entry, 13%% associate), "
                        + "contract types (90%% full-time, 8%% contract), Brussels/Antwerp/Leuven and the other "
                        + "countries, technology demand (Python, machine learning, SQL, data science, R), salary "
                        + "benchmarks, the three role families and their neighbours. Names are invented."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the files were written",
                "2:usage error",
                "3:any other failure (set ROLEFIT_DEBUG=1 for the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rolefit generate --candidates 2000 --vacancies 200 --seed 42 --out data/",
                "  rolefit match --candidates data/candidates.jsonl --vacancies data/vacancies.jsonl \\",
                "      --per candidate --top 10 --format jsonl --out matches.jsonl"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--candidates", paramLabel = "N", required = true,
            description = "How many candidates to write (0 or more).")
    long candidates;

    @Option(names = "--vacancies", paramLabel = "M", required = true,
            description = "How many vacancies to write (0 or more).")
    long vacancies;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The random seed; the same seed gives the same files. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write candidates.jsonl and vacancies.jsonl into (created when missing; "
                    + "files there are replaced).")
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", converter = EngineOptions.MonthConverter.class,
            description = "The month the population is dated to: current jobs run up to it. "
                    + "Default: 2026-11, fixed so that the output never depends on the clock.")
    YearMonth asOf;

    @Override
    public Integer call() throws Exception {
        if (candidates < 0) {
            throw new ParameterException(spec.commandLine(), "--candidates is " + candidates + "; it must be 0 or more");
        }
        if (vacancies < 0) {
            throw new ParameterException(spec.commandLine(), "--vacancies is " + vacancies + "; it must be 0 or more");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageError("--out: '" + out + "' is a file; give a folder");
        }
        Files.createDirectories(out);
        YearMonth month = asOf == null ? Population.DEFAULT_AS_OF : asOf;
        Population population = new Population(seed, month);
        Path candidateFile = out.resolve("candidates.jsonl");
        Path vacancyFile = out.resolve("vacancies.jsonl");
        Output.write(candidateFile, null, w -> population.writeCandidates(candidates, w));
        Output.write(vacancyFile, null, w -> population.writeVacancies(vacancies, w));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "rolefit: wrote %,d candidates to %s and %,d vacancies to %s (seed %d, as of %s)%n",
                candidates, candidateFile, vacancies, vacancyFile, seed, month);
        stdout.flush();
        return Rolefit.OK;
    }
}
