package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.rolefit.cli.Market.Country;
import dev.rolefit.cli.Market.Role;
import dev.rolefit.cli.Market.Sector;
import dev.rolefit.cli.Market.Table;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Education;
import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationRequirement;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.Experience;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.LanguageRequirement;
import dev.rolefit.model.LanguageSkill;
import dev.rolefit.model.Location;
import dev.rolefit.model.Period;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Salary;
import dev.rolefit.model.Seniority;
import dev.rolefit.model.SkillClaim;
import dev.rolefit.model.SkillLevel;
import dev.rolefit.model.Vacancy;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic candidates and vacancies drawn from the {@link Market}: what {@code rolefit generate}
 * writes.
 *
 * <p>Record {@code i} is a pure function of the seed, the month the population is dated to and
 * {@code i}: each record has a random stream of its own, seeded from those three. So the same seed
 * always gives the same records, a population of 100 is the first 100 records of a population of
 * 1,000, and writing a million records holds one record in memory at a time. Nothing reads the
 * clock, and no hash order reaches the output.
 */
final class Population {
    /** The month populations are dated to unless told otherwise: fixed, so output never depends on the clock. */
    static final YearMonth DEFAULT_AS_OF = YearMonth.of(2026, 11);

    /**
     * Compact JSON, one record per line, as people write it: whole numbers without ".0", no empty or
     * null fields except a current job's {@code "endDate": null}.
     */
    static final ObjectWriter JSON = RolefitJson.mapper().copy()
            .registerModule(new SimpleModule("rolefit-whole-numbers").addSerializer(Double.class, new WholeNumbers()))
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
            .addMixIn(Experience.class, CurrentJob.class)
            .writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Keeps {@code "endDate": null}, which says the job is the current one. */
    private abstract static class CurrentJob {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract YearMonth endDate();
    }

    /** Where applied universities (HBO, Fachhochschule) award many of the bachelor's degrees. */
    private static final Set<String> APPLIED_TRACK_COUNTRIES = Set.of("BE", "NL", "DE", "AT", "CH");
    private static final long CANDIDATES = 0x43414e4449444154L;
    private static final long VACANCIES = 0x564143414e434945L;

    private final long seed;
    private final YearMonth asOf;

    Population(long seed, YearMonth asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    static String candidateId(long index) {
        return String.format(Locale.ROOT, "cand-%07d", index + 1);
    }

    static String vacancyId(long index) {
        return String.format(Locale.ROOT, "vac-%06d", index + 1);
    }

    /** Writes candidates 0 to count-1, one JSON object per line, one at a time. */
    void writeCandidates(long count, Writer out) throws IOException {
        for (long i = 0; i < count; i++) {
            JSON.writeValue(out, candidate(i));
            out.write('\n');
        }
    }

    /** Writes vacancies 0 to count-1, one JSON object per line, one at a time. */
    void writeVacancies(long count, Writer out) throws IOException {
        for (long i = 0; i < count; i++) {
            JSON.writeValue(out, vacancy(i));
            out.write('\n');
        }
    }

    private SplittableRandom random(long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ stream) + mix(asOf.getYear() * 12L + asOf.getMonthValue()) + index));
    }

    /** The SplitMix64 finaliser: neighbouring seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------------------------------------
    // Candidates

    /** A job in a generated career. */
    private record Job(Role role, String title, String organization, YearMonth start, YearMonth end,
                       List<String> skills, String description) {
    }

    Candidate candidate(long index) {
        SplittableRandom r = random(CANDIDATES, index);
        Role role = Market.CANDIDATE_ROLES.pick(r);
        Country home = Market.CANDIDATE_COUNTRIES.pick(r);
        Country origin = r.nextDouble() < 0.82 ? home : Market.CANDIDATE_COUNTRIES.pick(r);
        Seniority stage = Market.CANDIDATE_STAGE.pick(r);
        int careerMonths = switch (stage) {
            case INTERN -> 2 + r.nextInt(5);
            case ENTRY -> 6 + r.nextInt(19);
            case ASSOCIATE -> 24 + r.nextInt(37);
            case MID_SENIOR -> 60 + r.nextInt(61);
            default -> 120 + r.nextInt(101);
        };
        String first = one(r, origin.firstNames());
        String last = one(r, origin.lastNames());
        String city = home.homeCities().pick(r);

        List<String> core = new ArrayList<>();
        for (int i = 0; i < Market.HEADLINE_SKILLS.size(); i++) {
            if (r.nextDouble() < role.candidateHeadline()[i]) {
                core.add(Market.HEADLINE_SKILLS.get(i));
            }
        }
        int extra = 4 + r.nextInt(4) + (stage.compareTo(Seniority.MID_SENIOR) >= 0 ? 2 : 0);
        core.addAll(role.skills().sample(r, extra, core));

        List<Job> jobs = career(r, role, stage, careerMonths, core);
        Job latest = jobs.get(jobs.size() - 1);
        List<Education> education = education(r, role, stage, origin, home, careerMonths);
        List<SkillClaim> skills = claims(r, core, jobs, careerMonths);
        List<LanguageSkill> languages = languages(r, origin, home);

        List<EmploymentType> types;
        if (stage == Seniority.INTERN) {
            types = List.of(EmploymentType.INTERNSHIP);
        } else {
            double x = r.nextDouble();
            boolean senior = stage.compareTo(Seniority.MID_SENIOR) >= 0;
            types = x < 0.80 ? List.of(EmploymentType.FULL_TIME)
                    : x < 0.88 ? List.of(EmploymentType.FULL_TIME, EmploymentType.CONTRACT)
                    : x < 0.93 ? (senior ? List.of(EmploymentType.CONTRACT) : List.of(EmploymentType.FULL_TIME))
                    : x < 0.96 ? List.of(EmploymentType.FULL_TIME, EmploymentType.PART_TIME)
                    : x < 0.97 ? List.of(EmploymentType.PART_TIME)
                    : List.of();
        }
        Salary salary = expectation(r, role, stage, home, types);
        RemotePolicy remote = r.nextDouble() < 0.08 ? null : Market.REMOTE_WISHES.pick(r);
        boolean outsideEu = home == Market.IN || home == Market.UA || home == Market.GB;
        double relocate = outsideEu ? 0.6 : stage.compareTo(Seniority.ENTRY) <= 0 ? 0.35 : 0.2;
        Boolean willing = r.nextDouble() < 0.1 ? null : r.nextDouble() < relocate;

        double h = r.nextDouble();
        String headline = h < 0.80 ? latest.title()
                : h < 0.92 ? capitalise(role.titles().pick(r)) + " | " + String.join(", ", firstOf(core, 2))
                : null;
        String summary = r.nextDouble() < 0.15 ? null : summary(r, role, stage, careerMonths, education, core, city, remote);

        List<String> certifications = new ArrayList<>();
        double c = r.nextDouble();
        int certCount = stage.compareTo(Seniority.ASSOCIATE) >= 0 ? (c < 0.08 ? 2 : c < 0.30 ? 1 : 0) : (c < 0.08 ? 1 : 0);
        certifications.addAll(Table.uniform(role.certifications()).sample(r, certCount, List.of()));

        List<Experience> experience = new ArrayList<>();
        for (int i = jobs.size() - 1; i >= 0; i--) {
            Job j = jobs.get(i);
            experience.add(new Experience(j.title(), j.organization(), j.start(), j.end(), j.description(), j.skills()));
        }
        return new Candidate(candidateId(index), first + " " + last, email(first, last), null, headline, summary,
                new Location(city, home.code()), willing, remote, types, salary, education, experience, skills,
                languages, certifications, Map.of());
    }

    /** Jobs from the first to the current one; the early ones may be in the role held before. */
    private List<Job> career(SplittableRandom r, Role role, Seniority stage, int careerMonths, List<String> core) {
        YearMonth start = asOf.minusMonths(careerMonths);
        List<Job> jobs = new ArrayList<>();
        if (stage == Seniority.INTERN) {
            List<String> skills = Table.uniform(core).sample(r, 2 + r.nextInt(2), List.of());
            jobs.add(job(r, role, role.titles().pick(r) + " Intern", start, null, skills));
            return jobs;
        }
        Role earlier = Market.ROLES.get(role.earlier().pick(r));
        int switchAt = earlier == role || careerMonths < 30 ? 0 : (int) (careerMonths * (0.25 + 0.35 * r.nextDouble()));
        YearMonth cursor = start;
        while (true) {
            int tenure = 12 + r.nextInt(37);
            int into = (int) start.until(cursor, java.time.temporal.ChronoUnit.MONTHS);
            Role jobRole = into < switchAt ? earlier : role;
            YearMonth end = cursor.plusMonths(tenure);
            boolean current = !end.isBefore(asOf.minusMonths(3)) || jobs.size() == 5;
            List<String> skills = jobRole == role
                    ? Table.uniform(core).sample(r, 3 + r.nextInt(3), List.of())
                    : earlier.skills().sample(r, 2 + r.nextInt(3), List.of());
            String title = rung(r, into / 12.0) + jobRole.titles().pick(r);
            if (current) {
                // A few people are between jobs: their latest job ended a few months ago.
                YearMonth ended = asOf.minusMonths(1 + r.nextInt(4));
                boolean left = r.nextDouble() < 0.06 && ended.isAfter(cursor.plusMonths(6));
                jobs.add(job(r, jobRole, title, cursor, left ? ended : null, skills));
                return jobs;
            }
            jobs.add(job(r, jobRole, title, cursor, end, skills));
            int room = (int) end.until(asOf, java.time.temporal.ChronoUnit.MONTHS) - 2;
            int gap = r.nextDouble() < 0.2 ? Math.min(1 + r.nextInt(4), Math.max(0, room)) : 0;
            cursor = end.plusMonths(gap);
        }
    }

    /** The seniority word of a job title, from how far into their career someone was. */
    private static String rung(SplittableRandom r, double years) {
        double x = r.nextDouble();
        if (years < 2) {
            return x < 0.6 ? "Junior " : "";
        }
        if (years < 5) {
            return x < 0.1 ? "Medior " : "";
        }
        if (years < 10) {
            return x < 0.75 ? "Senior " : "";
        }
        return x < 0.35 ? "Lead " : x < 0.45 ? "Staff " : x < 0.5 ? "Principal " : x < 0.9 ? "Senior " : "";
    }

    private Job job(SplittableRandom r, Role role, String title, YearMonth start, YearMonth end, List<String> skills) {
        Sector sector = one(r, Market.SECTORS);
        String organization = one(r, Market.ORG_NAMES) + " " + sector.name();
        String description = capitalise(String.format(Locale.ROOT, one(r, role.duties()),
                skills.get(0), skills.get(Math.min(1, skills.size() - 1)))) + ".";
        List<String> written = new ArrayList<>();
        for (String s : skills) {
            written.add(variant(r, s, 0.05));
        }
        return new Job(role, title, organization, start, end, written, description);
    }

    private List<Education> education(SplittableRandom r, Role role, Seniority stage, Country origin, Country home,
                                      int careerMonths) {
        if (r.nextDouble() < 0.03) {
            return List.of(); // education not stated
        }
        EducationLevel top = role.levels().pick(r);
        YearMonth graduated;
        if (stage == Seniority.INTERN) {
            top = top.compareTo(EducationLevel.MASTER) >= 0 ? EducationLevel.MASTER : EducationLevel.BACHELOR;
            graduated = YearMonth.of(asOf.plusMonths(3 + r.nextInt(8)).getYear(), 6); // still studying
            if (graduated.isBefore(asOf)) {
                graduated = graduated.plusYears(1);
            }
        } else {
            YearMonth start = asOf.minusMonths(careerMonths + r.nextInt(4));
            graduated = YearMonth.of(start.getYear(), 6);
            if (graduated.isAfter(start) || r.nextDouble() < 0.3) {
                graduated = graduated.minusYears(1);
            }
        }
        Country school = r.nextDouble() < 0.85 ? origin : home;
        String field = role.fields().pick(r);
        boolean appliedCountry = APPLIED_TRACK_COUNTRIES.contains(school.code());
        List<Education> list = new ArrayList<>();
        switch (top) {
            case DOCTORATE -> {
                list.add(degree(r, EducationLevel.DOCTORATE, EducationTrack.ACADEMIC, field, school, graduated));
                list.add(degree(r, EducationLevel.MASTER, EducationTrack.ACADEMIC, field, school, graduated.minusYears(4)));
            }
            case MASTER -> {
                EducationTrack track = r.nextDouble() < 0.88 ? EducationTrack.ACADEMIC : EducationTrack.APPLIED;
                list.add(degree(r, EducationLevel.MASTER, track, field, school, graduated));
                if (r.nextDouble() < 0.75) {
                    String before = r.nextDouble() < 0.7 ? field : role.fields().pick(r);
                    EducationTrack bachelorTrack = r.nextDouble() < 0.7 ? EducationTrack.ACADEMIC : EducationTrack.APPLIED;
                    list.add(degree(r, EducationLevel.BACHELOR, bachelorTrack, before, school,
                            graduated.minusYears(1 + r.nextInt(2))));
                }
            }
            case BACHELOR -> {
                double applied = appliedCountry ? 0.5 : 0.3;
                list.add(degree(r, EducationLevel.BACHELOR,
                        r.nextDouble() < applied ? EducationTrack.APPLIED : EducationTrack.ACADEMIC, field, school, graduated));
            }
            case VOCATIONAL -> list.add(degree(r, EducationLevel.VOCATIONAL, EducationTrack.APPLIED,
                    r.nextDouble() < 0.5 ? "Information Technology" : field, school, graduated));
            default -> list.add(new Education(EducationLevel.SECONDARY, null, null, null, graduated));
        }
        return list;
    }

    private static Education degree(SplittableRandom r, EducationLevel level, EducationTrack track, String field,
                                    Country school, YearMonth end) {
        List<String> institutions = track == EducationTrack.APPLIED ? school.applied() : school.academic();
        return new Education(level, track, field, one(r, institutions), end);
    }

    /** The listed skills: the current ones first, then some from earlier jobs, with years and level. */
    private List<SkillClaim> claims(SplittableRandom r, List<String> core, List<Job> jobs, int careerMonths) {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (Job j : jobs) {
            int length = (int) j.start().until(j.end() == null ? asOf : j.end(), java.time.temporal.ChronoUnit.MONTHS);
            for (String written : j.skills()) {
                months.merge(canonical(written), length, Integer::sum);
            }
        }
        Set<String> listed = new LinkedHashSet<>(core);
        int fromEarlier = 0;
        for (String skill : months.keySet()) {
            if (!listed.contains(skill) && fromEarlier < 3) {
                listed.add(skill);
                fromEarlier++;
            }
        }
        List<SkillClaim> claims = new ArrayList<>();
        double careerYears = careerMonths / 12.0;
        for (String skill : listed) {
            double years = months.getOrDefault(skill, 0) / 12.0;
            if (years == 0) {
                years = Math.min(0.5 + r.nextInt(4) * 0.5, careerYears + 2);
            }
            years = Math.max(0.5, Math.round(years * 2) / 2.0);
            int level = years < 1 ? 0 : years < 3 ? 1 : years < 6 ? 2 : 3;
            double x = r.nextDouble();
            level = Math.max(0, Math.min(3, level + (x < 0.2 ? -1 : x < 0.3 ? 1 : 0)));
            claims.add(new SkillClaim(variant(r, skill, 0.05), SkillLevel.values()[level], years));
        }
        return claims;
    }

    private static List<LanguageSkill> languages(SplittableRandom r, Country origin, Country home) {
        Map<String, Fluency> spoken = new LinkedHashMap<>();
        String mother = origin.languages().pick(r);
        spoken.put(mother, Fluency.NATIVE);
        if (origin == Market.BE && (mother.equals("nl") || mother.equals("fr"))) {
            String other = mother.equals("nl") ? "fr" : "nl";
            double x = r.nextDouble();
            if (x < 0.85) {
                spoken.put(other, x < 0.15 ? Fluency.FLUENT : x < 0.55 ? Fluency.PROFESSIONAL : Fluency.LIMITED);
            }
        }
        if (!spoken.containsKey("en")) {
            double x = r.nextDouble();
            boolean high = origin == Market.IN || origin == Market.NL;
            spoken.put("en", x < (high ? 0.7 : 0.5) ? Fluency.FLUENT : x < 0.88 ? Fluency.PROFESSIONAL
                    : x < 0.98 ? Fluency.LIMITED : Fluency.ELEMENTARY);
        }
        if (home != origin) {
            String local = home.languages().pick(r);
            if (!spoken.containsKey(local)) {
                double x = r.nextDouble();
                spoken.put(local, x < 0.3 ? Fluency.PROFESSIONAL : x < 0.7 ? Fluency.LIMITED : Fluency.ELEMENTARY);
            }
        }
        if (r.nextDouble() < 0.15) {
            String third = one(r, List.of("de", "fr", "es", "it", "nl"));
            if (!spoken.containsKey(third)) {
                spoken.put(third, r.nextDouble() < 0.4 ? Fluency.PROFESSIONAL : Fluency.LIMITED);
            }
        }
        List<LanguageSkill> list = new ArrayList<>();
        spoken.forEach((language, fluency) -> list.add(new LanguageSkill(language, fluency)));
        return list;
    }

    private static Salary expectation(SplittableRandom r, Role role, Seniority stage, Country home,
                                      List<EmploymentType> types) {
        if (r.nextDouble() < 0.12) {
            return null;
        }
        double yearly = home.median() * Market.payFactor(stage) * role.pay() * logNormal(r, 0.15);
        if (types.equals(List.of(EmploymentType.CONTRACT))) {
            return new Salary(round(yearly * 1.45 / 220, 10), null, "EUR", Period.DAY);
        }
        return switch (home.currency()) {
            case "PLN" -> new Salary(round(yearly / 0.23 / 12, 500), null, "PLN", Period.MONTH);
            case "CHF" -> new Salary(round(yearly / 1.05, 1000), null, "CHF", Period.YEAR);
            case "GBP" -> new Salary(round(yearly / 1.17, 1000), null, "GBP", Period.YEAR);
            case "USD" -> new Salary(round(yearly / 0.92, 1000), null, "USD", Period.YEAR);
            default -> r.nextDouble() < 0.1
                    ? new Salary(round(yearly / 12, 100), null, "EUR", Period.MONTH)
                    : new Salary(round(yearly, 1000), null, "EUR", Period.YEAR);
        };
    }

    private static String summary(SplittableRandom r, Role role, Seniority stage, int careerMonths,
                                  List<Education> education, List<String> core, String city, RemotePolicy remote) {
        List<String> named = Table.uniform(core).sample(r, 3, List.of());
        StringBuilder s = new StringBuilder();
        if (stage.compareTo(Seniority.ENTRY) <= 0 && !education.isEmpty() && education.get(0).field() != null) {
            Education e = education.get(0);
            s.append(capitalise(e.level().name().toLowerCase(Locale.ROOT))).append(stage == Seniority.INTERN
                    ? " student in " : " graduate in ").append(e.field()).append(" from ").append(e.institution())
                    .append(", working as a ").append(role.label()).append('.');
        } else {
            int years = Math.max(1, Math.round(careerMonths / 12f));
            s.append(capitalise(role.label())).append(" with ").append(years).append(years == 1 ? " year" : " years")
                    .append(" of experience in ").append(one(r, Market.SECTORS).name().toLowerCase(Locale.ROOT))
                    .append(" and ").append(one(r, Market.SECTORS).name().toLowerCase(Locale.ROOT)).append('.');
        }
        s.append(" Works mostly with ").append(list(named)).append('.');
        if (remote != null && r.nextDouble() < 0.3) {
            s.append(switch (remote) {
                case REMOTE -> " Looking for a remote role.";
                case HYBRID -> " Looking for a hybrid role around " + city + ".";
                case ONSITE -> " Prefers working on site in " + city + ".";
            });
        }
        if (r.nextDouble() < 0.08) {
            s.append(" Cares about privacy-friendly, GDPR-proof data handling.");
        }
        return s.toString();
    }

    private static String email(String first, String last) {
        return ascii(first) + "." + ascii(last) + "@example.com";
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    // ---------------------------------------------------------------------------------------------
    // Vacancies

    Vacancy vacancy(long index) {
        SplittableRandom r = random(VACANCIES, index);
        Role role = Market.VACANCY_ROLES.pick(r);
        Country country = Market.VACANCY_COUNTRIES.pick(r);
        String city = country.jobCities().pick(r);
        Seniority seniority = Market.VACANCY_SENIORITY.pick(r);
        EmploymentType type = seniority == Seniority.INTERN ? EmploymentType.INTERNSHIP : Market.VACANCY_EMPLOYMENT.pick(r);
        RemotePolicy remote = Market.REMOTE_POLICIES.pick(r);
        Sector sector = one(r, Market.SECTORS);
        String organization = one(r, Market.ORG_NAMES) + " " + sector.name();
        String title = vacancyTitle(r, role, seniority, sector);

        // The five headline technologies, in the place a posting names them.
        List<String> required = new ArrayList<>();
        List<String> preferred = new ArrayList<>();
        List<String> inText = new ArrayList<>();
        double[][] placement = {{0.85, 0.15}, {0.45, 0.20}, {0.60, 0.40}, {0.30, 0.20}, {0.40, 0.60}};
        for (int i = 0; i < Market.HEADLINE_SKILLS.size(); i++) {
            if (r.nextDouble() < role.vacancyHeadline()[i]) {
                double x = r.nextDouble();
                String skill = Market.HEADLINE_SKILLS.get(i);
                (x < placement[i][0] ? required : x < placement[i][0] + placement[i][1] ? preferred : inText).add(skill);
            }
        }
        int requiredCount = 3 + r.nextInt(3) + (seniority.compareTo(Seniority.MID_SENIOR) >= 0 && r.nextDouble() < 0.3 ? 1 : 0);
        List<String> taken = new ArrayList<>(Market.HEADLINE_SKILLS);
        List<String> own = role.skills().sample(r, Math.max(2, requiredCount - required.size()), taken);
        required.addAll(own);
        taken.addAll(own);
        List<String> more = role.skills().sample(r, 1 + r.nextInt(4), taken);
        preferred.addAll(more);
        taken.addAll(more);
        if (r.nextDouble() < 0.25) {
            String cross = Market.CROSS_CUTTING.pick(r);
            if (!taken.contains(cross)) {
                preferred.add(cross);
                taken.add(cross);
            }
        }
        if (r.nextDouble() < 0.5) {
            inText.addAll(role.skills().sample(r, 1, taken));
        }

        Integer minYears = r.nextDouble() < 0.15 ? null : switch (seniority) {
            case INTERN -> 0;
            case ENTRY -> r.nextInt(2);
            case ASSOCIATE -> 2 + r.nextInt(2);
            case MID_SENIOR -> 3 + r.nextInt(3);
            default -> 6 + r.nextInt(3);
        };
        Salary band = r.nextDouble() < 0.22 ? null : band(r, role, seniority, country, type);
        EducationRequirement education = educationRequirement(r, role);
        List<LanguageRequirement> languages = languageRequirements(r, country, city);
        String description = description(r, role, title, organization, sector, city, remote, required, inText);
        String family = role.family() != null && r.nextDouble() < 0.6 ? role.family() : null;

        List<String> requiredWritten = new ArrayList<>();
        for (String s : required) {
            requiredWritten.add(variant(r, s, 0.04));
        }
        List<String> preferredWritten = new ArrayList<>();
        for (String s : preferred) {
            preferredWritten.add(variant(r, s, 0.04));
        }
        return new Vacancy(vacancyId(index), title, organization, description, family, new Location(city, country.code()),
                remote, type, seniority, minYears, band, education, requiredWritten, preferredWritten, languages, Map.of());
    }

    private static String vacancyTitle(SplittableRandom r, Role role, Seniority seniority, Sector sector) {
        String base = role.titles().pick(r);
        double x = r.nextDouble();
        String title = switch (seniority) {
            case INTERN -> base + " Intern";
            case ENTRY -> (x < 0.7 ? "Junior " : x < 0.8 ? "Graduate " : "") + base;
            case ASSOCIATE -> (x < 0.3 ? "Medior " : "") + base;
            case MID_SENIOR -> (x < 0.7 ? "Senior " : "") + base;
            default -> (x < 0.6 ? "Lead " : x < 0.85 ? "Staff " : "Principal ") + base;
        };
        return r.nextDouble() < 0.15 ? title + " - " + sector.name() : title;
    }

    /** A salary band around the country's benchmark for the rung and role, written the local way. */
    private static Salary band(SplittableRandom r, Role role, Seniority seniority, Country country, EmploymentType type) {
        double center = country.median() * Market.payFactor(seniority) * role.pay() * logNormal(r, 0.08);
        // Bands reach further above the benchmark than below it (fact: €55k-€110k for a senior ML
        // engineer in Belgium, median €65k); their midpoint stays near the benchmark.
        double low = center * (0.72 + 0.16 * r.nextDouble());
        double high = center * (1.08 + 0.42 * r.nextDouble());
        if (type == EmploymentType.CONTRACT) {
            return new Salary(round(low * 1.45 / 220, 10), round(high * 1.45 / 220, 10), "EUR", Period.DAY);
        }
        if (type == EmploymentType.INTERNSHIP) {
            return new Salary(round(low / 12, 50), round(high / 12, 50), "EUR", Period.MONTH);
        }
        return switch (country.currency()) {
            case "PLN" -> new Salary(round(low / 0.23 / 12, 500), round(high / 0.23 / 12, 500), "PLN", Period.MONTH);
            case "CHF" -> new Salary(round(low / 1.05, 1000), round(high / 1.05, 1000), "CHF", Period.YEAR);
            case "GBP" -> new Salary(round(low / 1.17, 1000), round(high / 1.17, 1000), "GBP", Period.YEAR);
            default -> r.nextDouble() < 0.1
                    ? new Salary(round(low / 12, 100), round(high / 12, 100), "EUR", Period.MONTH)
                    : new Salary(round(low, 1000), round(high, 1000), "EUR", Period.YEAR);
        };
    }

    private static EducationRequirement educationRequirement(SplittableRandom r, Role role) {
        if (r.nextDouble() < 0.1) {
            return null;
        }
        EducationLevel min = role.minLevel().pick(r);
        if (min == EducationLevel.NONE) {
            min = null;
        }
        EducationLevel preferred = null;
        if (min == EducationLevel.BACHELOR && r.nextDouble() < 0.5) {
            preferred = EducationLevel.MASTER;
        } else if (min == EducationLevel.MASTER && r.nextDouble() < 0.1) {
            preferred = EducationLevel.DOCTORATE;
        } else if (min == null && r.nextDouble() < 0.2) {
            preferred = EducationLevel.BACHELOR;
        }
        // fact: a university (WO) degree is often preferred
        EducationTrack track = preferred == EducationLevel.MASTER && r.nextDouble() < 0.5 ? EducationTrack.ACADEMIC : null;
        List<String> fields = role.fields().sample(r, 2 + r.nextInt(3), List.of());
        Integer equivalent = min != null && min.compareTo(EducationLevel.BACHELOR) >= 0 && r.nextDouble() < 0.4
                ? 3 + r.nextInt(4) : null;
        return new EducationRequirement(min, preferred, track, fields, equivalent);
    }

    private static List<LanguageRequirement> languageRequirements(SplittableRandom r, Country country, String city) {
        boolean englishCountry = country == Market.IE || country == Market.GB;
        boolean english = englishCountry || r.nextDouble() < 0.85;
        boolean local = !englishCountry && r.nextDouble() < country.localShare();
        if (!english && !local) {
            english = true;
        }
        List<LanguageRequirement> list = new ArrayList<>();
        if (english) {
            list.add(new LanguageRequirement("en", Fluency.PROFESSIONAL, r.nextDouble() < 0.3 ? Fluency.FLUENT : null));
        }
        if (local) {
            String language = country.local().pick(r);
            Fluency min = r.nextDouble() < 0.2 ? Fluency.FLUENT : Fluency.PROFESSIONAL;
            list.add(new LanguageRequirement(language, min, min == Fluency.PROFESSIONAL && r.nextDouble() < 0.2
                    ? Fluency.FLUENT : null));
            if (country == Market.BE && city.equals("Brussels") && r.nextDouble() < 0.25) {
                list.add(new LanguageRequirement(language.equals("nl") ? "fr" : "nl", Fluency.PROFESSIONAL, null));
            }
        }
        return list;
    }

    private static String description(SplittableRandom r, Role role, String title, String organization, Sector sector,
                                      String city, RemotePolicy remote, List<String> required, List<String> inText) {
        StringBuilder s = new StringBuilder();
        s.append(organization).append(' ').append(sector.activity()).append(". As a ").append(title)
                .append(" you will ").append(String.format(Locale.ROOT, one(r, role.duties()),
                        required.get(0), required.get(Math.min(1, required.size() - 1)))).append('.');
        for (String skill : inText) {
            s.append(switch (skill) {
                case "Machine Learning" -> " You bring a solid grounding in machine learning.";
                case "Data Science" -> " You join a data science team of eight.";
                default -> " Experience with " + skill + " is a plus.";
            });
        }
        if (r.nextDouble() < 0.12) {
            s.append(" GDPR-compliant data handling is part of the daily work.");
        }
        s.append(switch (remote) {
            case HYBRID -> " Hybrid: two days a week in our " + city + " office.";
            case ONSITE -> " On site in " + city + ".";
            case REMOTE -> " Fully remote within the EU.";
        });
        return s.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Small helpers

    private static <T> T one(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static String variant(SplittableRandom r, String skill, double chance) {
        String other = Market.VARIANTS.get(skill);
        return other != null && r.nextDouble() < chance ? other : skill;
    }

    private static String canonical(String written) {
        return Market.CANONICAL.getOrDefault(written, written);
    }

    /** exp(sigma·N(0,1)) by Box–Muller, with StrictMath so every JVM draws the same numbers. */
    private static double logNormal(SplittableRandom r, double sigma) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        double gaussian = StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
        return StrictMath.exp(sigma * gaussian);
    }

    private static double round(double amount, double step) {
        return Math.max(step, Math.round(amount / step) * step);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<String> firstOf(List<String> items, int n) {
        return items.subList(0, Math.min(n, items.size()));
    }

    private static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Writes 70000.0 as 70000 and 2.5 as 2.5. */
    private static final class WholeNumbers extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        WholeNumbers() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                gen.writeNumber((long) d);
            } else {
                gen.writeNumber(d);
            }
        }
    }
}
