package dev.rolefit.service;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static dev.rolefit.service.ServiceFixture.get;
import static dev.rolefit.service.ServiceFixture.json;
import static dev.rolefit.service.ServiceFixture.send;
import static org.junit.jupiter.api.Assertions.*;

/** The service's bounds: body size, worker pool, binding, and stopping with work in flight. */
@Timeout(30)
class LimitsTest {
    private static final String CANDIDATE = "{\"id\": \"c-1\", \"headline\": \"ML Engineer\", \"skills\": [\"Python\"]}";

    /** A request whose body is sent in two parts, so that it holds a worker until the test lets it go. */
    private static final class SlowUpload implements AutoCloseable {
        final Socket socket;
        final byte[] body;
        final int split;

        SlowUpload(RolefitServer server, String method, String path, String body) throws IOException {
            this.socket = new Socket("127.0.0.1", server.port());
            this.socket.setSoTimeout(20_000);
            this.body = body.getBytes(StandardCharsets.UTF_8);
            this.split = this.body.length / 2;
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + this.body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(this.body, 0, split);
            out.flush();
        }

        /** Sends the rest of the body and returns the status line and body of the answer. */
        String finish() throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(body, split, body.length - split);
            out.flush();
            return response(socket.getInputStream());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static String response(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int length = -1;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            text.append(line).append('\n');
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        if (length > 0) {
            text.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }

    @Nested
    class BodySize {
        @Test
        void declaredLengthOverTheLimit_is413BeforeReading() throws Exception {
            try (RolefitServer server = ServiceFixture.start(new ServiceFixture.Log(), b -> b.maxBodyBytes(1024))) {
                HttpResponse<String> r = send(server, "POST", "/match", CANDIDATE + " ".repeat(2000), "application/json");

                assertEquals(413, r.statusCode());
                assertTrue(json(r).path("message").asText().contains("1024 bytes"), r.body());
                assertEquals(413, send(server, "PUT", "/candidates/c-1", CANDIDATE + " ".repeat(2000), null).statusCode());
            }
        }

        @Test
        void chunkedBodyOverTheLimit_is413WhenRead() throws Exception {
            try (RolefitServer server = ServiceFixture.start(new ServiceFixture.Log(), b -> b.maxBodyBytes(1024))) {
                byte[] body = (CANDIDATE + " ".repeat(2000)).getBytes(StandardCharsets.UTF_8);
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/profiles"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

                HttpResponse<String> r = ServiceFixture.HTTP.send(request, HttpResponse.BodyHandlers.ofString());

                assertEquals(413, r.statusCode());
            }
        }

        @Test
        void bodyAtTheLimit_isRead() throws Exception {
            String body = CANDIDATE + " ".repeat(1024 - CANDIDATE.length());
            try (RolefitServer server = ServiceFixture.start(new ServiceFixture.Log(), b -> b.maxBodyBytes(1024))) {
                assertEquals(1024, body.getBytes(StandardCharsets.UTF_8).length);

                assertEquals(200, send(server, "POST", "/profiles", body, "application/json").statusCode());
            }
        }
    }

    @Nested
    class WorkerPool {
        @Test
        void fullQueue_is503WithRetryAfter_andTheServiceRecovers() throws Exception {
            try (RolefitServer server = ServiceFixture.start(new ServiceFixture.Log(), b -> b.threads(1).queue(1))) {
                try (SlowUpload working = new SlowUpload(server, "POST", "/profiles", CANDIDATE)) {
                    await(() -> server.busyWorkers() == 1, "the only worker is busy");
                    try (SlowUpload waiting = new SlowUpload(server, "POST", "/profiles", CANDIDATE)) {
                        await(() -> server.queuedRequests() == 1, "the queue is full");

                        HttpResponse<String> refused = get(server, "/health");

                        assertEquals(503, refused.statusCode());
                        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
                        assertTrue(json(refused).path("message").asText().contains("busy"), refused.body());
                        assertTrue(working.finish().startsWith("HTTP/1.1 200"));
                        assertTrue(waiting.finish().startsWith("HTTP/1.1 200"));
                    }
                }
                assertEquals(200, get(server, "/health").statusCode());
            }
        }
    }

    @Nested
    class Binding {
        @Test
        void defaultHost_isLoopbackOnly() throws Exception {
            try (RolefitServer server = RolefitServer.builder().port(0).rules(ServiceFixture.rules())
                    .log(new ServiceFixture.Log()).start()) {
                assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
                assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
                for (InetAddress other : nonLoopbackAddresses()) {
                    try (Socket s = new Socket()) {
                        assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(other, server.port()), 1000),
                                "reachable on " + other);
                    }
                }
            }
        }

        private List<InetAddress> nonLoopbackAddresses() throws IOException {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .toList();
        }

        @Test
        void anyInterface_isAllowedButLogsAWarning() throws Exception {
            ServiceFixture.Log log = new ServiceFixture.Log();
            try (RolefitServer server = ServiceFixture.start(log, b -> b.host("0.0.0.0"))) {
                assertTrue(log.lines.stream().anyMatch(l -> l.contains("not a loopback address")), log.lines.toString());
                assertEquals(200, get(server, "/health").statusCode());
            }
        }

        @Test
        void portInUse_isAnErrorNamingIt() throws Exception {
            try (RolefitServer first = ServiceFixture.start(new ServiceFixture.Log(), b -> { })) {
                IOException e = assertThrows(IOException.class,
                        () -> ServiceFixture.start(new ServiceFixture.Log(), b -> b.port(first.port())));

                assertTrue(e.getMessage().contains(String.valueOf(first.port())), e.getMessage());
            }
        }
    }

    @Nested
    class Stopping {
        @Test
        void stop_closesTheSocket_letsTheRequestInFlightFinish_thenCloses() throws Exception {
            ServiceFixture.Log log = new ServiceFixture.Log();
            RolefitServer server = ServiceFixture.start(log, b -> b.shutdownGrace(Duration.ofSeconds(10)));
            int port = server.port();
            try (SlowUpload inFlight = new SlowUpload(server, "POST", "/profiles", CANDIDATE)) {
                await(() -> server.busyWorkers() == 1, "the request is being worked on");

                CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
                await(() -> log.lines.stream().anyMatch(l -> l.contains("finishing 1 request in flight")), "stopping");
                await(() -> !accepts(port), "the socket is closed");
                assertFalse(stopping.isDone(), "stop waits for the request in flight");
                String answer = inFlight.finish();
                stopping.get(10, java.util.concurrent.TimeUnit.SECONDS);

                assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                assertTrue(answer.contains("\"profiles\""), answer);
            }
            assertTrue(log.lines.stream().anyMatch(l -> l.equals("rolefit serve: stopped")), log.lines.toString());
        }

        @Test
        void requestWhileStopping_is503WithConnectionClose() throws Exception {
            try (RolefitServer server = ServiceFixture.start(new ServiceFixture.Log(), b -> { })) {
                server.refuseNewWork();

                HttpResponse<String> late = get(server, "/health");

                assertEquals(503, late.statusCode());
                assertTrue(json(late).path("message").asText().contains("shutting down"), late.body());
                assertEquals("close", late.headers().firstValue("Connection").orElse(""));
            }
        }

        private boolean accepts(int port) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        // With nothing in flight there is nothing to wait for: stop() returns long before a ten-minute
        // grace period would run out (the timeout fails the test if it waited), and the port is closed.
        @Test
        @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void idleServer_stopsWithoutWaitingForTheGracePeriod() throws Exception {
            RolefitServer server = ServiceFixture.start(new ServiceFixture.Log(), b -> b.shutdownGrace(Duration.ofMinutes(10)));
            int port = server.port();

            server.stop();

            assertFalse(accepts(port), "the port is closed once stop() returns");
        }
    }
}
