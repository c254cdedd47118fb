package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.HasSkill;
import dev.rolefit.engine.facts.HeldTitle;
import dev.rolefit.engine.facts.Phrases;
import dev.rolefit.engine.facts.PreferredSkill;
import dev.rolefit.engine.facts.ProfileSkill;
import dev.rolefit.engine.facts.ProfileSubject;
import dev.rolefit.engine.facts.ProfileTitle;
import dev.rolefit.engine.facts.RequiredSkill;
import dev.rolefit.engine.facts.RequiresLanguage;
import dev.rolefit.engine.facts.SpeaksLanguage;
import dev.rolefit.engine.facts.StudiedField;
import dev.rolefit.engine.facts.VacancyFacts;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Education;
import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.Experience;
import dev.rolefit.model.LanguageRequirement;
import dev.rolefit.model.LanguageSkill;
import dev.rolefit.model.Location;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Salary;
import dev.rolefit.model.SkillClaim;
import dev.rolefit.model.SkillLevel;
import dev.rolefit.model.Vacancy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Normalises documents into the facts rules see: skills to canonical names (listed, used in a job,
 * or named in free text, each counting less), dates to years of relevant experience (overlapping
 * jobs once; unrelated work not at all), salaries to yearly EUR, cities to commuting regions. Then
 * the profile stage of the rules decides role family and seniority.
 *
 * <p>Names, contact details and extra fields of a candidate are never copied into a fact.
 */
final class Preparer {
    static final double LISTED = 1.0;
    static final double USED_IN_JOB = 0.8;
    static final double IN_TEXT = 0.5;

    private final RuleBook book;
    private final SkillTaxonomy taxonomy;
    private final YearMonth asOf;
    private final Profiler profiler;

    Preparer(RuleBook book, YearMonth asOf, Profiler profiler) {
        this.book = book;
        this.taxonomy = book.taxonomy();
        this.asOf = asOf;
        this.profiler = profiler;
    }

    Prepared.Candidate candidate(Candidate c) {
        Map<String, SkillEvidence> skills = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (SkillClaim claim : c.skills()) {
            SkillEvidence e = evidence(skills, claim.name(), LISTED, "LISTED", unknown);
            if (claim.level() != null) {
                e.level = e.level == null || claim.level().compareTo(e.level) > 0 ? claim.level() : e.level;
            }
            if (claim.years() != null) {
                e.years = Math.max(e.years, claim.years());
            }
        }
        List<Experience> jobs = c.experience();
        // Each job's text is read for skills once; the skills found serve both the evidence and relevance.
        Map<Experience, List<SkillTaxonomy.Found>> foundInJob = new java.util.IdentityHashMap<>();
        for (Experience job : jobs) {
            foundInJob.put(job, taxonomy.findInText(join(job.title(), job.description())));
        }
        for (Experience job : jobs) {
            double jobYears = months(job) / 12.0;
            for (String written : job.skills()) {
                SkillEvidence e = evidence(skills, written, USED_IN_JOB, "EXPERIENCE", null);
                if (e != null) {
                    e.jobYears += jobYears;
                }
            }
            for (SkillTaxonomy.Found f : foundInJob.get(job)) {
                SkillEvidence e = evidence(skills, f.skill().name(), IN_TEXT, "TEXT", null);
                if (e != null) {
                    e.jobYears += jobYears;
                }
            }
        }
        for (String text : new String[]{c.headline(), c.summary(), String.join(". ", c.certifications())}) {
            for (SkillTaxonomy.Found f : taxonomy.findInText(text)) {
                evidence(skills, f.skill().name(), IN_TEXT, "TEXT", null);
            }
        }

        double relevantYears = relevantYears(jobs, foundInJob);
        Location loc = c.location();
        String city = loc == null ? null : canonicalCity(loc.city());
        String country = loc == null ? null : loc.countryCode();
        String region = region(city, country);

        Double salary = null;
        String salaryStated = null;
        Salary s = c.salaryExpectation();
        if (s != null) {
            double amount = s.min() != null ? s.min() : s.max();
            salary = book.yearlyEur(amount, s.currency(), s.period());
            if (salary == null) {
                throw new IllegalArgumentException("salaryExpectation currency '" + s.currency()
                        + "' has no exchange rate in data/exchange-rates.csv");
            }
            salaryStated = stated(amount, s) + inEuros(salary, s);
        }

        // No education listed is "not stated", not "none": the rules treat the two differently.
        EducationLevel level = c.education().isEmpty() ? null : EducationLevel.NONE;
        EducationTrack track = null;
        List<Object> side = new ArrayList<>();
        Map<String, StudiedField> fields = new TreeMap<>();
        for (Education e : c.education()) {
            if (e.level().compareTo(level) > 0 || (e.level() == level && track == null)) {
                level = e.level();
                track = e.track();
            }
            if (e.field() != null) {
                String field = e.field().toLowerCase(Locale.ROOT).trim();
                String known = knownField(field);
                double relevance = known == null ? 0.0 : book.fieldRelevance.get(known);
                StudiedField studied = new StudiedField(field, known, e.level(), relevance);
                fields.merge(field, studied, (a, b) -> a.level().compareTo(b.level()) >= 0 ? a : b);
            }
        }
        side.addAll(fields.values());

        Map<String, Double> skillWeight = new TreeMap<>();
        for (Map.Entry<String, SkillEvidence> entry : skills.entrySet()) {
            SkillEvidence e = entry.getValue();
            double years = Math.max(e.years, Math.round(e.jobYears * 10) / 10.0);
            side.add(new HasSkill(entry.getKey(), e.category, e.level, years, e.source, e.weight));
            skillWeight.put(entry.getKey(), e.weight);
        }
        Map<String, LanguageSkill> languages = new TreeMap<>();
        for (LanguageSkill l : c.languages()) {
            languages.merge(l.language(), l, (a, b) -> a.fluency().compareTo(b.fluency()) >= 0 ? a : b);
        }
        for (LanguageSkill l : languages.values()) {
            side.add(new SpeaksLanguage(l.language(), l.fluency()));
        }

        // Profile stage: titles count more when recent; the headline speaks for the latest.
        List<ProfileTitle> titles = new ArrayList<>();
        Experience latest = latest(jobs);
        if (c.headline() != null) {
            titles.add(new ProfileTitle(Titles.padded(c.headline()), 1.0, true));
        }
        for (Experience job : jobs) {
            if (job.title() == null) {
                continue;
            }
            boolean isLatest = job == latest;
            double years = months(job) / 12.0;
            // The headline and the latest job title both say where the candidate stands now.
            titles.add(new ProfileTitle(Titles.padded(job.title()), isLatest ? 1.0 : 0.5, isLatest));
            side.add(new HeldTitle(Titles.padded(job.title()), Math.round(years * 10) / 10.0, isLatest));
        }
        List<ProfileSkill> profileSkills = skills.entrySet().stream()
                .map(e -> new ProfileSkill(e.getKey(), e.getValue().weight)).toList();
        Profiler.Result read = profiler.read(new ProfileSubject("CANDIDATE", relevantYears, null), profileSkills, titles);

        Set<dev.rolefit.model.EmploymentType> types = c.employmentTypes().isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(c.employmentTypes()));
        CandidateFacts facts = new CandidateFacts(c.id(), city, country, region, c.relocates(),
                c.remotePreference(), types, salary, salaryStated, level, track, relevantYears,
                read.seniority(), read.family(), read.scores(), read.summary());
        Profile profile = new Profile(c.id(), Profile.Kind.CANDIDATE, read.family(), read.scores(), read.summary(),
                read.seniority(), read.seniorityBasis(), relevantYears, level, salary == null ? null : round(salary),
                salaryStated, List.copyOf(skills.keySet()), PlainTextFormat.withLines(sources(skills), c.otherFields()),
                List.copyOf(unknown));
        List<Object> sideFacts = List.copyOf(side);
        return new Prepared.Candidate(c.id(), facts, sideFacts, profile, skillWeight,
                EstimateTerms.candidate(sideFacts, book));
    }

    Prepared.Vacancy vacancy(Vacancy v) {
        List<String> unknown = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>();
        for (String written : v.requiredSkills()) {
            required.add(canonicalOrWritten(written, unknown));
        }
        Set<String> preferred = new LinkedHashSet<>();
        for (String written : v.preferredSkills()) {
            String skill = canonicalOrWritten(written, unknown);
            if (!required.contains(skill)) {
                preferred.add(skill);
            }
        }
        List<Object> side = new ArrayList<>();
        Map<String, Double> skillWeight = new TreeMap<>();
        List<ProfileSkill> profileSkills = new ArrayList<>();
        for (String skill : required) {
            side.add(new RequiredSkill(skill));
            skillWeight.put(skill, 1.0);
            profileSkills.add(new ProfileSkill(skill, 1.0));
        }
        for (String skill : preferred) {
            side.add(new PreferredSkill(skill));
            skillWeight.put(skill, 0.5);
            profileSkills.add(new ProfileSkill(skill, 0.6));
        }
        for (SkillTaxonomy.Found f : taxonomy.findInText(v.description())) {
            if (!skillWeight.containsKey(f.skill().name())) {
                profileSkills.add(new ProfileSkill(f.skill().name(), 0.3));
            }
        }
        Map<String, LanguageRequirement> languages = new TreeMap<>();
        for (LanguageRequirement l : v.languages()) {
            languages.merge(l.language(), l, (a, b) -> a.minFluency().compareTo(b.minFluency()) >= 0 ? a : b);
        }
        for (LanguageRequirement l : languages.values()) {
            side.add(new RequiresLanguage(l.language(), l.minFluency(), l.preferredFluency()));
        }

        int minYears = v.minYearsExperience() == null ? 0 : v.minYearsExperience();
        Profiler.Result read = profiler.read(new ProfileSubject("VACANCY", minYears, v.seniority()), profileSkills,
                v.title() == null ? List.of() : List.of(new ProfileTitle(Titles.padded(v.title()), 1.5, true)));
        String family = v.roleFamily();
        boolean inferred = family == null;
        if (family != null && book.families.stream().noneMatch(f -> f.id().equals(v.roleFamily()))) {
            throw new IllegalArgumentException("roleFamily '" + v.roleFamily() + "' is not one of "
                    + book.families.stream().map(f -> f.id()).toList() + " (data/role-families.csv)");
        }
        if (family == null) {
            family = read.family();
        }

        Location loc = v.location();
        String city = loc == null ? null : canonicalCity(loc.city());
        String country = loc == null ? null : loc.countryCode();
        Double min = null;
        Double max = null;
        String stated = null;
        Salary s = v.salary();
        if (s != null) {
            min = s.min() == null ? null : book.yearlyEur(s.min(), s.currency(), s.period());
            max = s.max() == null ? null : book.yearlyEur(s.max(), s.currency(), s.period());
            if ((s.min() != null && min == null) || (s.max() != null && max == null)) {
                throw new IllegalArgumentException("salary currency '" + s.currency()
                        + "' has no exchange rate in data/exchange-rates.csv");
            }
            stated = s.min() != null && s.max() != null
                    ? Phrases.money(s.min(), s.currency()) + "–" + Phrases.money(s.max(), s.currency()) + " " + Phrases.per(s.period())
                    : stated(s.min() != null ? s.min() : s.max(), s);
            stated += inEuros(max != null ? max : min, s);
        }
        RuleBook.Benchmark benchmark = book.benchmark(country == null ? "EU" : country, family);
        var education = v.education();
        VacancyFacts facts = new VacancyFacts(v.id(), v.title(), city, country, region(city, country),
                v.remotePolicy() == null ? RemotePolicy.ONSITE : v.remotePolicy(), v.employmentType(),
                read.seniority(), minYears, min, max, stated,
                education == null ? null : education.minLevel(),
                education == null ? null : education.preferredLevel(),
                education == null ? null : education.preferredTrack(),
                education == null ? List.of() : education.fields().stream().map(f -> f.toLowerCase(Locale.ROOT).trim()).toList(),
                education == null ? null : education.equivalentExperienceYears(),
                family, inferred, required.size(), preferred.size(),
                benchmark == null ? null : benchmark.median(), benchmark == null ? null : benchmark.source());
        List<String> skills = new ArrayList<>(required);
        skills.addAll(preferred);
        Double top = max != null ? max : min;
        Profile profile = new Profile(v.id(), Profile.Kind.VACANCY, family, read.scores(),
                inferred ? "inferred: " + read.summary() : "stated",
                read.seniority(), read.seniorityBasis(), minYears,
                education == null ? null : education.minLevel(), top == null ? null : round(top), stated,
                List.copyOf(skills), PlainTextFormat.withLines(vacancySources(required, preferred), v.otherFields()),
                List.copyOf(unknown));
        List<Object> sideFacts = List.copyOf(side);
        return new Prepared.Vacancy(v.id(), facts, sideFacts, profile, skillWeight,
                EstimateTerms.vacancy(skillWeight, sideFacts, facts.educationFields(), taxonomy));
    }

    /**
     * The field of education-fields.csv that a written field names: the field itself, or the
     * longest table field found in it as whole words ("computer science (angewandte informatik)").
     */
    private String knownField(String written) {
        if (book.fieldRelevance.containsKey(written)) {
            return written;
        }
        String padded = Titles.padded(written);
        String best = null;
        for (String field : book.fieldRelevance.keySet()) {
            if (padded.contains(Titles.padded(field)) && (best == null || field.length() > best.length())) {
                best = field;
            }
        }
        return best;
    }

    private static Map<String, String> sources(Map<String, SkillEvidence> skills) {
        Map<String, String> out = new LinkedHashMap<>();
        skills.forEach((name, e) -> out.put(name, switch (e.source) {
            case "LISTED" -> "listed";
            case "EXPERIENCE" -> "work entry";
            default -> "text";
        }));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, String> vacancySources(Set<String> required, Set<String> preferred) {
        Map<String, String> out = new LinkedHashMap<>();
        required.forEach(s -> out.put(s, "required"));
        preferred.forEach(s -> out.put(s, "preferred"));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Per month, the most relevant job held then; summed, so overlapping jobs count once. */
    private double relevantYears(List<Experience> jobs, Map<Experience, List<SkillTaxonomy.Found>> foundInJob) {
        Map<YearMonth, Double> months = new HashMap<>();
        for (Experience job : jobs) {
            if (job.startDate() == null) {
                continue;
            }
            double relevance = relevance(job, foundInJob.get(job));
            if (relevance <= 0) {
                continue;
            }
            YearMonth end = job.endDate() == null ? asOf : job.endDate();
            for (YearMonth m = job.startDate(); m.isBefore(end) && !m.isAfter(asOf); m = m.plusMonths(1)) {
                months.merge(m, relevance, Math::max);
            }
        }
        double total = months.values().stream().mapToDouble(Double::doubleValue).sum() / 12.0;
        return Math.round(total * 10) / 10.0;
    }

    /**
     * How much a job counts toward relevant experience: fully when its title is a role family's or
     * a typical step toward one, or when it names three or more skills; half for two; a tenth for one;
     * else not at all. Office skills (experience-relevance.csv: Excel) do not count, so years managing
     * a restaurant count for nothing; a bootcamp or course counts at most as the table says.
     */
    double relevance(Experience job, List<SkillTaxonomy.Found> foundInText) {
        String title = Titles.padded(job.title());
        boolean familyTitle = book.signals.stream().anyMatch(s -> s.kind().equals("title") && title.contains(s.signal()))
                || book.careerPaths.stream().anyMatch(p -> title.contains(p.title()));
        // A bootcamp or a course is learning, not work: experience-relevance.csv caps it.
        double cap = 1.0;
        for (Map.Entry<String, Double> word : book.titleWordRelevance.entrySet()) {
            if (title.contains(word.getKey())) {
                cap = Math.min(cap, word.getValue());
            }
        }
        if (familyTitle) {
            return cap;
        }
        Set<String> named = new LinkedHashSet<>();
        for (String written : job.skills()) {
            taxonomy.resolve(written).ifPresent(s -> named.add(s.name()));
        }
        for (SkillTaxonomy.Found f : foundInText) {
            named.add(f.skill().name());
        }
        named.removeAll(book.ignoredSkills);
        double bySkills = named.size() >= 3 ? 1.0 : named.size() == 2 ? 0.5 : named.size() == 1 ? 0.1 : 0.0;
        return Math.min(cap, bySkills);
    }

    private long months(Experience job) {
        if (job.startDate() == null) {
            return 0;
        }
        YearMonth end = job.endDate() == null ? asOf : job.endDate();
        return Math.max(0, job.startDate().until(end, java.time.temporal.ChronoUnit.MONTHS));
    }

    private static Experience latest(List<Experience> jobs) {
        return jobs.stream()
                .max(Comparator.comparing((Experience j) -> j.endDate() == null ? YearMonth.of(9999, 12) : j.endDate())
                        .thenComparing(j -> j.startDate() == null ? YearMonth.of(1, 1) : j.startDate()))
                .orElse(null);
    }

    private SkillEvidence evidence(Map<String, SkillEvidence> skills, String written, double weight, String source,
                                   List<String> unknown) {
        String name;
        String category;
        var skill = taxonomy.resolve(written);
        if (skill.isPresent()) {
            name = skill.get().name();
            category = skill.get().category();
        } else if (unknown != null) {
            // A listed skill the taxonomy lacks still matches a vacancy that writes it the same way.
            name = written.trim();
            category = "UNKNOWN";
            if (!unknown.contains(name)) {
                unknown.add(name);
            }
        } else {
            return null;
        }
        SkillEvidence e = skills.computeIfAbsent(name, k -> new SkillEvidence(category));
        if (weight > e.weight) {
            e.weight = weight;
            e.source = source;
        }
        return e;
    }

    private String canonicalOrWritten(String written, List<String> unknown) {
        var skill = taxonomy.resolve(written);
        if (skill.isPresent()) {
            return skill.get().name();
        }
        String name = written.trim();
        if (!unknown.contains(name)) {
            unknown.add(name);
        }
        return name;
    }

    /**
     * The city as regions.csv spells it. A street address in the city field ("Kerkstraat 12, 9000 Gent")
     * gives its known city, or loses its numbered parts: a house number is personal data, and a rule's
     * reason quotes the city.
     */
    private String canonicalCity(String city) {
        if (city == null) {
            return null;
        }
        String[] known = book.regions.get(city.toLowerCase(Locale.ROOT).trim());
        if (known != null) {
            return known[0];
        }
        if (!city.matches(".*[,\\d].*")) {
            return city.trim();
        }
        List<String> unnumbered = new ArrayList<>();
        for (String part : city.split(",")) {
            String place = PlainTextFormat.withoutPostcode(part).trim();
            String[] found = book.regions.get(place.toLowerCase(Locale.ROOT));
            if (found != null) {
                return found[0];
            }
            if (!place.isEmpty() && !place.matches(".*\\d.*")) {
                unnumbered.add(place);
            }
        }
        return unnumbered.isEmpty() ? null : unnumbered.get(unnumbered.size() - 1);
    }

    private String region(String city, String country) {
        if (city == null) {
            return null;
        }
        String[] known = book.regions.get(city.toLowerCase(Locale.ROOT));
        if (known == null || (country != null && !known[1].equals(country))) {
            return null;
        }
        return known[2];
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + ". " + (b == null ? "" : b);
    }

    private static double round(double v) {
        return Math.round(v);
    }

    /** " (€163,400 a year)" when the amount was in another currency or period; else nothing. */
    private static String inEuros(double yearlyEur, Salary s) {
        return s.currency().equals("EUR") && s.period() == dev.rolefit.model.Period.YEAR ? ""
                : " (" + Phrases.euros(yearlyEur) + " a year)";
    }

    private static String stated(double amount, Salary s) {
        return Phrases.money(amount, s.currency()) + " " + Phrases.per(s.period());
    }

    private static final class SkillEvidence {
        final String category;
        double weight;
        String source;
        SkillLevel level;
        double years;
        double jobYears;

        SkillEvidence(String category) {
            this.category = category;
        }
    }
}
