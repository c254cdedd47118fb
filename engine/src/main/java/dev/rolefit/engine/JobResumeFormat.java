package dev.rolefit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.engine.Reading.At;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.Location;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Salary;
import dev.rolefit.model.Seniority;
import dev.rolefit.model.Vacancy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A vacancy in the JSON Resume job schema, as the native {@link Vacancy}:
 *
 * <table>
 *   <caption>JSON Resume job to native</caption>
 *   <tr><th>job schema</th><th>native</th></tr>
 *   <tr><td>{@code id} (not in the schema; else the file name)</td><td>{@code id}</td></tr>
 *   <tr><td>{@code title, company}</td><td>{@code title, organization}</td></tr>
 *   <tr><td>{@code type} ("Full-time", "Contract")</td><td>{@code employmentType}; several types
 *       leave it unset and are kept as {@code employmentTypes}, so that no candidate is knocked out
 *       for accepting only one of them</td></tr>
 *   <tr><td>{@code remote}: "Full", "Hybrid", "None"</td><td>{@code remotePolicy}: REMOTE, HYBRID, ONSITE</td></tr>
 *   <tr><td>{@code salary}, a string ("€55.000 - €70.000 per year")</td><td>{@code salary}, read by
 *       {@link SalaryText}: a salary without a currency is an error</td></tr>
 *   <tr><td>{@code experience}: a word ("Senior") and/or years ("5+ years")</td><td>{@code seniority},
 *       {@code minYearsExperience}</td></tr>
 *   <tr><td>{@code skills[]}: {@code name, keywords}</td><td>{@code requiredSkills}: the keywords, or
 *       the name when there are none (a name with keywords is a heading, kept in the description)</td></tr>
 *   <tr><td>{@code tools[]}: {@code name, keywords}</td><td>{@code preferredSkills}, the same way</td></tr>
 *   <tr><td>{@code description, responsibilities, qualifications}</td><td>{@code description}, one
 *       section each, so that skills named there are found in the text</td></tr>
 *   <tr><td>{@code location.city, countryCode}</td><td>{@code location}</td></tr>
 *   <tr><td>{@code date}</td><td>kept as {@code datePosted}</td></tr>
 * </table>
 */
final class JobResumeFormat {
    private static final Set<String> MARKERS = Set.of("company", "qualifications", "responsibilities");

    private JobResumeFormat() {
    }

    /** A title with a company, qualifications or responsibilities, or the job schema named in {@code $schema}. */
    static boolean matches(JsonNode doc) {
        return doc.has("title") && MARKERS.stream().anyMatch(doc::has)
                || doc.path("$schema").asText("").contains("job-schema");
    }

    /** The vacancy, or null when a problem was found (each one is in {@code reading}). */
    static Vacancy vacancy(At doc, Reading reading) {
        String id = reading.text(doc.get("id"));
        String title = reading.text(doc.get("title"));
        String organization = reading.text(doc.get("company"));
        Map<String, Object> extra = new TreeMap<>();

        List<EmploymentType> types = reading.employmentTypes(doc.get("type"));
        EmploymentType employmentType = types.size() == 1 ? types.get(0) : null;
        if (types.size() > 1) {
            extra.put("employmentTypes", types.stream().map(Enum::name).toList());
        }
        String remote = reading.text(doc.get("remote"));
        RemotePolicy remotePolicy = remote == null ? null : reading.attempt(doc.get("remote"), () -> RemotePolicy.parse(remote));
        String salaryText = reading.text(doc.get("salary"));
        Salary salary = salaryText == null ? null : reading.attempt(doc.get("salary"), () -> SalaryText.parse(salaryText));

        Seniority seniority = null;
        Integer minYears = null;
        String experience = reading.text(doc.get("experience"));
        if (experience != null) {
            minYears = Reading.Years.in(experience);
            String word = Reading.Years.without(experience);
            if (!word.isEmpty() || minYears == null) {
                seniority = reading.attempt(doc.get("experience"), () -> seniority(experience, word));
            }
        }

        StringBuilder description = new StringBuilder();
        String text = reading.text(doc.get("description"));
        if (text != null) {
            description.append(text);
        }
        section(description, "Responsibilities", reading.texts(doc.get("responsibilities")));
        section(description, "Qualifications", reading.texts(doc.get("qualifications")));
        List<String> headings = new ArrayList<>();
        List<String> required = skills(doc.get("skills"), reading, headings);
        List<String> preferred = skills(doc.get("tools"), reading, headings);
        section(description, "Skills", headings);

        At place = doc.get("location");
        Location location = reading.location(place, reading.text(place.get("city")), place.get("countryCode"));
        String date = reading.text(doc.get("date"));
        if (date != null) {
            extra.put("datePosted", date);
        }
        if (!reading.ok()) {
            return null;
        }
        String finalId = id != null ? id : reading.fallbackId();
        Seniority finalSeniority = seniority;
        Integer finalMinYears = minYears;
        return reading.attempt(doc, () -> new Vacancy(finalId, title, organization, description.toString(), null,
                location, remotePolicy, employmentType, finalSeniority, finalMinYears, salary, null, required,
                preferred, List.of(), extra));
    }

    /** "Senior", "Mid-level", "Senior engineer": the one rung the words name. */
    private static Seniority seniority(String written, String word) {
        try {
            return Seniority.parse(word);
        } catch (IllegalArgumentException whole) {
            Set<Seniority> named = new LinkedHashSet<>();
            for (String w : word.split("[\\s,;/]+")) {
                try {
                    named.add(Seniority.parse(w));
                } catch (IllegalArgumentException ignored) {
                    // not a seniority word
                }
            }
            if (named.size() == 1) {
                return named.iterator().next();
            }
            throw new IllegalArgumentException("experience '" + written + "' is neither a seniority word"
                    + " (Junior, Medior, Senior, Lead, ...) nor a number of years such as '5+ years'"
                    + (named.size() > 1 ? "; it names several rungs: " + named : ""));
        }
    }

    /** Keywords are the skills; a name with keywords is a heading ("Machine Learning: PyTorch, MLflow"). */
    private static List<String> skills(At skills, Reading reading, List<String> headings) {
        Set<String> names = new LinkedHashSet<>();
        for (At skill : skills.items()) {
            if (!skill.node().isObject()) {
                String name = reading.text(skill);
                if (name != null) {
                    names.add(name);
                }
                continue;
            }
            String name = reading.text(skill.get("name"));
            List<String> keywords = reading.texts(skill.get("keywords"));
            if (keywords.isEmpty()) {
                if (name != null) {
                    names.add(name);
                }
            } else {
                names.addAll(keywords);
                if (name != null) {
                    headings.add(name + ": " + String.join(", ", keywords));
                }
            }
        }
        return List.copyOf(names);
    }

    static void section(StringBuilder description, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        description.append(description.isEmpty() ? "" : "\n\n").append(heading).append(':');
        for (String line : lines) {
            description.append("\n- ").append(line);
        }
    }
}
