package dev.rolefit.cli;

import dev.rolefit.service.RolefitServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code rolefit serve}: the HTTP JSON service (see the service module), until SIGTERM or Ctrl-C. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        sortOptions = false,
        description = {
                "Runs rolefit as an HTTP JSON service: POST /match and /profiles, GET/PUT/DELETE /candidates/{id} and "
                        + "/vacancies/{id}, GET /health and /rules/version, POST /rules/reload; GET /openapi.json "
                        + "describes every route.",
                "Listens on 127.0.0.1 unless told otherwise: there is no authentication. With --data the stored "
                        + "documents live in that folder and an acknowledged PUT or DELETE survives a crash. Access "
                        + "lines on stderr carry method, path, status, duration and ids, never personal data. "
                        + "SIGTERM (or Ctrl-C) stops taking work, finishes the requests in flight and closes the folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:stopped on request",
                "2:usage or rule-set error; the service did not start",
                "3:any other failure, e.g. the port is taken or the data folder is damaged"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rolefit serve --data data/",
                "  curl -X PUT --data-binary @samples/vacancies/vac-001.json \\",
                "      localhost:8080/vacancies/vac-001",
                "  curl --data-binary @samples/candidates/cand-001.json \\",
                "      'localhost:8080/match?top=5'",
                "",
                "  # an analyst's rules folder, reloaded on every change, on all interfaces",
                "  rolefit serve --rules my-rules/ --watch-rules --host 0.0.0.0 \\",
                "      --port 9090 --threads 8"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on; anything but loopback lets other machines in. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port; 0 takes a free one (the start-up line on stderr names it). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the stored candidates and vacancies in this folder (created when missing). "
                    + "Default: in memory, gone when the service stops.")
    Path data;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--watch-rules",
            description = "With --rules: reload the folder whenever a rule (.drl) or table (.csv) file in it changes.")
    boolean watchRules;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many requests are worked on at once (more wait in a bounded queue, then get 503). "
                    + "Default: the number of processors.")
    Integer threads;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "10m", converter = Bytes.class,
            description = "The largest request body: bytes, or with k, m or g. Larger ones get 413. Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port is " + port + "; it must be 0 to 65535");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads is " + threads + "; it must be at least 1");
        }
        if (engineOptions.rules != null && !Files.isDirectory(engineOptions.rules)) {
            throw new UsageError("--rules: '" + engineOptions.rules + "' is not a folder");
        }
        if (watchRules && engineOptions.rules == null) {
            throw new UsageError("--watch-rules needs --rules DIR: the built-in rules do not change");
        }
        if (data != null && Files.exists(data) && !Files.isDirectory(data)) {
            throw new UsageError("--data: '" + data + "' is a file; give a folder");
        }
        PrintWriter err = spec.commandLine().getErr();
        RolefitServer.Builder builder = RolefitServer.builder().host(host).port(port).data(data).watchRules(watchRules)
                .maxBodyBytes(maxBody).asOf(engineOptions.asOf).log(line -> {
                    err.println(line);
                    err.flush();
                });
        if (engineOptions.rules != null) {
            builder.rules(engineOptions.rules);
        }
        if (threads != null) {
            builder.threads(threads);
        }
        RolefitServer server = builder.start();
        server.stopOnShutdown();
        server.awaitStop();
        return Rolefit.OK;
    }

    /** "1048576", "512k", "10m", "1g": a size in bytes. */
    static final class Bytes implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
                unit = switch (v.charAt(v.length() - 1)) {
                    case 'k' -> 1L << 10;
                    case 'm' -> 1L << 20;
                    default -> 1L << 30;
                };
                v = v.substring(0, v.length() - 1);
            }
            try {
                long n = Long.parseLong(v) * unit;
                if (n < 1) {
                    throw new TypeConversionException("'" + value + "' must be at least 1 byte");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a size such as 1048576, 512k or 10m");
            }
        }
    }
}
