package dev.rolefit.cli;

import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Seniority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The market data {@code rolefit generate} draws its populations from: the European ML job market
 * of DESIGN.md's domain facts, filled in with plausible estimates where the facts are silent. Each
 * figure says where it comes from: "fact" is DESIGN.md, "estimate" is ours.
 *
 * <p>Skill names are the canonical names of the built-in taxonomy ({@code rules/data/skills.csv}),
 * plus a few synonyms it knows; a test checks that every one resolves. Role families are those of
 * {@code rules/data/role-families.csv}; their neighbours (data analyst, data engineer, software
 * developer) are the typical previous roles of {@code rules/data/career-paths.csv}.
 */
final class Market {
    private Market() {
    }

    /** The five most demanded technologies in Belgian ML job postings, most mentioned first (fact). */
    static final List<String> HEADLINE_SKILLS = List.of("Python", "Machine Learning", "SQL", "Data Science", "R");

    /**
     * Items with weights; every draw consumes the random stream in the same way, so a seed gives the
     * same choices on any machine.
     */
    static final class Table<T> {
        private final List<T> items;
        private final double[] weights;
        private final double[] cumulative;

        private Table(List<T> items, double[] weights) {
            this.items = List.copyOf(items);
            this.weights = weights.clone();
            this.cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                if (!(weights[i] >= 0)) {
                    throw new IllegalArgumentException("weight of " + items.get(i) + " is " + weights[i]);
                }
                sum += weights[i];
                cumulative[i] = sum;
            }
            if (items.isEmpty() || sum <= 0) {
                throw new IllegalArgumentException("a table needs at least one item with a positive weight");
            }
        }

        /** A table from pairs: item, weight, item, weight… */
        @SuppressWarnings("unchecked")
        static <T> Table<T> of(Object... pairs) {
            if (pairs.length % 2 != 0) {
                throw new IllegalArgumentException("pairs of item and weight expected");
            }
            List<T> items = new ArrayList<>();
            double[] weights = new double[pairs.length / 2];
            for (int i = 0; i < pairs.length; i += 2) {
                items.add((T) pairs[i]);
                weights[i / 2] = ((Number) pairs[i + 1]).doubleValue();
            }
            return new Table<>(items, weights);
        }

        /** The same items, all equally likely. */
        static <T> Table<T> uniform(List<T> items) {
            double[] weights = new double[items.size()];
            Arrays.fill(weights, 1);
            return new Table<>(items, weights);
        }

        T pick(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) {
                if (x < cumulative[i]) {
                    return items.get(i);
                }
            }
            return items.get(items.size() - 1);
        }

        /**
         * Up to {@code count} different items, the heavier more likely, none of {@code exclude}, in the
         * order drawn (weighted sampling without replacement: each item's key is u^(1/w)).
         */
        List<T> sample(SplittableRandom random, int count, Collection<T> exclude) {
            double[] keys = new double[items.size()];
            for (int i = 0; i < keys.length; i++) {
                double u = random.nextDouble();
                keys[i] = weights[i] == 0 || exclude.contains(items.get(i))
                        ? Double.NEGATIVE_INFINITY : StrictMath.log(u) / weights[i];
            }
            List<T> chosen = new ArrayList<>(count);
            for (int n = 0; n < count; n++) {
                int best = -1;
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] != Double.NEGATIVE_INFINITY && (best < 0 || keys[i] > keys[best])) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                chosen.add(items.get(best));
                keys[best] = Double.NEGATIVE_INFINITY;
            }
            return chosen;
        }

        List<T> items() {
            return items;
        }
    }

    /**
     * A role people hold and vacancies ask for: one of the three role families, or a neighbour that
     * leads into them.
     *
     * @param key               the role's name in this class
     * @param family            the role family id of role-families.csv, or null for a neighbour
     * @param label             words for summaries ("machine learning engineer")
     * @param titles            job titles, without a seniority word
     * @param vacancyHeadline   the chance a vacancy of this role mentions each of {@link #HEADLINE_SKILLS}
     * @param candidateHeadline the chance a candidate of this role lists each of them
     * @param skills            the role's other skills and tools, by how often they are asked for
     * @param earlier           the role held before this one in a career (itself when no switch)
     * @param pay               pay relative to an ML engineer of the same rung and country
     * @param levels            the highest education level of people in the role
     * @param minLevel          the minimum level a vacancy asks for; NONE stands for "not stated"
     * @param fields            fields of study, as named in education-fields.csv
     * @param duties            what the job is about; %s are two of its skills
     * @param certifications    certifications people in the role hold
     */
    record Role(String key, String family, String label, Table<String> titles, double[] vacancyHeadline,
                double[] candidateHeadline, Table<String> skills, Table<String> earlier, double pay,
                Table<EducationLevel> levels, Table<EducationLevel> minLevel, Table<String> fields,
                List<String> duties, List<String> certifications) {
    }

    static final Role ML_ENGINEER = new Role("ML_ENGINEER", "ML_ENGINEER", "machine learning engineer",
            Table.of("Machine Learning Engineer", 5, "ML Engineer", 3, "MLOps Engineer", 1, "AI Engineer", 1,
                    "Deep Learning Engineer", 0.5, "Computer Vision Engineer", 0.5, "NLP Engineer", 0.5),
            new double[] {0.95, 0.70, 0.20, 0.10, 0.03},
            new double[] {0.97, 0.85, 0.55, 0.15, 0.08},
            Table.of("PyTorch", 10, "TensorFlow", 6, "MLOps", 9, "Docker", 8, "Kubernetes", 6, "AWS", 7,
                    "AWS SageMaker", 3, "MLflow", 5, "Git", 4, "CI/CD", 5, "Cloud Computing", 3,
                    "Model Deployment", 6, "FastAPI", 3, "Kubeflow", 2, "Deep Learning", 5, "Google Cloud", 3,
                    "Microsoft Azure", 3, "Model Monitoring", 3, "scikit-learn", 5, "Hugging Face Transformers", 3,
                    "LLMs", 3, "NLP", 2, "Computer Vision", 2, "Airflow", 2, "Spark", 2, "Feature Engineering", 2,
                    "Linux", 2, "Model Serving", 2, "ONNX", 1, "Weights & Biases", 1, "Vertex AI", 1,
                    "Azure Machine Learning", 1, "Databricks", 2, "Terraform", 1, "Statistics", 1, "pandas", 3,
                    "NumPy", 2),
            // fact: typical previous roles are data analyst and junior software developer
            Table.of("ML_ENGINEER", 45, "DATA_ANALYST", 15, "SOFTWARE_DEVELOPER", 15, "DATA_SCIENTIST", 15,
                    "DATA_ENGINEER", 10),
            1.0,
            Table.of(EducationLevel.DOCTORATE, 8, EducationLevel.MASTER, 52, EducationLevel.BACHELOR, 30,
                    EducationLevel.VOCATIONAL, 6, EducationLevel.SECONDARY, 4),
            // fact: at least an HBO diploma (applied bachelor)
            Table.of(EducationLevel.BACHELOR, 70, EducationLevel.MASTER, 15, EducationLevel.VOCATIONAL, 5,
                    EducationLevel.NONE, 10),
            Table.of("Computer Science", 35, "Artificial Intelligence", 10, "Mathematics", 8, "Data Science", 8,
                    "Physics", 6, "Electrical Engineering", 6, "Computer Engineering", 6, "Software Engineering", 5,
                    "Engineering", 5, "Statistics", 3, "Economics", 2, "Mechanical Engineering", 2),
            List.of("take models from research to production with %s and %s",
                    "build and operate the ML platform on %s and %s",
                    "deploy, monitor and retrain models using %s and %s",
                    "package and serve models at scale with %s and %s"),
            List.of("AWS Certified Machine Learning - Specialty", "Google Cloud Professional Machine Learning Engineer",
                    "TensorFlow Developer Certificate", "Databricks Certified Machine Learning Professional"));

    static final Role DATA_SCIENTIST = new Role("DATA_SCIENTIST", "DATA_SCIENTIST", "data scientist",
            Table.of("Data Scientist", 10, "Statistician", 0.6, "Quantitative Analyst", 0.6, "Research Scientist", 0.6),
            new double[] {0.90, 0.55, 0.35, 0.45, 0.30},
            new double[] {0.95, 0.70, 0.75, 0.55, 0.45},
            Table.of("Statistics", 10, "pandas", 8, "Jupyter", 6, "scikit-learn", 7, "Tableau", 4,
                    "Data Visualisation", 7, "A/B Testing", 4, "Hypothesis Testing", 3, "Data Analysis", 6,
                    "Regression Analysis", 3, "Bayesian Statistics", 2, "Experimental Design", 2, "Power BI", 3,
                    "NumPy", 4, "Matplotlib", 3, "XGBoost", 3, "Time Series Forecasting", 3, "Causal Inference", 2,
                    "Predictive Modelling", 3, "Feature Engineering", 2, "Deep Learning", 2, "NLP", 2, "Spark", 2,
                    "Databricks", 2, "statsmodels", 2, "tidyverse", 2, "ggplot2", 2, "Git", 2, "Looker", 1,
                    "BigQuery", 2, "Exploratory Data Analysis", 3),
            Table.of("DATA_SCIENTIST", 65, "DATA_ANALYST", 30, "DATA_ENGINEER", 5),
            0.95,
            Table.of(EducationLevel.DOCTORATE, 15, EducationLevel.MASTER, 55, EducationLevel.BACHELOR, 24,
                    EducationLevel.VOCATIONAL, 3, EducationLevel.SECONDARY, 3),
            Table.of(EducationLevel.BACHELOR, 50, EducationLevel.MASTER, 35, EducationLevel.DOCTORATE, 3,
                    EducationLevel.NONE, 12),
            Table.of("Statistics", 15, "Mathematics", 15, "Computer Science", 15, "Data Science", 12,
                    "Econometrics", 8, "Physics", 8, "Economics", 8, "Applied Mathematics", 5,
                    "Business Analytics", 5, "Bioinformatics", 4, "Psychology", 2, "Biology", 2, "Chemistry", 1),
            List.of("analyse customer and operations data and prototype models with %s and %s",
                    "design experiments and measure their effect with %s and %s",
                    "build forecasting models and explain them to the business with %s and %s",
                    "turn messy data into decisions with %s and %s"),
            List.of("Microsoft Certified: Azure Data Scientist Associate", "IBM Data Science Professional Certificate",
                    "Google Advanced Data Analytics Certificate"));

    static final Role AI_INFRASTRUCTURE_ENGINEER = new Role("AI_INFRASTRUCTURE_ENGINEER", "AI_INFRASTRUCTURE_ENGINEER",
            "AI infrastructure engineer",
            Table.of("Platform Engineer", 3, "ML Infrastructure Engineer", 2, "AI Infrastructure Engineer", 2,
                    "Site Reliability Engineer", 1.5, "DevOps Engineer", 2, "HPC Engineer", 1, "Cloud Engineer", 1.5),
            new double[] {0.60, 0.25, 0.05, 0.02, 0.0},
            new double[] {0.75, 0.30, 0.30, 0.02, 0.0},
            Table.of("Distributed Systems", 8, "Networking", 6, "DevOps", 7, "Kubernetes", 10, "Terraform", 8,
                    "NVIDIA GPUs", 6, "CUDA", 4, "Slurm", 3, "Ray", 2, "Ansible", 4, "Helm", 4, "Linux", 8,
                    "Prometheus", 4, "Grafana", 3, "Docker", 8, "InfiniBand", 2, "Distributed Training", 3,
                    "CI/CD", 5, "AWS", 5, "Google Cloud", 3, "Microsoft Azure", 3, "Go", 2, "Bash", 4, "HPC", 3,
                    "GPU Cluster Management", 2, "Observability", 2, "GitOps", 1, "ArgoCD", 1, "Cloud Computing", 2,
                    "Triton Inference Server", 1, "Model Serving", 1, "MLOps", 2),
            Table.of("AI_INFRASTRUCTURE_ENGINEER", 60, "SOFTWARE_DEVELOPER", 25, "ML_ENGINEER", 15),
            1.03,
            Table.of(EducationLevel.DOCTORATE, 3, EducationLevel.MASTER, 30, EducationLevel.BACHELOR, 45,
                    EducationLevel.VOCATIONAL, 14, EducationLevel.SECONDARY, 8),
            Table.of(EducationLevel.BACHELOR, 55, EducationLevel.VOCATIONAL, 20, EducationLevel.NONE, 25),
            Table.of("Computer Science", 35, "Computer Engineering", 15, "Electrical Engineering", 12,
                    "Information Technology", 15, "Software Engineering", 10, "Physics", 5,
                    "Information Systems", 5, "Engineering", 3),
            List.of("run the GPU clusters our models train on, with %s and %s",
                    "automate our infrastructure with %s and %s",
                    "keep distributed training and inference fast and reliable using %s and %s",
                    "design the platform our ML teams deploy to, on %s and %s"),
            List.of("Certified Kubernetes Administrator (CKA)", "HashiCorp Certified: Terraform Associate",
                    "AWS Certified Solutions Architect - Associate",
                    "NVIDIA-Certified Associate: AI Infrastructure and Operations"));

    static final Role DATA_ENGINEER = new Role("DATA_ENGINEER", null, "data engineer",
            Table.of("Data Engineer", 8, "Analytics Engineer", 1, "Big Data Engineer", 1),
            new double[] {0.85, 0.15, 0.75, 0.10, 0.02},
            new double[] {0.92, 0.20, 0.95, 0.15, 0.03},
            Table.of("Spark", 9, "PySpark", 6, "Airflow", 8, "Kafka", 5, "dbt", 5, "ETL", 6, "Data Pipelines", 6,
                    "Data Modelling", 4, "Data Warehousing", 4, "Snowflake", 4, "BigQuery", 3, "Databricks", 5,
                    "AWS", 5, "Google Cloud", 3, "Microsoft Azure", 3, "Docker", 4, "Git", 4, "Scala", 2, "Java", 2,
                    "PostgreSQL", 4, "Delta Lake", 2, "Data Quality", 2, "Terraform", 2, "Kubernetes", 2, "Flink", 1,
                    "Azure Data Factory", 2, "AWS Glue", 2, "Big Data", 2),
            Table.of("DATA_ENGINEER", 60, "SOFTWARE_DEVELOPER", 25, "DATA_ANALYST", 15),
            0.95,
            Table.of(EducationLevel.DOCTORATE, 2, EducationLevel.MASTER, 40, EducationLevel.BACHELOR, 45,
                    EducationLevel.VOCATIONAL, 9, EducationLevel.SECONDARY, 4),
            Table.of(EducationLevel.BACHELOR, 65, EducationLevel.VOCATIONAL, 10, EducationLevel.NONE, 25),
            Table.of("Computer Science", 35, "Information Technology", 15, "Information Systems", 10,
                    "Software Engineering", 10, "Data Science", 10, "Mathematics", 5, "Business Analytics", 5,
                    "Economics", 5, "Engineering", 5),
            List.of("build batch and streaming data pipelines with %s and %s",
                    "model and load the data warehouse with %s and %s",
                    "make data reliable and fast to query with %s and %s"),
            List.of("Databricks Certified Data Engineer Associate", "Google Cloud Professional Data Engineer",
                    "Microsoft Certified: Azure Data Engineer Associate"));

    static final Role DATA_ANALYST = new Role("DATA_ANALYST", null, "data analyst",
            Table.of("Data Analyst", 6, "Business Analyst", 1.5, "BI Analyst", 1.5),
            new double[] {0.55, 0.10, 0.85, 0.20, 0.30},
            new double[] {0.60, 0.15, 0.95, 0.30, 0.35},
            Table.of("Excel", 9, "Tableau", 7, "Power BI", 8, "Data Visualisation", 7, "Data Analysis", 9,
                    "Dashboards", 5, "Business Intelligence", 5, "Statistics", 4, "pandas", 4, "Looker", 3,
                    "Looker Studio", 2, "BigQuery", 2, "Descriptive Statistics", 2, "Data Cleaning", 3,
                    "A/B Testing", 2, "Jupyter", 2, "Qlik", 1, "VBA", 1, "Product Analytics", 2,
                    "Marketing Analytics", 2, "Customer Analytics", 2, "Git", 1, "dbt", 2, "Snowflake", 1),
            Table.of("DATA_ANALYST", 100),
            0.78,
            Table.of(EducationLevel.DOCTORATE, 1, EducationLevel.MASTER, 40, EducationLevel.BACHELOR, 48,
                    EducationLevel.VOCATIONAL, 7, EducationLevel.SECONDARY, 4),
            Table.of(EducationLevel.BACHELOR, 70, EducationLevel.NONE, 30),
            Table.of("Economics", 20, "Business Analytics", 15, "Business Administration", 15, "Statistics", 10,
                    "Mathematics", 8, "Information Systems", 10, "Computer Science", 8, "Psychology", 5,
                    "Econometrics", 5, "History", 2, "Hospitality Management", 2),
            List.of("turn business questions into reports and analyses with %s and %s",
                    "track sales and marketing performance with %s and %s",
                    "build the reporting the management team runs on, with %s and %s"),
            List.of("Microsoft Certified: Power BI Data Analyst Associate", "Tableau Desktop Specialist",
                    "Google Data Analytics Certificate"));

    static final Role SOFTWARE_DEVELOPER = new Role("SOFTWARE_DEVELOPER", null, "software developer",
            Table.of("Software Developer", 4, "Software Engineer", 4, "Backend Developer", 1.5),
            new double[] {0.60, 0.15, 0.35, 0.02, 0.0},
            new double[] {0.55, 0.10, 0.60, 0.02, 0.0},
            Table.of("Java", 7, "JavaScript", 6, "TypeScript", 4, "Git", 9, "Docker", 6, "REST APIs", 6,
                    "Spring", 3, "Node.js", 3, "React", 3, "PostgreSQL", 5, "Linux", 4, "CI/CD", 4,
                    "Unit Testing", 4, "Software Engineering", 3, "Object-Oriented Programming", 3, "Django", 3,
                    "FastAPI", 2, "Flask", 2, "Microservices", 2, "Kotlin", 1, "C#", 2, "Go", 1, "AWS", 2,
                    "Agile", 3, "Scrum", 2, "Data Structures and Algorithms", 2, "Bash", 2, "HTML", 2, "CSS", 2,
                    "Kubernetes", 1),
            Table.of("SOFTWARE_DEVELOPER", 100),
            0.85,
            Table.of(EducationLevel.DOCTORATE, 1, EducationLevel.MASTER, 25, EducationLevel.BACHELOR, 50,
                    EducationLevel.VOCATIONAL, 15, EducationLevel.SECONDARY, 9),
            Table.of(EducationLevel.BACHELOR, 50, EducationLevel.VOCATIONAL, 25, EducationLevel.NONE, 25),
            Table.of("Computer Science", 45, "Software Engineering", 20, "Information Technology", 20,
                    "Computer Engineering", 10, "Mathematics", 5),
            List.of("build backend services with %s and %s",
                    "ship features end to end with %s and %s",
                    "maintain and test our web platform with %s and %s"),
            List.of("Oracle Certified Professional: Java SE Developer", "AWS Certified Developer - Associate"));

    /** Roles by key (look-up only: the iteration order of Map.of changes from run to run). */
    static final Map<String, Role> ROLES = Map.of(
            ML_ENGINEER.key(), ML_ENGINEER, DATA_SCIENTIST.key(), DATA_SCIENTIST,
            AI_INFRASTRUCTURE_ENGINEER.key(), AI_INFRASTRUCTURE_ENGINEER, DATA_ENGINEER.key(), DATA_ENGINEER,
            DATA_ANALYST.key(), DATA_ANALYST, SOFTWARE_DEVELOPER.key(), SOFTWARE_DEVELOPER);

    /** What ML job postings ask for (estimate: the three families and some neighbouring postings). */
    static final Table<Role> VACANCY_ROLES = Table.of(ML_ENGINEER, 38, DATA_SCIENTIST, 30,
            AI_INFRASTRUCTURE_ENGINEER, 14, DATA_ENGINEER, 8, DATA_ANALYST, 7, SOFTWARE_DEVELOPER, 3);

    /** Who applies (estimate): more neighbours than postings, hoping to move into ML. */
    static final Table<Role> CANDIDATE_ROLES = Table.of(ML_ENGINEER, 30, DATA_SCIENTIST, 27,
            AI_INFRASTRUCTURE_ENGINEER, 12, DATA_ANALYST, 12, DATA_ENGINEER, 11, SOFTWARE_DEVELOPER, 8);

    /** Seniority of openings: 56% mid-senior, 27% entry, 13% associate (fact); the rest lead and intern. */
    static final Table<Seniority> VACANCY_SENIORITY = Table.of(Seniority.MID_SENIOR, 56, Seniority.ENTRY, 27,
            Seniority.ASSOCIATE, 13, Seniority.LEAD, 3, Seniority.INTERN, 1);

    /** Where candidates are in their careers (estimate). */
    static final Table<Seniority> CANDIDATE_STAGE = Table.of(Seniority.INTERN, 4, Seniority.ENTRY, 24,
            Seniority.ASSOCIATE, 24, Seniority.MID_SENIOR, 36, Seniority.LEAD, 12);

    /** Pay relative to the mid-senior median (estimate). */
    static double payFactor(Seniority s) {
        return switch (s) {
            case INTERN -> 0.35;
            case ENTRY -> 0.72;
            case ASSOCIATE -> 0.85;
            case MID_SENIOR -> 1.0;
            default -> 1.3;
        };
    }

    /**
     * A country of the market.
     *
     * @param code        ISO 3166 code
     * @param jobCities   where its vacancies are
     * @param homeCities  where its candidates live
     * @param median      the yearly median of a mid-senior ML engineer, in EUR
     * @param currency    what salaries are written in
     * @param languages   native languages of people from there
     * @param local       the language a vacancy there may ask for besides English, and how often
     * @param localShare  how often a vacancy there asks for a local language
     * @param firstNames  first names
     * @param lastNames   last names
     * @param academic    universities (ACADEMIC track, WO)
     * @param applied     universities of applied sciences (APPLIED track, HBO, Fachhochschule)
     */
    record Country(String code, Table<String> jobCities, Table<String> homeCities, double median, String currency,
                   Table<String> languages, Table<String> local, double localShare, List<String> firstNames,
                   List<String> lastNames, List<String> academic, List<String> applied) {
    }

    private static Country country(String code, Table<String> jobCities, Table<String> homeCities, double median,
                                   String currency, Table<String> languages, Table<String> local, double localShare,
                                   String firstNames, String lastNames, String academic, String applied) {
        return new Country(code, jobCities, homeCities, median, currency, languages, local, localShare,
                split(firstNames), split(lastNames), split(academic), applied.isEmpty() ? split(academic) : split(applied));
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split("\\|")).map(String::trim).toList();
    }

    // Medians: DE 70k, FR 65k, ES 55k, EU 65k are facts (ML engineer, 2024); the others are estimates.
    // Belgium's job cities: Brussels 74%, Antwerp 16%, Leuven 15% of postings (fact; a posting can list
    // several, so the shares are normalised over one city per posting).
    static final Country BE = country("BE",
            Table.of("Brussels", 74, "Antwerp", 16, "Leuven", 15),
            Table.of("Brussels", 40, "Antwerp", 20, "Leuven", 12, "Ghent", 15, "Mechelen", 6, "Liège", 4, "Namur", 3),
            65000, "EUR", Table.of("nl", 58, "fr", 40, "de", 2), Table.of("nl", 55, "fr", 45), 0.5,
            "Lotte|Pieter-Jan|Sarah|Thomas|Elise|Wout|Nathalie|Mehdi|Julie|Arne|Camille|Maxime|Inès|Louis|Fatima|Jonas",
            "Claes|Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Dubois|Lambert|Dupont|El Amrani|Wouters|Goossens|Vermeulen",
            "KU Leuven|Ghent University|UCLouvain|Vrije Universiteit Brussel|Université libre de Bruxelles|University of Antwerp",
            "Thomas More|AP Hogeschool Antwerpen|Howest|Artevelde University of Applied Sciences|Erasmushogeschool Brussel|UC Leuven-Limburg");
    static final Country NL = country("NL",
            Table.of("Amsterdam", 48, "Rotterdam", 12, "Utrecht", 12, "Eindhoven", 14, "The Hague", 8, "Delft", 6),
            Table.of("Amsterdam", 38, "Rotterdam", 14, "Utrecht", 14, "Eindhoven", 12, "The Hague", 8, "Delft", 4,
                    "Groningen", 5, "Nijmegen", 5),
            68000, "EUR", Table.of("nl", 100), Table.of("nl", 100), 0.3,
            "Daan|Sanne|Bram|Fleur|Lars|Anouk|Ruben|Iris|Sem|Noor|Thijs|Yara",
            "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Yilmaz|van Dijk",
            "TU Delft|University of Amsterdam|Eindhoven University of Technology|Utrecht University|Leiden University|University of Groningen",
            "Hogeschool van Amsterdam|Fontys Hogescholen|Hogeschool Utrecht|Hogeschool Rotterdam|Avans Hogeschool");
    static final Country DE = country("DE",
            Table.of("Berlin", 32, "Munich", 24, "Hamburg", 12, "Frankfurt", 12, "Cologne", 8, "Stuttgart", 7,
                    "Düsseldorf", 5),
            Table.of("Berlin", 32, "Munich", 22, "Hamburg", 12, "Frankfurt", 10, "Cologne", 9, "Stuttgart", 8,
                    "Düsseldorf", 5, "Aachen", 2),
            70000, "EUR", Table.of("de", 100), Table.of("de", 100), 0.5,
            "Lukas|Anna|Felix|Lea|Jonas|Hannah|Leon|Sophie|Maximilian|Laura|Paul|Mia|Emre",
            "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schulz|Koch|Öztürk",
            "Technical University of Munich|Karlsruhe Institute of Technology|RWTH Aachen University|TU Berlin|Heidelberg University|University of Hamburg",
            "HTW Berlin|Hochschule München|TH Köln|Frankfurt University of Applied Sciences");
    static final Country FR = country("FR",
            Table.of("Paris", 62, "Lyon", 10, "Toulouse", 9, "Grenoble", 7, "Lille", 6, "Saclay", 6),
            Table.of("Paris", 55, "Lyon", 12, "Toulouse", 10, "Grenoble", 8, "Lille", 10, "Saclay", 5),
            65000, "EUR", Table.of("fr", 100), Table.of("fr", 100), 0.65,
            "Léa|Hugo|Chloé|Lucas|Manon|Louis|Camille|Gabriel|Inès|Arthur|Sarah|Nathan",
            "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Benali|Lefebvre",
            "Sorbonne Université|École Polytechnique|Université Paris-Saclay|INSA Lyon|Université Grenoble Alpes|Université de Toulouse",
            "IUT de Lille|IUT Lyon 1|EPITA");
    static final Country ES = country("ES",
            Table.of("Madrid", 50, "Barcelona", 40, "Valencia", 7, "Seville", 3),
            Table.of("Madrid", 45, "Barcelona", 38, "Valencia", 11, "Seville", 6),
            55000, "EUR", Table.of("es", 100), Table.of("es", 100), 0.6,
            "Lucía|Hugo|Martina|Pablo|María|Daniel|Paula|Alejandro|Sofía|Javier|Carmen|Diego",
            "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Ruiz|Díaz",
            "Universidad Politécnica de Madrid|Universitat Politècnica de Catalunya|Universidad Autónoma de Madrid|Universitat de Barcelona|Universitat de València",
            "");
    static final Country PT = country("PT", Table.of("Lisbon", 70, "Porto", 30), Table.of("Lisbon", 62, "Porto", 38),
            42000, "EUR", Table.of("pt", 100), Table.of("pt", 100), 0.4,
            "João|Beatriz|Tiago|Inês|Rui|Mariana|Pedro|Ana", "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins",
            "Instituto Superior Técnico|Universidade do Porto|Universidade de Lisboa", "");
    static final Country PL = country("PL", Table.of("Warsaw", 65, "Kraków", 35), Table.of("Warsaw", 58, "Kraków", 42),
            45000, "PLN", Table.of("pl", 100), Table.of("pl", 100), 0.3,
            "Jakub|Zuzanna|Kacper|Julia|Piotr|Katarzyna|Tomasz|Agnieszka",
            "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowska|Zielińska",
            "Warsaw University of Technology|AGH University of Krakow|Jagiellonian University", "");
    static final Country IT = country("IT", Table.of("Milan", 100), Table.of("Milan", 100),
            48000, "EUR", Table.of("it", 100), Table.of("it", 100), 0.5,
            "Marco|Giulia|Luca|Chiara|Matteo|Francesca|Alessandro|Sara",
            "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci",
            "Politecnico di Milano|University of Bologna|Sapienza University of Rome", "");
    static final Country IE = country("IE", Table.of("Dublin", 100), Table.of("Dublin", 100),
            75000, "EUR", Table.of("en", 100), Table.of("en", 100), 0.0,
            "Seán|Aoife|Conor|Niamh|Cian|Róisín", "Murphy|Kelly|O'Sullivan|Walsh|O'Brien|Byrne",
            "Trinity College Dublin|University College Dublin", "Technological University Dublin");
    static final Country AT = country("AT", Table.of("Vienna", 100), Table.of("Vienna", 100),
            65000, "EUR", Table.of("de", 100), Table.of("de", 100), 0.6,
            "Tobias|Katharina|Florian|Julia|David|Lena", "Gruber|Huber|Bauer|Wagner|Pichler|Steiner",
            "TU Wien|University of Vienna", "FH Technikum Wien");
    static final Country LU = country("LU", Table.of("Luxembourg", 100), Table.of("Luxembourg", 100),
            80000, "EUR", Table.of("lb", 60, "fr", 25, "de", 15), Table.of("fr", 60, "de", 40), 0.3,
            "Luc|Anne|Marc|Claire|Tom|Sophie", "Schmit|Muller|Weber|Hoffmann|Wagner|Thill",
            "University of Luxembourg", "");
    static final Country CH = country("CH", Table.of("Zurich", 100), Table.of("Zurich", 100),
            115000, "CHF", Table.of("de", 65, "fr", 25, "it", 10), Table.of("de", 100), 0.5,
            "Noah|Lina|Elias|Mila|Luca|Emma", "Meier|Keller|Brunner|Frei|Baumann|Fischer",
            "ETH Zurich|University of Zurich|EPFL", "ZHAW Zurich University of Applied Sciences");
    static final Country GB = country("GB", Table.of("London", 100), Table.of("London", 100),
            75000, "GBP", Table.of("en", 100), Table.of("en", 100), 0.0,
            "Oliver|Amelia|George|Isla|Harry|Priya", "Smith|Jones|Taylor|Brown|Williams|Patel",
            "University College London|Imperial College London|University of Edinburgh", "");
    static final Country IN = country("IN", Table.of("Bangalore", 100), Table.of("Bangalore", 60, "Pune", 40),
            25000, "USD", Table.of("hi", 60, "ta", 20, "kn", 20), Table.of("en", 100), 0.0,
            "Aarav|Priya|Rohan|Ananya|Vikram|Sneha", "Sharma|Patel|Iyer|Reddy|Nair|Gupta",
            "IIT Bombay|IIT Madras|Anna University", "");
    static final Country UA = country("UA", Table.of("Kyiv", 100), Table.of("Kyiv", 70, "Lviv", 30),
            30000, "USD", Table.of("uk", 100), Table.of("uk", 100), 0.0,
            "Oleksandr|Olena|Dmytro|Iryna|Andriy|Kateryna", "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk",
            "Kyiv Polytechnic Institute|Taras Shevchenko National University of Kyiv", "");

    /** Where vacancies are: hiring is concentrated in Germany and the Netherlands (fact; shares estimated). */
    static final Table<Country> VACANCY_COUNTRIES = Table.of(DE, 26, NL, 20, BE, 14, FR, 13, ES, 9, PL, 4, PT, 3,
            IT, 3, IE, 3, AT, 2, LU, 1, CH, 1, GB, 1);

    /** Where candidates live (estimate), a few outside the EU labour market. */
    static final Table<Country> CANDIDATE_COUNTRIES = Table.of(DE, 21, BE, 17, NL, 17, FR, 13, ES, 10, PL, 5,
            IT, 4, PT, 3, IE, 2, AT, 2, GB, 2, LU, 1, CH, 1, IN, 1.5, UA, 1.5);

    /** Employment type of openings: 90% full-time, 8% contract, 1% part-time (fact); the rest temporary. */
    static final Table<EmploymentType> VACANCY_EMPLOYMENT = Table.of(
            EmploymentType.FULL_TIME, 90, EmploymentType.CONTRACT, 8,
            EmploymentType.PART_TIME, 1, EmploymentType.TEMPORARY, 0.5);

    /** Employers: a name and what they do (invented). */
    static final List<String> ORG_NAMES = split("Kairos|Nordlicht|Vireo|Lumen|Helix|Atlas|Meridian|Quanta|Orbis"
            + "|Sable|Tessera|Veritas|Aurora|Polder|Rhein|Seine|Iberia|Scheldt|Alpen|Brabant|Hanze|Ostra|Calder|Mistral");

    /** A sector: its name and a sentence about what companies in it do. */
    record Sector(String name, String activity) {
    }

    static final List<Sector> SECTORS = List.of(
            new Sector("Health Analytics", "builds forecasting and triage models for hospital networks"),
            new Sector("Logistics", "plans freight and warehouse operations across Europe"),
            new Sector("Energy", "balances renewable power on the grid"),
            new Sector("Bank", "serves retail and business customers"),
            new Sector("Insurance", "prices policies and settles claims"),
            new Sector("Telecom", "operates mobile and fibre networks"),
            new Sector("Mobility", "runs shared bikes and cars in European cities"),
            new Sector("Retail", "sells groceries online and in stores"),
            new Sector("Robotics", "builds warehouse robots"),
            new Sector("Labs", "develops AI products for industry"),
            new Sector("Semiconductors", "designs chips for edge devices"),
            new Sector("Pharma", "develops medicines and runs clinical trials"),
            new Sector("Media", "streams news and entertainment"),
            new Sector("Payments", "processes online payments for merchants"),
            new Sector("Public Services", "digitises public services"));

    /**
     * Other ways people write a skill, all synonyms in skills.csv: documents do not always use the
     * canonical name, and the engine is expected to normalise them. Look-up only, never iterated.
     */
    static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("Kubernetes", "k8s"), Map.entry("scikit-learn", "sklearn"), Map.entry("Machine Learning", "ML"),
            Map.entry("PostgreSQL", "Postgres"), Map.entry("Google Cloud", "GCP"), Map.entry("Microsoft Azure", "Azure"),
            Map.entry("TensorFlow", "TensorFlow 2"), Map.entry("Spark", "Apache Spark"),
            Map.entry("Airflow", "Apache Airflow"), Map.entry("Data Visualisation", "data visualization"),
            Map.entry("Jupyter", "Jupyter Notebook"), Map.entry("AWS", "Amazon Web Services"),
            Map.entry("Git", "GitHub"), Map.entry("CI/CD", "continuous integration"),
            Map.entry("NLP", "Natural Language Processing"), Map.entry("NVIDIA GPUs", "NVIDIA A100"),
            Map.entry("Python", "python3"), Map.entry("Deep Learning", "deep-learning"));

    /** Canonical names by their variant (look-up only). */
    static final Map<String, String> CANONICAL = VARIANTS.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** How vacancies work (estimate). */
    static final Table<RemotePolicy> REMOTE_POLICIES = Table.of(RemotePolicy.HYBRID, 65,
            RemotePolicy.ONSITE, 20, RemotePolicy.REMOTE, 15);

    /** How candidates who say so want to work (estimate). */
    static final Table<RemotePolicy> REMOTE_WISHES = Table.of(RemotePolicy.HYBRID, 55,
            RemotePolicy.REMOTE, 25, RemotePolicy.ONSITE, 12);

    /** Skills a vacancy may add to its preferred list whatever the role (estimate). */
    static final Table<String> CROSS_CUTTING = Table.of("GDPR Compliance", 3, "Agile", 3, "Git", 3, "Docker", 2,
            "Scrum", 1, "Data Privacy", 1, "EU AI Act", 0.5);

    /** Every skill name the generator can write, for the test that they all resolve. */
    static List<String> vocabulary() {
        List<String> all = new ArrayList<>(HEADLINE_SKILLS);
        for (Role role : List.of(ML_ENGINEER, DATA_SCIENTIST, AI_INFRASTRUCTURE_ENGINEER, DATA_ENGINEER, DATA_ANALYST,
                SOFTWARE_DEVELOPER)) {
            all.addAll(role.skills().items());
        }
        for (int i = 0; i < CROSS_CUTTING.items().size(); i++) {
            if (CROSS_CUTTING.weights[i] > 0) {
                all.add(CROSS_CUTTING.items().get(i));
            }
        }
        all.addAll(VARIANTS.values());
        return all.stream().distinct().sorted().toList();
    }
}
