package dev.rolefit.cli;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.Profile;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.Experience;
import dev.rolefit.model.Period;
import dev.rolefit.model.Seniority;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {
    private static final YearMonth AS_OF = Population.DEFAULT_AS_OF;

    private static Cli.Run generate(Path dir, int candidates, int vacancies, long seed) {
        return Cli.run("generate", "--candidates", String.valueOf(candidates), "--vacancies", String.valueOf(vacancies),
                "--seed", String.valueOf(seed), "--out", dir.toString());
    }

    // ----------------------------------------------------------------------------------- the command

    @Test
    void sameSeed_writesByteIdenticalFiles(@TempDir Path dir) throws IOException {
        Cli.Run first = generate(dir.resolve("a"), 300, 60, 42);
        Cli.Run second = generate(dir.resolve("b"), 300, 60, 42);

        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(0, second.exitCode(), second::toString);
        for (String file : List.of("candidates.jsonl", "vacancies.jsonl")) {
            assertEquals(-1, Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void differentSeeds_writeDifferentPopulations(@TempDir Path dir) throws IOException {
        generate(dir.resolve("a"), 50, 20, 1);
        generate(dir.resolve("b"), 50, 20, 2);

        assertNotEquals(-1, Files.mismatch(dir.resolve("a/candidates.jsonl"), dir.resolve("b/candidates.jsonl")));
        assertNotEquals(-1, Files.mismatch(dir.resolve("a/vacancies.jsonl"), dir.resolve("b/vacancies.jsonl")));
    }

    @Test
    void writesTheRequestedCounts_andEveryRecordReadsBackWithoutErrors(@TempDir Path dir) {
        Cli.Run run = generate(dir, 400, 120, 7);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("wrote 400 candidates"), run.out());
        Documents.Batch<Candidate> candidates = Documents.candidates(List.of(dir.resolve("candidates.jsonl")));
        Documents.Batch<Vacancy> vacancies = Documents.vacancies(List.of(dir.resolve("vacancies.jsonl")));
        assertEquals(List.of(), candidates.errors());
        assertEquals(List.of(), vacancies.errors());
        assertEquals(400, candidates.records().size());
        assertEquals(120, vacancies.records().size());
        assertEquals(400, candidates.records().stream().map(s -> s.record().id()).distinct().count());
        assertEquals("cand-0000001", candidates.records().get(0).record().id());
        assertEquals("vac-000120", vacancies.records().get(119).record().id());
    }

    @Test
    void eachRecordDependsOnlyOnSeedAndIndex_soASmallerPopulationIsTheStartOfALargerOne(@TempDir Path dir)
            throws IOException {
        generate(dir.resolve("small"), 20, 5, 9);
        generate(dir.resolve("large"), 200, 50, 9);

        List<String> small = Files.readAllLines(dir.resolve("small/candidates.jsonl"));
        List<String> large = Files.readAllLines(dir.resolve("large/candidates.jsonl"));
        assertEquals(small, large.subList(0, 20));
        assertEquals(Files.readAllLines(dir.resolve("small/vacancies.jsonl")),
                Files.readAllLines(dir.resolve("large/vacancies.jsonl")).subList(0, 5));
    }

    @Test
    void zeroCounts_writeEmptyFiles(@TempDir Path dir) throws IOException {
        Cli.Run run = generate(dir, 0, 0, 1);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(0, Files.size(dir.resolve("candidates.jsonl")));
        assertEquals(0, Files.size(dir.resolve("vacancies.jsonl")));
    }

    @Test
    void negativeCount_isAUsageError(@TempDir Path dir) {
        Cli.Run run = generate(dir, -1, 10, 1);

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--candidates is -1"), run.err());
    }

    @Test
    void outIsAFile_isAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        Cli.Run run = generate(file, 1, 1, 1);

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("is a file"), run.err());
    }

    @Test
    void help_namesTheMarketFacts() {
        Cli.Run run = Cli.run("generate", "--help");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("56% mid-senior"), run.out());
        assertFalse(run.out().contains("%%"), run.out());
        assertTrue(run.out().contains("--seed"), run.out());
    }

    @Test
    void asOf_datesEveryCareerUpToThatMonth(@TempDir Path dir) {
        Cli.Run run = Cli.run("generate", "--candidates", "200", "--vacancies", "0", "--as-of", "2020-03",
                "--out", dir.toString());

        assertEquals(0, run.exitCode(), run::toString);
        YearMonth asOf = YearMonth.of(2020, 3);
        for (Documents.Sourced<Candidate> c : Documents.candidates(List.of(dir.resolve("candidates.jsonl"))).records()) {
            for (Experience job : c.record().experience()) {
                assertFalse(job.startDate().isAfter(asOf), c.record().id() + " starts a job after " + asOf);
                assertTrue(job.endDate() == null || !job.endDate().isAfter(asOf), c.record().id());
            }
            assertTrue(c.record().experience().stream().anyMatch(j -> j.endDate() == null || j.endDate().isAfter(asOf.minusMonths(6))),
                    c.record().id() + " has no recent job");
        }
    }

    // ------------------------------------------------------------------------- the market it draws from

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MarketShares {
        private static final int VACANCIES = 5000;
        private final List<Vacancy> vacancies = new ArrayList<>();
        private final List<Candidate> candidates = new ArrayList<>();

        @BeforeAll
        void draw() {
            Population population = new Population(20261122L, AS_OF);
            for (int i = 0; i < VACANCIES; i++) {
                vacancies.add(population.vacancy(i));
            }
            for (int i = 0; i < 3000; i++) {
                candidates.add(population.candidate(i));
            }
        }

        private <T> double percent(List<T> items, Predicate<T> test) {
            return 100.0 * items.stream().filter(test).count() / items.size();
        }

        private static void assertBetween(double low, double high, double actual, String what) {
            assertTrue(actual >= low && actual <= high, what + " is " + actual + ", expected " + low + ".." + high);
        }

        @Test
        void vacancySeniority_followsTheBelgianMarket() {
            assertBetween(50, 62, percent(vacancies, v -> v.seniority() == Seniority.MID_SENIOR), "mid-senior %");
            assertBetween(23, 31, percent(vacancies, v -> v.seniority() == Seniority.ENTRY), "entry %");
            assertBetween(10, 16, percent(vacancies, v -> v.seniority() == Seniority.ASSOCIATE), "associate %");
        }

        @Test
        void employmentType_isMostlyFullTime() {
            assertBetween(86, 94, percent(vacancies, v -> v.employmentType() == EmploymentType.FULL_TIME), "full-time %");
            assertBetween(5, 11, percent(vacancies, v -> v.employmentType() == EmploymentType.CONTRACT), "contract %");
            assertBetween(0.3, 2.5, percent(vacancies, v -> v.employmentType() == EmploymentType.PART_TIME), "part-time %");
        }

        @Test
        void belgianVacancies_areInBrusselsAntwerpAndLeuven() {
            List<Vacancy> belgian = vacancies.stream().filter(v -> v.location().countryCode().equals("BE")).toList();
            assertBetween(62, 80, percent(belgian, v -> v.location().city().equals("Brussels")), "Brussels %");
            assertBetween(9, 21, percent(belgian, v -> v.location().city().equals("Antwerp")), "Antwerp %");
            assertBetween(8, 20, percent(belgian, v -> v.location().city().equals("Leuven")), "Leuven %");
        }

        @Test
        void hiring_isConcentratedInGermanyAndTheNetherlands() {
            Map<String, Long> byCountry = count(vacancies, v -> v.location().countryCode());
            List<String> ranked = byCountry.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
            assertEquals(Set.of("DE", "NL"), Set.copyOf(ranked.subList(0, 2)), byCountry::toString);
            assertTrue(byCountry.keySet().containsAll(List.of("BE", "FR", "ES")), byCountry::toString);
        }

        @Test
        void technologyDemand_pythonAheadOfMachineLearningSqlDataScienceAndR() {
            List<Long> mentions = Market.HEADLINE_SKILLS.stream().map(skill -> vacancies.stream()
                    .filter(v -> mentions(v, skill)).count()).toList();
            for (int i = 1; i < mentions.size(); i++) {
                assertTrue(mentions.get(i - 1) > mentions.get(i), Market.HEADLINE_SKILLS + " " + mentions);
            }
            // fact: 5,248 Python to 3,149 machine learning mentions (0.60) and 716 R (0.14)
            assertBetween(0.5, 0.7, (double) mentions.get(1) / mentions.get(0), "machine learning / Python");
            assertBetween(0.08, 0.2, (double) mentions.get(4) / mentions.get(0), "R / Python");
        }

        private boolean mentions(Vacancy v, String skill) {
            boolean listed = v.requiredSkills().contains(skill) || v.preferredSkills().contains(skill)
                    || v.requiredSkills().contains(Market.VARIANTS.getOrDefault(skill, skill))
                    || v.preferredSkills().contains(Market.VARIANTS.getOrDefault(skill, skill));
            return listed || (!skill.equals("R") && v.description().toLowerCase().contains(skill.toLowerCase()));
        }

        @Test
        void salaryBands_centreOnTheCountryBenchmarks() {
            // fact: ML engineer medians DE 70k, FR 65k, ES 55k
            double de = medianMidpoint("DE");
            double fr = medianMidpoint("FR");
            double es = medianMidpoint("ES");
            assertBetween(60000, 82000, de, "DE midpoint");
            assertTrue(es < fr && fr < de, "ES " + es + " < FR " + fr + " < DE " + de);
        }

        private double medianMidpoint(String country) {
            List<Double> midpoints = vacancies.stream()
                    .filter(v -> v.location().countryCode().equals(country) && v.seniority() == Seniority.MID_SENIOR)
                    .filter(v -> v.salary() != null && v.salary().period() == Period.YEAR && v.salary().currency().equals("EUR"))
                    .map(v -> (v.salary().min() + v.salary().max()) / 2).sorted().toList();
            assertTrue(midpoints.size() > 20, country + " has " + midpoints.size() + " bands");
            return midpoints.get(midpoints.size() / 2);
        }

        @Test
        void roleFamiliesAndTheirNeighbours_allAppear() {
            Map<String, Long> families = count(vacancies, v -> String.valueOf(v.roleFamily()));
            assertTrue(families.keySet().containsAll(List.of("ML_ENGINEER", "DATA_SCIENTIST", "AI_INFRASTRUCTURE_ENGINEER", "null")),
                    families::toString);
            for (String title : List.of("Data Engineer", "Data Analyst", "Software Developer")) {
                assertTrue(vacancies.stream().anyMatch(v -> v.title().contains(title)), title);
                assertTrue(candidates.stream().anyMatch(c -> c.experience().stream()
                        .anyMatch(j -> j.title().contains(title))), title);
            }
            assertTrue(candidates.stream().anyMatch(c -> c.experience().stream()
                    .anyMatch(j -> j.title().equals("Junior Software Developer"))), "a junior software developer");
        }

        @Test
        void candidates_haveEducationLanguagesAndDatedExperience() {
            assertBetween(90, 100, percent(candidates, c -> !c.education().isEmpty()), "with education %");
            assertBetween(15, 50, percent(candidates, c -> c.education().stream()
                    .anyMatch(e -> e.track() == dev.rolefit.model.EducationTrack.APPLIED)), "applied track %");
            assertEquals(100.0, percent(candidates, c -> c.languages().stream().anyMatch(l -> l.fluency()
                    == dev.rolefit.model.Fluency.NATIVE)), "with a native language %");
            assertEquals(100.0, percent(candidates, c -> !c.experience().isEmpty()
                    && c.experience().stream().allMatch(j -> j.startDate() != null)), "with dated experience %");
        }

        private <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
            Map<String, Long> counts = new TreeMap<>();
            items.forEach(i -> counts.merge(key.apply(i), 1L, Long::sum));
            return counts;
        }
    }

    // ------------------------------------------------------------------ what the engine reads from it

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AsTheEngineReadsIt {
        private MatchEngine engine;

        @BeforeAll
        void start() throws Exception {
            engine = MatchEngine.builder().asOf(AS_OF).threads(1).build();
        }

        @AfterAll
        void stop() {
            engine.close();
        }

        @Test
        void everySkillTheGeneratorCanWrite_resolvesInTheDefaultTaxonomy() {
            List<String> vocabulary = Market.vocabulary();
            Vacancy all = new Vacancy("vocabulary", "Machine Learning Engineer", null, null, null, null, null, null,
                    null, null, null, null, vocabulary, List.of(), List.of(), Map.of());

            Profile profile = engine.profile(all);

            assertEquals(List.of(), profile.unknownSkills());
            assertTrue(vocabulary.size() > 150, "vocabulary of " + vocabulary.size());
        }

        @Test
        void generatedDocuments_haveNoUnknownSkills_andTheirTitlesFamily() {
            Population population = new Population(3, AS_OF);
            int mlTitled = 0;
            int mlProfiled = 0;
            Set<String> families = new HashSet<>();
            for (int i = 0; i < 300; i++) {
                Candidate c = population.candidate(i);
                Profile p = engine.profile(c);
                assertEquals(List.of(), p.unknownSkills(), c.id());
                families.add(String.valueOf(p.roleFamily()));
                String current = c.experience().get(0).title();
                if (current.contains("Machine Learning Engineer") || current.contains("ML Engineer")) {
                    mlTitled++;
                    mlProfiled += "ML_ENGINEER".equals(p.roleFamily()) ? 1 : 0;
                }
            }
            for (int i = 0; i < 100; i++) {
                Vacancy v = population.vacancy(i);
                assertEquals(List.of(), engine.profile(v).unknownSkills(), v.id());
            }
            assertTrue(families.containsAll(List.of("ML_ENGINEER", "DATA_SCIENTIST", "AI_INFRASTRUCTURE_ENGINEER")),
                    families::toString);
            assertTrue(mlTitled > 20 && mlProfiled >= 0.8 * mlTitled, mlProfiled + " of " + mlTitled
                    + " ML engineers by title were profiled as ML engineers");
        }
    }
}
