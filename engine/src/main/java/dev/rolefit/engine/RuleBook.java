package dev.rolefit.engine;

import dev.rolefit.engine.facts.CareerPath;
import dev.rolefit.engine.facts.Country;
import dev.rolefit.engine.facts.RelatedSkill;
import dev.rolefit.engine.facts.RoleAdjacency;
import dev.rolefit.engine.facts.RoleFamily;
import dev.rolefit.engine.facts.RoleSignal;
import dev.rolefit.engine.facts.SeniorityWord;
import dev.rolefit.model.Period;
import dev.rolefit.model.Seniority;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled rule set: the DRL rules of a folder laid out like the project's {@code rules/}, and
 * the data tables they use. Built once, shared by every thread; a new version of the files is a
 * new RuleBook.
 *
 * <pre>{@code
 * RuleBook rules = RuleBook.load(Path.of("rules"));   // or RuleBook.defaults()
 * }</pre>
 *
 * Loading reports every problem at once (each DRL error with file, line and column; each malformed
 * data row with file and line) as a {@link RuleSetException}.
 */
public final class RuleBook {
    private static final Pattern DRL_POSITION = Pattern.compile(
            "(?:Line|line)\\s*(\\d+):(\\d+)|\\[Line: (\\d+), Column: (\\d+)\\]");
    private static final String DRL_ROOT = "src/main/resources/rolefit/";

    private final String where;
    private final String version;
    private final KieBase kieBase;
    private final boolean precompiled;
    private final List<String> ruleNames;
    private final Map<String, String> ruleCategories;
    private final SkillTaxonomy taxonomy;
    final Map<String, Double> weights;
    final Map<String, Double> reverseWeights;
    final double strongFrom;
    final double goodFrom;
    final List<RoleFamily> families;
    final List<RoleSignal> signals;
    final List<RoleAdjacency> adjacency;
    final List<CareerPath> careerPaths;
    final List<SeniorityWord> seniorityWords;
    final List<Country> countries;
    final Map<String, Double> eurPerUnit;
    final Map<Period, Double> perYear;
    final Map<String, Double> fieldRelevance;
    final Map<String, String[]> regions;
    final Map<String, Benchmark> benchmarks;
    final List<RelatedSkill> relatedSkills;
    final List<dev.rolefit.engine.facts.CompensatingCategory> compensating;
    final List<dev.rolefit.engine.facts.SkillLevelCredit> levelCredits;
    final Map<String, Double> titleWordRelevance;
    final java.util.Set<String> ignoredSkills;

    /** A salary benchmark: yearly EUR median and its description. */
    record Benchmark(double median, String source) {
    }

    private RuleBook(String where, String version, KieBase kieBase, boolean precompiled, SkillTaxonomy taxonomy, Tables t) {
        this.where = where;
        this.version = version;
        this.kieBase = kieBase;
        this.precompiled = precompiled;
        this.taxonomy = taxonomy;
        this.weights = t.weights;
        this.reverseWeights = t.reverseWeights;
        this.strongFrom = t.strongFrom;
        this.goodFrom = t.goodFrom;
        this.families = t.families;
        this.signals = t.signals;
        this.adjacency = t.adjacency;
        this.careerPaths = t.careerPaths;
        this.seniorityWords = t.seniorityWords;
        this.countries = t.countries;
        this.eurPerUnit = t.eurPerUnit;
        this.perYear = t.perYear;
        this.fieldRelevance = t.fieldRelevance;
        this.regions = t.regions;
        this.benchmarks = t.benchmarks;
        this.compensating = List.copyOf(t.compensating);
        this.levelCredits = List.copyOf(t.levelCredits);
        this.titleWordRelevance = Map.copyOf(t.titleWordRelevance);
        this.ignoredSkills = java.util.Set.copyOf(t.ignoredSkills);
        List<RelatedSkill> related = new ArrayList<>();
        for (SkillTaxonomy.Skill s : taxonomy.skills()) {
            s.related().forEach((other, credit) -> related.add(new RelatedSkill(s.name(), other, credit)));
        }
        this.relatedSkills = List.copyOf(related);
        List<String> names = new ArrayList<>();
        Map<String, String> categories = new java.util.TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
                Object category = r.getMetaData().get("category");
                if (category != null) {
                    categories.put(r.getName(), category.toString());
                }
            }
        }
        this.ruleCategories = Map.copyOf(categories);
        names.sort(Comparator.naturalOrder());
        this.ruleNames = List.copyOf(names);
    }

    /** Loads and compiles the rule set in {@code dir}. */
    public static RuleBook load(Path dir) throws RuleSetException, IOException {
        return compile(RuleSource.folder(dir));
    }

    /**
     * The folder the built-in rule set is read from (inside the jar when running from one), for
     * tools that read its other files, such as its scenarios.
     */
    public static Path defaultsFolder() {
        return RuleSource.classpathFolder();
    }

    /** The default rule set that ships with rolefit (the project's rules/ folder). */
    public static RuleBook defaults() throws RuleSetException {
        return compile(RuleSource.classpath());
    }

    static RuleBook compile(RuleSource source) throws RuleSetException {
        return compile(source, true);
    }

    /**
     * @param precompiled use the build's precompiled rules ({@link PrecompiledRules}) when they
     *                    were made from exactly these files; false compiles the DRL in any case
     */
    static RuleBook compile(RuleSource source, boolean precompiled) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        String skillsText = source.text(SkillTaxonomy.FILE);
        if (skillsText == null) {
            problems.add(new RuleProblem(SkillTaxonomy.FILE, 0, 0, "the skill taxonomy is missing"));
            skillsText = "skill,category,synonyms,related,free_text\n";
        }
        SkillTaxonomy taxonomy = SkillTaxonomy.parse(skillsText, problems);
        Tables tables = new Tables(source, taxonomy, problems);
        java.util.Set<String> categories = new java.util.HashSet<>(tables.weights.keySet());
        categories.addAll(tables.reverseWeights.keySet());
        // The precompiled rules passed the lint and the DRL build when the jar was made from these files.
        String version = source.version();
        KieBase kieBase = precompiled && problems.isEmpty() ? PrecompiledRules.load(version) : null;
        boolean loaded = kieBase != null;
        if (!loaded) {
            for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
                if (file.getKey().endsWith(".drl")) {
                    problems.addAll(RuleLint.check(file.getKey(), source.text(file.getKey()), categories, taxonomy));
                }
            }
            kieBase = build(source, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            throw new RuleSetException(source.where(), problems);
        }
        return new RuleBook(source.where(), version, kieBase, loaded, taxonomy, tables);
    }

    /**
     * Builds the source's DRL files as a project of the given kind (the DRL build, or the
     * executable model for {@link PrecompiledRules}) under a fresh release id: with a shared id,
     * concurrent builds see each other's rules. The caller removes the module from the
     * repository once it has what it needs.
     */
    static KieBuilder kieBuilder(KieServices ks, RuleSource source, Class<? extends KieBuilder.ProjectType> kind) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(ks.newReleaseId("dev.rolefit.ruleset", "rules-" + UUID.randomUUID(), "1.0.0"));
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                kfs.write(DRL_ROOT + file.getKey(), file.getValue());
            }
        }
        return ks.newKieBuilder(kfs).buildAll(kind);
    }

    private static KieBase build(RuleSource source, List<RuleProblem> problems) {
        if (source.files().keySet().stream().noneMatch(f -> f.endsWith(".drl"))) {
            problems.add(new RuleProblem(".", 0, 0, "the rule set has no .drl files"));
            return null;
        }
        KieServices ks = KieServices.Factory.get();
        KieBuilder builder = kieBuilder(ks, source, DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<RuleProblem> found = errors.stream().map(RuleBook::problem).toList();
            for (RuleProblem p : found) {
                // Drools adds this after the real syntax error of the same file; it says nothing more.
                boolean echo = p.message().contains("Parser returned a null Package")
                        && found.stream().anyMatch(o -> o != p && o.file().equals(p.file()));
                if (!echo) {
                    problems.add(p);
                }
            }
            return null;
        }
        ReleaseId releaseId = builder.getKieModule().getReleaseId();
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        int rules = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        if (rules == 0) {
            problems.add(new RuleProblem(".", 0, 0, "the .drl files define no rules"));
        }
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object category = r.getMetaData().get("category");
                if (category != null && category.toString().isBlank()) {
                    problems.add(new RuleProblem(p.getName(), 0, 0, "rule '" + r.getName() + "' has an empty @category"));
                }
            }
        }
        return kieBase;
    }

    private static RuleProblem problem(Message m) {
        String path = m.getPath() == null ? "" : m.getPath();
        String file = path;
        for (String prefix : new String[]{DRL_ROOT, "src/main/resources/", "rolefit/"}) {
            if (file.startsWith(prefix)) {
                file = file.substring(prefix.length());
            }
        }
        int line = Math.max(m.getLine(), 0);
        int column = Math.max(m.getColumn(), 0);
        String text = m.getText() == null ? "" : m.getText().trim();
        Matcher position = DRL_POSITION.matcher(text);
        if (position.find()) {
            boolean parser = position.group(1) != null;
            int foundLine = Integer.parseInt(parser ? position.group(1) : position.group(3));
            // The DRL parser counts columns from 0, the expression analyser from 1.
            int foundColumn = parser ? Integer.parseInt(position.group(2)) + 1 : Integer.parseInt(position.group(4));
            if (line == 0) {
                line = foundLine;
            }
            if (column == 0) {
                column = foundColumn;
            }
        }
        return new RuleProblem(file.isEmpty() ? "(rules)" : file, line, column, text.replaceAll("\\s+", " "));
    }

    /** Where the rules came from: a folder, or "(built-in)". */
    public String where() {
        return where;
    }

    /** SHA-256 of the rule set's files; changes with any edit. */
    public String version() {
        return version;
    }

    /**
     * Whether these rules were loaded from the copy the build precompiled (the built-in rule
     * folder, unchanged) rather than compiled from their DRL; they behave the same either way.
     */
    public boolean precompiled() {
        return precompiled;
    }

    /** Every rule's name, sorted. */
    public List<String> ruleNames() {
        return ruleNames;
    }

    /** The category of every rule that scores (has {@code @category}), by rule name. */
    public Map<String, String> ruleCategories() {
        return ruleCategories;
    }

    /** The scoring categories and their weights, in file order. */
    public Map<String, Double> weights() {
        return weights;
    }

    /** How many canonical skills the taxonomy holds. */
    public int skillCount() {
        return taxonomy.size();
    }

    KieBase kieBase() {
        return kieBase;
    }

    SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Yearly EUR for an amount in {@code currency} per {@code period}; null when the currency is unknown. */
    Double yearlyEur(double amount, String currency, Period period) {
        Double rate = eurPerUnit.get(currency);
        Double factor = perYear.get(period);
        if (rate == null || factor == null) {
            return null;
        }
        return amount * rate * factor;
    }

    /** The benchmark for a vacancy's country and family: the most specific row of salary-benchmarks.csv. */
    Benchmark benchmark(String countryCode, String family) {
        for (String key : new String[]{countryCode + "|" + family, countryCode + "|*", "EU|" + family, "EU|*"}) {
            Benchmark b = benchmarks.get(key);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** The data tables, each parsed with its problems reported by file and line. */
    private static final class Tables {
        final Map<String, Double> weights = new LinkedHashMap<>();
        final Map<String, Double> reverseWeights = new LinkedHashMap<>();
        double strongFrom = 75;
        double goodFrom = 55;
        final List<RoleFamily> families = new ArrayList<>();
        final List<RoleSignal> signals = new ArrayList<>();
        final List<RoleAdjacency> adjacency = new ArrayList<>();
        final List<CareerPath> careerPaths = new ArrayList<>();
        final List<SeniorityWord> seniorityWords = new ArrayList<>();
        final List<Country> countries = new ArrayList<>();
        final Map<String, Double> eurPerUnit = new HashMap<>();
        final Map<Period, Double> perYear = new EnumMap<>(Period.class);
        final Map<String, Double> fieldRelevance = new HashMap<>();
        final Map<String, String[]> regions = new HashMap<>();
        final Map<String, Benchmark> benchmarks = new HashMap<>();
        final List<dev.rolefit.engine.facts.CompensatingCategory> compensating = new ArrayList<>();
        final List<dev.rolefit.engine.facts.SkillLevelCredit> levelCredits = new ArrayList<>();
        final Map<String, Double> titleWordRelevance = new LinkedHashMap<>();
        final java.util.Set<String> ignoredSkills = new java.util.HashSet<>();

        Tables(RuleSource source, SkillTaxonomy taxonomy, List<RuleProblem> problems) {
            for (Csv.Row row : table(source, "data/scoring.csv", List.of("setting", "name", "value"), problems)) {
                double value = row.number("value", problems);
                String name = row.get("name").toUpperCase(Locale.ROOT);
                switch (row.get("setting").toLowerCase(Locale.ROOT)) {
                    case "weight" -> positive(row, name, value, weights, problems);
                    case "reverse_weight" -> positive(row, name, value, reverseWeights, problems);
                    case "verdict" -> {
                        if ("STRONG".equals(name)) {
                            strongFrom = value;
                        } else if ("GOOD".equals(name)) {
                            goodFrom = value;
                        } else {
                            problems.add(new RuleProblem(row.file(), row.line(), 0, "verdict '" + name
                                    + "' has no threshold; only STRONG and GOOD do (WEAK is below GOOD)"));
                        }
                    }
                    default -> problems.add(new RuleProblem(row.file(), row.line(), 0, "setting '"
                            + row.get("setting") + "' is unknown; expected weight, reverse_weight or verdict"));
                }
            }
            if (weights.isEmpty()) {
                problems.add(new RuleProblem("data/scoring.csv", 0, 0, "no category weights are set"));
            }
            if (goodFrom > strongFrom) {
                problems.add(new RuleProblem("data/scoring.csv", 0, 0, "the GOOD threshold " + goodFrom
                        + " is above the STRONG threshold " + strongFrom));
            }
            for (Csv.Row row : table(source, "data/role-families.csv", List.of("family", "label", "clear_profile"), problems)) {
                families.add(new RoleFamily(row.get("family"), row.get("label"), row.number("clear_profile", problems)));
            }
            List<String> familyIds = families.stream().map(RoleFamily::id).toList();
            for (Csv.Row row : table(source, "data/role-signals.csv", List.of("family", "kind", "signal", "weight"), problems)) {
                String family = knownFamily(row, "family", familyIds, problems);
                String kind = row.get("kind").toLowerCase(Locale.ROOT);
                String signal = row.get("signal");
                if (kind.equals("skill")) {
                    if (taxonomy.skill(signal).isEmpty()) {
                        problems.add(new RuleProblem(row.file(), row.line(), 0, "skill '" + signal
                                + "' is not a canonical skill in data/skills.csv"));
                        continue;
                    }
                } else if (kind.equals("title")) {
                    signal = Titles.padded(signal);
                } else {
                    problems.add(new RuleProblem(row.file(), row.line(), 0, "kind '" + kind + "' is unknown; expected skill or title"));
                    continue;
                }
                if (family != null) {
                    signals.add(new RoleSignal(family, kind, signal, row.number("weight", problems)));
                }
            }
            for (Csv.Row row : table(source, "data/role-adjacency.csv", List.of("from", "to", "credit"), problems)) {
                String from = knownFamily(row, "from", familyIds, problems);
                String to = knownFamily(row, "to", familyIds, problems);
                double credit = fraction(row, "credit", problems);
                if (from != null && to != null) {
                    adjacency.add(new RoleAdjacency(from, to, credit));
                }
            }
            for (Csv.Row row : table(source, "data/career-paths.csv", List.of("family", "previous_title", "credit"), problems)) {
                String family = knownFamily(row, "family", familyIds, problems);
                if (family != null) {
                    careerPaths.add(new CareerPath(family, Titles.padded(row.get("previous_title")), fraction(row, "credit", problems)));
                }
            }
            for (Csv.Row row : table(source, "data/seniority-titles.csv", List.of("word", "level"), problems)) {
                try {
                    seniorityWords.add(new SeniorityWord(Titles.padded(row.get("word")), Seniority.valueOf(row.get("level").toUpperCase(Locale.ROOT))));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(row.file(), row.line(), 0, "level '" + row.get("level")
                            + "' is not one of " + List.of(Seniority.values())));
                }
            }
            for (Csv.Row row : table(source, "data/countries.csv", List.of("code", "name", "eu_labour_market"), problems)) {
                countries.add(new Country(row.get("code").toUpperCase(Locale.ROOT), row.get("name"),
                        yes(row, "eu_labour_market", problems)));
            }
            for (Csv.Row row : table(source, "data/exchange-rates.csv", List.of("currency", "eur_per_unit"), problems)) {
                double rate = row.number("eur_per_unit", problems);
                if (!(rate > 0)) {
                    problems.add(new RuleProblem(row.file(), row.line(), 0, "rate " + row.get("eur_per_unit") + " is not positive"));
                }
                eurPerUnit.put(row.get("currency").toUpperCase(Locale.ROOT), rate);
            }
            for (Csv.Row row : table(source, "data/pay-periods.csv", List.of("period", "per_year"), problems)) {
                try {
                    perYear.put(Period.valueOf(row.get("period").toUpperCase(Locale.ROOT)), row.number("per_year", problems));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(row.file(), row.line(), 0, "period '" + row.get("period")
                            + "' is not one of " + List.of(Period.values())));
                }
            }
            for (Csv.Row row : table(source, "data/education-fields.csv", List.of("field", "relevance"), problems)) {
                fieldRelevance.put(row.get("field").toLowerCase(Locale.ROOT), fraction(row, "relevance", problems));
            }
            // A city cell may list spellings: "Brussels|Bruxelles|Brussel"; the first is the one shown.
            for (Csv.Row row : table(source, "data/regions.csv", List.of("city", "country", "region"), problems)) {
                String[] spellings = row.get("city").split("\\|");
                for (String spelling : spellings) {
                    regions.put(spelling.trim().toLowerCase(Locale.ROOT),
                            new String[]{spellings[0].trim(), row.get("country").toUpperCase(Locale.ROOT), row.get("region")});
                }
            }
            for (Csv.Row row : table(source, "data/compensating-skills.csv", List.of("family", "category"), problems)) {
                String family = knownFamily(row, "family", familyIds, problems);
                if (family != null) {
                    compensating.add(new dev.rolefit.engine.facts.CompensatingCategory(family, row.get("category").toUpperCase(Locale.ROOT)));
                }
            }
            for (Csv.Row row : table(source, "data/skill-levels.csv", List.of("level", "credit"), problems)) {
                String level = row.get("level").toUpperCase(Locale.ROOT);
                if (!level.equals("UNSTATED") && java.util.Arrays.stream(dev.rolefit.model.SkillLevel.values()).noneMatch(l -> l.name().equals(level))) {
                    problems.add(new RuleProblem(row.file(), row.line(), 0, "level '" + row.get("level") + "' is not one of "
                            + List.of(dev.rolefit.model.SkillLevel.values()) + " or UNSTATED"));
                    continue;
                }
                levelCredits.add(new dev.rolefit.engine.facts.SkillLevelCredit(level, fraction(row, "credit", problems)));
            }
            for (Csv.Row row : table(source, "data/experience-relevance.csv", List.of("kind", "value", "relevance"), problems)) {
                String kind = row.get("kind").toLowerCase(Locale.ROOT);
                double relevance = fraction(row, "relevance", problems);
                if (kind.equals("title_word")) {
                    titleWordRelevance.put(Titles.padded(row.get("value")), relevance);
                } else if (kind.equals("ignored_skill")) {
                    if (taxonomy.skill(row.get("value")).isEmpty()) {
                        problems.add(new RuleProblem(row.file(), row.line(), 0, "skill '" + row.get("value")
                                + "' is not a canonical skill in data/skills.csv"));
                    }
                    ignoredSkills.add(row.get("value"));
                } else {
                    problems.add(new RuleProblem(row.file(), row.line(), 0, "kind '" + kind + "' is unknown; expected title_word or ignored_skill"));
                }
            }
            for (Csv.Row row : table(source, "data/salary-benchmarks.csv",
                    List.of("country", "family", "median", "currency", "source"), problems)) {
                Double rate = eurPerUnit.get(row.get("currency").toUpperCase(Locale.ROOT));
                if (rate == null) {
                    problems.add(new RuleProblem(row.file(), row.line(), 0, "currency '" + row.get("currency")
                            + "' has no rate in data/exchange-rates.csv"));
                    continue;
                }
                String family = row.get("family");
                if (!family.equals("*")) {
                    knownFamily(row, "family", familyIds, problems);
                }
                benchmarks.put(row.get("country").toUpperCase(Locale.ROOT) + "|" + family,
                        new Benchmark(row.number("median", problems) * rate, row.get("source")));
            }
        }

        private static List<Csv.Row> table(RuleSource source, String file, List<String> columns, List<RuleProblem> problems) {
            String text = source.text(file);
            if (text == null) {
                problems.add(new RuleProblem(file, 0, 0, "the data file is missing; expected columns " + columns));
                return List.of();
            }
            return Csv.parse(file, text, columns, problems);
        }

        private static void positive(Csv.Row row, String name, double value, Map<String, Double> into, List<RuleProblem> problems) {
            if (!(value > 0)) {
                problems.add(new RuleProblem(row.file(), row.line(), 0, "weight of " + name + " is " + row.get("value") + "; it must be above 0"));
            } else if (into.put(name, value) != null) {
                problems.add(new RuleProblem(row.file(), row.line(), 0, "the weight of " + name + " is set twice"));
            }
        }

        private static String knownFamily(Csv.Row row, String column, List<String> families, List<RuleProblem> problems) {
            String family = row.get(column);
            if (!families.contains(family)) {
                problems.add(new RuleProblem(row.file(), row.line(), 0, "role family '" + family
                        + "' is not in data/role-families.csv " + families));
                return null;
            }
            return family;
        }

        private static double fraction(Csv.Row row, String column, List<RuleProblem> problems) {
            double v = row.number(column, problems);
            if (!(v >= 0 && v <= 1)) {
                problems.add(new RuleProblem(row.file(), row.line(), 0, column + " " + row.get(column) + " is not between 0 and 1"));
            }
            return v;
        }

        private static boolean yes(Csv.Row row, String column, List<RuleProblem> problems) {
            String v = row.get(column).toLowerCase(Locale.ROOT);
            if (!v.equals("yes") && !v.equals("no")) {
                problems.add(new RuleProblem(row.file(), row.line(), 0, column + " is '" + v + "'; expected yes or no"));
            }
            return v.equals("yes");
        }
    }
}
