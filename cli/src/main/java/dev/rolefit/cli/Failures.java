package dev.rolefit.cli;

import dev.rolefit.engine.RuleSetException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Turns what a command throws into an exit code and one message on stderr; the stack trace only
 * when the ROLEFIT_DEBUG environment variable is set.
 */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code;
        if (ex instanceof RuleSetException) {
            err.println("rolefit: " + ex.getMessage());
            code = Rolefit.USAGE;
        } else if (ex instanceof UsageError || ex instanceof IllegalArgumentException) {
            err.println("rolefit: " + message(ex));
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
            code = Rolefit.USAGE;
        } else {
            err.println("rolefit: " + message(ex));
            code = Rolefit.FAILURE;
        }
        if (System.getenv("ROLEFIT_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String message(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
