package dev.rolefit.cli;

import dev.rolefit.engine.DataStore;
import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
                        + "--data` uses; `rolefit search --data DIR` and `rolefit match --data DIR` then use it without "
                        + "re-reading the sources.",
                "The folder keeps each document's profile and the search index, tagged with the rule set (taxonomy "
                        + "included) and the month they were made for: a later open reuses them instead of running the "
                        + "profile rules again. When the rules or the month differ, every profile is made again, never "
                        + "mixed (the command says so). Indexing the same input again changes nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all input indexed", "1:some records were invalid; the rest were indexed", "2:usage or rule-set error"},
        footerHeading = "%nExample:%n",
        footer = {"  rolefit index --candidates samples/candidates --vacancies samples/vacancies --data pool/",
                "  rolefit search --data pool/ 'PyTorch k8s city:Brussels'"})
final class IndexCommand implements Callable<Integer> {
    private static final int BATCH = 10_000;

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
        try (MatchEngine engine = engineOptions.build(null); DataStore store = DataStore.open(data, engine)) {
            store.warnings().forEach(w -> err.println("rolefit: " + data + ": " + w));
            noteProfiles(store, data, err);
            int before = store.candidateCount() + store.vacancyCount();
            // Read one record at a time and put them in batches, each one journal write held in memory
            // until it is on disk: an input of any size fits.
            List<InputError> refused = new ArrayList<>();
            putStreamed(candidates, Candidate.class, store::putCandidates, errors, refused);
            putStreamed(vacancies, Vacancy.class, store::putVacancies, errors, refused);
            errors.addAll(refused);
            store.recordRules();
            try {
                store.saveProfiles();
            } catch (IOException | RuntimeException e) {
                // The documents are on disk; without saved profiles the next open only takes longer.
                err.println("rolefit: " + data + ": the profiles could not be saved (" + e.getMessage()
                        + "); the next open makes them again");
            }
            errors.forEach(e -> err.println("rolefit: " + e));
            int after = store.candidateCount() + store.vacancyCount();
            out.println(data + ": " + store.candidateCount() + " candidates, " + store.vacancyCount() + " vacancies ("
                    + (after - before) + " new) — rules " + shortVersion(engine.rulesetVersion()));
        }
        out.flush();
        return errors.isEmpty() ? Rolefit.OK : Rolefit.INVALID_INPUT;
    }

    /** A store's batch put: the records it refused. */
    @FunctionalInterface
    private interface Put<T> {
        List<MatchEngine.Refusal> apply(List<T> batch) throws IOException;
    }

    private static <T> void putStreamed(List<Path> paths, Class<T> type, Put<T> put, List<InputError> errors,
                                        List<InputError> refused) throws IOException {
        List<T> batch = new ArrayList<>(BATCH);
        try {
            Documents.each(paths, type, null, read -> {
                batch.add(read.record());
                if (batch.size() == BATCH) {
                    flush(batch, put, refused);
                }
            }, errors::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        flush(batch, put, refused);
    }

    private static <T> void flush(List<T> batch, Put<T> put, List<InputError> refused) {
        try {
            put.apply(batch).forEach(r -> refused.add(new InputError("id " + r.id(), "", r.reason())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }

    /** Says on stderr when opening the folder had to make profiles again, and why (a changed rule set, say). */
    static void noteProfiles(DataStore store, Path data, PrintWriter err) {
        DataStore.ProfileReuse reuse = store.profileReuse();
        if (reuse.made() > 0 && !reuse.reason().isEmpty()) {
            err.println("rolefit: " + data + ": " + reuse.made() + (reuse.made() == 1 ? " profile was" : " profiles were")
                    + " made again under the rules in use (" + reuse.reason() + ")"
                    + (reuse.reused() > 0 ? "; " + reuse.reused() + " saved ones were reused" : ""));
        }
    }

    static String shortVersion(String version) {
        return version.length() > 19 ? version.substring(0, 19) + "…" : version;
    }
}
