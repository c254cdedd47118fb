package dev.rolefit.service;

import dev.rolefit.engine.DataStore;
import dev.rolefit.engine.MatchEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An acknowledged update is never lost: the server runs in a process of its own, gets a stream of
 * PUTs and DELETEs from several clients, and is killed with SIGKILL in the middle of it. Restarted on
 * the same folder, it holds every acknowledged update; only the updates in flight at the kill may
 * or may not be there.
 */
class DurabilityTest {
    private static final int WRITERS = 4;
    private static final int ACKS_BEFORE_KILL = 400;
    private static final Duration MAX_STREAM = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** An update a writer sent: the version it leaves the id at, 0 for a delete. */
    private record Update(String id, int version) {
    }

    /** One client: its own ids, what the server acknowledged for each, and what was in flight when it died. */
    private static final class Writer implements Runnable {
        final int number;
        final int port;
        final AtomicBoolean stop;
        final AtomicInteger acks;
        final Map<String, Integer> acknowledged = new HashMap<>();
        volatile Update inFlight;
        volatile String failure;

        Writer(int number, int port, AtomicBoolean stop, AtomicInteger acks) {
            this.number = number;
            this.port = port;
            this.stop = stop;
            this.acks = acks;
        }

        @Override
        public void run() {
            Random random = new Random(number);
            List<String> live = new ArrayList<>();
            int next = 0;
            while (!stop.get()) {
                int dice = random.nextInt(10);
                Update update;
                if (!live.isEmpty() && dice < 2) {
                    update = new Update(live.get(random.nextInt(live.size())), 0);
                } else if (!live.isEmpty() && dice < 5) {
                    String id = live.get(random.nextInt(live.size()));
                    update = new Update(id, acknowledged.get(id) + 1);
                } else {
                    update = new Update("w" + number + "-" + next++, 1);
                }
                inFlight = update;
                HttpResponse<String> response;
                try {
                    response = HTTP.send(request(update), HttpResponse.BodyHandlers.ofString());
                } catch (IOException | InterruptedException e) {
                    return; // the server is gone: inFlight may or may not have been written
                }
                int expected = update.version() == 0 ? 204 : update.version() == 1 ? 201 : 200;
                if (response.statusCode() != expected) {
                    failure = "expected " + expected + " for " + update + ", got " + response.statusCode() + ": "
                            + response.body();
                    return;
                }
                acknowledged.put(update.id(), update.version());
                if (update.version() == 0) {
                    live.remove(update.id());
                } else if (update.version() == 1) {
                    live.add(update.id());
                }
                inFlight = null;
                acks.incrementAndGet();
            }
        }

        private HttpRequest request(Update u) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/candidates/" + u.id()))
                    .timeout(Duration.ofSeconds(10));
            if (u.version() == 0) {
                return b.DELETE().build();
            }
            return b.PUT(HttpRequest.BodyPublishers.ofString(candidate(u))).header("Content-Type", "application/json").build();
        }
    }

    static String candidate(Update u) {
        return "{\"id\": \"" + u.id() + "\", \"headline\": \"Machine Learning Engineer v" + u.version() + "\","
                + " \"location\": {\"city\": \"Brussels\", \"countryCode\": \"BE\"}, \"employmentTypes\": [\"FULL_TIME\"],"
                + " \"skills\": [{\"name\": \"Python\", \"level\": \"EXPERT\", \"years\": " + (u.version() % 10) + "},"
                + " \"PyTorch\", \"MLOps\", \"Kubernetes\"],"
                + " \"experience\": [{\"title\": \"ML Engineer\", \"startDate\": \"2019-01\", \"description\": \"Deployed"
                + " forecasting models with PyTorch on AWS.\"}]}";
    }

    /** A server process on a free loopback port, and the files its output goes to. */
    private record Server(Process process, int port, Path out, Path err) {
        String errors() throws IOException {
            return Files.readString(err);
        }
    }

    private static Server launch(Path data, Path logs, String name) throws Exception {
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ServerMain.class.getName(), "--data", data.toString(), "--compact-after", "32768")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String printed = Files.readString(out);
            if (printed.startsWith("listening ") && printed.endsWith("\n")) {
                return new Server(process, Integer.parseInt(printed.trim().substring("listening ".length())), out, err);
            }
            if (!process.isAlive()) {
                fail(name + " exited with " + process.exitValue() + ":\n" + Files.readString(err));
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        fail(name + " did not start within 60 s:\n" + Files.readString(err));
        return null;
    }

    @Test
    @Timeout(150)
    void everyAcknowledgedUpdate_survivesAKill9MidStream(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Server first = launch(data, dir, "first");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acks = new AtomicInteger();
        List<Writer> writers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Writer w = new Writer(i, first.port(), stop, acks);
            writers.add(w);
            Thread t = new Thread(w, "writer-" + i);
            threads.add(t);
            t.start();
        }
        long until = System.nanoTime() + MAX_STREAM.toNanos();
        while (acks.get() < ACKS_BEFORE_KILL && System.nanoTime() < until) {
            Thread.sleep(5);
        }

        first.process().destroyForcibly(); // SIGKILL, in the middle of the stream
        assertTrue(first.process().waitFor(10, TimeUnit.SECONDS));
        stop.set(true);
        for (Thread t : threads) {
            t.join(15_000);
            assertFalse(t.isAlive(), t.getName() + " still runs");
        }
        for (Writer w : writers) {
            assertNull(w.failure, w.failure);
        }
        assertTrue(acks.get() >= 50, "only " + acks.get() + " updates were acknowledged before the kill");

        Server second = launch(data, dir, "second");
        System.out.println("DurabilityTest: " + acks.get() + " updates acknowledged before SIGKILL; the restart said: "
                + second.errors().lines().filter(l -> l.startsWith("rolefit serve:")).toList());
        try {
            int present = 0;
            for (Writer w : writers) {
                for (Map.Entry<String, Integer> e : w.acknowledged.entrySet()) {
                    int found = storedVersion(second.port(), e.getKey());
                    Update pending = w.inFlight;
                    boolean pendingHere = pending != null && pending.id().equals(e.getKey());
                    assertTrue(found == e.getValue() || (pendingHere && found == pending.version()),
                            e.getKey() + ": acknowledged version " + e.getValue() + ", found " + found
                                    + (pendingHere ? " (in flight: " + pending.version() + ")" : ""));
                    present += found > 0 ? 1 : 0;
                }
                Update pending = w.inFlight;
                if (pending != null && !w.acknowledged.containsKey(pending.id())) {
                    int found = storedVersion(second.port(), pending.id());
                    assertTrue(found == 0 || found == pending.version(), pending + " found as " + found);
                    present += found > 0 ? 1 : 0;
                }
            }
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + second.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(present, ServiceFixture.JSON.readTree(health.body()).path("candidates").asInt(),
                    "no candidate beyond those written");
            assertFalse(second.errors().contains("damaged"), second.errors());
        } finally {
            second.process().destroy(); // SIGTERM: the graceful way out
        }
        assertTrue(second.process().waitFor(20, TimeUnit.SECONDS), "stopped on SIGTERM");
        assertTrue(second.errors().contains("rolefit serve: stopped"), second.errors());

        assertTrue(ServiceFixture.JSON.readTree(data.resolve("meta.json").toFile()).path("generation").asLong() > 0,
                "the stream was long enough to compact at least once");
        try (MatchEngine engine = MatchEngine.builder().rules(ServiceFixture.rules()).build();
             DataStore store = DataStore.open(data, engine)) {
            assertEquals(List.of(), store.warnings(), "a graceful stop leaves nothing to repair");
        }
    }

    /** The version the server holds for an id, 0 when it holds none. */
    private static int storedVersion(int port, String id) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/candidates/" + id))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 404) {
            return 0;
        }
        assertEquals(200, r.statusCode(), r.body());
        String headline = ServiceFixture.JSON.readTree(r.body()).path("headline").asText();
        return Integer.parseInt(headline.substring(headline.lastIndexOf('v') + 1));
    }
}
