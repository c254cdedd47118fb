package dev.rolefit.cli;

import dev.rolefit.engine.DataStore;
import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code rolefit index}: keeps candidates and vacancies in a data folder that outlives one command. */
@Command(name = "index",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        sortOptions = false,
        description = {
                "Adds (or updates, by id) candidates and vacancies in a data folder, the same folder `rolefit serve "
                        + "--data` uses; `rolefit search --data DIR` then searches it without re-reading the sources.",
                "Indexing the same input again changes nothing. The folder records the rule set it was last opened "
                        + "with; every open profiles the documents again under the rules in use, so a changed rule set "
                        + "or taxonomy is never mixed with profiles made under the old one (the command says when that happened)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all input indexed", "1:some records were invalid; the rest were indexed", "2:usage or rule-set error"},
        footerHeading = "%nExample:%n",
        footer = {"  rolefit index --candidates samples/candidates --vacancies samples/vacancies --data pool/",
                "  rolefit search --data pool/ 'PyTorch k8s city:Brussels'"})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--candidates", arity = "1..*", paramLabel = "PATH", description = "Candidate files or folders.")
    List<Path> candidates = new ArrayList<>();

    @Option(names = "--vacancies", arity = "1..*", paramLabel = "PATH", description = "Vacancy files or folders.")
    List<Path> vacancies = new ArrayList<>();

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder (created when missing).")
    Path data;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, RuleSetException {
        if (candidates.isEmpty() && vacancies.isEmpty()) {
            throw new UsageError("nothing to index: give --candidates PATH... and/or --vacancies PATH...");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputError> errors = new ArrayList<>();
        String recorded = recordedRules(data);
        try (MatchEngine engine = engineOptions.build(null); DataStore store = DataStore.open(data, engine)) {
            store.warnings().forEach(w -> err.println("rolefit: " + data + ": " + w));
            if (recorded != null && !recorded.equals(engine.rulesetVersion())) {
                err.println("rolefit: the rules changed since " + data + " was last indexed (" + shortVersion(recorded) + " → "
                        + shortVersion(engine.rulesetVersion()) + "); every profile was made again under the rules in use");
            }
            int before = store.candidateCount() + store.vacancyCount();
            Documents.Batch<Candidate> cs = Documents.candidates(candidates);
            Documents.Batch<Vacancy> vs = Documents.vacancies(vacancies);
            errors.addAll(cs.errors());
            errors.addAll(vs.errors());
            store.putCandidates(cs.records().stream().map(Documents.Sourced::record).toList())
                    .forEach(r -> errors.add(new InputError("id " + r.id(), "", r.reason())));
            store.putVacancies(vs.records().stream().map(Documents.Sourced::record).toList())
                    .forEach(r -> errors.add(new InputError("id " + r.id(), "", r.reason())));
            store.recordRules();
            errors.forEach(e -> err.println("rolefit: " + e));
            int after = store.candidateCount() + store.vacancyCount();
            out.println(data + ": " + store.candidateCount() + " candidates, " + store.vacancyCount() + " vacancies ("
                    + (after - before) + " new) — rules " + shortVersion(engine.rulesetVersion()));
        }
        out.flush();
        return errors.isEmpty() ? Rolefit.OK : Rolefit.INVALID_INPUT;
    }

    /** The rule set the folder was last opened with, or null for a new folder. */
    static String recordedRules(Path dir) {
        Path meta = dir.resolve("meta.json");
        if (!Files.isRegularFile(meta)) {
            return null;
        }
        try {
            return RolefitJson.mapper().readTree(meta.toFile()).path("rulesetVersion").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    static String shortVersion(String version) {
        return version.length() > 19 ? version.substring(0, 19) + "…" : version;
    }
}
