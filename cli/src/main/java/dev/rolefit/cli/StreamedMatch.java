package dev.rolefit.cli;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.engine.RankingStream;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rolefit match --per candidate} over a pool read one candidate at a time: each candidate
 * is read, ranked against the vacancies the engine holds and written, then forgotten, so the heap
 * holds the vacancies and a few candidates in flight whatever the size of the pool. The output is
 * the same, byte for byte, as when every candidate is put into the engine first.
 */
final class StreamedMatch {
    private final MatchEngine engine;
    private final MatchOptions options;
    private final MatchCommand.Format format;
    private final PrintWriter err;
    private final ProgressLine progress;
    /** Each id read, with where it was first read: duplicates are errors, as in a batch. */
    private final Map<String, String> firstSeen = new HashMap<>();
    private int errors;
    private int lists;

    StreamedMatch(MatchEngine engine, MatchOptions options, MatchCommand.Format format, PrintWriter err,
                  ProgressLine progress) {
        this.engine = engine;
        this.options = options;
        this.format = format;
        this.err = err;
        this.progress = progress;
    }

    /** Whether {@code format} can be written list by list. */
    static boolean streams(MatchCommand.Format format) {
        return format == MatchCommand.Format.jsonl || format == MatchCommand.Format.csv;
    }

    /**
     * Reads, ranks and writes every candidate under {@code paths}; reports each bad record on
     * stderr as soon as it is read.
     *
     * @return how many records were bad (not readable, duplicate id, or refused by the rules)
     */
    int run(List<Path> paths, Documents.Format inputFormat, Writer out) throws IOException {
        if (format == MatchCommand.Format.csv) {
            out.write(Csv.HEADER + "\r\n");
        }
        try (RankingStream<Documents.Sourced<Candidate>> stream = engine.rankVacanciesFor(options,
                ranked -> write(ranked, out))) {
            Documents.each(paths, Candidate.class, inputFormat, sourced -> {
                String first = firstSeen.putIfAbsent(sourced.record().id(), Intake.readFrom(sourced));
                if (first != null) {
                    error(Intake.duplicate(sourced, sourced.record().id(), first));
                } else {
                    stream.add(sourced.record(), sourced);
                }
            }, this::error);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.finish();
        if (firstSeen.isEmpty()) {
            err.println("rolefit: no candidates were read; there is nothing to match");
            err.flush();
        }
        return errors;
    }

    private void write(RankingStream.Ranked<Documents.Sourced<Candidate>> ranked, Writer out) {
        if (ranked.refused()) {
            Documents.Sourced<Candidate> sourced = ranked.tag();
            error(new InputError(sourced.source(), Intake.where(sourced, sourced.record().id()), ranked.refusal()));
            return;
        }
        try {
            if (format == MatchCommand.Format.csv) {
                Csv.rows(ranked.matches(), out);
            } else {
                for (Match m : ranked.matches()) {
                    Output.COMPACT.writeValue(out, m);
                    out.write("\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.listDone(++lists);
    }

    private void error(InputError e) {
        errors++;
        progress.finish();
        Output.report(List.of(e), err);
    }
}
