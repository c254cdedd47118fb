package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.cli.BiasReport.Dimension;
import dev.rolefit.cli.BiasReport.Row;
import dev.rolefit.cli.BiasReport.Scope;
import dev.rolefit.cli.BiasReport.Table;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.rolefit.cli.AuditFixtures.match;
import static dev.rolefit.model.Verdict.GOOD;
import static dev.rolefit.model.Verdict.REJECTED;
import static dev.rolefit.model.Verdict.STRONG;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BiasReportTest {
    private static Demographics.Person person(String sex, String race) {
        return new Demographics.Person(sex, race);
    }

    private static void assertRates(Row row, int applicants, String rate, String ratio, boolean flagged,
                                    boolean scoring) {
        assertAll(row.category(),
                () -> assertEquals(applicants, row.applicants(), "applicants"),
                () -> assertEquals(new BigDecimal(rate), scoring ? row.scoringRatePercent() : row.selectionRatePercent(),
                        "rate"),
                () -> assertEquals(ratio == null ? null : new BigDecimal(ratio),
                        scoring ? row.scoringImpactRatio() : row.selectionImpactRatio(), "impact ratio"),
                () -> assertEquals(flagged, scoring ? row.scoringBelowFourFifths() : row.selectionBelowFourFifths(),
                        "below four-fifths"));
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * The scoring example of 6 RCNY § 5-301 (DCWP final rules, 2023): an AEDT scores applicants for
     * "culture fit". The counts below give exactly the published table: 84 of the 168 applicants
     * score above the median (80.0 against 40.0; the median is 60.0).
     */
    @Nested
    class DcwpWorkedExample {
        static final String HISPANIC = "Hispanic or Latino";
        static final String WHITE = "White (Not Hispanic or Latino)";
        static final String BLACK = "Black or African American (Not Hispanic or Latino)";
        static final String NHPI = "Native Hawaiian or Pacific Islander (Not Hispanic or Latino)";
        static final String ASIAN = "Asian (Not Hispanic or Latino)";

        /** Race/ethnicity → {applicants, scoring above the median}; null is an unknown race. */
        static Map<String, int[]> groups() {
            Map<String, int[]> groups = new LinkedHashMap<>();
            groups.put(HISPANIC, new int[] {28, 18});
            groups.put(WHITE, new int[] {40, 15});
            groups.put(BLACK, new int[] {32, 16});
            groups.put(NHPI, new int[] {8, 5});
            groups.put(ASIAN, new int[] {24, 10});
            groups.put(null, new int[] {36, 20}); // sex known, race not given: 168 - 132 applicants
            return groups;
        }

        /** 168 candidates for one vacancy: 50 of the 92 men and 34 of the 76 women score high. */
        static BiasReport.Result example(List<Match> matches, Map<String, Demographics.Person> people) {
            int highMen = 0;
            int lowMen = 0;
            int n = 0;
            for (Map.Entry<String, int[]> g : groups().entrySet()) {
                for (int i = 0; i < g.getValue()[0]; i++) {
                    boolean high = i < g.getValue()[1];
                    String sex;
                    if (high) {
                        sex = highMen++ < 50 ? "Male" : "Female";
                    } else {
                        sex = lowMen++ < 42 ? "Male" : "Female";
                    }
                    String id = String.format("cand-%03d", ++n);
                    matches.add(match(id, "vac-culture-fit", high ? 80.0 : 40.0, GOOD));
                    people.put(id, person(sex, g.getKey()));
                }
            }
            return BiasReport.of(AuditFixtures.file(matches.toArray(Match[]::new)), "demographics.csv",
                    Demographics.of(people), null);
        }

        @Test
        void sexCategories_matchThePublishedTable() {
            Scope scope = example(new ArrayList<>(), new HashMap<>()).vacancy("vac-culture-fit");
            Table sex = scope.table(Dimension.SEX);
            assertAll(
                    () -> assertEquals(168, scope.applicants()),
                    () -> assertEquals(new BigDecimal("60.0"), scope.medianScore()),
                    () -> assertRates(sex.row("Male"), 92, "54.3", "1.00", false, true),
                    () -> assertRates(sex.row("Female"), 76, "44.7", "0.82", false, true),
                    () -> assertEquals(0, sex.unknown()));
        }

        @Test
        void raceEthnicityCategories_matchThePublishedTable() {
            Table race = example(new ArrayList<>(), new HashMap<>()).vacancy("vac-culture-fit")
                    .table(Dimension.RACE_ETHNICITY);
            assertAll(
                    // 18 of 28 is 64.2857…%: one decimal, half up, is 64.3%. The DCWP table prints 64.2%,
                    // which no count out of 28 gives (17 is 60.7%, 18 is 64.3%); its ratios (0.58, 0.78,
                    // 0.97, 0.65) are those of the exact 18/28, which this report reproduces.
                    () -> assertRates(race.row(HISPANIC), 28, "64.3", "1.00", false, true),
                    () -> assertEquals(18, race.row(HISPANIC).aboveMedian()),
                    () -> assertRates(race.row(WHITE), 40, "37.5", "0.58", true, true),
                    () -> assertRates(race.row(BLACK), 32, "50.0", "0.78", true, true),
                    () -> assertRates(race.row(NHPI), 8, "62.5", "0.97", false, true),
                    () -> assertRates(race.row(ASIAN), 24, "41.7", "0.65", true, true),
                    () -> assertEquals(36, race.unknown(), "unknown race, counted apart"),
                    () -> assertEquals(HISPANIC, race.scoringReference()));
        }

        @Test
        void sameNumbers_throughTheCommandLineAsJson(@TempDir Path dir) throws IOException {
            List<Match> matches = new ArrayList<>();
            Map<String, Demographics.Person> people = new LinkedHashMap<>();
            example(matches, people);
            Path matchFile = AuditFixtures.write(dir, "matches.json", matches);
            List<String> rows = new ArrayList<>();
            people.forEach((id, p) -> rows.add(id + "," + p.sex() + "," + (p.raceEthnicity() == null ? "" : p.raceEthnicity())));
            Path demographics = AuditFixtures.demographics(dir, rows.toArray(String[]::new));

            Cli.Run run = Cli.run("audit", "bias", "--matches", matchFile.toString(), "--demographics",
                    demographics.toString(), "--format", "json");

            assertEquals(0, run.exitCode(), run.toString());
            JsonNode overall = RolefitJson.mapper().readTree(run.out()).get("overall");
            JsonNode sex = overall.get("tables").get(0);
            JsonNode male = sex.get("rows").get(0);
            JsonNode female = sex.get("rows").get(1);
            assertAll(
                    () -> assertEquals("Male", male.get("category").asText()),
                    () -> assertEquals(92, male.get("applicants").asInt()),
                    () -> assertEquals(54.3, male.get("scoringRatePercent").asDouble()),
                    () -> assertEquals(1.0, male.get("scoringImpactRatio").asDouble()),
                    () -> assertEquals("Female", female.get("category").asText()),
                    () -> assertEquals(44.7, female.get("scoringRatePercent").asDouble()),
                    () -> assertEquals(0.82, female.get("scoringImpactRatio").asDouble()),
                    () -> assertTrue(run.out().contains("\"scoringImpactRatio\": 1.00,"), "two decimals, as DCWP prints"));
        }

        @Test
        void asCsv_eachCategoryIsOneRowWithRatesToOneDecimalAndRatiosToTwo(@TempDir Path dir) throws IOException {
            List<Match> matches = new ArrayList<>();
            Map<String, Demographics.Person> people = new LinkedHashMap<>();
            example(matches, people);
            Path matchFile = AuditFixtures.write(dir, "matches.json", matches);
            List<String> rows = new ArrayList<>();
            people.forEach((id, p) -> rows.add(id + "," + p.sex() + ",\"" + (p.raceEthnicity() == null ? "" : p.raceEthnicity()) + "\""));
            Path demographics = AuditFixtures.demographics(dir, rows.toArray(String[]::new));

            Cli.Run run = Cli.run("audit", "bias", "--matches", matchFile.toString(), "--demographics",
                    demographics.toString(), "--format", "csv");

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.out().lines().toList();
            assertAll(
                    () -> assertEquals(BiasReport.CSV_HEADER, lines.get(0)),
                    () -> assertTrue(lines.contains("overall,,sex,Female,76,45.2,false,76,100.0,1.00,false,34,44.7,0.82,false,60.0"),
                            run.out()),
                    () -> assertTrue(lines.contains("vacancy,vac-culture-fit,raceEthnicity,White (Not Hispanic or Latino),"
                            + "40,23.8,false,40,100.0,1.00,false,15,37.5,0.58,true,60.0"), run.out()),
                    () -> assertTrue(lines.contains("overall,,raceEthnicity,(unknown),36,21.4,,,,,,,,,,60.0"), run.out()));
        }
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * Ten candidates for one vacancy, checked by hand. Scores sorted: 30 40 50 60 65 | 70 75 80 85 90,
     * so the median is 67.5 and c1, c2, c3, c5, c9 score above it.
     *
     * <pre>
     * id   sex  race   score verdict    id   sex  race   score verdict
     * c1   M    W       90   STRONG     c6   F    B       50   REJECTED
     * c2   M    W       80   STRONG     c7   F    B       40   REJECTED
     * c3   M    B       70   GOOD       c8   F    W       65   GOOD
     * c4   M    B       60   REJECTED   c9   ?    W       75   GOOD
     * c5   F    W       85   STRONG     c10  M    ?       30   REJECTED
     * </pre>
     */
    @Nested
    class HandCheckedTable {
        static MatchFile file() {
            return AuditFixtures.file(
                    match("c1", "v", 90, STRONG), match("c2", "v", 80, STRONG), match("c3", "v", 70, GOOD),
                    match("c4", "v", 60, REJECTED, "Salary expectation far above the band"),
                    match("c5", "v", 85, STRONG),
                    match("c6", "v", 50, REJECTED, "Does not speak a required language"),
                    match("c7", "v", 40, REJECTED, "Does not speak a required language"),
                    match("c8", "v", 65, GOOD), match("c9", "v", 75, GOOD),
                    match("c10", "v", 30, REJECTED, "Out of reach and not relocating"));
        }

        static Demographics people() {
            Map<String, Demographics.Person> p = new HashMap<>();
            p.put("c1", person("M", "W"));
            p.put("c2", person("M", "W"));
            p.put("c3", person("M", "B"));
            p.put("c4", person("M", "B"));
            p.put("c5", person("F", "W"));
            p.put("c6", person("F", "B"));
            p.put("c7", person("F", "B"));
            p.put("c8", person("F", "W"));
            p.put("c9", person(null, "W"));
            p.put("c10", person("M", null));
            return Demographics.of(p);
        }

        static Scope scope(Integer top) {
            return BiasReport.of(file(), "d.csv", people(), top).vacancy("v");
        }

        @Test
        void median_ofAnEvenSample_isTheMeanOfTheMiddleTwo() {
            assertEquals(new BigDecimal("67.5"), scope(null).medianScore());
        }

        @Test
        void sex_selectionAndScoringRates() {
            Table sex = scope(null).table(Dimension.SEX);
            assertAll(
                    // men: c1 c2 c3 selected of 5; c1 c2 c3 above the median
                    () -> assertRates(sex.row("M"), 5, "60.0", "1.00", false, false),
                    () -> assertRates(sex.row("M"), 5, "60.0", "1.00", false, true),
                    // women: c5 c8 selected of 4 (50 ÷ 60 = 0.83); only c5 above (25 ÷ 60 = 0.42)
                    () -> assertRates(sex.row("F"), 4, "50.0", "0.83", false, false),
                    () -> assertRates(sex.row("F"), 4, "25.0", "0.42", true, true),
                    () -> assertEquals(1, sex.unknown(), "c9"));
        }

        @Test
        void raceEthnicity_selectionAndScoringRates() {
            Table race = scope(null).table(Dimension.RACE_ETHNICITY);
            assertAll(
                    // W: all 5 selected; c1 c2 c5 c9 above (80%)
                    () -> assertRates(race.row("W"), 5, "100.0", "1.00", false, false),
                    () -> assertRates(race.row("W"), 5, "80.0", "1.00", false, true),
                    // B: c3 selected of 4 (25%); c3 above (25 ÷ 80 = 0.3125)
                    () -> assertRates(race.row("B"), 4, "25.0", "0.25", true, false),
                    () -> assertRates(race.row("B"), 4, "25.0", "0.31", true, true),
                    () -> assertEquals(1, race.unknown(), "c10"));
        }

        @Test
        void intersectionalCategories_leaveOutEitherUnknown() {
            Table both = scope(null).table(Dimension.INTERSECTIONAL);
            assertAll(
                    () -> assertRates(both.row("M × W"), 2, "100.0", "1.00", false, false),
                    () -> assertRates(both.row("M × B"), 2, "50.0", "0.50", true, false),
                    () -> assertRates(both.row("F × W"), 2, "100.0", "1.00", false, false),
                    () -> assertRates(both.row("F × B"), 2, "0.0", "0.00", true, false),
                    () -> assertRates(both.row("M × W"), 2, "100.0", "1.00", false, true),
                    () -> assertRates(both.row("F × W"), 2, "50.0", "0.50", true, true),
                    () -> assertEquals(2, both.unknown(), "c9 (sex unknown) and c10 (race unknown)"),
                    () -> assertEquals(4, both.rows().size()));
        }

        @Test
        void topK_selectsTheFirstKOfTheVacancysList() {
            // Ranked: c1 90, c5 85, c2 80, c9 75, c3 70, c8 65, then the rejected. Top 2: c1 (M, W) and c5 (F, W).
            Scope top2 = scope(2);
            Table sex = top2.table(Dimension.SEX);
            Table race = top2.table(Dimension.RACE_ETHNICITY);
            assertAll(
                    () -> assertRates(sex.row("F"), 4, "25.0", "1.00", false, false),
                    // 20% ÷ 25% is exactly 0.80: not below four-fifths
                    () -> assertRates(sex.row("M"), 5, "20.0", "0.80", false, false),
                    () -> assertRates(race.row("W"), 5, "40.0", "1.00", false, false),
                    () -> assertRates(race.row("B"), 4, "0.0", "0.00", true, false));
        }

        @Test
        void topK_neverSelectsARejectedPair_evenWithinTheFirstK() {
            // Six pairs pass the knockouts; the 7th and 8th places (c4, c6) are rejected.
            Table sex = scope(8).table(Dimension.SEX);
            assertAll(
                    () -> assertEquals(3, sex.row("M").selected()),
                    () -> assertEquals(2, sex.row("F").selected()));
        }

        @Test
        void topK_doesNotChangeTheScoringRate() {
            assertEquals(scope(null).table(Dimension.SEX).row("F").scoringRatePercent(),
                    scope(2).table(Dimension.SEX).row("F").scoringRatePercent());
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class FourFifthsFlag {
        @Test
        void ratioJustBelowFourFifths_isFlagged_evenWhenItRoundsTo080() {
            // A: 1000 of 1000 selected; B: 799 of 1000 → 0.799, shown as 0.80 but below 0.8.
            List<Match> matches = new ArrayList<>();
            Map<String, Demographics.Person> people = new HashMap<>();
            for (int i = 0; i < 2000; i++) {
                String id = "c" + i;
                boolean a = i < 1000;
                boolean selected = a || i - 1000 < 799;
                matches.add(match(id, "v", 50, selected ? GOOD : REJECTED, selected ? new String[0]
                        : new String[] {"Below the minimum education level"}));
                people.put(id, person(a ? "A" : "B", null));
            }
            Row b = BiasReport.of(AuditFixtures.file(matches.toArray(Match[]::new)), "d", Demographics.of(people), null)
                    .overall().table(Dimension.SEX).row("B");
            assertAll(
                    () -> assertEquals(new BigDecimal("0.80"), b.selectionImpactRatio()),
                    () -> assertTrue(b.selectionBelowFourFifths()));
        }

        @Test
        void nobodySelected_leavesTheRatiosUndefined_notZero() {
            MatchFile file = AuditFixtures.file(
                    match("a", "v", 10, REJECTED, "Out of reach and not relocating"),
                    match("b", "v", 20, REJECTED, "Out of reach and not relocating"));
            Demographics people = Demographics.of(Map.of("a", person("F", null), "b", person("M", null)));
            Row f = BiasReport.of(file, "d", people, null).overall().table(Dimension.SEX).row("F");
            assertAll(
                    () -> assertEquals(new BigDecimal("0.0"), f.selectionRatePercent()),
                    () -> assertNull(f.selectionImpactRatio()),
                    () -> assertFalse(f.selectionBelowFourFifths()));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class ExcludableCategories {
        /** 100 candidates: X 1 (selected), Y 2 (both selected), Z 97 (half selected). */
        static Table race() {
            List<Match> matches = new ArrayList<>();
            Map<String, Demographics.Person> people = new HashMap<>();
            for (int i = 0; i < 100; i++) {
                String race = i == 0 ? "X" : i < 3 ? "Y" : "Z";
                boolean selected = i < 3 || i % 2 == 0;
                matches.add(match("c" + i, "v", 50, selected ? GOOD : REJECTED,
                        selected ? new String[0] : new String[] {"Below the minimum education level"}));
                people.put("c" + i, person(null, race));
            }
            return BiasReport.of(AuditFixtures.file(matches.toArray(Match[]::new)), "d", Demographics.of(people), null)
                    .overall().table(Dimension.RACE_ETHNICITY);
        }

        @Test
        void categoryUnderTwoPercentOfTheSample_isExcludable() {
            assertTrue(race().row("X").excludable(), "1 of 100 is 1%");
        }

        @Test
        void categoryOfExactlyTwoPercent_isNotExcludable() {
            assertFalse(race().row("Y").excludable(), "2 of 100 is not under 2%");
        }

        @Test
        void excludableCategory_isNotTheReference_butKeepsItsNumbers() {
            Table race = race();
            assertAll(
                    () -> assertEquals("Y", race.selectionReference(), "X (100%, 1%) is excludable; Y (100%) is next"),
                    () -> assertEquals(new BigDecimal("100.0"), race.row("X").selectionRatePercent()),
                    () -> assertEquals(new BigDecimal("1.00"), race.row("X").selectionImpactRatio()),
                    // Z: 48 of 97 selected (the even i from 4 to 98) → 49.48…% → 49.5%, ratio 0.49
                    () -> assertEquals(48, race.row("Z").selected()),
                    () -> assertEquals(new BigDecimal("49.5"), race.row("Z").selectionRatePercent()),
                    () -> assertEquals(new BigDecimal("0.49"), race.row("Z").selectionImpactRatio()));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Unknowns {
        @Test
        void candidateMissingFromTheDemographics_isUnknownOnBoth_andSaidSo() {
            MatchFile file = AuditFixtures.file(match("a", "v", 80, GOOD), match("b", "v", 60, GOOD),
                    match("ghost", "v", 70, REJECTED, "Out of reach and not relocating"));
            Demographics people = Demographics.of(Map.of("a", person("F", "W"), "b", person("M", "W")));
            BiasReport.Result r = BiasReport.of(file, "d", people, null);
            Scope v = r.vacancy("v");
            assertAll(
                    () -> assertEquals(3, v.applicants(), "the unknown stays in the sample"),
                    () -> assertEquals(new BigDecimal("70.0"), v.medianScore(), "median of 60, 70, 80"),
                    () -> assertEquals(1, v.table(Dimension.SEX).unknown()),
                    () -> assertEquals(1, v.table(Dimension.RACE_ETHNICITY).unknown()),
                    () -> assertEquals(2, v.table(Dimension.SEX).rows().size()),
                    () -> assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("1 candidate is not in the demographics file")),
                            r.notes().toString()));
        }

        @Test
        void emptyCellsAndTheWordUnknown_areUnknown(@TempDir Path dir) throws IOException {
            Path csv = AuditFixtures.demographics(dir, "a,Female,", "b,,White", "c,UNKNOWN,unknown", "d,female,\"White\"");
            List<dev.rolefit.model.InputError> errors = new ArrayList<>();
            Demographics people = Demographics.read(csv, errors);
            assertAll(
                    () -> assertTrue(errors.isEmpty(), errors.toString()),
                    () -> assertEquals(person("Female", null), people.of("a")),
                    () -> assertEquals(person(null, "White"), people.of("b")),
                    () -> assertEquals(person(null, null), people.of("c")),
                    () -> assertEquals(person("Female", "White"), people.of("d"), "same category whatever the case"));
        }

        @Test
        void badRows_areReportedWithTheirLine_andTheRestIsUsed(@TempDir Path dir) throws IOException {
            Path matches = AuditFixtures.write(dir, "m.json", List.of(match("a", "v", 80, GOOD), match("b", "v", 60, GOOD)));
            Path csv = AuditFixtures.demographics(dir, "a,Female,White", "a,Male,White", "b", ",Male,Asian", "b,Male,Asian");

            Cli.Run run = Cli.run("audit", "bias", "--matches", matches.toString(), "--demographics", csv.toString());

            assertAll(
                    () -> assertEquals(1, run.exitCode(), run.toString()),
                    () -> assertTrue(run.err().contains("line 3: duplicate candidateId 'a' (first on line 2)"), run.err()),
                    () -> assertTrue(run.err().contains("line 4: the row has 1 cells; expected 3"), run.err()),
                    () -> assertTrue(run.err().contains("line 5: the row has no candidateId"), run.err()),
                    () -> assertTrue(run.out().contains("Asian"), run.out()));
        }

        @Test
        void headerWithoutARequiredColumn_isAUsageError(@TempDir Path dir) throws IOException {
            Path matches = AuditFixtures.write(dir, "m.json", List.of(match("a", "v", 80, GOOD)));
            Path csv = dir.resolve("d.csv");
            Files.writeString(csv, "candidateId,gender,race\na,F,W\n");

            Cli.Run run = Cli.run("audit", "bias", "--matches", matches.toString(), "--demographics", csv.toString());

            assertAll(
                    () -> assertEquals(2, run.exitCode(), run.toString()),
                    () -> assertTrue(run.err().contains("the header has no column 'sex'"), run.err()));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Units {
        /** Two vacancies; a is selected for v1 only, b for neither, c for both. */
        static BiasReport.Result twoVacancies() {
            MatchFile file = AuditFixtures.file(
                    match("a", "v1", 90, STRONG), match("b", "v1", 40, REJECTED, "Out of reach and not relocating"),
                    match("c", "v1", 70, GOOD),
                    match("a", "v2", 30, REJECTED, "Does not speak a required language"),
                    match("b", "v2", 50, REJECTED, "Does not speak a required language"),
                    match("c", "v2", 60, GOOD));
            Demographics people = Demographics.of(Map.of("a", person("F", null), "b", person("F", null),
                    "c", person("M", null)));
            return BiasReport.of(file, "d", people, null);
        }

        @Test
        void overall_countsEachCandidateOnce_selectedForAnyVacancy() {
            Table sex = twoVacancies().overall().table(Dimension.SEX);
            assertAll(
                    () -> assertEquals(2, sex.row("F").applicants(), "a and b, not 4 pairs"),
                    () -> assertEquals(1, sex.row("F").selected(), "a, for v1"),
                    () -> assertEquals(1, sex.row("M").selected()));
        }

        @Test
        void overall_scoresEachCandidateByTheirHighestScore() {
            Scope overall = twoVacancies().overall();
            // best scores: a 90, b 50, c 70 → median 70; only a above
            assertAll(
                    () -> assertEquals(new BigDecimal("70.0"), overall.medianScore()),
                    () -> assertEquals(1, overall.table(Dimension.SEX).row("F").aboveMedian()),
                    () -> assertEquals(0, overall.table(Dimension.SEX).row("M").aboveMedian()));
        }

        @Test
        void perVacancy_eachCandidateScoredForItCountsOnce() {
            BiasReport.Result r = twoVacancies();
            assertAll(
                    () -> assertEquals(3, r.vacancy("v1").applicants()),
                    () -> assertEquals(1, r.vacancy("v1").table(Dimension.SEX).row("F").selected()),
                    () -> assertEquals(0, r.vacancy("v2").table(Dimension.SEX).row("F").selected()));
        }

        @Test
        void median_ofAnOddSample_isTheMiddleScore() {
            assertEquals(new BigDecimal("70.0"), twoVacancies().vacancy("v1").medianScore());
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Coverage {
        @Test
        void fileWithoutRejectedPairs_saysTheRejectedMayBeMissing() {
            BiasReport.Result r = BiasReport.of(AuditFixtures.file(match("a", "v", 80, GOOD)), "d",
                    Demographics.of(Map.of("a", person("F", "W"))), null);
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("--include-rejected")), r.notes().toString());
        }

        @Test
        void fileWithRejectedPairs_doesNotWarnAboutThem() {
            BiasReport.Result r = BiasReport.of(HandCheckedTable.file(), "d", HandCheckedTable.people(), null);
            assertFalse(r.notes().stream().anyMatch(n -> n.contains("--include-rejected")), r.notes().toString());
        }

        @Test
        void textView_showsFlagsUnknownsAndNotes(@TempDir Path dir) throws IOException {
            Path matches = AuditFixtures.write(dir, "m.json", List.of(match("a", "v", 80, GOOD), match("b", "v", 60, GOOD),
                    match("c", "v", 50, GOOD)));
            Path csv = AuditFixtures.demographics(dir, "a,Female,White", "b,Male,White");

            Cli.Run run = Cli.run("audit", "bias", "--matches", matches.toString(), "--demographics", csv.toString());

            assertAll(
                    () -> assertEquals(0, run.exitCode(), run.toString()),
                    () -> assertTrue(run.out().contains("note: the file has no REJECTED pairs"), run.out()),
                    () -> assertTrue(run.out().contains("unknown (not in the ratios)"), run.out()),
                    () -> assertTrue(run.out().contains("0.00!"), "male scoring ratio flagged:\n" + run.out()),
                    () -> assertTrue(run.out().lines().noneMatch(l -> l.endsWith(" ")), "no trailing spaces"));
        }

        @Test
        void topBelowOne_isAUsageError(@TempDir Path dir) throws IOException {
            Path matches = AuditFixtures.write(dir, "m.json", List.of(match("a", "v", 80, GOOD)));
            Path csv = AuditFixtures.demographics(dir, "a,Female,White");
            Cli.Run run = Cli.run("audit", "bias", "--matches", matches.toString(), "--demographics", csv.toString(),
                    "--top", "0");
            assertEquals(2, run.exitCode(), run.toString());
        }

        @Test
        void matchFileThatIsNotJson_isAUsageErrorNamingTheLine(@TempDir Path dir) throws IOException {
            Path bad = dir.resolve("m.json");
            Files.writeString(bad, "{\n  \"matches\": [ {,\n");
            Path csv = AuditFixtures.demographics(dir, "a,Female,White");
            Cli.Run run = Cli.run("audit", "bias", "--matches", bad.toString(), "--demographics", csv.toString());
            assertAll(
                    () -> assertEquals(2, run.exitCode(), run.toString()),
                    () -> assertTrue(run.err().contains("line 2"), run.err()));
        }
    }

    @Test
    void verdictOrder_ofTheVacancyList_putsRejectedLast() {
        List<Match> list = HandCheckedTable.file().byVacancy().get("v");
        assertEquals(List.of("c1", "c5", "c2", "c9", "c3", "c8", "c4", "c6", "c7", "c10"),
                list.stream().map(Match::candidateId).toList());
        assertEquals(Verdict.REJECTED, list.get(6).verdict());
    }
}
