package dev.rolefit.engine;

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
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Salary;
import dev.rolefit.model.Seniority;
import dev.rolefit.model.SkillClaim;
import dev.rolefit.model.SkillLevel;
import dev.rolefit.model.Vacancy;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A résumé or a job posting written as plain text ({@code .txt}) or Markdown ({@code .md}), as the
 * native {@link Candidate} or {@link Vacancy}. Markdown headings ("## Experience"), bullets ("- item",
 * "* item", "• item") and emphasis are read as structure; a line that is only a known section word
 * ("Experience", "SKILLS:") is a heading too.
 *
 * <p>What is read, each value with the line it came from:
 * <ul>
 *   <li><b>Header</b>: "Key: value" lines anywhere (Location, Salary, Employment type, Remote,
 *       Experience, Education, Seniority, Company, Title, Id, Languages, Skills); in the lines before the
 *       first section, a city from data/regions.csv or a country name, "Hybrid"/"Remote", "Full-time";
 *       a résumé's first line is the name (personal data, never seen by a rule) unless it reads as a
 *       role, a short line after it the headline; a posting's first line is its title ("Senior ML
 *       Engineer — Acme": title and company).</li>
 *   <li><b>Personal data</b>: birth date, age, nationality, gender, marital status and photo lines are
 *       dropped before anything reads them; of a "Personal details" section only its keys (location,
 *       email, phone) are read.</li>
 *   <li><b>Experience</b>: a line with a date range ("2019 – present", "Jan 2018 - Mar 2020",
 *       "03/2016 – 12/2018", "2015-2019", "since 2021") starts a job; the rest of the line, or the line
 *       before, is "Title, Company" ("at", "@", "|" and dashes work too); the lines after it are its
 *       description, where the engine finds skills in the text.</li>
 *   <li><b>Education</b>: a line naming a degree ({@link DegreeText}: "MSc", "Bachelor of Science",
 *       "HBO", "PhD"), with its field, institution and end year; a bootcamp or a course is a
 *       certification.</li>
 *   <li><b>Skills</b>: the items of the Skills section ("Python (expert), PyTorch; Docker"), listed; in
 *       sentences, the skills the taxonomy's analyzer finds.</li>
 *   <li><b>Languages</b>: "Dutch (native)", "English C1", "Deutsch – fließend", "French: B2".</li>
 *   <li><b>Posting</b>: the sections "Requirements"/"Must have" (required skills, minimum degree, years)
 *       and "Nice to have" (preferred skills, preferred degree); everything but the header is the
 *       description.</li>
 * </ul>
 * Skills in sentences and cities are found with the built-in rule set's taxonomy and region table
 * (the document is read before any rule set is chosen); the engine then resolves what was found with
 * the rule set in use. Where each skill was found is kept as {@code skillLines} ("text line 12"), and
 * shows in the profile's {@code skillSources}.
 *
 * <p>Nothing is guessed: a salary, language or contract type that cannot be read is a problem naming
 * the line and the value, and the document yields no record. A posting needs a title; a résumé with
 * nothing recognisable (no job, degree, skill, language or headline) is a problem too.
 */
final class PlainTextFormat {
    /** The otherFields entry that says on which line each skill (canonical name) was found. */
    static final String SKILL_LINES = "skillLines";

    private PlainTextFormat() {
    }

    /** A value that could not be read: its line (1-based; 0 for the whole file) and why. */
    record Problem(int line, String message) {
    }

    /** What a plain-text document produced: the record (null when there were problems) and the problems. */
    record Result(Object record, List<Problem> problems) {
    }

    /** Sections of a résumé or posting, by their usual headings. */
    enum Section {
        HEADER, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES, CERTIFICATIONS, REQUIRED, PREFERRED,
        RESPONSIBILITIES, OFFER, PERSONAL, OTHER
    }

    private static final Map<String, Section> HEADINGS = headings();

    private static Map<String, Section> headings() {
        Map<String, Section> h = new HashMap<>();
        put(h, Section.SUMMARY, "summary", "profile", "about me", "professional summary", "personal profile",
                "samenvatting", "profiel", "profil", "zusammenfassung", "objective", "introduction");
        put(h, Section.EXPERIENCE, "experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career", "werkervaring", "ervaring", "berufserfahrung",
                "experience professionnelle", "experiences", "relevant experience");
        put(h, Section.EDUCATION, "education", "studies", "opleiding", "opleidingen", "ausbildung", "studium",
                "formation", "academic background", "education and training");
        put(h, Section.SKILLS, "skills", "technical skills", "key skills", "competences", "competencies",
                "technologies", "tech stack", "tools", "tools and technologies", "vaardigheden", "kenntnisse",
                "competences techniques", "skills and tools");
        put(h, Section.LANGUAGES, "languages", "language skills", "talen", "sprachen", "sprachkenntnisse",
                "langues");
        put(h, Section.CERTIFICATIONS, "certifications", "certificates", "courses", "certificaten",
                "zertifikate", "training", "courses and certifications");
        put(h, Section.REQUIRED, "requirements", "must have", "must haves", "must-have", "must-haves",
                "required", "required skills", "what you bring", "your profile", "who you are",
                "qualifications", "what we are looking for", "what we're looking for", "wat breng je mee",
                "jouw profiel", "je profiel", "anforderungen", "dein profil", "ihr profil", "profil recherche",
                "requirements and skills", "you have");
        put(h, Section.PREFERRED, "nice to have", "nice-to-have", "nice to haves", "preferred",
                "preferred skills", "preferred qualifications", "bonus", "bonus points", "pluspunten",
                "a plus", "wunschenswert", "von vorteil", "atouts", "even better if");
        put(h, Section.RESPONSIBILITIES, "responsibilities", "what you will do", "what you'll do", "the role",
                "your role", "about the role", "about the job", "job description", "taken", "aufgaben",
                "deine aufgaben", "missions", "your tasks", "the job");
        // Birth date, nationality, marital status…: read for keys only (a location, an email), never as text.
        put(h, Section.PERSONAL, "personal details", "personal information", "personal data", "personalia",
                "persoonlijke gegevens", "persoonlijke informatie", "personliche daten", "personliche angaben",
                "informations personnelles", "donnees personnelles", "etat civil", "angaben zur person", "personalien",
                "persoonsgegevens");
        put(h, Section.OFFER, "what we offer", "we offer", "benefits", "wij bieden", "wat wij bieden",
                "wir bieten", "nous offrons", "offer", "perks", "about us", "about the company", "over ons",
                "uber uns", "how to apply", "apply");
        return Map.copyOf(h);
    }

    private static void put(Map<String, Section> map, Section section, String... words) {
        for (String w : words) {
            map.put(fold(w), section);
        }
    }

    // ---- dates -----------------------------------------------------------------------------------

    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
                {"jan", "january", "januari", "januar", "janvier", "janv", "enero"},
                {"feb", "february", "februari", "februar", "fevrier", "fev", "febrero"},
                {"mar", "march", "maart", "mrt", "marz", "mars", "marzo"},
                {"apr", "april", "avril", "avr", "abril"},
                {"may", "mei", "mai", "mayo"},
                {"jun", "june", "juni", "juin", "junio"},
                {"jul", "july", "juli", "juillet", "juil", "julio"},
                {"aug", "august", "augustus", "aout", "agosto"},
                {"sep", "sept", "september", "septembre", "septiembre"},
                {"oct", "october", "oktober", "okt", "octobre", "octubre"},
                {"nov", "november", "novembre", "noviembre"},
                {"dec", "december", "dezember", "dez", "decembre", "diciembre"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    private static final String MONTH_WORD = "(?:[A-Za-zÀ-ÿ]{3,9}\\.?)";
    private static final String DATE = "(?:" + MONTH_WORD + "\\s+\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}[-/.]\\d{1,2}(?!\\d)|\\d{4})";
    private static final String NOW = "(?:present|current|now|today|ongoing|heden|nu|heute|aujourd'hui|actuel|"
            + "jetzt|huidig|date)";
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<![\\d/.])(" + DATE + ")\\s*(?:–|—|-|−|to|tot|bis|until|till|à|au)\\s*("
            + DATE + "|" + NOW + ")(?![\\d])");
    private static final Pattern SINCE = Pattern.compile("(?iu)\\b(?:since|sinds|seit|depuis|from|vanaf)\\s+(" + DATE + ")(?![\\d])");

    /** A date range found in a line: where it is, its start and its end (null: still going). */
    record Range(int start, int end, YearMonth from, YearMonth to) {
    }

    /** The first date range of the line, or null; a date that is no date ("13/2019") is a problem. */
    static Range range(String line) {
        Matcher m = RANGE.matcher(line);
        while (m.find()) {
            YearMonth from = date(m.group(1), false);
            YearMonth to = isNow(m.group(2)) ? null : date(m.group(2), true);
            if (from != null && (to != null || isNow(m.group(2)))) {
                return new Range(m.start(), m.end(), from, to);
            }
        }
        Matcher s = SINCE.matcher(line);
        if (s.find()) {
            YearMonth from = date(s.group(1), false);
            if (from != null) {
                return new Range(s.start(), s.end(), from, null);
            }
        }
        return null;
    }

    private static boolean isNow(String text) {
        return text.toLowerCase(Locale.ROOT).matches(NOW);
    }

    /** "Jan 2018", "03/2016", "2016-03", "2019" (January, or December for an end year); null when not a date. */
    private static YearMonth date(String text, boolean end) {
        String t = text.strip();
        Matcher m;
        if ((m = Pattern.compile("(\\d{4})").matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return plausible(year) ? YearMonth.of(year, end ? 12 : 1) : null;
        }
        if ((m = Pattern.compile("(\\d{1,2})[/.](\\d{4})").matcher(t)).matches()) {
            return yearMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = Pattern.compile("(\\d{4})[-/.](\\d{1,2})").matcher(t)).matches()) {
            return yearMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = Pattern.compile("(?u)([^\\s.]+)\\.?\\s+(\\d{4})").matcher(t)).matches()) {
            Integer month = MONTHS.get(fold(m.group(1)));
            return month == null ? null : yearMonth(Integer.parseInt(m.group(2)), month);
        }
        return null;
    }

    private static YearMonth yearMonth(int year, int month) {
        return plausible(year) && month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    private static boolean plausible(int year) {
        return year >= 1950 && year <= 2100;
    }

    // ---- lines -----------------------------------------------------------------------------------

    /** One line: its number, its text without Markdown marks, and whether it is a heading or a bullet. */
    record Line(int number, String text, Section heading, boolean bullet, boolean markdownHeading) {
    }

    private static final Pattern KEY_VALUE = Pattern.compile("(?u)^([\\p{L}][\\p{L} '’/-]{1,30}?)\\s*:\\s*(\\S.*)$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{7,}\\d");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b(?:linkedin|github)\\.com/\\S*");

    static List<Line> lines(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].replace('\u00A0', ' ').strip();
            if (t.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (t.isEmpty() || t.matches("[-=_*#~]{3,}") || t.startsWith("<!--")) {
                continue;
            }
            boolean markdownHeading = t.matches("#{1,6}\\s+.*|#{1,6}$");
            boolean topHeading = t.matches("#{1,2}\\s+.*");
            t = t.replaceFirst("^#{1,6}\\s*", "");
            boolean bullet = t.matches("^(?:[-*+•·▪‣◦–]|\\d{1,2}[.)])\\s+.*");
            t = t.replaceFirst("^(?:[-*+•·▪‣◦–]|\\d{1,2}[.)])\\s+", "");
            t = t.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("\\*\\*|__|`", "")
                    .replaceAll("(?<![\\w*])\\*(?=\\S)([^*]+)(?<=\\S)\\*(?![\\w*])", "$1").strip();
            if (t.isEmpty()) {
                continue;
            }
            Section heading = fenced ? null : heading(t, markdownHeading);
            // An unknown "## Projects" or "PROJECTS" ends the section before it; "### Job title" does not.
            boolean caps = !bullet && t.length() >= 4 && t.split("\\s+").length <= 4
                    && t.replaceAll("[^\\p{L}]", "").length() >= 4 && t.equals(t.toUpperCase(Locale.ROOT));
            if (heading == null && !lines.isEmpty() && (topHeading || caps)) {
                heading = Section.OTHER;
            }
            lines.add(new Line(i + 1, t, heading, bullet, markdownHeading));
        }
        return lines;
    }

    /** The section a line opens, or null: a known heading word, with or without "#" and ":". */
    private static Section heading(String text, boolean markdownHeading) {
        String t = text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
        Section known = HEADINGS.get(fold(t));
        if (known != null) {
            return known;
        }
        return markdownHeading && text.endsWith(":") ? Section.OTHER : null;
    }

    // ---- the shared reading of a document --------------------------------------------------------

    /** What both kinds share: lines by section, the header's key-value pairs, and the problems. */
    private static final class Doc {
        final List<Line> lines;
        final String fallbackId;
        final List<Problem> problems = new ArrayList<>();
        final Map<Line, Section> sectionOf = new LinkedHashMap<>();
        final Map<String, Line> keys = new LinkedHashMap<>();
        final Map<String, Integer> skillLines = new LinkedHashMap<>();
        final List<Line> header = new ArrayList<>();

        Doc(List<Line> lines, String fallbackId) {
            this.lines = lines.stream().filter(line -> !PERSONAL.equals(key(line))).toList();
            this.fallbackId = fallbackId;
            Section section = Section.HEADER;
            for (Line line : this.lines) {
                if (line.heading() != null) {
                    section = line.heading();
                    continue;
                }
                sectionOf.put(line, section);
                if (section == Section.HEADER) {
                    header.add(line);
                }
                String key = key(line);
                if (key != null && !keys.containsKey(key) && (KEYS_ANYWHERE.contains(key) || section == Section.HEADER
                        || section == Section.OTHER || section == Section.OFFER || section == Section.PERSONAL)) {
                    keys.put(key, line);
                }
            }
        }

        List<Line> in(Section section) {
            return sectionOf.entrySet().stream().filter(e -> e.getValue() == section).map(Map.Entry::getKey).toList();
        }

        void problem(Line line, String message) {
            problems.add(new Problem(line == null ? 0 : line.number(), message));
        }

        String value(String key) {
            Line line = keys.get(key);
            return line == null ? null : valueOf(line);
        }

        /** Records the first line a skill (a canonical name of the built-in taxonomy, else as written) was seen on. */
        void seen(String skill, Line line) {
            String name = Vocabulary.get().taxonomy.resolve(skill).map(SkillTaxonomy.Skill::name).orElse(skill.strip());
            skillLines.putIfAbsent(name, line.number());
        }

        Map<String, Object> extra() {
            Map<String, Object> extra = new TreeMap<>();
            if (!skillLines.isEmpty()) {
                Map<String, String> where = new LinkedHashMap<>();
                skillLines.forEach((skill, number) -> where.put(skill, "text line " + number));
                extra.put(SKILL_LINES, where);
            }
            return extra;
        }
    }

    /**
     * Keys read in any section. The others count in the header, an offer or an unknown section
     * ("## Details"), not in prose: "- Experience: you shipped models" is a requirement, not a key.
     */
    private static final Set<String> KEYS_ANYWHERE = Set.of("salary", "skills", "required", "preferred", "languages", "id");

    /** The key of "Key: value" lines that state personal data (birth date, nationality, gender, photo…). */
    private static final String PERSONAL = "personal";

    /** Keys of "Key: value" lines, by the words people write for them. */
    private static final Map<String, String> KEYS = keys();

    private static Map<String, String> keys() {
        Map<String, String> k = new HashMap<>();
        keyWords(k, "id", "id", "reference", "ref", "vacancy id", "job id", "candidate id", "referentie");
        keyWords(k, "title", "title", "job title", "position", "role", "functie", "vacature", "stelle", "poste");
        keyWords(k, "headline", "headline", "current role", "current position");
        keyWords(k, "company", "company", "organization", "organisation", "employer", "werkgever", "unternehmen",
                "entreprise", "hiring organization");
        keyWords(k, "location", "location", "based in", "locatie", "standort", "lieu", "city", "place of work",
                "work location", "werkplek", "arbeitsort", "residence", "woonplaats", "address", "adres", "adresse",
                "anschrift", "home address");
        keyWords(k, "salary", "salary", "compensation", "pay", "salaris", "salary range", "gehalt", "remuneration",
                "salaire", "loon", "budget", "rate", "day rate", "hourly rate", "desired salary", "salary expectation");
        keyWords(k, "type", "employment type", "job type", "contract", "contract type", "type of contract",
                "dienstverband", "type", "anstellungsart", "type de contrat", "employment", "hours");
        keyWords(k, "remote", "remote", "remote policy", "work mode", "workplace", "workplace type",
                "home office", "thuiswerken", "remote work", "work model", "working model");
        keyWords(k, "experience", "experience", "years of experience", "ervaring", "berufserfahrung",
                "experience required", "required experience", "minimum experience");
        keyWords(k, "education", "education", "degree", "opleiding", "ausbildung", "diploma", "opleidingsniveau",
                "education level", "required education", "qualification");
        keyWords(k, "seniority", "seniority", "level", "career level", "niveau", "experience level");
        keyWords(k, "languages", "languages", "language", "talen", "sprachen", "langues", "taal");
        keyWords(k, "skills", "skills", "tech stack", "stack", "technologies", "tools", "key skills");
        keyWords(k, "required", "must have", "must-have", "required skills", "requirements", "required");
        keyWords(k, "preferred", "nice to have", "nice-to-have", "preferred skills", "preferred", "bonus");
        keyWords(k, "kind", "kind", "document", "document type");
        keyWords(k, "email", "email", "e-mail", "mail");
        keyWords(k, "phone", "phone", "telephone", "tel", "mobile", "telefoon", "telefon", "gsm");
        keyWords(k, "name", "name", "naam", "full name");
        // Personal data a résumé may state and no rule may see: the line is dropped before anything reads it.
        keyWords(k, PERSONAL, "date of birth", "birth date", "birthdate", "birthday", "born", "dob", "age",
                "place of birth", "birth place", "birthplace", "geboortedatum", "geboorteplaats", "leeftijd",
                "geburtsdatum", "geburtsort", "alter", "date de naissance", "lieu de naissance", "nationality",
                "nationalities", "citizenship", "nationaliteit", "staatsangehorigkeit", "staatsburgerschaft",
                "nationalitat", "nationalite", "gender", "sex", "geslacht", "geschlecht", "sexe", "marital status",
                "civil status", "burgerlijke staat", "familienstand", "etat civil", "religion", "photo", "picture",
                "foto", "children", "kinderen", "kinder", "enfants");
        return Map.copyOf(k);
    }

    private static void keyWords(Map<String, String> map, String key, String... words) {
        for (String w : words) {
            map.put(fold(w), key);
        }
    }

    /** The key a "Key: value" line names, or null when the line is no such pair. */
    private static String key(Line line) {
        Matcher m = KEY_VALUE.matcher(line.text());
        return m.matches() ? KEYS.get(fold(m.group(1))) : null;
    }

    /** The value of a "Key: value" line with a known key; else the whole line. */
    private static String valueOf(Line line) {
        Matcher m = KEY_VALUE.matcher(line.text());
        return m.matches() && KEYS.containsKey(fold(m.group(1))) ? m.group(2).strip() : line.text();
    }

    // ---- entry points ----------------------------------------------------------------------------

    /** Whether the text reads as a job posting rather than a résumé (for documents of either kind). */
    static boolean isPosting(String text) {
        List<Line> lines = lines(text);
        int posting = 0;
        int resume = 0;
        for (Line line : lines) {
            Section h = line.heading();
            if (h == Section.REQUIRED || h == Section.PREFERRED || h == Section.RESPONSIBILITIES || h == Section.OFFER) {
                posting += 2;
            } else if (h == Section.EXPERIENCE || h == Section.EDUCATION || h == Section.LANGUAGES
                    || h == Section.CERTIFICATIONS || h == Section.SUMMARY) {
                resume += 2;
            }
            String key = key(line);
            if (key != null) {
                switch (key) {
                    case "salary", "type", "remote", "required", "preferred", "company" -> posting++;
                    case "email", "phone", "name", "headline" -> resume++;
                    case "kind" -> {
                        String kind = fold(valueOf(line));
                        if (kind.matches(".*(posting|vacancy|job|vacature|stelle|offre).*")) {
                            return true;
                        }
                        if (kind.matches(".*(resume|cv|candidate|curriculum|lebenslauf|profile).*")) {
                            return false;
                        }
                    }
                    default -> { }
                }
            }
            if (EMAIL.matcher(line.text()).find()) {
                resume++;
            }
            if (fold(line.text()).matches(".*\\b(we are looking for|we zoeken|wir suchen|you will|je gaat|apply|solliciteer)\\b.*")) {
                posting++;
            }
        }
        return posting > resume;
    }

    /**
     * Reads a plain-text document.
     *
     * @param text       the file's text
     * @param kind       {@code Candidate.class} or {@code Vacancy.class}
     * @param fallbackId the file name without its extension, for a document without an "Id:" line
     */
    static Result read(String text, Class<?> kind, String fallbackId) {
        List<Line> lines = lines(text);
        Doc doc = new Doc(lines, fallbackId);
        if (doc.lines.isEmpty()) {
            doc.problem(null, lines.isEmpty() ? "the file has no text"
                    : "the file holds only personal data (birth date, nationality…), which is never read");
            return new Result(null, doc.problems);
        }
        Object record = kind == Vacancy.class ? vacancy(doc) : candidate(doc);
        return new Result(doc.problems.isEmpty() ? record : null, List.copyOf(doc.problems));
    }

    // ---- résumé ------------------------------------------------------------------------------------

    private static Candidate candidate(Doc doc) {
        String name = doc.value("name");
        String headline = doc.value("headline");
        String email = null;
        String phone = null;
        Location location = null;
        List<String> summary = new ArrayList<>();
        // The name comes first: the first line that says something other than a contact detail, a key,
        // a place or a title-page word ("CV", "Lebenslauf") is the name unless it reads as a role.
        boolean first = true;
        for (Line line : doc.header) {
            String text = line.text();
            if (isTitlePageWord(text) || key(line) != null) {
                continue;
            }
            if (PERSONAL_LINE.matcher(fold(text)).find()) {
                continue; // "Born 12 May 1990", "Belg, 34 jaar, gehuwd": personal data, never read
            }
            Matcher mail = EMAIL.matcher(text);
            if (mail.find() && email == null) {
                email = mail.group();
            }
            Matcher tel = PHONE.matcher(EMAIL.matcher(text).replaceAll(" "));
            if (tel.find() && phone == null && range(text) == null) {
                phone = tel.group().strip();
            }
            if (text.endsWith(".") || text.split("\\s+").length > 12) {
                first = false;
                summary.add(text); // a sentence: the résumé's own words about the candidate
                continue;
            }
            boolean said = false;
            // "Anna de Smet — Machine Learning Engineer · Ghent, Belgium · anna@example.com": each part on its own.
            for (String part : text.split("\\s+[—–|·•-]\\s+|\\s*[|·•]\\s*")) {
                String p = URL.matcher(EMAIL.matcher(part).replaceAll(" ")).replaceAll(" ").strip();
                if (p.isEmpty() || PHONE.matcher(p).find() || isTitlePageWord(p)) {
                    continue;
                }
                Location found = location(doc, line, p, false);
                String before = p.split("\\s*,\\s*", 2)[0];
                if (found != null && headline == null && !before.equals(p) && isTitleLike(before)
                        && location(doc, line, before, false) == null) {
                    headline = before; // "Senior Data Scientist, Brussels": a role, then where
                    said = true;
                }
                if (found != null) {
                    location = location == null ? found : location;
                    continue;
                }
                if (remote(p) != null || employmentType(p) != null) {
                    continue;
                }
                said = true;
                // Whatever the script or shape of the name ("李伟", "O'Brien, Siobhan", "Julia Roberts").
                if (first && !readsAsRole(p)) {
                    name = name == null ? p : name; // with a "Name:" line, this is the name again
                } else if (KEY_VALUE.matcher(p).matches()) {
                    summary.add(p); // "Hobbies: chess" says something, but is no headline
                } else if (headline == null) {
                    headline = p;
                } else {
                    summary.add(p);
                }
            }
            first = first && !said;
        }
        String locationText = doc.value("location");
        if (locationText != null) {
            location = statedLocation(doc, locationText, location);
        }
        Salary expectation = null;
        String salaryText = doc.value("salary");
        if (salaryText != null) {
            try {
                expectation = SalaryText.parse(salaryText);
            } catch (IllegalArgumentException e) {
                doc.problem(doc.keys.get("salary"), e.getMessage());
            }
        }
        RemotePolicy remotePreference = null;
        String remoteText = doc.value("remote");
        if (remoteText != null) {
            remotePreference = remote(remoteText);
            if (remotePreference == null) {
                try {
                    remotePreference = RemotePolicy.parse(remoteText);
                } catch (IllegalArgumentException e) {
                    doc.problem(doc.keys.get("remote"), e.getMessage());
                }
            }
        }
        String typeText = doc.value("type");
        List<EmploymentType> types = typeText == null ? List.of() : employmentTypes(doc, doc.keys.get("type"), typeText);
        for (Line line : doc.in(Section.SUMMARY)) {
            summary.add(line.text());
        }
        List<Experience> experience = experience(doc);
        List<String> certifications = new ArrayList<>();
        List<Education> education = new ArrayList<>();
        for (Line line : doc.in(Section.EDUCATION)) {
            education(doc, line, education, certifications);
        }
        if (doc.keys.containsKey("education") && doc.sectionOf.get(doc.keys.get("education")) == Section.HEADER) {
            education(doc, doc.keys.get("education"), education, certifications);
        }
        for (Line line : doc.in(Section.CERTIFICATIONS)) {
            certifications.add(line.text());
        }
        Map<String, SkillClaim> skills = new LinkedHashMap<>();
        for (Line line : doc.in(Section.SKILLS)) {
            claims(doc, line, skills);
        }
        Line skillsKey = doc.keys.get("skills");
        if (skillsKey != null && doc.sectionOf.get(skillsKey) != Section.SKILLS) {
            claims(doc, skillsKey, skills);
        }
        List<LanguageSkill> languages = new ArrayList<>();
        for (Line line : languageLines(doc)) {
            for (String item : languageItems(valueOf(line))) {
                LanguageSkill skill = languageSkill(doc, line, item);
                if (skill != null) {
                    languages.add(skill);
                }
            }
        }
        // Skills named in the summary and the jobs are found by the engine; here only their lines are kept.
        for (Line line : doc.lines) {
            Section s = doc.sectionOf.get(line);
            if (s == Section.SUMMARY || s == Section.EXPERIENCE || s == Section.HEADER && summary.contains(line.text())) {
                for (SkillTaxonomy.Found f : Vocabulary.get().taxonomy.findInText(line.text())) {
                    doc.seen(f.skill().name(), line);
                }
            }
        }
        if (headline != null) {
            String said = headline;
            Line at = doc.lines.stream().filter(l -> l.text().contains(said)).findFirst().orElse(doc.lines.get(0));
            for (SkillTaxonomy.Found f : Vocabulary.get().taxonomy.findInText(said)) {
                doc.seen(f.skill().name(), at);
            }
        }
        if (experience.isEmpty() && education.isEmpty() && skills.isEmpty() && languages.isEmpty()
                && headline == null && doc.problems.isEmpty()) {
            // The first line is not quoted: on a résumé it is the candidate's name.
            doc.problem(doc.lines.get(0), "nothing in the text reads as a résumé: no dated job (\"2019 – present\"),"
                    + " degree, skill, language or headline was found");
        }
        if (!doc.problems.isEmpty()) {
            return null;
        }
        String id = doc.value("id");
        try {
            return new Candidate(id != null ? id : doc.fallbackId, name, email, phone, headline,
                    String.join("\n", summary), location, null, remotePreference, types, expectation, education, experience,
                    List.copyOf(skills.values()), languages, certifications, doc.extra());
        } catch (IllegalArgumentException e) {
            doc.problem(doc.lines.get(0), e.getMessage());
            return null;
        }
    }

    /** Two to five capitalised words (particles aside), no digits: "Anna de Smet", "Julia Roberts". */
    private static boolean shapedLikeName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 5 || text.matches(".*\\d.*") || HEADINGS.containsKey(fold(text))) {
            return false;
        }
        for (String w : words) {
            boolean particle = w.matches("(?i)van|de|der|den|von|le|la|du|da|di|del|ten|ter|'t|el|al|bin");
            if (!particle && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a header part reads as a role ("Data Engineer", "CTO", "Python and Spark"), not as a name:
     * a role word, or a skill in a part not shaped like a name ("Julia Roberts" is a name).
     */
    private static boolean readsAsRole(String text) {
        return isTitleLike(text) || !Vocabulary.get().taxonomy.findInText(text).isEmpty() && !shapedLikeName(text);
    }

    private static boolean isTitlePageWord(String text) {
        return fold(text).matches("curriculum vitae|cv|resume|lebenslauf|levensloop|levenslijn|c v");
    }

    /**
     * Header lines that state personal data without a "Key:" ("Born 12 May 1990", "Française, 34 ans,
     * mariée", "Nationality — Belgian"), matched on the folded text: dropped before anything reads them.
     */
    private static final Pattern PERSONAL_LINE = Pattern.compile("\\b(?:born|geboren|nee? (?:le|a)|date of birth"
            + "|place of birth|birth ?place|birthday|birth date|age \\d+|\\d+ (?:years old|yrs old|jaar|ans|jahre|anos|anni)"
            + "|nationality|nationaliteit|nationalite|nationalitat|staatsangehorigkeit|citizenship|citizen of"
            + "|married|unmarried|divorced|widowed|gehuwd|getrouwd|ongehuwd|verheiratet|ledig|geschieden"
            + "|mariee|celibataire|divorcee?|children|kinderen|kinder|enfants|gender|male|female)\\b");

    private static boolean isTitleLike(String text) {
        return fold(text).matches(".*\\b(engineer|scientist|analyst|developer|manager|consultant|architect|"
                + "researcher|lead|head|director|specialist|intern|student|officer|designer|administrator|"
                + "statistician|mathematician|physicist|economist|econometrician|actuary|quant|programmer|devops|"
                + "sre|technician|expert|graduate|freelancer?|contractor|founder|co founder|cto|ceo|cio|cfo|cdo|"
                + "vp|chief|phd|ph d|msc|mba|professor|lecturer|teacher|tester|coach|trainer|advisor|adviser|"
                + "strategist|modeller|modeler|owner|coordinator|professional)\\b.*");
    }

    /** What a posting's header line says: where, how remote, which contract; each null when not said. */
    private record HeaderFacts(Location location, RemotePolicy remote, EmploymentType type) {
    }

    /**
     * Reads a header line's parts ("Antwerp, Belgium · Hybrid · Full-time"): a known city or country, a
     * remote word, a contract type. Null when the line holds none of these (it is something else).
     */
    private static HeaderFacts headerFacts(Doc doc, Line line) {
        String text = line.text();
        if (text.endsWith(".") || text.split("\\s+").length > 10) {
            return null;
        }
        RemotePolicy remote = null;
        EmploymentType type = null;
        for (String part : text.split("\\s*[|·•/]\\s*|\\s+[—–-]\\s+")) {
            remote = remote != null ? remote : remote(part);
            type = type != null ? type : employmentType(part);
        }
        Location location = location(doc, line, text, false);
        return location == null && remote == null && type == null ? null : new HeaderFacts(location, remote, type);
    }

    private static RemotePolicy remote(String part) {
        String f = fold(part).replaceAll("\\b(work|working|policy|remote work)\\b", "").strip();
        if (f.isEmpty()) {
            return null;
        }
        if (f.matches("remote|fully remote|full remote|100 remote|remote first|remote-first|telecommute|anywhere")) {
            return RemotePolicy.REMOTE;
        }
        if (f.matches("hybrid|hybride|partly remote|partially remote|hybrid remote")) {
            return RemotePolicy.HYBRID;
        }
        if (f.matches("on site|onsite|on-site|in office|office based|op kantoor|vor ort")) {
            return RemotePolicy.ONSITE;
        }
        return null;
    }

    private static EmploymentType employmentType(String part) {
        String f = fold(part);
        if (f.isEmpty() || f.split(" ").length > 3) {
            return null;
        }
        try {
            return EmploymentType.parse(part.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A city and/or country in the text: a city of data/regions.csv (its country from the table), or
     * "City, Country" with a country name or code. With {@code stated} (a "Location:" line) an
     * unreadable location is a problem; otherwise it is simply not a location.
     */
    private static Location location(Doc doc, Line line, String text, boolean stated) {
        Vocabulary vocabulary = Vocabulary.get();
        String city = null;
        String country = null;
        for (String part : text.split("\\s*[,|·•/()]\\s*|\\s+[—–-]\\s+")) {
            String p = withoutPostcode(part).replaceAll("[📍]", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] known = vocabulary.cities.get(p.toLowerCase(Locale.ROOT));
            if (known != null && city == null) {
                city = p;
                country = country == null ? known[1] : country;
                continue;
            }
            // "BE" or "NLD" only after a city or on a Location line: alone, "ML" is no more Mali than a skill.
            boolean code3 = p.length() <= 3;
            String code = code3 && !(stated || city != null) || p.length() == 2 && !p.equals(p.toUpperCase(Locale.ROOT))
                    ? null : Reading.Countries.code(p);
            if (code != null) {
                country = code;
            }
        }
        if (city == null && stated) {
            String[] parts = text.split("\\s*,\\s*");
            String code = parts.length > 1 ? Reading.Countries.code(parts[parts.length - 1]) : null;
            if (code != null) {
                city = parts[0].strip();
                country = code;
            }
        }
        if (city == null && country == null) {
            if (stated && remote(text) == null) {
                doc.problem(line, "location '" + text + "' names no city of data/regions.csv and no country;"
                        + " write it as 'City, Country' (\"Ghent, Belgium\")");
            }
            return null;
        }
        try {
            return new Location(city, country);
        } catch (IllegalArgumentException e) {
            doc.problem(line, e.getMessage());
            return null;
        }
    }

    /** "9000 Gent" and "D-50667 Köln" without the postcode: "Gent", "Köln". */
    static String withoutPostcode(String place) {
        return POSTCODE.matcher(place).replaceFirst("");
    }

    private static final Pattern POSTCODE = Pattern.compile("^\\s*(?:[A-Z]{1,2}-)?\\d{4,5}\\s+");

    /**
     * The place a "Location:" line states, else null and a problem naming it. A street address
     * ("Address: Kerkstraat 12, 9000 Gent") names a known city or not: it is no error, is never quoted in
     * one, and leaves {@code fromHeader} (a place read from the header) standing when it names none.
     */
    private static Location statedLocation(Doc doc, String text, Location fromHeader) {
        Line stated = doc.keys.get("location");
        boolean address = fold(stated.text()).matches("(?:home |postal )?(?:address|adres|adresse|anschrift)\\b.*");
        Location found = location(doc, stated, text, !address);
        return found != null || !address ? found : fromHeader;
    }

    /** Jobs: a line with a date range starts one; the lines after it, up to the next, describe it. */
    private static List<Experience> experience(Doc doc) {
        List<Experience> jobs = new ArrayList<>();
        List<Line> lines = doc.in(Section.EXPERIENCE);
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            Range range = range(line.text());
            if (range == null) {
                i++;
                continue;
            }
            String rest = (line.text().substring(0, range.start()) + " " + line.text().substring(range.end())).strip();
            String[] titleOrg = titleAndOrganization(rest);
            Line titleLine = line;
            // "Machine Learning Engineer — Acme" on the line before, "Jan 2021 – present" on its own.
            if (titleOrg[0] == null && i > 0 && range(lines.get(i - 1).text()) == null) {
                Line before = lines.get(i - 1);
                if (!before.bullet() || before.markdownHeading()) {
                    titleOrg = titleAndOrganization(before.text());
                    titleLine = before;
                }
            }
            StringBuilder description = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && range(lines.get(j).text()) == null
                    && !(j + 1 < lines.size() && range(lines.get(j + 1).text()) != null
                         && titleAndOrganization(stripRange(lines.get(j + 1).text()))[0] == null
                         && (!lines.get(j).bullet() || lines.get(j).markdownHeading()))) {
                description.append(description.isEmpty() ? "" : "\n").append(lines.get(j).bullet() ? "- " : "")
                        .append(lines.get(j).text());
                j++;
            }
            if (titleOrg[0] == null) {
                doc.problem(line, "the job dated '" + line.text().substring(range.start(), range.end())
                        + "' has no title; write 'Title, Company' on its line or the line before");
            } else {
                try {
                    jobs.add(new Experience(titleOrg[0], titleOrg[1], range.from(), range.to(),
                            description.toString(), List.of()));
                } catch (IllegalArgumentException e) {
                    doc.problem(line, "'" + line.text() + "': " + e.getMessage());
                }
                for (SkillTaxonomy.Found f : Vocabulary.get().taxonomy.findInText(titleOrg[0])) {
                    doc.seen(f.skill().name(), titleLine);
                }
            }
            i = j;
        }
        return jobs;
    }

    private static String stripRange(String text) {
        Range r = range(text);
        return r == null ? text : (text.substring(0, r.start()) + " " + text.substring(r.end())).strip();
    }

    /** "Title, Company", "Title at Company", "Title | Company", "Title — Company (Ghent)". */
    private static String[] titleAndOrganization(String text) {
        String t = text.replaceAll("[()\\[\\]]", " ").replaceAll("^[\\s,|:·•—–-]+|[\\s,|:·•—–-]+$", "").strip();
        if (t.isEmpty()) {
            return new String[]{null, null};
        }
        String[] parts = t.split("\\s+(?:at|@|bij|bei|chez)\\s+|\\s*[,|·•]\\s*|\\s+[—–-]\\s+");
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String s = p.strip();
            if (!s.isEmpty() && Vocabulary.get().cities.get(s.toLowerCase(Locale.ROOT)) == null
                    && Reading.Countries.code(s.length() == 2 ? "??" : s) == null && remote(s) == null) {
                kept.add(s);
            }
        }
        if (kept.isEmpty()) {
            return new String[]{null, null};
        }
        return new String[]{kept.get(0), kept.size() > 1 ? kept.get(1) : null};
    }

    private static void education(Doc doc, Line line, List<Education> education, List<String> certifications) {
        String text = valueOf(line);
        Range range = range(text);
        YearMonth end = range == null ? null : range.to();
        if (range == null) {
            Matcher year = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b").matcher(text);
            while (year.find()) {
                end = YearMonth.of(Integer.parseInt(year.group(1)), 6);
            }
        }
        String rest = stripRange(text).replaceAll("\\b(19[5-9]\\d|20\\d\\d)\\b", " ").replaceAll("\\(\\s*\\)", " ")
                .replaceAll("[\\s,|·—–-]+$", "").strip();
        DegreeText.Degree degree;
        try {
            degree = DegreeText.studyType(rest);
        } catch (IllegalArgumentException e) {
            return; // a line of the section that names no degree: a thesis title, a grade
        }
        if (degree == null) {
            certifications.add(rest.replaceAll("[\\s,|·—–-]+$", ""));
            return;
        }
        String[] parts = rest.split("\\s*[,|·•]\\s*|\\s+[—–-]\\s+|\\s+(?:at|aan|an der|à)\\s+");
        String institution = null;
        String field = null;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (institution == null && fold(p).matches(".*\\b(universit\\w*|hogeschool|college|school|institut\\w*|"
                    + "academ\\w*|fachhochschule|hochschule|ku leuven|eth|tu|epfl|polytechni\\w*|ecole)\\b.*")) {
                institution = p;
            } else if (field == null) {
                // "Master of Science in Computer Science": the field follows "in", else "of".
                Matcher in = Pattern.compile("(?iu)\\b(?:in|en|im)\\s+(?:de\\s+|the\\s+)?(\\p{Lu}[^,;|]*)$").matcher(p);
                Matcher of = Pattern.compile("(?iu)\\bof\\s+(?:the\\s+)?(\\p{Lu}[^,;|]*)$").matcher(p);
                if (in.find()) {
                    field = in.group(1).strip();
                } else if (of.find() && !fold(of.group(1)).matches("science|arts|engineering|applied sciences?")) {
                    field = of.group(1).strip();
                } else {
                    String without = p.replaceAll("(?iu)\\b(bachelor|master|msc|m\\.sc\\.?|bsc|b\\.sc\\.?|ma|ba|mba|phd|ph\\.d\\.?"
                            + "|doctorate|hbo|wo|degree|of science|of arts|diploma|professional|associate|"
                            + "'s|’s|bachelor's|master's)\\b", " ").replaceAll("\\s+", " ").strip();
                    if (!without.isEmpty() && !without.equals(p) && Character.isUpperCase(without.codePointAt(0))) {
                        field = without;
                    }
                }
            }
        }
        if (institution == null && parts.length > 1 && !parts[parts.length - 1].isBlank()) {
            institution = parts[parts.length - 1].strip(); // "Professional Bachelor in X, HOGENT": where, last
        }
        EducationTrack track = degree.track();
        if (track == null && degree.level().compareTo(EducationLevel.VOCATIONAL) >= 0) {
            track = DegreeText.institutionTrack(institution);
        }
        try {
            education.add(new Education(degree.level(), track, field, institution, end));
        } catch (IllegalArgumentException e) {
            doc.problem(line, "'" + text + "': " + e.getMessage());
        }
    }

    /** The items of a list line: split at commas, semicolons, bullets and pipes; "Label: a, b" drops the label. */
    private static List<String> items(String text) {
        Matcher label = Pattern.compile("^([^:,;()]{2,40}):\\s*(\\S.*)$").matcher(text);
        return list(label.matches() ? label.group(2) : text);
    }

    /** The items of a list line, every part kept ("French: B2" is one item). */
    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        String t = text;
        // A list in parentheses ("AWS (SageMaker, S3)") names skills too: each is an item.
        t = t.replaceAll("\\(([^()]*[,;][^()]*)\\)", ", $1");
        for (String part : t.split("\\s*[,;|•·]\\s*|\\s+(?:and|en|und|et)\\s+")) {
            String p = part.replaceAll("^[\\s(]+|[\\s.)]+$", "").strip();
            if (!p.isEmpty()) {
                items.add(p);
            }
        }
        return items;
    }

    /** Listed skills: each item of a Skills line ("Python (expert)"), or the skills named in a sentence. */
    private static void claims(Doc doc, Line line, Map<String, SkillClaim> claims) {
        String value = valueOf(line);
        for (String item : items(value)) {
            SkillLevel level = null;
            Double years = null;
            String name = item;
            Matcher paren = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)?\\s*$").matcher(item);
            if (paren.matches()) {
                name = paren.group(1).strip();
                String inside = paren.group(2).strip();
                Integer y = Reading.Years.in(inside);
                if (y != null) {
                    years = y.doubleValue();
                } else {
                    try {
                        level = SkillLevel.parse(inside);
                    } catch (IllegalArgumentException e) {
                        name = item; // "(pandas" was cut by the list split: keep the item
                    }
                }
            }
            // "basic AWS", "advanced SQL": a level word before a known skill.
            String[] levelAndName = name.split("\\s+", 2);
            if (level == null && levelAndName.length == 2 && Vocabulary.get().taxonomy.resolve(name).isEmpty()
                    && Vocabulary.get().taxonomy.resolve(levelAndName[1]).isPresent()) {
                try {
                    level = SkillLevel.parse(levelAndName[0]);
                    name = levelAndName[1];
                } catch (IllegalArgumentException e) {
                    // not a level word: the item is read as it is
                }
            }
            if (Vocabulary.get().taxonomy.resolve(name).isPresent() || looksLikeSkillName(name)) {
                claims.putIfAbsent(name.toLowerCase(Locale.ROOT), new SkillClaim(name, level, years));
                doc.seen(name, line);
            } else {
                for (SkillTaxonomy.Found f : Vocabulary.get().taxonomy.findInText(item)) {
                    claims.putIfAbsent(f.words().toLowerCase(Locale.ROOT), SkillClaim.named(f.words()));
                    doc.seen(f.skill().name(), line);
                }
            }
        }
    }

    /** A short name ("Hugging Face Accelerate"), not a phrase ("a passion for data"). */
    private static boolean looksLikeSkillName(String text) {
        String[] words = text.split("\\s+");
        if (words.length > 3 || text.length() > 40) {
            return false;
        }
        for (String w : words) {
            if (w.matches("(?i)a|an|the|of|for|with|in|to|and|or|on|is|are|we|you|our|your|de|het|een|der|die|das|le|la|les")) {
                return false;
            }
        }
        return !text.endsWith(".") && !text.isBlank();
    }

    private static List<Line> languageLines(Doc doc) {
        List<Line> lines = new ArrayList<>(doc.in(Section.LANGUAGES));
        Line key = doc.keys.get("languages");
        if (key != null && doc.sectionOf.get(key) != Section.LANGUAGES) {
            lines.add(key);
        }
        return lines;
    }

    private static final Pattern LANGUAGE_ITEM = Pattern.compile("(?u)^([\\p{L}]+)\\s*(?:[(:–—-]\\s*)?(.*?)\\)?$");

    /**
     * The items of a languages line: "English (C1, professional), Dutch (native)" is two, whatever the
     * parentheses hold; items without parentheses are split as any list ("Dutch and English").
     */
    private static List<String> languageItems(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length()) {
                char ch = text.charAt(i);
                depth = ch == '(' ? depth + 1 : ch == ')' ? Math.max(0, depth - 1) : depth;
                if (depth > 0 || ",;|•·".indexOf(ch) < 0) {
                    continue;
                }
            }
            String written = text.substring(start, i).strip();
            start = i + 1;
            int open = written.indexOf('(');
            List<String> names = open < 0 ? List.of() : list(written.substring(0, open));
            if (open >= 0 && !names.isEmpty()) {
                // "French and German (B1)": the parentheses belong to the last name only.
                items.addAll(names.subList(0, names.size() - 1));
                items.add(names.get(names.size() - 1) + " " + written.substring(open));
            } else if (open >= 0) {
                items.add(written);
            } else if (!written.isEmpty()) {
                items.addAll(list(written));
            }
        }
        return items;
    }

    /** "Dutch (native)", "English C1", "Deutsch – fließend", "French: professional working proficiency". */
    private static LanguageSkill languageSkill(Doc doc, Line line, String item) {
        Matcher m = LANGUAGE_ITEM.matcher(item.strip());
        if (!m.matches()) {
            doc.problem(line, "language '" + item + "' is not 'Language (fluency)', such as 'Dutch (native)' or 'English C1'");
            return null;
        }
        String code = languageCode(m.group(1));
        if (code == null) {
            doc.problem(line, "language '" + m.group(1) + "' in '" + item + "' is neither an ISO 639-1 code nor a known"
                    + " language name");
            return null;
        }
        String level = m.group(2).replaceAll("[()]", "").strip();
        if (level.contains(",")) {
            // "C1, professional": the first word that names a fluency says it.
            level = Stream.of(level.split("\\s*,\\s*")).filter(w -> fluency(w) != null).findFirst().orElse(level);
        }
        if (level.isEmpty()) {
            doc.problem(line, "language '" + item + "' has no fluency; write it as 'Dutch (native)' or 'English C1'");
            return null;
        }
        Fluency fluency = fluency(level);
        if (fluency == null) {
            doc.problem(line, "fluency '" + level + "' of language '" + m.group(1) + "' is unknown; expected a CEFR"
                    + " level (A1–C2) or a word such as native, fluent, professional, basic");
            return null;
        }
        try {
            return new LanguageSkill(code, fluency);
        } catch (IllegalArgumentException e) {
            doc.problem(line, e.getMessage());
            return null;
        }
    }

    private static String languageCode(String name) {
        try {
            return new LanguageSkill(name, Fluency.NATIVE).language();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Fluency fluency(String level) {
        try {
            return Fluency.parse(level);
        } catch (IllegalArgumentException e) {
            // "C1 (advanced)" or "native speaker, bilingual": the first word that is a level.
            for (String w : fold(level).split(" ")) {
                try {
                    return Fluency.parse(w);
                } catch (IllegalArgumentException notALevel) {
                    // the next word, then
                }
            }
            return null;
        }
    }

    // ---- posting ---------------------------------------------------------------------------------------

    private static Vacancy vacancy(Doc doc) {
        String title = doc.value("title");
        String organization = doc.value("company");
        Line titleLine = doc.keys.get("title");
        Line first = doc.lines.get(0);
        if (title == null) {
            if (first.heading() != null || key(first) != null) {
                doc.problem(first, "a job posting needs a title: the first line is '" + clip(first.text())
                        + "'; write the job title first, or a 'Title: …' line");
                return null;
            }
            titleLine = first;
            String[] parts = first.text().split("\\s+(?:at|@|bij|bei|chez)\\s+|\\s+[—–|]\\s+|\\s+-\\s+", 2);
            title = parts[0].strip();
            if (parts.length > 1 && organization == null) {
                organization = parts[1].strip();
            }
        }
        if (title.split("\\s+").length > 12 || title.endsWith(".")) {
            doc.problem(titleLine, "a job posting needs a title: '" + clip(title) + "' reads as a sentence;"
                    + " write the job title first, or a 'Title: …' line");
            return null;
        }
        Location location = null;
        RemotePolicy remote = null;
        EmploymentType type = null;
        for (Line line : doc.header) {
            if (line == titleLine || key(line) != null) {
                continue;
            }
            HeaderFacts facts = headerFacts(doc, line);
            if (facts != null) {
                location = location != null ? location : facts.location();
                remote = remote != null ? remote : facts.remote();
                type = type != null ? type : facts.type();
            }
        }
        String locationText = doc.value("location");
        if (locationText != null) {
            location = statedLocation(doc, locationText, location);
        }
        if (locationText != null && remote == null) {
            remote = remote(locationText.replaceAll(".*[(,|·]\\s*", "").replace(")", ""));
        }
        String remoteText = doc.value("remote");
        if (remoteText != null) {
            remote = remote(remoteText);
            if (remote == null) {
                try {
                    remote = RemotePolicy.parse(remoteText);
                } catch (IllegalArgumentException e) {
                    doc.problem(doc.keys.get("remote"), e.getMessage());
                }
            }
        }
        Map<String, Object> extraTypes = new TreeMap<>();
        String typeText = doc.value("type");
        if (typeText != null) {
            List<EmploymentType> types = employmentTypes(doc, doc.keys.get("type"), typeText);
            type = types.size() == 1 ? types.get(0) : null;
            if (types.size() > 1) {
                extraTypes.put("employmentTypes", types.stream().map(Enum::name).toList());
            }
        }
        Salary salary = null;
        String salaryText = doc.value("salary");
        if (salaryText != null) {
            try {
                salary = SalaryText.parse(salaryText);
            } catch (IllegalArgumentException e) {
                doc.problem(doc.keys.get("salary"), e.getMessage());
            }
        }
        Seniority seniority = null;
        String seniorityText = doc.value("seniority");
        if (seniorityText != null) {
            try {
                seniority = Seniority.parse(seniorityText);
            } catch (IllegalArgumentException e) {
                doc.problem(doc.keys.get("seniority"), e.getMessage());
            }
        }
        Integer minYears = null;
        String experienceText = doc.value("experience");
        if (experienceText != null) {
            minYears = Reading.Years.in(experienceText);
            if (minYears == null) {
                try {
                    seniority = seniority != null ? seniority : Seniority.parse(experienceText);
                } catch (IllegalArgumentException e) {
                    doc.problem(doc.keys.get("experience"), "experience '" + experienceText + "' is neither a number of"
                            + " years such as '3+ years' nor a seniority word (Junior, Medior, Senior, Lead)");
                }
            }
        }
        List<Line> required = new ArrayList<>(doc.in(Section.REQUIRED));
        List<Line> preferred = new ArrayList<>(doc.in(Section.PREFERRED));
        Line requiredKey = doc.keys.get("required");
        if (requiredKey != null && !required.contains(requiredKey)) {
            required.add(requiredKey);
        }
        Line preferredKey = doc.keys.get("preferred");
        if (preferredKey != null && !preferred.contains(preferredKey)) {
            preferred.add(preferredKey);
        }
        Line skillsKey = doc.keys.get("skills");
        if (skillsKey != null && !required.contains(skillsKey) && !preferred.contains(skillsKey)) {
            required.add(skillsKey);
        }
        required.addAll(doc.in(Section.SKILLS).stream().filter(l -> !required.contains(l)).toList());
        if (experienceText == null) {
            for (Line line : required) {
                Integer years = Reading.Years.in(line.text());
                if (years != null && (minYears == null || years < minYears)) {
                    minYears = years;
                }
            }
        }
        Set<String> requiredSkills = skillsOf(doc, required);
        Set<String> preferredSkills = skillsOf(doc, preferred);
        preferredSkills.removeAll(requiredSkills);

        EducationRequirement education = educationRequirement(doc, required, preferred);
        List<LanguageRequirement> languages = new ArrayList<>();
        for (Line line : languageLines(doc)) {
            for (String item : languageItems(valueOf(line))) {
                LanguageSkill skill = languageSkill(doc, line, item);
                if (skill != null) {
                    languages.add(new LanguageRequirement(skill.language(), skill.fluency(), null));
                }
            }
        }
        StringBuilder description = new StringBuilder();
        for (Line line : doc.lines) {
            if (line == titleLine || doc.sectionOf.get(line) == Section.HEADER && key(line) != null) {
                continue;
            }
            description.append(description.isEmpty() ? "" : "\n").append(line.bullet() ? "- " : "")
                    .append(line.heading() != null ? line.text().replaceAll(":$", "") + ":" : line.text());
        }
        if (!doc.problems.isEmpty()) {
            return null;
        }
        Map<String, Object> extra = new TreeMap<>(doc.extra());
        extra.putAll(extraTypes);
        String id = doc.value("id");
        try {
            return new Vacancy(id != null ? id : doc.fallbackId, title, organization, description.toString(), null,
                    location, remote, type, seniority, minYears, salary, education, List.copyOf(requiredSkills),
                    List.copyOf(preferredSkills), languages, extra);
        } catch (IllegalArgumentException e) {
            doc.problem(titleLine, e.getMessage());
            return null;
        }
    }

    private static List<EmploymentType> employmentTypes(Doc doc, Line line, String text) {
        Set<EmploymentType> types = new LinkedHashSet<>();
        for (String part : text.split("\\s*(?:[,;/|]|\\bor\\b|\\bof\\b|\\band\\b|\\ben\\b)\\s*")) {
            String p = part.replaceAll("\\(.*\\)", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                types.add(EmploymentType.parse(p));
            } catch (IllegalArgumentException e) {
                doc.problem(line, e.getMessage());
            }
        }
        return List.copyOf(types);
    }

    /** Skills of requirement lines: listed items the taxonomy knows, and skills named in sentences. */
    private static Set<String> skillsOf(Doc doc, List<Line> lines) {
        Set<String> skills = new LinkedHashSet<>();
        SkillTaxonomy taxonomy = Vocabulary.get().taxonomy;
        for (Line line : lines) {
            String value = valueOf(line);
            for (String item : items(value)) {
                String name = item.replaceAll("\\s*\\([^)]*\\)?$", "").strip();
                var skill = taxonomy.resolve(name);
                if (skill.isPresent()) {
                    skills.add(name);
                    doc.seen(name, line);
                } else {
                    for (SkillTaxonomy.Found f : taxonomy.findInText(item)) {
                        skills.add(f.words());
                        doc.seen(f.skill().name(), line);
                    }
                }
            }
        }
        // Two spellings of one skill ("k8s" and "Kubernetes") are one requirement.
        Map<String, String> byCanonical = new LinkedHashMap<>();
        for (String s : skills) {
            byCanonical.putIfAbsent(taxonomy.resolve(s).map(SkillTaxonomy.Skill::name).orElse(s), s);
        }
        return new LinkedHashSet<>(byCanonical.values());
    }

    private static EducationRequirement educationRequirement(Doc doc, List<Line> required, List<Line> preferred) {
        EducationLevel min = null;
        EducationLevel best = null;
        EducationTrack track = null;
        Set<String> fields = new LinkedHashSet<>();
        List<Line> lines = new ArrayList<>(required);
        Line key = doc.keys.get("education");
        if (key != null && !lines.contains(key)) {
            lines.add(0, key);
        }
        for (Line line : lines) {
            DegreeText.Requirement r = DegreeText.requirement(valueOf(line));
            if (r != null) {
                min = r.minLevel() == null ? min : min == null || r.minLevel().compareTo(min) < 0 ? r.minLevel() : min;
                best = r.preferredLevel() == null ? best : best == null || r.preferredLevel().compareTo(best) > 0 ? r.preferredLevel() : best;
                track = track == null ? r.track() : track;
                fields.addAll(r.fields());
            }
        }
        for (Line line : preferred) {
            DegreeText.Requirement r = DegreeText.requirement(valueOf(line));
            if (r != null) {
                for (EducationLevel level : new EducationLevel[]{r.minLevel(), r.preferredLevel()}) {
                    if (level != null && (best == null || level.compareTo(best) > 0)) {
                        best = level;
                    }
                }
                track = track == null ? r.track() : track;
                fields.addAll(r.fields());
            }
        }
        if (min == null && best == null) {
            return null;
        }
        if (min != null && best != null && best.compareTo(min) <= 0) {
            best = null;
        }
        return new EducationRequirement(min, best, track, List.copyOf(fields), null);
    }

    // ---- shared ----------------------------------------------------------------------------------------

    /** Lower case, accents dropped, punctuation as single spaces. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("ß", "ss")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'+#]+", " ").strip();
    }

    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** The default sources of the profile: "listed" becomes "listed, text line 12" when the document says where. */
    static Map<String, String> withLines(Map<String, String> sources, Map<String, Object> otherFields) {
        if (otherFields == null || !(otherFields.get(SKILL_LINES) instanceof Map<?, ?> lines) || lines.isEmpty()) {
            return sources;
        }
        Map<String, String> out = new LinkedHashMap<>();
        sources.forEach((skill, source) -> {
            Object line = lines.get(skill);
            out.put(skill, line == null ? source : source.equals("text") ? line.toString() : source + ", " + line);
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The built-in taxonomy and region table, read once: a document is read before any rule set is chosen. */
    static final class Vocabulary {
        private static volatile Vocabulary instance;

        final SkillTaxonomy taxonomy;
        /** City spelling (lower case) → [city, country]. */
        final Map<String, String[]> cities;

        private Vocabulary(SkillTaxonomy taxonomy, Map<String, String[]> cities) {
            this.taxonomy = taxonomy;
            this.cities = cities;
        }

        static Vocabulary get() {
            Vocabulary v = instance;
            if (v == null) {
                synchronized (Vocabulary.class) {
                    if (instance == null) {
                        instance = load();
                    }
                    v = instance;
                }
            }
            return v;
        }

        private static Vocabulary load() {
            RuleSource source = RuleSource.classpath();
            List<RuleProblem> problems = new ArrayList<>();
            SkillTaxonomy taxonomy = SkillTaxonomy.parse(source.text(SkillTaxonomy.FILE), problems);
            Map<String, String[]> cities = new HashMap<>();
            String regions = source.text("data/regions.csv");
            if (regions != null) {
                for (Csv.Row row : Csv.parse("data/regions.csv", regions, List.of("city", "country", "region"), problems)) {
                    String[] spellings = row.get("city").split("\\|");
                    for (String spelling : spellings) {
                        cities.put(spelling.strip().toLowerCase(Locale.ROOT), new String[]{spellings[0].strip(), row.get("country")});
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the built-in rule set has problems: " + problems);
            }
            return new Vocabulary(taxonomy, Map.copyOf(cities));
        }
    }
}
