package dev.rolefit.bench;

import dev.rolefit.engine.Documents;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import dev.rolefit.service.RolefitServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded load test of the HTTP service on loopback: N concurrent clients ({@link HttpClient}, HTTP/1.1,
 * kept-alive connections) send a fixed number of requests (and stop early at a time limit), in a mix
 * of POST /match with a candidate that is not stored, GET and PUT of stored documents, and GET of a
 * stored vacancy's ranked candidates. It reports throughput, latency percentiles and errors (any
 * answer but 2xx, or no answer); the bar is zero errors.
 *
 * <p>By default it starts the service in this JVM with a data folder (so every PUT is forced to
 * disk), stores a generated population through PUTs, warms up, then measures.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.rolefit.bench.ServiceLoad --clients 16 --requests 5000
 * java -cp bench/target/benchmarks.jar dev.rolefit.bench.ServiceLoad --url http://127.0.0.1:8080/ --no-load
 * </pre>
 */
@Command(name = "ServiceLoad", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Drives the rolefit HTTP service with concurrent clients on loopback for a bounded number of "
                + "requests and reports throughput, latency percentiles and errors.")
public final class ServiceLoad implements Callable<Integer> {
    /** The kinds of request in the mix. */
    enum Kind { match, get, put, matches }

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
    int clients;

    @Option(names = "--requests", paramLabel = "R", defaultValue = "5000", description = "Measured requests. Default: ${DEFAULT-VALUE}.")
    int requests;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "500", description = "Unmeasured requests first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "120",
            description = "Stop measuring after S seconds even if requests remain. Default: ${DEFAULT-VALUE}.")
    int maxSeconds;

    @Option(names = "--mix", paramLabel = "KIND=W,...", defaultValue = "match=50,get=20,put=20,matches=10", split = ",",
            description = "Weights of the request kinds (match, get, put, matches). Default: ${DEFAULT-VALUE}.")
    Map<Kind, Integer> mix = new LinkedHashMap<>();

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "top= of match requests. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "1000",
            description = "Stored candidates (generated). Default: ${DEFAULT-VALUE}.")
    int candidates;

    @Option(names = "--vacancies", paramLabel = "M", defaultValue = "200",
            description = "Stored vacancies (generated). Default: ${DEFAULT-VALUE}.")
    int vacancies;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--url", paramLabel = "URL",
            description = "Drive a running service at this base URL instead of starting one in this JVM.")
    URI url;

    @Option(names = "--no-load", description = "Do not store the generated population first (with --url: it is there).")
    boolean noLoad;

    @Option(names = "--in-memory", description = "The service started here keeps its documents in memory (no fsync).")
    boolean inMemory;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads of the service started here. Default: the processors.")
    Integer threads;

    /** Latency percentiles of one kind (or all), in milliseconds. */
    record Stats(String kind, int count, int errors, double p50, double p90, double p99, double max) {
    }

    /**
     * What a run measured.
     *
     * @param requests  measured requests sent
     * @param errors    those without a 2xx answer
     * @param seconds   wall time of the measured part
     * @param perSecond requests per second
     * @param stats     per kind, then "all"
     * @param firstErrors the first few errors, for the report
     */
    record Result(int requests, int errors, double seconds, double perSecond, List<Stats> stats, List<String> firstErrors) {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        System.exit(new CommandLine(new ServiceLoad()).setOut(out).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Result result = measure(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        return result.errors() == 0 ? 0 : 1;
    }

    /** Runs the load (starting and stopping a service when no URL is given) and prints the report. */
    Result measure(PrintWriter out) throws Exception {
        if (clients < 1 || requests < 1 || warmup < 0 || maxSeconds < 1) {
            throw new IllegalArgumentException("--clients, --requests and --max-seconds must be at least 1, --warmup 0 or more");
        }
        Path population = Populations.temporary(candidates + 200L, vacancies, seed);
        Path data = url == null && !inMemory ? Files.createTempDirectory("rolefit-load-data-") : null;
        RolefitServer server = null;
        try {
            URI base = url;
            if (base == null) {
                RolefitServer.Builder builder = RolefitServer.builder().port(0).asOf(YearMonth.of(2026, 11))
                        .data(data).log(line -> { }).queue(Math.max(64, clients * 2));
                if (threads != null) {
                    builder.threads(threads);
                }
                server = builder.start();
                base = server.uri();
            }
            List<Candidate> cs = Documents.candidates(List.of(population.resolve(Populations.CANDIDATES))).records()
                    .stream().map(Documents.Sourced::record).toList();
            List<Vacancy> vs = Documents.vacancies(List.of(population.resolve(Populations.VACANCIES))).records()
                    .stream().map(Documents.Sourced::record).toList();
            Workload work = new Workload(base, cs.subList(0, candidates), vs, cs.subList(candidates, cs.size()));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            if (!noLoad) {
                long t = System.nanoTime();
                int failed = work.store(http, clients);
                out.printf(Locale.ROOT, "stored %d candidates and %d vacancies through PUT in %.1f s%s%n", candidates,
                        vs.size(), (System.nanoTime() - t) / 1e9, failed == 0 ? "" : " (" + failed + " failed)");
            }
            run(work, http, warmup, new Random(seed + 1), null);
            Result result = run(work, http, requests, new Random(seed), out);
            print(result, out);
            return result;
        } finally {
            if (server != null) {
                server.stop();
            }
            Populations.delete(population);
            Populations.delete(data);
        }
    }

    /** The documents and the requests built from them. */
    private final class Workload {
        final URI base;
        final List<String> stored;
        final List<String> storedBodies;
        final List<String> vacancyIds;
        final List<String> vacancyBodies;
        final List<String> queries;

        Workload(URI base, List<Candidate> stored, List<Vacancy> vacancies, List<Candidate> queries) throws IOException {
            this.base = base;
            this.stored = new ArrayList<>();
            this.storedBodies = new ArrayList<>();
            for (Candidate c : stored) {
                this.stored.add(c.id());
                this.storedBodies.add(RolefitJson.mapper().writeValueAsString(c));
            }
            this.vacancyIds = new ArrayList<>();
            this.vacancyBodies = new ArrayList<>();
            for (Vacancy v : vacancies) {
                vacancyIds.add(v.id());
                vacancyBodies.add(RolefitJson.mapper().writeValueAsString(v));
            }
            this.queries = new ArrayList<>();
            for (Candidate c : queries) {
                this.queries.add(RolefitJson.mapper().writeValueAsString(c));
            }
        }

        /** PUTs every vacancy and candidate, on {@code clients} threads; returns how many failed. */
        int store(HttpClient http, int parallel) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            AtomicInteger failed = new AtomicInteger();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < vacancyIds.size(); i++) {
                    HttpRequest r = put("vacancies", vacancyIds.get(i), vacancyBodies.get(i));
                    done.add(pool.submit(() -> send(http, r, failed)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                done.clear();
                for (int i = 0; i < stored.size(); i++) {
                    HttpRequest r = put("candidates", stored.get(i), storedBodies.get(i));
                    done.add(pool.submit(() -> send(http, r, failed)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            return failed.get();
        }

        private void send(HttpClient http, HttpRequest r, AtomicInteger failed) {
            try {
                if (http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 != 2) {
                    failed.incrementAndGet();
                }
            } catch (IOException | InterruptedException e) {
                failed.incrementAndGet();
            }
        }

        HttpRequest request(Kind kind, Random random) {
            return switch (kind) {
                case match -> HttpRequest.newBuilder(base.resolve("match?top=" + top))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(queries.get(random.nextInt(queries.size())))).build();
                case get -> random.nextBoolean()
                        ? HttpRequest.newBuilder(base.resolve("candidates/" + enc(stored.get(random.nextInt(stored.size()))))).build()
                        : HttpRequest.newBuilder(base.resolve("vacancies/" + enc(vacancyIds.get(random.nextInt(vacancyIds.size()))))).build();
                case put -> {
                    int i = random.nextInt(stored.size());
                    yield put("candidates", stored.get(i), storedBodies.get(i));
                }
                case matches -> HttpRequest.newBuilder(base.resolve("vacancies/"
                        + enc(vacancyIds.get(random.nextInt(vacancyIds.size()))) + "/matches?top=" + top)).build();
            };
        }

        private HttpRequest put(String kind, String id, String body) {
            return HttpRequest.newBuilder(base.resolve(kind + "/" + enc(id))).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        }
    }

    private static String enc(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends {@code count} requests from {@code clients} threads; reports when {@code out} is not null. */
    private Result run(Workload work, HttpClient http, int count, Random random, PrintWriter out) throws Exception {
        if (count == 0) {
            return new Result(0, 0, 0, 0, List.of(), List.of());
        }
        Kind[] kinds = new Kind[count];
        HttpRequest[] planned = new HttpRequest[count];
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("--mix has no positive weight");
        }
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(total);
            for (Map.Entry<Kind, Integer> e : mix.entrySet()) {
                pick -= e.getValue();
                if (pick < 0) {
                    kinds[i] = e.getKey();
                    break;
                }
            }
            planned[i] = work.request(kinds[i], random);
        }
        long[] nanos = new long[count];
        boolean[] failed = new boolean[count];
        boolean[] sent = new boolean[count];
        Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        String error = null;
                        try {
                            HttpResponse<String> r = http.send(planned[i], HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() / 100 != 2) {
                                error = kinds[i] + " " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
                            }
                        } catch (IOException e) {
                            error = kinds[i] + " " + e;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        nanos[i] = System.nanoTime() - t;
                        sent[i] = true;
                        if (error != null) {
                            failed[i] = true;
                            errorKinds.computeIfAbsent(kinds[i].name(), k -> new LongAdder()).increment();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(error);
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Stats> stats = new ArrayList<>();
        for (Kind k : Kind.values()) {
            stats.add(stats(k.name(), kinds, k, nanos, failed, sent));
        }
        Stats all = stats("all", kinds, null, nanos, failed, sent);
        stats.add(all);
        return new Result(all.count(), all.errors(), seconds, all.count() / seconds, stats, List.copyOf(firstErrors));
    }

    private static Stats stats(String name, Kind[] kinds, Kind kind, long[] nanos, boolean[] failed, boolean[] sent) {
        List<Long> times = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < kinds.length; i++) {
            if (sent[i] && (kind == null || kinds[i] == kind)) {
                times.add(nanos[i]);
                errors += failed[i] ? 1 : 0;
            }
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Stats(name, sorted.length, errors, pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile, in ms. */
    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private void print(Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "%d requests from %d clients in %.2f s: %.0f requests/s, %d errors%n", r.requests(), clients,
                r.seconds(), r.perSecond(), r.errors());
        out.println("| request | count | errors | p50 ms | p90 ms | p99 ms | max ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Stats s : r.stats()) {
            if (s.count() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", label(s.kind()), s.count(), s.errors(),
                    s.p50(), s.p90(), s.p99(), s.max());
        }
        r.firstErrors().forEach(e -> out.println("error: " + e));
    }

    private String label(String kind) {
        return switch (kind) {
            case "match" -> "POST /match?top=" + top + " (1 candidate)";
            case "get" -> "GET /candidates|vacancies/{id}";
            case "put" -> "PUT /candidates/{id}" + (url == null && inMemory ? "" : " (fsync)");
            case "matches" -> "GET /vacancies/{id}/matches?top=" + top;
            default -> "all";
        };
    }
}
