package dev.rolefit.cli;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.Profile;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.engine.SearchResult;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code rolefit search}: a recruiter's query over a pool of candidates or vacancies. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        sortOptions = false,
        description = {
                "Searches candidates (or vacancies) with a query a recruiter can type: skills by any synonym "
                        + "(k8s finds Kubernetes), AND, OR, NOT (or -skill), parentheses, \"quoted multi-word skills\", "
                        + "and filters family:, seniority: (seniority:>=MID_SENIOR), city:, country:, remote:, "
                        + "language:nl (language:nl>=PROFESSIONAL), years:>=5, salary:<=80000.",
                "Hits are ranked (a listed skill counts more than one used in a job, more than one named in text), "
                        + "each with the terms it matched and where; facets count all hits by role family, seniority, "
                        + "city and skill."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched; all input used", "1:some records were invalid", "2:usage error or a query that does not parse"},
        footerHeading = "%nExamples:%n",
        footer = {"  rolefit search --candidates samples/candidates 'PyTorch AND (k8s OR Docker) seniority:>=MID_SENIOR'",
                "  rolefit index --candidates samples/candidates --data pool/ && rolefit search --data pool/ 'k8s city:Brussels'",
                "  rolefit search --vacancies samples/vacancies --kind vacancy 'Kubernetes city:Brussels'"})
final class SearchCommand implements Callable<Integer> {
    enum Format { text, json, csv }

    enum Kind { candidate, vacancy }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined by spaces).")
    List<String> query;

    @Option(names = "--candidates", paramLabel = "PATH", description = "A candidate file or folder (repeat the option for more).")
    List<Path> candidates = new ArrayList<>();

    @Option(names = "--vacancies", paramLabel = "PATH", description = "A vacancy file or folder (repeat the option for more).")
    List<Path> vacancies = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR",
            description = "A data folder made by `rolefit index` (or `rolefit serve --data`) to search instead of files.")
    Path data;

    @Option(names = "--kind", paramLabel = "KIND", description = "candidate or vacancy. Default: ${DEFAULT-VALUE}.")
    Kind kind = Kind.candidate;

    @Option(names = "--top", paramLabel = "N", description = "How many hits to show. Default: ${DEFAULT-VALUE}.")
    int top = 20;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or csv. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, RuleSetException {
        if (top < 1) {
            throw new UsageError("--top is " + top + "; it must be at least 1");
        }
        if (candidates.isEmpty() && !vacancies.isEmpty() && data == null) {
            kind = Kind.vacancy; // only vacancies were given: that is what to search
        }
        List<Path> pool = kind == Kind.candidate ? candidates : vacancies;
        if (data != null) {
            return searchData();
        }
        if (pool.isEmpty()) {
            throw new UsageError("nothing to search: give --data DIR or --" + (kind == Kind.candidate ? "candidates" : "vacancies")
                    + " PATH (or --kind " + (kind == Kind.candidate ? "vacancy" : "candidate") + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputError> errors = new ArrayList<>();
        String text = String.join(" ", query);
        try (MatchEngine engine = engineOptions.build(null)) {
            if (kind == Kind.candidate) {
                Documents.Batch<Candidate> batch = Documents.candidates(pool);
                errors.addAll(batch.errors());
                engine.putCandidates(batch.records().stream().map(Documents.Sourced::record).toList())
                        .forEach(r -> errors.add(new InputError("id " + r.id(), "", r.reason())));
            } else {
                Documents.Batch<Vacancy> batch = Documents.vacancies(pool);
                errors.addAll(batch.errors());
                engine.putVacancies(batch.records().stream().map(Documents.Sourced::record).toList())
                        .forEach(r -> errors.add(new InputError("id " + r.id(), "", r.reason())));
            }
            errors.forEach(e -> err.println("rolefit: " + e));
            SearchResult result;
            try {
                result = engine.search(text, kind == Kind.candidate ? Profile.Kind.CANDIDATE : Profile.Kind.VACANCY, top);
            } catch (IllegalArgumentException e) {
                err.println("rolefit search: " + e.getMessage());
                return Rolefit.USAGE;
            }
            write(out, result);
        }
        out.flush();
        return errors.isEmpty() ? Rolefit.OK : Rolefit.INVALID_INPUT;
    }

    private int searchData() throws IOException, RuleSetException {
        if (!java.nio.file.Files.isDirectory(data)) {
            throw new UsageError("--data: '" + data + "' is not a data folder; make one with rolefit index");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (MatchEngine engine = engineOptions.build(null);
             dev.rolefit.engine.DataStore store = dev.rolefit.engine.DataStore.open(data, engine)) {
            store.warnings().forEach(w -> err.println("rolefit: " + data + ": " + w));
            IndexCommand.noteProfiles(store, data, err);
            SearchResult result;
            try {
                result = engine.search(String.join(" ", query), kind == Kind.candidate ? Profile.Kind.CANDIDATE : Profile.Kind.VACANCY, top);
            } catch (IllegalArgumentException e) {
                err.println("rolefit search: " + e.getMessage());
                return Rolefit.USAGE;
            }
            write(out, result);
        }
        out.flush();
        return Rolefit.OK;
    }

    private void write(PrintWriter out, SearchResult result) throws IOException {
        switch (format) {
            case json -> {
                out.print(Output.PRETTY.writeValueAsString(result));
                out.println();
            }
            case csv -> {
                out.print("rank,id,score,matched\r\n");
                int rank = 1;
                for (SearchResult.Hit hit : result.hits()) {
                    out.print(rank++ + "," + Csv.field(hit.id()) + "," + hit.score() + "," + Csv.field(String.join("; ", hit.matched())) + "\r\n");
                }
            }
            default -> {
                String noun = kind == Kind.candidate ? (result.total() == 1 ? "candidate" : "candidates")
                        : (result.total() == 1 ? "vacancy" : "vacancies");
                out.println(result.total() + " " + noun + (result.total() == 1 ? " matches: " : " match: ") + result.query());
                for (String note : result.notes()) {
                    out.println("  note: " + note);
                }
                int rank = 1;
                for (SearchResult.Hit hit : result.hits()) {
                    out.println(String.format("%3d. %-12s %6.2f  %s", rank++, hit.id(), hit.score(), String.join(", ", hit.matched())));
                }
                for (Map.Entry<String, Map<String, Integer>> facet : result.facets().entrySet()) {
                    if (facet.getValue().isEmpty()) {
                        continue;
                    }
                    StringBuilder line = new StringBuilder();
                    facet.getValue().forEach((k, v) -> line.append(line.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
                    out.println("  " + facet.getKey() + ": " + line);
                }
            }
        }
    }
}
