package dev.rolefit.cli;

import dev.rolefit.engine.RuleBook;
import dev.rolefit.engine.RuleProblem;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.engine.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code rolefit rules}: the analyst's tools for a rule set folder. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        description = "Checks and tests a rule set folder (DRL files, data/ tables, scenarios/).",
        subcommands = {RulesCommand.Check.class, RulesCommand.Test.class})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("rolefit rules: say check or test");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Rolefit.USAGE;
    }

    /** The folder given, or the built-in rules. */
    static Path folder(Path dir) {
        if (dir == null) {
            return RuleBook.defaultsFolder();
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageError("'" + dir + "' is not a rules folder");
        }
        return dir;
    }

    static void print(PrintWriter out, List<RuleProblem> problems) {
        for (RuleProblem p : problems) {
            out.println(p);
        }
    }

    /** {@code rolefit rules check [DIR]}. */
    @Command(name = "check",
            mixinStandardHelpOptions = true,
            versionProvider = Rolefit.Version.class,
            description = {
                    "Compiles every DRL and data file of the rule set and lints the rules: a rule may not mention "
                            + "a protected attribute (gender, age, birth date, nationality, ethnicity, race, religion, "
                            + "marital status, pregnancy, disability, photo), call outside the allowed surface "
                            + "(processes, reflection, files, network, threads, class loading), use a category "
                            + "data/scoring.csv does not declare, or name a skill data/skills.csv does not know.",
                    "Every problem is printed as file:line:column: message."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the rule set is clean", "2:the rule set has problems (all listed)"})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "The rules folder. Default: the built-in rules.")
        Path dir;

        @Override
        public Integer call() throws IOException {
            Path folder = folder(dir);
            PrintWriter out = spec.commandLine().getOut();
            try {
                RuleBook book = RuleBook.load(folder);
                out.println("rules OK: " + (dir == null ? "(built-in)" : dir) + " — " + book.ruleNames().size()
                        + " rules, " + book.skillCount() + " skills, " + book.version()
                        + (book.precompiled() ? " (the build's precompiled copy)" : " (compiled from DRL)"));
                return Rolefit.OK;
            } catch (RuleSetException e) {
                print(out, e.problems());
                spec.commandLine().getErr().println("rolefit rules check: " + e.problems().size() + " problem"
                        + (e.problems().size() == 1 ? "" : "s") + " in " + (dir == null ? "(built-in)" : dir));
                return Rolefit.USAGE;
            }
        }
    }

    /** {@code rolefit rules test [DIR]}. */
    @Command(name = "test",
            mixinStandardHelpOptions = true,
            versionProvider = Rolefit.Version.class,
            description = {
                    "Runs the scenarios in the rule set's scenarios/ folder: each gives a candidate and a vacancy and "
                            + "expects a verdict, a score range, and reasons present or absent.",
                    "Lists each scenario as PASS or FAIL with what differed, then the scoring rules no scenario expects."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every scenario passed", "1:a scenario failed", "2:the rule set has problems"})
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "The rules folder. Default: the built-in rules.")
        Path dir;

        @Override
        public Integer call() throws IOException, RuleSetException {
            Path folder = folder(dir);
            RuleBook book = RuleBook.load(folder);
            PrintWriter out = spec.commandLine().getOut();
            List<ScenarioRunner.Outcome> outcomes = ScenarioRunner.run(folder, book);
            if (outcomes.isEmpty()) {
                out.println("no scenarios in " + folder.resolve("scenarios"));
                return Rolefit.OK;
            }
            int failed = 0;
            for (ScenarioRunner.Outcome o : outcomes) {
                out.println((o.passed() ? "PASS  " : "FAIL  ") + o.file() + " — " + o.name());
                for (String difference : o.differences()) {
                    out.println("        " + difference);
                }
                if (!o.passed()) {
                    failed++;
                }
            }
            Set<String> uncovered = ScenarioRunner.uncovered(outcomes, book);
            if (!uncovered.isEmpty()) {
                out.println();
                out.println("scoring rules no scenario expects (" + uncovered.size() + "): " + String.join("; ", uncovered));
            }
            out.println();
            out.println("scenarios: " + (outcomes.size() - failed) + " passed, " + failed + " failed");
            return failed == 0 ? Rolefit.OK : Rolefit.INVALID_INPUT;
        }
    }
}
