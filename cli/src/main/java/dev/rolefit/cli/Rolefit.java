package dev.rolefit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The {@code rolefit} command: matches candidates to vacancies with explained scores, and shows how
 * the rules read a document.
 *
 * <pre>{@code
 * int exit = Rolefit.configure(new CommandLine(new Rolefit()))
 *         .execute("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies");
 * }</pre>
 *
 * <p>Exit codes: 0 all input used; 1 some records were invalid (the rest were still matched and
 * written); 2 usage or rule-set error (nothing matched); 3 any other failure.
 */
@Command(name = "rolefit",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        description = "Rules-based matching of candidates and vacancies, with every score explained.",
        subcommands = {MatchCommand.class, ProfileCommand.class, RulesCommand.class, ExplainCommand.class, GenerateCommand.class, DiffCommand.class, AuditCommand.class, IndexCommand.class, SearchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all input was used",
                "1:some records were invalid; the rest were matched and written",
                "2:usage or rule-set error; nothing was matched",
                "3:any other failure (set ROLEFIT_DEBUG=1 for the stack trace)"})
public final class Rolefit implements Callable<Integer> {
    /** Every record was used. */
    static final int OK = 0;
    /** Some records were invalid; the rest were used. */
    static final int INVALID_INPUT = 1;
    /** Bad usage or a rule set that does not compile; nothing was done. */
    static final int USAGE = 2;
    /** Anything else went wrong. */
    static final int FAILURE = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(configure(new CommandLine(new Rolefit())).execute(args));
    }

    /**
     * Applies rolefit's conventions to a command line: exceptions become exit codes with a message on
     * stderr, enum values are case-insensitive, output is UTF-8. Call {@code setOut}/{@code setErr}
     * afterwards to capture the output.
     */
    public static CommandLine configure(CommandLine commandLine) {
        return commandLine
                .setOut(utf8(System.out))
                .setErr(utf8(System.err))
                .setExecutionExceptionHandler(new Failures())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Without a subcommand there is nothing to do: show the usage on stderr. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("rolefit: a command is needed (match, profile, explain or rules)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    // JSON and the text view are UTF-8 whatever the platform's default charset.
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The version from the jar's manifest, or the release this source belongs to. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Rolefit.class.getPackage().getImplementationVersion();
            return new String[] {"rolefit " + (version == null ? "0.1.0" : version)};
        }
    }
}
