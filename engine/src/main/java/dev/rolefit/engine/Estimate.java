package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.Country;
import dev.rolefit.engine.facts.RequiresLanguage;
import dev.rolefit.engine.facts.RoleAdjacency;
import dev.rolefit.engine.facts.StudiedField;
import dev.rolefit.engine.facts.VacancyFacts;
import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Seniority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * A quick guess at a pair's score, to choose which of the retrieved documents the rules score
 * first: every category roughly as its rules count it (role family, the vacancy's skills,
 * education, seniority, salary, location, employment type, languages), weighted as
 * data/scoring.csv weighs them. A pair the rules will certainly knock out and retrieval could not
 * filter (below the minimum education without the years to make up for it) comes last.
 *
 * <p>It decides nothing: a pair it ranks low is merely not scored when the list has better
 * prospects (see {@link MatchOptions#effectiveRetrieveLimit()}); every score shown comes from the
 * rules. It restates the rules only roughly, so a rule change never makes a result wrong, at worst
 * slower to find; how good a guess it is shows in the recall {@code BenchRun} measures against
 * exhaustive scoring.
 *
 * <p>A list estimates thousands of pairs with one side fixed, so {@link #forCandidate} and
 * {@link #forVacancy} work out what they can of the fixed side once, with skills by their
 * {@linkplain SkillTaxonomy#number number} in arrays, and read each vacancy from its flat
 * {@linkplain #row row}; both give exactly what {@link #of} gives.
 */
final class Estimate {
    /** At most how many strings {@link #shared} keeps: vacancies come and go in a running engine. */
    private static final int SHARED_STRINGS = 100_000;
    private final RuleBook book;
    private final double role;
    private final double skills;
    private final double education;
    private final double seniority;
    private final double salary;
    private final double location;
    private final double employment;
    private final double language;
    /**
     * What the categories after role and skills weigh together, for {@link #combine}'s ceiling (the
     * rule book takes only weights above 0).
     */
    private final double rest;
    private final Set<String> europeanUnion = new HashSet<>();
    /** For each taxonomy skill by number, the skills it partly covers (skills.csv "related"), and at what credit. */
    private final int[][] partlyCovers;
    private final double[][] partlyCoversCredit;
    /**
     * One instance of each string the vacancy rows hold (cities, families, languages, fields): the
     * estimate compares them with the candidate's thousands of times a list, and a few hundred shared
     * strings stay in the processor's cache where one copy per vacancy would not.
     */
    private final Map<String, String> shared = new ConcurrentHashMap<>();

    Estimate(RuleBook book) {
        this.book = book;
        this.role = book.weights.getOrDefault("ROLE", 0.0);
        this.skills = book.weights.getOrDefault("SKILLS", 0.0);
        this.education = book.weights.getOrDefault("EDUCATION", 0.0);
        this.seniority = book.weights.getOrDefault("SENIORITY", 0.0);
        this.salary = book.weights.getOrDefault("SALARY", 0.0);
        this.location = book.weights.getOrDefault("LOCATION", 0.0);
        this.employment = book.weights.getOrDefault("EMPLOYMENT", 0.0);
        this.language = book.weights.getOrDefault("LANGUAGE", 0.0);
        this.rest = education + seniority + salary + location + employment + language;
        book.countries.stream().filter(Country::europeanUnion).forEach(country -> europeanUnion.add(country.code()));
        SkillTaxonomy taxonomy = book.taxonomy();
        List<List<double[]>> covers = new ArrayList<>();
        for (int n = 0; n < taxonomy.size(); n++) {
            covers.add(new ArrayList<>());
        }
        for (int n = 0; n < taxonomy.size(); n++) {
            int skill = n;
            taxonomy.numbered(n).related().forEach((other, credit) ->
                    covers.get(taxonomy.number(other)).add(new double[]{skill, credit}));
        }
        partlyCovers = new int[covers.size()][];
        partlyCoversCredit = new double[covers.size()][];
        for (int n = 0; n < covers.size(); n++) {
            partlyCovers[n] = covers.get(n).stream().mapToInt(c -> (int) c[0]).toArray();
            partlyCoversCredit[n] = covers.get(n).stream().mapToDouble(c -> c[1]).toArray();
        }
    }

    /**
     * The estimate, 0–1: like the score, a weighted mean of the categories it can judge, leaving
     * out (not counting as zero) those the pair gives nothing to judge by; -1, below any pair that
     * may pass, for a pair certainly knocked out for its education.
     */
    double of(Prepared.Candidate c, Prepared.Vacancy v) {
        return forCandidate(c).applyAsDouble(row(v));
    }

    /**
     * A vacancy as the estimate reads it pair after pair: what it needs of the vacancy's facts and
     * terms in one object with a few arrays, its strings {@linkplain #shared shared}. A candidate's
     * list reads thousands of them, and the facts and terms are dozens of objects spread over the
     * heap, each a cache miss (reading them was most of the estimate's time). Worked out once, when
     * the vacancy is put.
     */
    VacancyRow row(Prepared.Vacancy v) {
        return new VacancyRow(v, this);
    }

    private String shared(String s) {
        if (s == null) {
            return null;
        }
        String first = shared.get(s);
        if (first != null) {
            return first;
        }
        if (shared.size() >= SHARED_STRINGS) {
            return s; // an engine that has seen this many distinct values keeps the rest as they come: a little slower, not unbounded
        }
        first = shared.putIfAbsent(s, s);
        return first == null ? s : first;
    }

    /** See {@link #row}. */
    static final class VacancyRow {
        final Prepared.Vacancy vacancy;
        /** The wanted skills by taxonomy number, -1 for one outside it (then by name in {@link #skillNames}). */
        private final int[] skillNumbers;
        private final boolean[] required;
        private final String[] skillNames;
        private final String family;
        private final EducationLevel minEducation;
        private final EducationLevel preferredEducation;
        private final EducationTrack preferredTrack;
        /** The years of relevant experience standing in for the minimum education; -1 when none do. */
        private final int equivalentYears;
        private final String[] educationFields;
        private final Seniority seniority;
        private final int minYears;
        private final boolean salaryBand;
        /** The band's top, its minimum and the benchmark median; NaN where the vacancy has none. */
        private final double salaryTop;
        private final double salaryMin;
        private final double benchmarkMedian;
        private final RemotePolicy remotePolicy;
        private final String city;
        private final String region;
        private final String countryCode;
        private final EmploymentType employmentType;
        private final String[] languages;
        private final Fluency[] minFluency;
        private final Fluency[] preferredFluency;

        private VacancyRow(Prepared.Vacancy v, Estimate estimate) {
            this.vacancy = v;
            VacancyFacts f = v.facts();
            List<EstimateTerms.Wanted> wanted = v.terms().wanted();
            skillNumbers = new int[wanted.size()];
            required = new boolean[wanted.size()];
            skillNames = new String[wanted.size()];
            for (int i = 0; i < wanted.size(); i++) {
                skillNumbers[i] = wanted.get(i).number();
                required[i] = wanted.get(i).required();
                skillNames[i] = wanted.get(i).number() < 0 ? wanted.get(i).skill() : null; // looked up by name only outside the taxonomy
            }
            family = estimate.shared(f.roleFamily());
            minEducation = f.minEducation();
            preferredEducation = f.preferredEducation();
            preferredTrack = f.preferredTrack();
            equivalentYears = f.equivalentExperienceYears() == null ? -1 : f.equivalentExperienceYears();
            educationFields = v.terms().educationFields().stream().map(estimate::shared).toArray(String[]::new);
            seniority = f.seniority();
            minYears = f.minYearsExperience();
            salaryBand = f.hasSalaryBand();
            salaryTop = f.salaryTop() == null ? Double.NaN : f.salaryTop();
            salaryMin = f.salaryMin() == null ? Double.NaN : f.salaryMin();
            benchmarkMedian = f.benchmarkMedian() == null ? Double.NaN : f.benchmarkMedian();
            remotePolicy = f.remotePolicy();
            city = estimate.shared(f.city());
            region = estimate.shared(f.region());
            countryCode = estimate.shared(f.countryCode());
            employmentType = f.employmentType();
            List<RequiresLanguage> asked = v.terms().languages();
            languages = new String[asked.size()];
            minFluency = new Fluency[asked.size()];
            preferredFluency = new Fluency[asked.size()];
            for (int i = 0; i < asked.size(); i++) {
                languages[i] = estimate.shared(asked.get(i).language());
                minFluency[i] = asked.get(i).minFluency();
                preferredFluency[i] = asked.get(i).preferredFluency();
            }
        }
    }

    /**
     * A list's estimate of document after document. Given a floor (the shortlist's last place so
     * far), it may stop once role and skills show that the rest cannot lift a document to the
     * floor: a pool of thousands for a shortlist of twenty skips most of the other categories.
     * (A candidate's list does; a vacancy's list always estimates in full.)
     */
    @FunctionalInterface
    interface Estimator<T> extends ToDoubleFunction<T> {
        /**
         * The estimate, or {@link Double#NEGATIVE_INFINITY} when it is certainly below {@code floor}
         * (strictly) and was not worked out in full.
         */
        double estimate(T doc, double floor);

        /** The estimate in full. */
        @Override
        default double applyAsDouble(T doc) {
            return estimate(doc, Double.NEGATIVE_INFINITY);
        }
    }

    /**
     * The estimate of one candidate against vacancy after vacancy: for a candidate's list. The
     * function reuses its arrays, so it is for one thread.
     */
    Estimator<VacancyRow> forCandidate(Prepared.Candidate c) {
        // What the candidate brings to each taxonomy skill: their own credit, else the best credit
        // of a related skill they hold; skills outside the taxonomy (no related ones) by name.
        int size = partlyCovers.length;
        double[] covered = new double[size];
        boolean[] own = new boolean[size];
        boolean[] deep = new boolean[size];
        double[] related = new double[size];
        Map<String, EstimateTerms.Held> unknown = new HashMap<>();
        for (EstimateTerms.Held h : c.terms().held()) {
            if (h.number() < 0) {
                unknown.put(h.skill(), h);
                continue;
            }
            own[h.number()] = true;
            covered[h.number()] = h.credit();
            deep[h.number()] = h.deep();
            int[] covers = partlyCovers[h.number()];
            for (int i = 0; i < covers.length; i++) {
                related[covers[i]] = Math.max(related[covers[i]], partlyCoversCredit[h.number()][i] * h.weight());
            }
        }
        for (int n = 0; n < size; n++) {
            covered[n] = own[n] ? covered[n] : related[n];
        }
        // Reused pair after pair, grown as needed: a list is estimated on one thread.
        CandidateLookups lookups = new CandidateLookups(c, true);
        double[][] coverScratch = {new double[16]};
        boolean[][] depthScratch = {new boolean[16]};
        return (v, floor) -> {
            int[] wanted = v.skillNumbers;
            double skillScore = Double.NaN;
            if (wanted.length > 0) {
                if (coverScratch[0].length < wanted.length) {
                    coverScratch[0] = new double[wanted.length];
                    depthScratch[0] = new boolean[wanted.length];
                }
                double[] cover = coverScratch[0];
                boolean[] depth = depthScratch[0];
                for (int i = 0; i < wanted.length; i++) {
                    if (wanted[i] >= 0) {
                        cover[i] = covered[wanted[i]];
                        depth[i] = deep[wanted[i]];
                    } else {
                        EstimateTerms.Held h = unknown.get(v.skillNames[i]);
                        cover[i] = h == null ? 0 : h.credit();
                        depth[i] = h != null && h.deep();
                    }
                }
                skillScore = skills(v.required, cover, depth);
            }
            return combine(lookups, v, skillScore, floor);
        };
    }

    /**
     * The estimate of one vacancy against candidate after candidate: for a vacancy's list. The
     * function reuses its arrays, so it is for one thread.
     */
    Estimator<Prepared.Candidate> forVacancy(Prepared.Vacancy vacancy) {
        VacancyRow v = row(vacancy);
        int[] wanted = v.skillNumbers;
        int[] place = new int[partlyCovers.length];
        Arrays.fill(place, -1);
        Map<String, Integer> unknown = new HashMap<>();
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i] >= 0) {
                place[wanted[i]] = i;
            } else {
                unknown.put(v.skillNames[i], i);
            }
        }
        // Reused pair after pair: a list is estimated on one thread.
        double[] cover = new double[wanted.length];
        double[] related = new double[wanted.length];
        boolean[] own = new boolean[wanted.length];
        boolean[] depth = new boolean[wanted.length];
        return (c, floor) -> {
            if (wanted.length == 0) {
                return combine(new CandidateLookups(c, false), v, Double.NaN, Double.NEGATIVE_INFINITY);
            }
            Arrays.fill(cover, 0);
            Arrays.fill(related, 0);
            Arrays.fill(own, false);
            Arrays.fill(depth, false);
            for (EstimateTerms.Held h : c.terms().held()) {
                int at = h.number() >= 0 ? place[h.number()] : unknown.getOrDefault(h.skill(), -1);
                if (at >= 0) {
                    own[at] = true;
                    cover[at] = h.credit();
                    depth[at] = h.deep();
                }
                if (h.number() >= 0) {
                    int[] covers = partlyCovers[h.number()];
                    for (int i = 0; i < covers.length; i++) {
                        int p = place[covers[i]];
                        if (p >= 0) {
                            related[p] = Math.max(related[p], partlyCoversCredit[h.number()][i] * h.weight());
                        }
                    }
                }
            }
            for (int i = 0; i < cover.length; i++) {
                cover[i] = own[i] ? cover[i] : related[i];
            }
            return combine(new CandidateLookups(c, false), v, skills(v.required, cover, depth), Double.NEGATIVE_INFINITY);
        };
    }

    /**
     * What the estimate looks up of one candidate, for pair after pair in the candidate's list in
     * the form cheapest to look up there (maps keyed by strings were a fifth of a list's time), or
     * for one pair straight from the candidate's maps. Not for more than one thread.
     */
    private final class CandidateLookups {
        final Prepared.Candidate candidate;
        private final boolean reused;
        private final boolean inEuropeanUnion;
        /** The languages spoken, each once, and at what fluency; built on first use. */
        private String[] languages;
        private Fluency[] fluencies;
        /** The role fit toward each family asked so far: a list meets only a few. */
        private String[] families;
        private double[] fits;
        private int known;

        /** @param reused for a whole list of the candidate's, rather than one pair */
        CandidateLookups(Prepared.Candidate c, boolean reused) {
            this.candidate = c;
            this.reused = reused;
            this.inEuropeanUnion = c.facts().countryCode() != null && europeanUnion.contains(c.facts().countryCode());
            this.families = reused ? new String[2] : null;
            this.fits = reused ? new double[2] : null;
        }

        double roleFit(String family) {
            if (!reused) {
                return role(candidate.facts(), candidate.terms(), family);
            }
            for (int i = 0; i < known; i++) {
                if (families[i] == family || families[i].equals(family)) {
                    return fits[i];
                }
            }
            double fit = role(candidate.facts(), candidate.terms(), family);
            if (known == families.length) {
                families = Arrays.copyOf(families, known * 2);
                fits = Arrays.copyOf(fits, known * 2);
            }
            families[known] = family;
            fits[known++] = fit;
            return fit;
        }

        /** The fluency the candidate speaks the language at, or null. */
        Fluency speaks(String language) {
            Map<String, Fluency> speaks = candidate.terms().speaks();
            if (!reused) {
                return speaks.get(language);
            }
            if (languages == null) {
                languages = speaks.keySet().toArray(new String[0]);
                fluencies = new Fluency[languages.length];
                for (int i = 0; i < languages.length; i++) {
                    fluencies[i] = speaks.get(languages[i]);
                }
            }
            for (int i = 0; i < languages.length; i++) {
                if (languages[i] == language || languages[i].equals(language)) {
                    return fluencies[i];
                }
            }
            return null;
        }
    }

    /**
     * The weighted mean over the categories, or -1 for a certain education knockout.
     *
     * @param skillScore NaN when the vacancy names no skills
     */
    private double combine(CandidateLookups lookups, VacancyRow v, double skillScore, double floor) {
        Prepared.Candidate c = lookups.candidate;
        CandidateFacts cf = c.facts();
        if (certainlyBelowEducation(cf, v)) {
            return -1;
        }
        double sum = 0;
        double total = 0;
        if (v.family != null) {
            sum += role * lookups.roleFit(v.family);
            total += role;
        }
        if (!Double.isNaN(skillScore)) {
            sum += skills * skillScore;
            total += skills;
        }
        if (floor > Double.NEGATIVE_INFINITY && ceiling(sum, total) < floor) {
            return Double.NEGATIVE_INFINITY;
        }
        double educationScore = education(cf, c.terms().studied(), v);
        if (!Double.isNaN(educationScore)) {
            sum += education * educationScore;
            total += education;
        }
        double rungEarned = 0;
        double rungPossible = 0;
        if (cf.seniority() != null && v.seniority != null) {
            int steps = cf.seniority().stepsTo(v.seniority);
            // Above the vacancy's rung through a typical step into its family is the natural path (seniority.drl).
            boolean switching = steps < 0 && v.family != null && !v.family.equals(cf.roleFamily())
                    && c.terms().careerSteps().containsKey(v.family);
            rungEarned = steps == 0 || switching ? 2 : steps == 1 ? 1.2 : steps == -1 ? 1.5 : 0.3;
            rungPossible = 2;
        }
        if (v.minYears > 0) {
            rungEarned += Math.min(1, cf.relevantYears() / v.minYears);
            rungPossible += 1;
        }
        if (rungPossible > 0) {
            sum += seniority * rungEarned / rungPossible;
            total += seniority;
        }
        double salaryScore = salary(cf.salaryExpectation(), v);
        if (!Double.isNaN(salaryScore)) {
            sum += salary * salaryScore;
            total += salary;
        }
        double locationScore = location(cf, lookups.inEuropeanUnion, v);
        if (!Double.isNaN(locationScore)) {
            sum += location * locationScore;
            total += location;
        }
        if (v.employmentType != null && cf.employmentTypes().contains(v.employmentType)) {
            sum += employment;
            total += employment;
        }
        double languageScore = language(lookups, v);
        if (!Double.isNaN(languageScore)) {
            sum += language * languageScore;
            total += language;
        }
        return total == 0 ? 0 : sum / total;
    }

    /**
     * The most a pair can estimate, given its role and skills points so far: each category after
     * them scores at most 1, so the mean is highest with all of them at full marks or with none of
     * them assessed (a mean of weighted parts moves monotonically toward 1 as parts at 1 are added).
     * A hair above, so that rounding never puts a pair's estimate over its ceiling.
     */
    private double ceiling(double sum, double total) {
        double none = total == 0 ? 0 : sum / total;
        double all = total + rest == 0 ? 0 : (sum + rest) / (total + rest);
        return Math.max(none, all) + 1e-9;
    }

    /**
     * Below the vacancy's minimum education without the years of relevant experience that could
     * stand in for it: education.drl knocks the pair out whatever else it holds. (With the years,
     * it also needs an expert core skill; the estimate leaves that to the rules.)
     */
    private static boolean certainlyBelowEducation(CandidateFacts c, VacancyRow v) {
        return v.minEducation != null && c.educationLevel() != null && !c.educationLevel().atLeast(v.minEducation)
                && (v.equivalentYears < 0 || c.relevantYears() < v.equivalentYears);
    }

    /**
     * As location.drl: the vacancy's city, its commuting region, a move the candidate would make
     * (within the country or across a border), or for a remote role the EU labour market; NaN when
     * no rule would judge the pair (a pair out of reach is knocked out, and retrieval leaves it out).
     */
    private static double location(CandidateFacts c, boolean inEuropeanUnion, VacancyRow v) {
        if (v.remotePolicy == RemotePolicy.REMOTE) {
            return c.countryCode() == null ? Double.NaN : inEuropeanUnion ? 1 : 0.3;
        }
        if (v.city != null && v.city.equals(c.city())) {
            return 1;
        }
        boolean sameRegion = v.region != null && v.region.equals(c.region());
        if (sameRegion) {
            return 0.9;
        }
        if (c.willingToRelocate()) {
            return c.countryCode() != null && c.countryCode().equals(v.countryCode) ? 0.7 : 0.5;
        }
        return Double.NaN;
    }

    /**
     * As language.drl: each required language spoken at the preferred level fully, at the minimum
     * a little less (below the minimum it is knocked out, and retrieval leaves it out); NaN when none is asked.
     */
    private static double language(CandidateLookups speaker, VacancyRow v) {
        if (v.languages.length == 0) {
            return Double.NaN;
        }
        double earned = 0;
        for (int i = 0; i < v.languages.length; i++) {
            Fluency own = speaker.speaks(v.languages[i]);
            earned += own == null || !own.atLeast(v.minFluency[i]) ? 0
                    : v.preferredFluency[i] == null || own.atLeast(v.preferredFluency[i]) ? 1 : 0.6;
        }
        return earned / v.languages.length;
    }

    /**
     * As salary.drl judges the expectation against the band (a pair far above it is knocked out,
     * so not estimated), or without one against the benchmark median; NaN when there is neither.
     */
    private static double salary(Double expected, VacancyRow v) {
        if (expected == null) {
            return Double.NaN;
        }
        if (!v.salaryBand) {
            return Double.isNaN(v.benchmarkMedian) ? Double.NaN : expected <= v.benchmarkMedian * 1.20 ? 0.8 : 0.3;
        }
        double top = v.salaryTop;
        double earned = expected <= top ? 1 : expected <= top * 1.10 ? 0.7 : expected <= top * 1.20 ? 0.3 : 0;
        if (!Double.isNaN(v.salaryMin) && expected < v.salaryMin * 0.70) {
            earned -= 0.2;
        }
        return Math.max(0, earned);
    }

    /**
     * As education.drl adds up its points: the minimum level (below it, experience standing in for
     * the degree: the pairs that cannot be made up for were put last), the preferred level and
     * track, and the field of study, which every pair with a studied field is judged on. NaN when
     * none of them applies, as the category is then not assessed.
     */
    private static double education(CandidateFacts c, List<StudiedField> studied, VacancyRow v) {
        double earned = 0;
        double possible = 0;
        EducationLevel level = c.educationLevel();
        if (v.minEducation != null) {
            possible += 3;
            earned += level == null ? 1.5 : level.atLeast(v.minEducation) ? 3 : 2.5;
        }
        if (v.preferredEducation != null && level != null) {
            possible += 1;
            earned += level.atLeast(v.preferredEducation) ? 1 : 0;
        }
        if (v.preferredTrack != null && c.educationTrack() != null) {
            possible += 0.5;
            earned += c.educationTrack() == v.preferredTrack ? 0.5 : 0;
        }
        if (!studied.isEmpty()) {
            double best = 0;
            for (StudiedField f : studied) {
                best = Math.max(best, named(v.educationFields, f) ? 1 : f.relevance());
            }
            possible += 1;
            earned += best;
        }
        return possible == 0 ? Double.NaN : earned / possible;
    }

    /** Whether the vacancy names the field studied, as written or as the table's field it names (StudiedField.oneOf). */
    private static boolean named(String[] fields, StudiedField f) {
        for (String field : fields) {
            if (field.equals(f.field()) || field.equals(f.known())) {
                return true;
            }
        }
        return false;
    }

    /**
     * As role.drl: the family fit, with the best typical career step toward the vacancy's family
     * (career-paths.csv) on top for a candidate from another family.
     */
    private double role(CandidateFacts c, EstimateTerms.CandidateTerms terms, String wanted) {
        double fit = family(c, wanted);
        double step = wanted.equals(c.roleFamily()) ? 0 : terms.careerSteps().getOrDefault(wanted, 0.0);
        return (fit + step) / (1 + step);
    }

    /** The same family fully, an adjacent one at its credit, else half the profile's own score. */
    private double family(CandidateFacts c, String wanted) {
        String own = c.roleFamily();
        if (wanted.equals(own)) {
            return 1;
        }
        if (own != null) {
            for (RoleAdjacency a : book.adjacency) {
                if (a.from().equals(own) && a.to().equals(wanted)) {
                    return a.credit();
                }
            }
        }
        return 0.5 * c.roleScore(wanted);
    }

    /**
     * The skills category as skills.drl computes it, roughly: required skills three times a
     * preferred one, each covered as strongly as the evidence and the level it is held at (or in
     * part through a related skill), depth in required skills on top, and a penalty when fewer
     * than a third are covered.
     *
     * @param wanted whether each wanted skill is required (else preferred)
     * @param cover  how much the candidate covers each wanted skill
     * @param deep   whether the candidate holds it deeply (advanced, expert or 3+ years)
     */
    private static double skills(boolean[] wanted, double[] cover, boolean[] deep) {
        int required = 0;
        int preferred = 0;
        int deepRequired = 0;
        double requiredCovered = 0;
        double preferredCovered = 0;
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i]) {
                required++;
                requiredCovered += cover[i];
                deepRequired += deep[i] ? 1 : 0;
            } else {
                preferred++;
                preferredCovered += cover[i];
            }
        }
        double earned = 3 * Math.min(requiredCovered, required) + Math.min(preferredCovered, preferred);
        double possible = 3 * required + preferred;
        if (deepRequired > 0) {
            earned += deepRequired;
            possible += required;
        }
        if (required >= 2 && requiredCovered < required * 0.34) {
            earned -= required;
        }
        return Math.max(0, Math.min(1, earned / possible)); // a vacancy with skills has possible > 0
    }
}
