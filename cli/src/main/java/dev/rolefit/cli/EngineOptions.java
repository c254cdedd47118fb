package dev.rolefit.cli;

import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.RuleSetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;

/** The options every command that runs the rules shares: which rule set, and which month is now. */
final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule set folder laid out like the project's rules/ (DRL files and data/). "
                    + "Default: the rule set built into rolefit.")
    Path rules;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month that counts as now when counting years of experience in current jobs. "
                    + "Default: the current month; set it for repeatable output.")
    YearMonth asOf;

    /** The month in use: the one given, or this month. */
    YearMonth month() {
        return asOf == null ? YearMonth.now() : asOf;
    }

    /** Compiles the rules and starts an engine; {@code threads} may be null for the default. */
    MatchEngine build(Integer threads) throws RuleSetException, IOException {
        MatchEngine.Builder builder = MatchEngine.builder().asOf(month());
        if (rules != null) {
            if (!Files.isDirectory(rules)) {
                throw new UsageError("--rules: '" + rules + "' is not a folder");
            }
            builder.rules(rules);
        }
        if (threads != null) {
            builder.threads(threads);
        }
        return builder.build();
    }

    /** Reads "2026-11" as a month. */
    static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            if (!value.matches("\\d{4}-\\d{2}")) {
                throw new TypeConversionException("'" + value + "' is not a month written as YYYY-MM, e.g. 2026-11");
            }
            try {
                return YearMonth.parse(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a month written as YYYY-MM, e.g. 2026-11");
            }
        }
    }
}
