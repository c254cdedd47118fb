package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.Profile;
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
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code rolefit profile}: what the rules read from each document, before any matching. */
@Command(name = "profile",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        sortOptions = false,
        description = {
                "Shows how the rules read each candidate or vacancy: role family and its scores, seniority and "
                        + "what decided it, relevant years, education level and canonical skills.",
                "Each document's kind is detected from its fields. Contains no personal data."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all input was used",
                "1:some records were invalid; the others were profiled",
                "2:usage or rule-set error",
                "3:any other failure (set ROLEFIT_DEBUG=1 for the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rolefit profile samples/candidates/cand-001.json",
                "  rolefit profile samples/vacancies --format json --as-of 2026-11"})
final class ProfileCommand implements Callable<Integer> {
    /** Output formats of {@code profile}. */
    enum Format { text, json, jsonl }

    /** The JSON document {@code rolefit profile --format json} writes. */
    @JsonPropertyOrder({"rulesetVersion", "asOf", "profiles", "errors"})
    record Report(String rulesetVersion, String asOf, List<Profile> profiles, List<InputError> errors) {
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Candidate or vacancy files (.json, .jsonld, .jsonl, plain-text .txt or .md) or folders (read recursively).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES}: text a short block per document, json one document "
                    + "with the rule-set version and the errors, jsonl one profile per line. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--input-format", paramLabel = "FORMAT", description = InputFormat.DESCRIPTION)
    InputFormat inputFormat = InputFormat.auto;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws Exception {
        try (MatchEngine engine = engineOptions.build(null)) {
            Documents.Batch<Object> batch = Documents.any(paths, inputFormat.format);
            List<InputError> errors = new ArrayList<>(batch.errors());
            List<Profile> profiles = new ArrayList<>();
            for (Documents.Sourced<Object> sourced : batch.records()) {
                Object record = sourced.record();
                String id = record instanceof Candidate c ? c.id() : ((Vacancy) record).id();
                try {
                    Profile profile = record instanceof Candidate c ? engine.profile(c) : engine.profile((Vacancy) record);
                    profiles.add(profile.withSource(sourced.source()
                            + (sourced.location().isEmpty() ? "" : ", " + sourced.location())));
                } catch (IllegalArgumentException e) {
                    errors.add(new InputError(sourced.source(),
                            sourced.location().isEmpty() ? "id " + id : sourced.location(), e.getMessage()));
                }
            }
            Output.report(errors, spec.commandLine().getErr());
            Report report = new Report(engine.rulesetVersion(), engine.asOf().toString(), profiles, errors);
            Output.write(null, spec.commandLine().getOut(), w -> write(report, w));
            return errors.isEmpty() ? Rolefit.OK : Rolefit.INVALID_INPUT;
        }
    }

    private void write(Report report, Writer w) throws IOException {
        switch (format) {
            case json -> {
                Output.PRETTY.writeValue(w, report);
                w.write("\n");
            }
            case jsonl -> {
                for (Profile p : report.profiles()) {
                    Output.COMPACT.writeValue(w, p);
                    w.write("\n");
                }
            }
            case text -> writeText(report, w);
        }
    }

    private static void writeText(Report report, Writer w) throws IOException {
        w.write("rolefit — rules " + MatchText.shortVersion(report.rulesetVersion()) + " — as of " + report.asOf()
                + " — " + report.profiles().size() + (report.profiles().size() == 1 ? " profile" : " profiles") + "\n");
        for (Profile p : report.profiles()) {
            w.write("\n" + Output.printable(p.id()) + "  " + p.kind().name().toLowerCase(Locale.ROOT) + "\n");
            line(w, "role family", (p.roleFamily() == null ? "none" : p.roleFamily()) + roleScores(p.roleScores()));
            if (p.roleSummary() != null && !p.roleSummary().isBlank()) {
                line(w, "", p.roleSummary());
            }
            line(w, "seniority", (p.seniority() == null ? "unknown" : p.seniority().name())
                    + (p.seniorityBasis() == null || p.seniorityBasis().isBlank() ? "" : " (" + p.seniorityBasis() + ")"));
            line(w, p.kind() == Profile.Kind.CANDIDATE ? "years" : "min. years",
                    String.format(Locale.ROOT, "%.1f", p.yearsExperience()));
            line(w, p.kind() == Profile.Kind.CANDIDATE ? "education" : "min. education",
                    p.educationLevel() == null ? "not given" : p.educationLevel().name());
            if (p.salaryYearlyEur() != null) {
                line(w, p.kind() == Profile.Kind.CANDIDATE ? "salary wish" : "salary top",
                        String.format(Locale.ROOT, "EUR %,.0f a year", p.salaryYearlyEur()));
            }
            line(w, "skills", p.skills() == null || p.skills().isEmpty() ? "none" : String.join(", ", p.skills()));
            if (p.unknownSkills() != null && !p.unknownSkills().isEmpty()) {
                line(w, "unknown skills", String.join(", ", p.unknownSkills()));
            }
        }
        if (!report.errors().isEmpty()) {
            w.write("\n" + report.errors().size() + (report.errors().size() == 1 ? " input error" : " input errors")
                    + " (see above)\n");
        }
    }

    private static String roleScores(Map<String, Double> scores) {
        if (scores == null || scores.isEmpty()) {
            return "";
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static void line(Writer w, String label, String value) throws IOException {
        w.write(String.format(Locale.ROOT, "  %-15s %s\n", label, Output.printable(value)));
    }
}
