package dev.rolefit.service;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Starts a server in a process of its own, for the tests that kill it:
 * {@code ServerMain --data DIR [--port N] [--compact-after BYTES]}. Prints "listening PORT" on
 * stdout once it answers, and stops gracefully on SIGTERM, as {@code rolefit serve} does.
 */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        RolefitServer.Builder builder = RolefitServer.builder().port(0).asOf(YearMonth.of(2026, 11)).threads(4);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> builder.data(Path.of(args[i + 1]));
                case "--port" -> builder.port(Integer.parseInt(args[i + 1]));
                case "--compact-after" -> builder.compactAfterBytes(Long.parseLong(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        RolefitServer server = builder.start();
        server.stopOnShutdown();
        System.out.println("listening " + server.port());
        System.out.flush();
        server.awaitStop();
    }
}
