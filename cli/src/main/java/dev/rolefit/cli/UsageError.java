package dev.rolefit.cli;

/** A command used wrongly in a way picocli cannot see (a folder that does not exist): exit code 2. */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
