package dev.rolefit.example;

import dev.rolefit.engine.AuditLog;
import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.engine.Profile;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an ATS does with rolefit in its own JVM, step by step:
 * <ol>
 *   <li>build the engine once, from a rules folder (so that it can be reloaded);</li>
 *   <li>add candidates and vacancies, then match from many threads at once;</li>
 *   <li>keep records: log the shortlist shown and a recruiter's override of one decision (EU AI Act
 *       Art. 12 and 14), and read them back;</li>
 *   <li>update a vacancy and remove a candidate by id, and see it in the next search at once;</li>
 *   <li>change a rule weight on disk and reload: the version changes, matching goes on.</li>
 * </ol>
 * Run it with {@code java -cp … dev.rolefit.example.EmbeddingExample [RULES_DIR] [SAMPLES_DIR]}
 * from the repository root (defaults: {@code rules} and {@code samples}).
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        Path samples = Path.of(args.length > 1 ? args[1] : "samples");
        run(rules, samples, System.out);
    }

    static void run(Path rulesSource, Path samples, PrintStream out) throws Exception {
        // A working copy of the rules, so that this example may edit it and reload.
        Path rules = Files.createTempDirectory("rolefit-example-rules");
        copy(rulesSource, rules);

        // 1. One engine for the whole application: compiled once, thread-safe.
        try (MatchEngine engine = MatchEngine.builder().rules(rules).asOf(YearMonth.of(2026, 11)).build()) {
            out.println("rules " + engine.rulesetVersion());

            // 2. Documents in; bad ones come back as errors naming file, place and value.
            List<Candidate> candidates = Documents.candidates(List.of(samples.resolve("candidates"))).records().stream()
                    .map(Documents.Sourced::record).toList();
            List<Vacancy> vacancies = Documents.vacancies(List.of(samples.resolve("vacancies"))).records().stream()
                    .map(Documents.Sourced::record).toList();
            engine.putCandidates(candidates);
            engine.putVacancies(vacancies);
            out.println("loaded " + engine.candidateCount() + " candidates and " + engine.vacancyCount() + " vacancies");

            // Many request threads share the engine.
            ExecutorService requests = Executors.newFixedThreadPool(4);
            List<Future<List<Match>>> lists = new ArrayList<>();
            for (Vacancy v : vacancies) {
                lists.add(requests.submit(() -> engine.candidatesFor(v.id(), MatchOptions.defaults().top(3))));
            }
            int matched = 0;
            for (Future<List<Match>> list : lists) {
                matched += list.get().size();
            }
            requests.shutdown();
            out.println("matched " + vacancies.size() + " vacancies on 4 threads: " + matched + " shortlisted pairs");
            Match best = engine.candidatesFor("vac-001", MatchOptions.defaults().top(1)).get(0);
            out.println("best for vac-001: " + best.candidateId() + " " + best.score() + " " + best.verdict());

            // 3. Record keeping: the decisions shown go to an append-only log (ids, document hashes,
            //    rule-set version, reasons; no personal data), and so does a person's override.
            AuditLog log = AuditLog.open(rules.resolve("decisions.jsonl"));
            Map<String, Candidate> candidatesById = candidates.stream().collect(Collectors.toMap(Candidate::id, c -> c));
            Map<String, Vacancy> vacanciesById = vacancies.stream().collect(Collectors.toMap(Vacancy::id, v -> v));
            MatchOptions top3 = MatchOptions.defaults().top(3);
            List<Match> shortlist = engine.candidatesFor("vac-001", top3);
            log.record(engine, top3, shortlist, candidatesById::get, vacanciesById::get);
            AuditLog.HumanOverride override = log.override(shortlist.get(2).candidateId(), "vac-001", Verdict.WEAK,
                    "The portfolio shows no production MLOps work", "recruiter-17");
            AuditLog.Contents records = log.read();
            out.println("logged " + records.decisions().size() + " decisions; " + override.candidateId() + " overridden "
                    + override.automatedVerdict() + " -> " + override.verdict() + " (the decision on line "
                    + override.decisionLine() + ")");

            // 4. Update by id: vac-001 now also requires Terraform; the next search sees it, no rebuild.
            Vacancy vac001 = vacancies.stream().filter(v -> v.id().equals("vac-001")).findFirst().orElseThrow();
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) RolefitJson.mapper().valueToTree(vac001);
            node.withArray("requiredSkills").add("Terraform");
            engine.put(RolefitJson.mapper().treeToValue(node, Vacancy.class));
            Match after = engine.candidatesFor("vac-001", MatchOptions.defaults().top(1)).get(0);
            out.println("after adding Terraform to vac-001: " + after.candidateId() + " " + after.score()
                    + " missing " + after.evidence().missingSkills());
            engine.removeCandidate(best.candidateId());
            boolean gone = engine.candidatesFor("vac-001", MatchOptions.defaults()).stream()
                    .noneMatch(m -> m.candidateId().equals(best.candidateId()));
            out.println("removed " + best.candidateId() + ": " + (gone ? "no longer matched" : "STILL MATCHED"));
            out.println("search 'PyTorch k8s': " + engine.search("PyTorch k8s", Profile.Kind.CANDIDATE, 3).total() + " candidates");

            // 5. Hot reload: an analyst edits a weight; the engine swaps the rules in atomically.
            Path scoring = rules.resolve("data/scoring.csv");
            Files.writeString(scoring, Files.readString(scoring).replace("weight,SALARY,10", "weight,SALARY,20"));
            MatchEngine.ReloadEvent reload = engine.reload();
            out.println("reloaded: " + (reload.applied() && !reload.fromVersion().equals(reload.toVersion())
                    ? "new rules " + engine.rulesetVersion() : "unchanged"));
            out.println("best for vac-001 now: " + engine.candidatesFor("vac-001", MatchOptions.defaults().top(1)).get(0).score());
        } finally {
            try (Stream<Path> walk = Files.walk(rules)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
