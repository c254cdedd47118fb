package dev.rolefit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.engine.Reading.At;
import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationRequirement;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.Location;
import dev.rolefit.model.Period;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Salary;
import dev.rolefit.model.Vacancy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A vacancy in schema.org JobPosting JSON-LD (what job sites publish for search engines), as the
 * native {@link Vacancy}. A document is one JobPosting, or an {@code @graph} whose JobPosting nodes
 * are each a vacancy (the other nodes, an Organization or a Place, are looked up by {@code @id}).
 *
 * <table>
 *   <caption>JobPosting to native</caption>
 *   <tr><th>JobPosting</th><th>native</th></tr>
 *   <tr><td>{@code identifier} (text or PropertyValue), else the file name</td><td>{@code id}</td></tr>
 *   <tr><td>{@code title, hiringOrganization.name}</td><td>{@code title, organization}</td></tr>
 *   <tr><td>{@code description} (HTML: tags stripped, entities decoded), {@code responsibilities},
 *       {@code qualifications}, and the texts of the fields below</td><td>{@code description}</td></tr>
 *   <tr><td>{@code baseSalary}: a MonetaryAmount with a QuantitativeValue ({@code minValue, maxValue,
 *       value, unitText}), a number, or text; the currency from {@code currency} or
 *       {@code salaryCurrency}</td><td>{@code salary}; no currency is an error; no unitText is a
 *       year, unless the amount is under 10,000 (then an error, as for salary strings)</td></tr>
 *   <tr><td>{@code educationRequirements}: EducationalOccupationalCredential
 *       ({@code credentialCategory} "bachelor degree", "postgraduate degree", ...) or text ("MSc in
 *       Computer Science; PhD a plus")</td><td>{@code education}: minimum, preferred level, track,
 *       fields</td></tr>
 *   <tr><td>{@code experienceRequirements}: {@code monthsOfExperience} (a number or a string) or text
 *       ("3+ years")</td><td>{@code minYearsExperience}, whole years rounded down</td></tr>
 *   <tr><td>{@code experienceInPlaceOfEducation: true}</td><td>{@code education.equivalentExperienceYears}
 *       = those years</td></tr>
 *   <tr><td>{@code employmentType}: a string or an array (FULL_TIME, CONTRACTOR, ...)</td>
 *       <td>{@code employmentType}; several leave it unset and are kept as {@code employmentTypes}</td></tr>
 *   <tr><td>{@code jobLocation}: Place with a PostalAddress ({@code addressLocality, addressCountry})</td>
 *       <td>{@code location}: the first place; several are kept as {@code jobLocations}</td></tr>
 *   <tr><td>{@code jobLocationType: TELECOMMUTE}</td><td>{@code remotePolicy} REMOTE</td></tr>
 *   <tr><td>{@code applicantLocationRequirements}</td><td>kept; the location's country when there is no
 *       jobLocation and it names one country</td></tr>
 *   <tr><td>{@code skills}: text ("Python, PyTorch") or a list</td><td>{@code requiredSkills}</td></tr>
 *   <tr><td>{@code occupationalCategory}</td><td>kept, and in the description; the role family is
 *       inferred by the rules, since codes are not role families</td></tr>
 *   <tr><td>{@code datePosted, validThrough, url}</td><td>kept</td></tr>
 * </table>
 */
final class JobPostingFormat {
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?)\\s*(months?|maanden|monate?)?\\s*");

    private JobPostingFormat() {
    }

    /** JSON-LD: a document with {@code @context}, {@code @type} or {@code @graph}. */
    static boolean isJsonLd(JsonNode doc) {
        return doc.has("@context") || doc.has("@type") || doc.has("@graph");
    }

    /** Whether the node's {@code @type} is JobPosting ("JobPosting", "schema:JobPosting", a list holding it). */
    static boolean isJobPosting(JsonNode node) {
        for (JsonNode type : node.path("@type").isArray() ? node.path("@type") : List.of(node.path("@type"))) {
            String t = type.asText("");
            if (t.equals("JobPosting") || t.endsWith(":JobPosting") || t.endsWith("/JobPosting")) {
                return true;
            }
        }
        return false;
    }

    /** The JobPosting nodes of a document: itself, or those of its {@code @graph}. */
    static List<At> postings(At doc) {
        if (isJobPosting(doc.node())) {
            return List.of(doc);
        }
        List<At> postings = new ArrayList<>();
        for (At node : doc.get("@graph").items()) {
            if (node.node().isObject() && isJobPosting(node.node())) {
                postings.add(node);
            }
        }
        return postings;
    }

    /** What the document is instead, for the error when it holds no JobPosting. */
    static String describe(JsonNode doc) {
        String type = doc.path("@type").isArray() ? doc.path("@type").toString() : doc.path("@type").asText("");
        if (!type.isEmpty()) {
            return "a schema.org " + type + ", not a JobPosting";
        }
        return doc.has("@graph") ? "an @graph without a JobPosting" : "JSON-LD without an @type";
    }

    /**
     * The vacancy, or null when a problem was found (each one is in {@code reading}).
     *
     * @param doc the whole document, where {@code @id} references are looked up
     */
    static Vacancy vacancy(At posting, At doc, Reading reading) {
        Graph graph = new Graph(doc);
        Map<String, Object> extra = new TreeMap<>();
        String id = reading.text(posting.get("id"));
        if (id == null) {
            id = identifier(graph.resolve(posting.get("identifier")), reading);
        }
        String title = plainText(reading.text(posting.get("title")));
        if (title == null) {
            title = plainText(reading.text(posting.get("name")));
        }
        String organization = plainText(reading.textOrName(graph.resolve(posting.get("hiringOrganization"))));

        StringBuilder description = new StringBuilder();
        String body = plainText(reading.text(posting.get("description")));
        if (body != null) {
            description.append(body);
        }
        section(description, "Responsibilities", reading.texts(posting.get("responsibilities")));
        section(description, "Qualifications", reading.texts(posting.get("qualifications")));

        List<String> required = skills(posting.get("skills"), reading);

        List<EmploymentType> types = reading.employmentTypes(posting.get("employmentType"));
        EmploymentType employmentType = types.size() == 1 ? types.get(0) : null;
        if (types.size() > 1) {
            extra.put("employmentTypes", types.stream().map(Enum::name).toList());
        }

        RemotePolicy remote = null;
        for (At type : posting.get("jobLocationType").items()) {
            String text = reading.text(type);
            if ("TELECOMMUTE".equalsIgnoreCase(text)) {
                remote = RemotePolicy.REMOTE;
            } else if (text != null) {
                reading.problem(type, "unknown jobLocationType '" + text + "'; schema.org defines only TELECOMMUTE");
            }
        }
        Location location = null;
        List<String> places = new ArrayList<>();
        for (At place : posting.get("jobLocation").items()) {
            Location l = place(graph.resolve(place), graph, reading);
            if (l != null) {
                location = location == null ? l : location;
                places.add(l.city() == null ? l.countryCode() : l.city() + (l.countryCode() == null ? "" : ", " + l.countryCode()));
            }
        }
        if (places.size() > 1) {
            extra.put("jobLocations", places);
        }
        List<String> applicantCountries = new ArrayList<>();
        for (At area : posting.get("applicantLocationRequirements").items()) {
            String name = reading.textOrName(graph.resolve(area));
            if (name != null) {
                String code = Reading.Countries.code(name);
                applicantCountries.add(code == null ? name : code);
            }
        }
        if (!applicantCountries.isEmpty()) {
            extra.put("applicantLocationRequirements", applicantCountries);
            if (location == null && applicantCountries.size() == 1 && applicantCountries.get(0).matches("[A-Z]{2}")) {
                String country = applicantCountries.get(0);
                location = new Location(null, country);
            }
        }

        Salary salary = salary(posting, reading);

        Integer minYears = null;
        List<String> experienceTexts = new ArrayList<>();
        for (At requirement : posting.get("experienceRequirements").items()) {
            Integer years = experienceYears(requirement, reading, experienceTexts);
            if (years != null) {
                minYears = minYears == null ? years : Math.min(minYears, years);
            }
        }
        section(description, "Experience", experienceTexts);

        List<String> educationTexts = new ArrayList<>();
        EducationRequirement education = education(posting, reading, minYears, educationTexts);
        section(description, "Education", educationTexts);

        List<String> categories = new ArrayList<>();
        for (At category : posting.get("occupationalCategory").items()) {
            String text = category.node().isObject()
                    ? Stream.of(reading.text(category.get("codeValue")), reading.text(category.get("name")))
                            .filter(Objects::nonNull).collect(Collectors.joining(" "))
                    : reading.text(category);
            if (text != null && !text.isBlank()) {
                categories.add(text);
            }
        }
        if (!categories.isEmpty()) {
            extra.put("occupationalCategory", categories.size() == 1 ? categories.get(0) : categories);
            section(description, "Occupational category", categories);
        }
        for (String field : List.of("datePosted", "validThrough", "url")) {
            String value = reading.text(posting.get(field));
            if (value != null) {
                extra.put(field, value);
            }
        }
        if (!reading.ok()) {
            return null;
        }
        String finalId = id != null ? id : reading.fallbackId();
        String finalTitle = title;
        Location finalLocation = location;
        RemotePolicy finalRemote = remote;
        Integer finalMinYears = minYears;
        return reading.attempt(posting, () -> new Vacancy(finalId, finalTitle, organization, description.toString(),
                null, finalLocation, finalRemote, employmentType, null, finalMinYears, salary, education, required,
                List.of(), List.of(), extra));
    }

    private static String identifier(At identifier, Reading reading) {
        for (At item : identifier.items()) {
            String value = item.node().isObject() ? reading.text(item.get("value")) : reading.text(item);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Location place(At place, Graph graph, Reading reading) {
        At address = place.node().isObject() && place.node().has("address") ? graph.resolve(place.get("address")) : place;
        if (address.node().isTextual()) {
            // "Brussels, Belgium" or "Rue de la Loi 16, 1000 Brussels, BE": the last part may be the country.
            String[] parts = address.node().asText().split("\\s*,\\s*");
            String last = parts[parts.length - 1];
            String code = parts.length > 1 ? Reading.Countries.code(last) : null;
            String city = (code == null ? last : parts[parts.length - 2]).replaceAll("^\\d{4,5}\\s+", "").strip();
            return reading.attempt(address, () -> new Location(city.isEmpty() ? null : city, code));
        }
        String city = reading.text(address.get("addressLocality"));
        return reading.location(address, city, address.get("addressCountry"));
    }

    private static Salary salary(At posting, Reading reading) {
        At base = posting.get("baseSalary");
        String salaryCurrency = reading.text(posting.get("salaryCurrency"));
        List<At> amounts = base.items();
        if (amounts.isEmpty()) {
            return null;
        }
        if (amounts.size() > 1) {
            reading.problem(base, "baseSalary holds " + amounts.size() + " amounts; expected one MonetaryAmount");
            return null;
        }
        At amount = amounts.get(0);
        JsonNode node = amount.node();
        if (node.isTextual()) {
            String text = node.asText();
            return reading.attempt(amount, () -> SalaryText.parse(salaryCurrency == null ? text : text + " " + salaryCurrency));
        }
        String currency = salaryCurrency;
        At valueAt = amount;
        if (node.isObject()) {
            String own = reading.text(amount.get("currency"));
            currency = own != null ? own : salaryCurrency;
            valueAt = amount.get("value");
        }
        if (currency == null) {
            reading.problem(amount, "baseSalary " + shown(amount) + " names no currency; add \"currency\": \"EUR\""
                    + " to the MonetaryAmount, or salaryCurrency to the JobPosting");
            return null;
        }
        BigDecimal min;
        BigDecimal max;
        Period period = null;
        int problemsBefore = reading.problems().size();
        JsonNode value = valueAt.node();
        if (value.isObject()) {
            BigDecimal exact = number(valueAt.get("value"), reading);
            min = number(valueAt.get("minValue"), reading);
            max = number(valueAt.get("maxValue"), reading);
            if (min == null && max == null) {
                min = exact;
                max = exact;
            }
            String unit = reading.text(valueAt.get("unitText"));
            if (unit != null) {
                period = reading.attempt(valueAt.get("unitText"), () -> Period.parse(unit));
                if (period == null) {
                    return null;
                }
            }
        } else if (value.isTextual() && !value.asText().strip().matches("[\\d.,\\s]+")) {
            String text = value.asText() + " " + currency;
            return reading.attempt(valueAt, () -> SalaryText.parse(text));
        } else {
            min = number(valueAt, reading);
            max = min;
        }
        if (min == null && max == null) {
            if (reading.problems().size() == problemsBefore) {
                reading.problem(valueAt, "baseSalary has no amount (value, minValue or maxValue)");
            }
            return null;
        }
        BigDecimal smallest = min != null ? min : max;
        if (period == null && smallest.compareTo(BigDecimal.valueOf(SalaryText.UNSTATED_PERIOD_MINIMUM)) < 0) {
            reading.problem(valueAt, "baseSalary " + smallest.stripTrailingZeros().toPlainString()
                    + " has no unitText, and is low for a yearly salary; add \"unitText\": \"MONTH\", \"HOUR\" or \"YEAR\"");
            return null;
        }
        BigDecimal low = min;
        BigDecimal high = max;
        String code = currency;
        Period unit = period;
        return reading.attempt(amount, () -> new Salary(low == null ? null : low.doubleValue(),
                high == null ? null : high.doubleValue(), code, unit));
    }

    private static BigDecimal number(At at, Reading reading) {
        if (!at.present()) {
            return null;
        }
        JsonNode node = at.node();
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = reading.text(at);
        if (text == null) {
            return null;
        }
        return reading.attempt(at, () -> SalaryText.number(text.strip(), false, "amount '" + text + "'"));
    }

    private static String shown(At amount) {
        JsonNode value = amount.node().isObject() ? amount.node().path("value") : amount.node();
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            for (String f : List.of("minValue", "value", "maxValue")) {
                if (value.has(f)) {
                    parts.add(value.get(f).asText());
                }
            }
            return String.join("-", parts);
        }
        return value.asText();
    }

    /** Whole years of experience from monthsOfExperience or text; the text goes to the description. */
    private static Integer experienceYears(At requirement, Reading reading, List<String> texts) {
        JsonNode node = requirement.node();
        if (node.isNumber()) {
            reading.problem(requirement, "experienceRequirements " + node.asText()
                    + " has no unit; use monthsOfExperience or write e.g. \"3 years\"");
            return null;
        }
        if (!node.isObject()) {
            String text = plainText(reading.text(requirement));
            if (text != null) {
                texts.add(text);
            }
            return Reading.Years.in(text);
        }
        String description = plainText(reading.text(requirement.get("description")));
        if (description != null) {
            texts.add(description);
        }
        At months = requirement.get("monthsOfExperience");
        if (months.present()) {
            if (months.node().isNumber()) {
                return (int) Math.floor(months.node().asDouble() / 12);
            }
            String text = reading.text(months);
            Matcher m = text == null ? null : LEADING_NUMBER.matcher(text);
            if (m != null && m.matches()) {
                return (int) Math.floor(Double.parseDouble(m.group(1).replace(',', '.')) / 12);
            }
            Integer years = Reading.Years.in(text);
            if (years == null) {
                reading.problem(months, "monthsOfExperience '" + text + "' is not a number of months");
            }
            return years;
        }
        return Reading.Years.in(description);
    }

    private static EducationRequirement education(At posting, Reading reading, Integer minYears, List<String> texts) {
        EducationLevel min = null;
        EducationLevel preferred = null;
        Set<EducationTrack> tracks = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        for (At requirement : posting.get("educationRequirements").items()) {
            DegreeText.Requirement read = null;
            if (requirement.node().isObject()) {
                At category = requirement.get("credentialCategory");
                if (!category.present()) {
                    category = requirement.get("educationalLevel");
                }
                String categoryText = reading.textOrName(category);
                String text = plainText(reading.text(requirement.get("description")));
                if (text == null) {
                    text = plainText(reading.text(requirement.get("name")));
                }
                if (text != null) {
                    texts.add(text);
                    read = DegreeText.requirement(text);
                }
                if (categoryText != null) {
                    DegreeText.Degree degree;
                    try {
                        degree = DegreeText.studyType(categoryText);
                    } catch (IllegalArgumentException e) {
                        reading.problem(category, "unknown credentialCategory '" + categoryText + "'; expected"
                                + " 'high school', 'associate degree', 'bachelor degree', 'postgraduate degree' or a degree"
                                + " such as 'MSc'");
                        continue;
                    }
                    if (degree != null) {
                        EducationLevel fromText = read == null ? null : read.preferredLevel();
                        read = new DegreeText.Requirement(degree.level(), fromText, degree.track(),
                                read == null ? List.of() : read.fields());
                    }
                }
            } else {
                String text = plainText(reading.text(requirement));
                if (text != null) {
                    texts.add(text);
                    read = DegreeText.requirement(text);
                }
            }
            if (read == null) {
                continue;
            }
            if (read.minLevel() != null) {
                min = min == null || read.minLevel().compareTo(min) < 0 ? read.minLevel() : min;
            }
            if (read.preferredLevel() != null) {
                preferred = preferred == null || read.preferredLevel().compareTo(preferred) > 0 ? read.preferredLevel() : preferred;
            }
            if (read.track() != null) {
                tracks.add(read.track());
            }
            fields.addAll(read.fields());
        }
        Boolean inPlace = posting.get("experienceInPlaceOfEducation").node().isBoolean()
                ? posting.get("experienceInPlaceOfEducation").node().asBoolean() : null;
        if (posting.get("experienceInPlaceOfEducation").present() && inPlace == null) {
            String text = reading.text(posting.get("experienceInPlaceOfEducation"));
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                inPlace = Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
            } else {
                reading.problem(posting.get("experienceInPlaceOfEducation"),
                        "experienceInPlaceOfEducation '" + text + "' is not true or false");
            }
        }
        Integer equivalentYears = Boolean.TRUE.equals(inPlace) ? minYears : null;
        if (min == null && preferred == null && fields.isEmpty()) {
            return null;
        }
        if (min != null && preferred != null && preferred.compareTo(min) <= 0) {
            preferred = null;
        }
        EducationLevel finalMin = min;
        EducationLevel finalPreferred = preferred;
        EducationTrack track = tracks.size() == 1 ? tracks.iterator().next() : null;
        return reading.attempt(posting.get("educationRequirements"), () -> new EducationRequirement(finalMin,
                finalPreferred, track, List.copyOf(fields), equivalentYears));
    }

    /** Text ("Python, PyTorch; MLOps"), a list of texts, or DefinedTerm objects. */
    private static List<String> skills(At skills, Reading reading) {
        Set<String> names = new LinkedHashSet<>();
        for (At skill : skills.items()) {
            String text = plainText(reading.textOrName(skill));
            if (text == null) {
                continue;
            }
            for (String part : text.split("\\s*(?:[,;\\n•|]|\\s-\\s)\\s*")) {
                String name = part.strip().replaceAll("^[-*]\\s*", "").replaceAll("[.]$", "");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    private static void section(StringBuilder description, String heading, List<String> lines) {
        List<String> plain = lines.stream().map(JobPostingFormat::plainText).filter(l -> l != null && !l.isBlank()).toList();
        JobResumeFormat.section(description, heading, plain);
    }

    /** {@code @id} references resolved against the document's {@code @graph}. */
    private record Graph(At doc) {
        At resolve(At at) {
            JsonNode node = at.node();
            if (node == null || !node.isObject() || !node.has("@id") || node.size() > 2
                    || node.size() == 2 && !node.has("@type")) {
                return at;
            }
            String id = node.get("@id").asText();
            for (At candidate : doc.get("@graph").items()) {
                if (candidate.node().isObject() && id.equals(candidate.node().path("@id").asText(null))
                        && candidate.node() != node) {
                    return candidate;
                }
            }
            return at;
        }
    }

    // ---- HTML to text ------------------------------------------------------------------------

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("euro", "€"), Map.entry("pound", "£"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("bull", "•"),
            Map.entry("middot", "·"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("rdquo", "”"),
            Map.entry("ldquo", "“"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
            Map.entry("aacute", "á"), Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("auml", "ä"),
            Map.entry("iacute", "í"), Map.entry("iuml", "ï"), Map.entry("oacute", "ó"), Map.entry("ocirc", "ô"),
            Map.entry("ouml", "ö"), Map.entry("uacute", "ú"), Map.entry("ucirc", "û"), Map.entry("uuml", "ü"),
            Map.entry("ccedil", "ç"), Map.entry("ntilde", "ñ"), Map.entry("szlig", "ß"), Map.entry("Eacute", "É"),
            Map.entry("Auml", "Ä"), Map.entry("Ouml", "Ö"), Map.entry("Uuml", "Ü"));
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});");

    /**
     * HTML as plain text: scripts and styles dropped, block ends and {@code <br>} as line breaks, list
     * items as "- " lines, other tags removed, entities decoded, spaces collapsed. Text without tags
     * only has its entities decoded and its spaces tidied.
     */
    static String plainText(String html) {
        if (html == null) {
            return null;
        }
        String text = html.replaceAll("(?is)<(script|style)\\b.*?</\\1\\s*>", " ")
                .replaceAll("(?is)<!--.*?-->", " ")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li\\b[^>]*>", "\n- ")
                .replaceAll("(?i)</(p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer)\\s*>", "\n")
                .replaceAll("(?i)<(p|div|ul|ol|h[1-6]|tr|table|section)\\b[^>]*>", "\n")
                .replaceAll("<[^>]*>", "");
        text = decode(text);
        text = text.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return text.isEmpty() ? null : text;
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(name.substring(2), 16), m.group());
            } else if (name.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(name.substring(1)), m.group());
            } else {
                replacement = ENTITIES.getOrDefault(name, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int code, String written) {
        return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : written;
    }
}
