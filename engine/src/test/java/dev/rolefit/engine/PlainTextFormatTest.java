package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.Experience;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.InputError;
import dev.rolefit.model.LanguageSkill;
import dev.rolefit.model.Period;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain-text and Markdown résumés and postings (PlainTextFormat), read through Documents. */
class PlainTextFormatTest {
    private static final String RESUME = """
            Jonas Peeters — Data Engineer
            Mechelen, Belgium · jonas.peeters@example.net

            Summary
            Data engineer who builds batch and streaming pipelines for retail analytics.

            Experience
            Data Engineer, Bol Retail — 2022 – present
            - Streaming pipelines with Apache Kafka and Spark on Databricks
            BI Developer at Colruyt — Jan 2018 - Mar 2022
            - Reporting in Power BI on a SQL Server warehouse

            Education
            MSc Computer Science, KU Leuven, 2016 – 2018

            Skills
            Python (advanced), SQL, Airflow; dbt

            Languages
            Dutch (native), English C1
            """;

    private static final String POSTING = """
            # Senior Data Scientist — Zorgnet Analytics

            Utrecht, Netherlands · Hybrid
            Salary: €5.000 - €6.500 per month
            Employment type: Full-time
            Experience: 5+ years

            ## About the role
            You build risk models for hospitals, with a small team of statisticians.

            ## Must have
            - Python and R
            - Statistics, Bayesian modelling and causal inference
            - A Master's degree in Statistics or Mathematics

            ## Nice to have
            - Experience with Snowflake and dbt
            - A PhD is a plus
            """;

    private static Documents.Batch<Object> read(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Documents.any(List.of(file));
    }

    private static Candidate candidate(Path dir, String text) throws IOException {
        Documents.Batch<Candidate> batch = Documents.candidates(List.of(write(dir, "resume.txt", text)));
        assertEquals(List.of(), batch.errors());
        return batch.records().get(0).record();
    }

    private static Vacancy vacancy(Path dir, String text) throws IOException {
        Documents.Batch<Vacancy> batch = Documents.vacancies(List.of(write(dir, "posting.txt", text)));
        assertEquals(List.of(), batch.errors());
        return batch.records().get(0).record();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Nested
    class Resumes {
        @Test
        void plainTextResume_isReadWithEveryPart(@TempDir Path dir) throws IOException {
            Candidate jonas = candidate(dir, RESUME);

            assertAll(
                    () -> assertEquals("resume", jonas.id(), "no Id line: the file name"),
                    () -> assertEquals("Jonas Peeters", jonas.name()),
                    () -> assertEquals("Data Engineer", jonas.headline()),
                    () -> assertEquals("Mechelen", jonas.location().city()),
                    () -> assertEquals("BE", jonas.location().countryCode()),
                    () -> assertTrue(jonas.summary().contains("streaming pipelines")),
                    () -> assertEquals(2, jonas.experience().size()),
                    () -> assertEquals("Bol Retail", jonas.experience().get(0).organization()),
                    () -> assertTrue(jonas.experience().get(0).description().contains("Apache Kafka")),
                    () -> assertEquals(EducationLevel.MASTER, jonas.education().get(0).level()),
                    () -> assertEquals("Computer Science", jonas.education().get(0).field()),
                    () -> assertEquals(List.of("Python", "SQL", "Airflow", "dbt"),
                            jonas.skills().stream().map(s -> s.name()).toList()),
                    () -> assertEquals(List.of(new LanguageSkill("nl", Fluency.NATIVE), new LanguageSkill("en", Fluency.FLUENT)),
                            jonas.languages()));
        }

        @ParameterizedTest(name = "\"{0}\" is {1} to {2}")
        @CsvSource(delimiter = '|', value = {
                "ML Engineer, Acme — 2019 – present            | 2019-01 | ",
                "ML Engineer, Acme — Jan 2018 - Mar 2020        | 2018-01 | 2020-03",
                "ML Engineer, Acme — 03/2016 – 12/2018          | 2016-03 | 2018-12",
                "ML Engineer, Acme (2015-2019)                  | 2015-01 | 2019-12",
                "2017-04 – 2019-09: ML Engineer at Acme         | 2017-04 | 2019-09",
                "ML Engineer · Acme · since 2021                | 2021-01 | ",
                "ML Engineer, Acme — sept. 2020 – heden         | 2020-09 | "})
        void jobLine_withEachDateForm_isAJobWithTitleAndDates(String line, String start, String end, @TempDir Path dir)
                throws IOException {
            Candidate c = candidate(dir, "Experience\n" + line + "\n- Built models in PyTorch\n");

            Experience job = c.experience().get(0);
            assertEquals("ML Engineer", job.title());
            assertEquals("Acme", job.organization());
            assertEquals(YearMonth.parse(start), job.startDate());
            assertEquals(end == null ? null : YearMonth.parse(end), job.endDate());
            assertEquals("- Built models in PyTorch", job.description());
        }

        @Test
        void markdownJob_withTitleOnTheHeadingAndDatesBelow_isOneJob(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, """
                    ## Experience
                    ### Data Scientist — Proximus
                    2020 – present
                    - Churn models in **scikit-learn**
                    """);

            assertEquals(1, c.experience().size());
            assertEquals("Data Scientist", c.experience().get(0).title());
            assertEquals("Proximus", c.experience().get(0).organization());
            assertEquals("- Churn models in scikit-learn", c.experience().get(0).description());
        }

        @ParameterizedTest(name = "\"{0}\" is {1} {2}")
        @CsvSource(delimiter = '|', value = {
                "MSc Computer Science, KU Leuven, 2018                              | MASTER    | ",
                "Master of Science in Data Science, Universiteit Gent (2019)        | MASTER    | ACADEMIC",
                "Bachelor Toegepaste Informatica, Hogeschool PXL, 2015 - 2018       | BACHELOR  | APPLIED",
                "Ph.D. in Machine Learning, ETH Zürich, 2021                        | DOCTORATE | ",
                "HBO Informatica, Hogeschool Utrecht, 2014                          | BACHELOR  | APPLIED"})
        void degreeLine_isReadWithLevelAndTrack(String line, EducationLevel level, EducationTrack track, @TempDir Path dir)
                throws IOException {
            Candidate c = candidate(dir, "Education\n" + line + "\n");

            assertEquals(level, c.education().get(0).level());
            assertEquals(track, c.education().get(0).track());
        }

        @Test
        void bootcampInEducation_isACertification(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, "Education\nData Science Bootcamp, Le Wagon, 2022\nMSc Physics, UCLouvain, 2012\n");

            assertEquals(1, c.education().size());
            assertTrue(c.certifications().get(0).startsWith("Data Science Bootcamp"), c.certifications()::toString);
        }

        @ParameterizedTest(name = "\"{0}\" is {1} {2}")
        @CsvSource(delimiter = '|', value = {
                "Dutch (native)                                 | nl | NATIVE",
                "English C1                                     | en | FLUENT",
                "Deutsch – fließend                             | de | FLUENT",
                "French: professional working proficiency       | fr | PROFESSIONAL",
                "Engels (vloeiend)                              | en | FLUENT",
                "Spanish - basic                                | es | ELEMENTARY",
                "'English (C1, professional working proficiency)' | en | FLUENT"})
        void languageLine_isReadWithItsFluency(String line, String code, Fluency fluency, @TempDir Path dir)
                throws IOException {
            Candidate c = candidate(dir, "Languages\n" + line + "\n");

            assertEquals(List.of(new LanguageSkill(code, fluency)), c.languages());
        }

        @Test
        void languagesWithAListInParentheses_areOneItemEach(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, "Languages\nEnglish (C1, professional), Dutch (native); French B2 and German (B1)\n");

            assertEquals(List.of(new LanguageSkill("en", Fluency.FLUENT), new LanguageSkill("nl", Fluency.NATIVE),
                    new LanguageSkill("fr", Fluency.PROFESSIONAL), new LanguageSkill("de", Fluency.LIMITED)), c.languages());
        }

        @Test
        void curriculumVitaeTitle_isNotTheName(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, """
                    CURRICULUM VITAE
                    Marie Dubois
                    Data Analyst
                    Liège, Belgium

                    EXPERIENCE
                    2019 – present  Data Analyst, Ethias
                    """);

            assertEquals("Marie Dubois", c.name());
            assertEquals("Data Analyst", c.headline());
            assertEquals("Liège", c.location().city());
            assertEquals("Ethias", c.experience().get(0).organization());
        }

        @Test
        void headerKeys_giveLocationSalaryWishRemoteAndContract(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, """
                    Machine Learning Engineer
                    Location: Eindhoven, Netherlands
                    Salary expectation: €75k per year
                    Remote: hybrid
                    Employment type: full-time or contract

                    Skills
                    Python, PyTorch
                    """);

            assertEquals("Eindhoven", c.location().city());
            assertEquals("NL", c.location().countryCode());
            assertEquals(75000.0, c.salaryExpectation().min());
            assertEquals(RemotePolicy.HYBRID, c.remotePreference());
            assertEquals(List.of(EmploymentType.FULL_TIME, EmploymentType.CONTRACT), c.employmentTypes());
            assertEquals("Machine Learning Engineer", c.headline());
        }

        @Test
        void unknownMarkdownSection_endsTheSectionBeforeIt(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, """
                    ## Skills
                    Python, SQL
                    ## Projects
                    Open-source maintainer of a chess engine in Rust
                    """);

            assertEquals(List.of("Python", "SQL"), c.skills().stream().map(s -> s.name()).toList());
        }

        @Test
        void skillsSection_listsItemsWithLevelsAndTheLineEachCameFrom(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, """
                    Skills
                    Python (expert), k8s
                    Cloud: AWS (SageMaker, S3); basic Terraform
                    """);

            assertEquals(List.of("Python", "k8s", "AWS", "SageMaker", "S3", "Terraform"),
                    c.skills().stream().map(s -> s.name()).toList());
            assertEquals(dev.rolefit.model.SkillLevel.EXPERT, c.skills().get(0).level());
            assertEquals(dev.rolefit.model.SkillLevel.BEGINNER, c.skills().get(5).level());
            Map<?, ?> lines = (Map<?, ?>) c.otherFields().get(PlainTextFormat.SKILL_LINES);
            assertEquals("text line 2", lines.get("Python"));
            assertEquals("text line 2", lines.get("Kubernetes"), "by its canonical name");
            assertEquals("text line 3", lines.get("AWS SageMaker"));
        }
    }

    @Nested
    class Postings {
        @Test
        void markdownPosting_isReadWithEveryPart(@TempDir Path dir) throws IOException {
            Vacancy v = vacancy(dir, POSTING);

            assertAll(
                    () -> assertEquals("posting", v.id()),
                    () -> assertEquals("Senior Data Scientist", v.title()),
                    () -> assertEquals("Zorgnet Analytics", v.organization()),
                    () -> assertEquals("Utrecht", v.location().city()),
                    () -> assertEquals("NL", v.location().countryCode()),
                    () -> assertEquals(RemotePolicy.HYBRID, v.remotePolicy()),
                    () -> assertEquals(EmploymentType.FULL_TIME, v.employmentType()),
                    () -> assertEquals(5, v.minYearsExperience()),
                    () -> assertEquals(5000.0, v.salary().min()),
                    () -> assertEquals(6500.0, v.salary().max()),
                    () -> assertEquals(Period.MONTH, v.salary().period()),
                    () -> assertEquals(EducationLevel.MASTER, v.education().minLevel()),
                    () -> assertEquals(EducationLevel.DOCTORATE, v.education().preferredLevel()),
                    () -> assertTrue(v.requiredSkills().containsAll(List.of("Python", "R", "Statistics")), v.requiredSkills()::toString),
                    () -> assertEquals(List.of("Snowflake", "dbt"), v.preferredSkills()),
                    () -> assertTrue(v.description().contains("risk models for hospitals")));
        }

        @ParameterizedTest(name = "\"{0}\" and \"{1}\"")
        @CsvSource(delimiter = '|', value = {
                "Employment type: Part-time     | Remote: fully remote | PART_TIME  | REMOTE",
                "Contract: Freelance            | Remote: on-site      | CONTRACT   | ONSITE",
                "Job type: Internship           | Work mode: Hybrid    | INTERNSHIP | HYBRID"})
        void contractAndRemoteLines_areRead(String typeLine, String remoteLine, EmploymentType type, RemotePolicy remote,
                                            @TempDir Path dir) throws IOException {
            Vacancy v = vacancy(dir, "ML Engineer\n" + typeLine + "\n" + remoteLine + "\nMust have\n- Python\n");

            assertEquals(type, v.employmentType());
            assertEquals(remote, v.remotePolicy());
        }

        @Test
        void headerWithoutAPlace_givesRemoteAndContractButNoLocation(@TempDir Path dir) throws IOException {
            Vacancy v = vacancy(dir, "NLP Engineer\nFully remote · Freelance · ML · NLP\nMust have\n- Python, spaCy\n");

            assertNull(v.location(), "ML and NLP are no countries");
            assertEquals(RemotePolicy.REMOTE, v.remotePolicy());
            assertEquals(EmploymentType.CONTRACT, v.employmentType());
        }

        @ParameterizedTest(name = "\"{0}\" is {1}–{2} {3} a {4}")
        @CsvSource(delimiter = '|', value = {
                "€55.000 - €110.000/yr       | 55000 | 110000 | EUR | YEAR",
                "55k-70k EUR                 | 55000 | 70000  | EUR | YEAR",
                "$120,000                    | 120000| 120000 | USD | YEAR",
                "€4.500 per month            | 4500  | 4500   | EUR | MONTH",
                "45-60K € brutto             | 45000 | 60000  | EUR | YEAR"})
        void salaryLine_isReadLikeEverySalaryString(String salary, double min, double max, String currency, Period period,
                                                   @TempDir Path dir) throws IOException {
            Vacancy v = vacancy(dir, "Data Scientist\nSalary: " + salary + "\n");

            assertEquals(min, v.salary().min());
            assertEquals(max, v.salary().max());
            assertEquals(currency, v.salary().currency());
            assertEquals(period, v.salary().period());
        }

        @Test
        void requiredAndPreferredSkills_recordTheirLines(@TempDir Path dir) throws IOException {
            Vacancy v = vacancy(dir, """
                    MLOps Engineer
                    Requirements:
                    - 3+ years with Kubernetes and Terraform
                    Nice to have:
                    - Kubeflow, Kubernetes operators
                    """);

            assertEquals(List.of("Kubernetes", "Terraform"), v.requiredSkills());
            assertEquals(List.of("Kubeflow"), v.preferredSkills(), "a skill both required and preferred is required");
            assertEquals(3, v.minYearsExperience());
            Map<?, ?> lines = (Map<?, ?>) v.otherFields().get(PlainTextFormat.SKILL_LINES);
            assertEquals("text line 3", lines.get("Terraform"));
            assertEquals("text line 5", lines.get("Kubeflow"));
        }
    }

    @Nested
    class BadInput {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "ambiguous salary  | Data Scientist\\nSalary: 1.234 EUR per year       | line 2 | 1.234",
                "salary, no currency | Data Scientist\\nSalary: 100000                | line 2 | 100000",
                "unknown contract  | Data Scientist\\nEmployment type: sometimes     | line 2 | sometimes",
                "posting, no title | ## Requirements\\n- Python and SQL              | line 1 | Requirements",
                "sentence as title | We are hiring a data scientist to join us.\\nMust have\\n- Python | line 1 | We are hiring"})
        void badPosting_isAnErrorNamingLineAndValue(String why, String text, String line, String value, @TempDir Path dir)
                throws IOException {
            Documents.Batch<Vacancy> batch = Documents.vacancies(List.of(write(dir, "bad.txt", text.replace("\\n", "\n"))));

            assertEquals(List.of(), batch.records());
            InputError error = batch.errors().get(0);
            assertTrue(error.source().endsWith("bad.txt"), error::toString);
            assertEquals(line, error.location(), error::toString);
            assertTrue(error.message().contains(value), error::toString);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "unknown language  | Languages\\nKlingon (fluent)             | line 2 | 'Klingon (fluent)'",
                "unknown fluency   | Languages\\nDutch (so-so)                | line 2 | so-so",
                "unclosed bracket  | Languages\\nKlingon (fluent              | line 2 | 'Klingon (fluent'",
                "no fluency        | Languages\\nDutch                        | line 2 | Dutch",
                "nothing to read   | Dear hiring manager, I am writing to you.\\nKind regards. | line 1 | reads as a résumé",
                "end before start  | Experience\\nAnalyst, Acme — 2020 – 2018  | line 2 | before it starts"})
        void badResume_isAnErrorNamingLineAndValue(String why, String text, String line, String value, @TempDir Path dir)
                throws IOException {
            Documents.Batch<Candidate> batch = Documents.candidates(List.of(write(dir, "bad.md", text.replace("\\n", "\n"))));

            assertEquals(List.of(), batch.records());
            InputError error = batch.errors().get(0);
            assertEquals(line, error.location(), error::toString);
            assertTrue(error.message().contains(value), error::toString);
        }

        @Test
        void emptyAndBinaryFiles_areErrorsAndTheRestOfTheBatchIsRead(@TempDir Path dir) throws IOException {
            write(dir, "a-empty.txt", "  \n\n");
            Files.write(dir.resolve("b-photo.md"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xD8});
            write(dir, "c-good.txt", RESUME);

            Documents.Batch<Candidate> batch = Documents.candidates(List.of(dir));

            assertEquals(List.of("c-good"), batch.records().stream().map(r -> r.record().id()).toList());
            assertEquals(2, batch.errors().size(), batch.errors()::toString);
            assertTrue(batch.errors().get(0).message().contains("empty"), batch.errors()::toString);
            assertTrue(batch.errors().get(1).message().contains("not UTF-8 text"), batch.errors()::toString);
        }
    }

    @Nested
    class PersonalData {
        @ParameterizedTest(name = "\"{0}\" is the name, not the headline")
        @CsvSource(delimiter = '|', value = {
                "李伟",
                "Jan (John) Peeters",
                "Ana María de la Cruz Fernández López",
                "O'Brien, Siobhan",
                "o'Brien, Siobhan",
                "Candidate 1043"})
        void firstLine_isTheNameWhateverItsShape(String firstLine, @TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, firstLine + "\nData Engineer\nSkills\nPython, SQL\n");

            assertEquals(firstLine, c.name());
            assertEquals("Data Engineer", c.headline());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "title-page word before the name  | 'CV | Jan Peeters\\nData Scientist'                       | Jan Peeters   | Data Scientist",
                "title-page word, dash            | Lebenslauf – Max Mustermann\\nData Scientist                | Max Mustermann | Data Scientist",
                "a phone number first             | +32 475 12 34 56\\nJan Peeters\\nData Scientist              | Jan Peeters   | Data Scientist",
                "a key line first                 | Email: jan@example.com\\nJan Peeters\\nData Scientist        | Jan Peeters   | Data Scientist",
                "name with its email              | Jan Peeters jan@example.com\\nData Scientist                 | Jan Peeters   | Data Scientist",
                "a Name line, then the name again | Curriculum Vitae\\nName: Jan Peeters\\nJan Peeters\\nData Scientist | Jan Peeters | Data Scientist",
                "a name that is also a skill      | Julia Roberts\\nData Scientist                               | Julia Roberts | Data Scientist",
                "birth date without a colon       | Jan Peeters\\nBorn 12 May 1990\\nData Scientist              | Jan Peeters   | Data Scientist",
                "French civil status              | Marie Dubois\\nFrançaise, 34 ans, mariée\\nData Scientist     | Marie Dubois  | Data Scientist",
                "Dutch civil status               | Jan Peeters\\nBelg, 34 jaar, gehuwd\\nData Scientist         | Jan Peeters   | Data Scientist",
                "nationality with a dash          | Jan Peeters\\nNationality — Belgian\\nData Scientist         | Jan Peeters   | Data Scientist",
                "anonymised: a statistician       | Statistician                                                 |               | Statistician",
                "anonymised: a CTO                | CTO                                                          |               | CTO",
                "anonymised: a PhD                | PhD in Physics                                               |               | PhD in Physics",
                "anonymised: a role and a city    | 'Senior Data Scientist, Brussels'                            |               | Senior Data Scientist"})
        void header_givesTheNameAndTheHeadline_neverPersonalData(String why, String header, String name, String headline,
                                                                   @TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, header.replace("\\n", "\n") + "\nSkills\nPython, SQL\n");

            assertEquals(name, c.name(), "name");
            assertEquals(headline, c.headline(), "headline");
            assertFalse(String.valueOf(c.summary()).matches("(?s).*(1990|34|Belgian|Française|Belg,).*"), c::summary);
        }

        @Test
        void aStreetAddress_isNoErrorAndIsNeverQuoted(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, """
                    Jan Peeters
                    Data Scientist
                    Address: Kerkstraat 12 bus 3, Sint-Amandsberg

                    Skills
                    Python, SQL
                    """);

            assertNull(c.location(), "no city of data/regions.csv in it");
        }

        @Test
        void anonymisedResume_startingWithARole_keepsItAsTheHeadline(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, "Machine Learning Engineer\nSkills\nPython, PyTorch\n");

            assertNull(c.name());
            assertEquals("Machine Learning Engineer", c.headline());
        }

        @Test
        void birthDateNationalityGenderAndPhoto_areNeverRead(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, """
                    Lotte Peeters
                    Nationality: Belgian
                    Date of birth: 12 May 1990
                    Gender: female
                    Data Scientist
                    Hobbies: chess

                    Personal details
                    Geboorteplaats: Gent
                    Marital status: married
                    Two children

                    Skills
                    Python, R, SQL
                    """);

            String read = String.join(" | ", String.valueOf(c.headline()), c.summary(), c.otherFields().toString(),
                    c.certifications().toString(), c.experience().toString());
            assertAll(
                    () -> assertEquals("Lotte Peeters", c.name()),
                    () -> assertEquals("Data Scientist", c.headline(), "the first line that is no key and no name"),
                    () -> assertTrue(c.summary().contains("Hobbies: chess"), c::summary),
                    () -> {
                        for (String personal : List.of("Belgian", "1990", "female", "Gent", "married", "children")) {
                            assertFalse(read.contains(personal), personal + " was read: " + read);
                        }
                    });
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "a name and a letter  | Lotte Peeters\\nDate of birth: 12 May 1990\\nLooking forward to hearing from you. | line 1: nothing in the text reads as a résumé",
                "only personal data   | Date of birth: 12 May 1990\\nNationality: Belgian                                | only personal data"})
        void aResumeWithNothingToRead_isAnErrorThatQuotesNoPersonalData(String why, String text, String says,
                                                                       @TempDir Path dir) throws IOException {
            Documents.Batch<Candidate> batch = Documents.candidates(List.of(write(dir, "cv.txt", text.replace("\\n", "\n"))));

            assertEquals(List.of(), batch.records());
            String error = batch.errors().get(0).toString();
            assertTrue(error.contains(says), error);
            assertFalse(error.matches("(?s).*(Lotte|Peeters|1990|Belgian).*"), error);
        }
    }

    @Nested
    class Detection {
        @Test
        void textResumeAmongJsonFiles_isReadAndReadmesAreSkipped(@TempDir Path dir) throws IOException {
            Files.copy(Path.of("samples/candidates/cand-001.json"), dir.resolve("cand-001.json"));
            write(dir, "jonas.txt", RESUME);
            write(dir, "README.md", "# Candidates\nThe files of this folder.\n");
            write(dir, "readme.txt", "Experience\nNot a résumé — 2019 – present\n");

            Documents.Batch<Object> batch = Documents.any(List.of(dir));

            assertEquals(List.of(), batch.errors());
            assertEquals(List.of("cand-001", "jonas"), batch.records().stream()
                    .map(r -> ((Candidate) r.record()).id()).toList());
        }

        @Test
        void eitherKind_isDecidedByTheWords(@TempDir Path dir) throws IOException {
            Documents.Batch<Object> batch = read(dir, "posting.md", POSTING);
            Documents.Batch<Object> resume = read(dir, "resume.txt", RESUME);

            assertTrue(batch.records().get(0).record() instanceof Vacancy);
            assertTrue(resume.records().get(0).record() instanceof Candidate);
        }

        @Test
        void idLine_namesTheDocument(@TempDir Path dir) throws IOException {
            Candidate c = candidate(dir, "Id: cand-777\n" + RESUME);

            assertEquals("cand-777", c.id());
        }

        @Test
        void textForcedOnAJsonFile_readsItsWordsAndForcedJsonOnATextFile_isAnError(@TempDir Path dir) throws IOException {
            Path text = write(dir, "jonas.txt", RESUME);

            Documents.Batch<Candidate> forcedJson = Documents.candidates(List.of(text), Documents.Format.JSON_RESUME);
            Documents.Batch<Candidate> forcedText = Documents.candidates(List.of(text), Documents.Format.TEXT);

            assertTrue(forcedJson.errors().get(0).message().contains("plain-text file"), forcedJson.errors()::toString);
            assertEquals("jonas", forcedText.records().get(0).record().id());
        }
    }

    @Test
    void profile_namesTheLineOfEachSkill() throws Exception {
        Documents.Batch<Candidate> batch = Documents.candidates(List.of(Path.of("samples/formats/resume-pieter-claes.txt")));
        try (MatchEngine engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(Fixtures.AS_OF).threads(1).build()) {
            Profile p = engine.profile(batch.records().get(0).record());

            assertEquals("listed, text line 23", p.skillSources().get("Python"));
            assertEquals("text line 11", p.skillSources().get("XGBoost"), "named only in a job");
            assertNull(p.skillSources().get("Go"));
        }
    }
}
