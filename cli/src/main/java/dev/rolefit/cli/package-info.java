/**
 * The {@code rolefit} command line: a thin picocli layer over {@link dev.rolefit.engine.MatchEngine}.
 *
 * <p>{@link dev.rolefit.cli.Rolefit} is the top command; each subcommand reads documents with
 * {@link dev.rolefit.engine.Documents}, hands them to the engine, and writes the result in one of
 * several views of the same data (text for a person, JSON, JSON Lines, CSV, a self-contained HTML
 * report for a browser). A bad record becomes an input error on stderr and in the JSON, and the run
 * goes on; exit code 1 tells a script so. A rule set that does not compile stops the run before
 * anything is matched (exit code 2).
 */
package dev.rolefit.cli;
