package dev.rolefit.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of the service load test, small enough for CI (50 requests); the load test itself never runs in the build. */
class ServiceLoadTest {
    @Test
    @Timeout(90)
    void fiftyRequestsFromFourClients_allSucceed() throws Exception {
        ServiceLoad load = new ServiceLoad();
        new CommandLine(load).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--clients", "4", "--requests", "50",
                "--warmup", "10", "--candidates", "40", "--vacancies", "10", "--threads", "2");
        StringWriter out = new StringWriter();

        ServiceLoad.Result result = load.measure(new PrintWriter(out, true));

        assertEquals(50, result.requests(), out::toString);
        assertEquals(0, result.errors(), out::toString);
        assertTrue(result.perSecond() > 0, out::toString);
        assertTrue(out.toString().contains("| all | 50 | 0 |"), out::toString);
        assertTrue(result.stats().stream().filter(s -> !s.kind().equals("all")).mapToInt(ServiceLoad.Stats::count).sum() == 50);
    }
}
