package dev.rolefit.engine;

import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

/**
 * The default rule set compiled ahead of time, when the jar is built, into Drools' executable
 * model: a command then starts by loading ready classes instead of parsing DRL and compiling every
 * constraint and consequence (0.7–0.9 s instead of 2.6–2.8 s for a first build on a cold JVM).
 *
 * <p>The build (the engine's pom, after compiling) runs {@link #main}, which writes two resources:
 * {@code rolefit-precompiled/rules.jar}, the generated classes, and {@code rules.properties}, the
 * version (SHA-256 of every .drl and .csv file) of the rule folder they were made from, the model
 * classes to start, and a fingerprint of the fact classes they call. {@link RuleBook} uses them
 * only for a rule folder of exactly that version, the built-in one or a copy of it, with the same
 * fact classes; any other folder, any edit, and a copy that cannot be used is compiled from its
 * DRL as before. Rules behave the same either way (the engine's tests compare both builds profile
 * by profile and pair by pair, reasons and firings included).
 *
 * <p>Nothing here stops a build: a rule folder with problems, or DRL the executable model cannot
 * compile, gets no precompiled copy and is compiled (and its problems reported) when loaded.
 */
final class PrecompiledRules {
    /** Where the build puts the precompiled rules on the classpath. */
    static final String ROOT = "rolefit-precompiled";
    private static final String CLASSES = "rules.jar";
    private static final String ABOUT = "rules.properties";

    private PrecompiledRules() {
    }

    /**
     * The precompiled rule base when the build made one from a rule folder of this {@link
     * RuleSource#version version}, else null (the caller compiles the DRL).
     */
    static KieBase load(String version) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        try (InputStream about = loader.getResourceAsStream(ROOT + "/" + ABOUT)) {
            if (about == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(about);
            return load(version, properties, () -> {
                try (InputStream classes = loader.getResourceAsStream(ROOT + "/" + CLASSES)) {
                    return classes == null ? null : classes.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            return null;
        }
    }

    /** The rules of a precompiled copy described by {@code properties}, if it was made from this version. */
    static KieBase load(String version, Properties properties, java.util.function.Supplier<byte[]> classes) {
        try {
            if (!version.equals(properties.getProperty("version"))
                    || !java.util.Objects.equals(factClasses(properties.getProperty("factClasses", "")),
                    properties.getProperty("facts"))) {
                return null;
            }
            byte[] jar = classes.get();
            return jar == null ? null : start(properties, jar);
        } catch (IOException | RuntimeException | LinkageError e) {
            // A copy that cannot be used is no reason to stop: the DRL build makes the same rules.
            return null;
        }
    }

    /**
     * The SHA-256 of the named fact classes' bytes as the engine holds them now: the precompiled
     * rules call into them, so a copy made against other versions of them (a build that compiled
     * the engine but did not precompile) is not used. Null when one is missing.
     */
    private static String factClasses(String names) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : names.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try (InputStream in = PrecompiledRules.class.getClassLoader()
                        .getResourceAsStream(name.strip().replace('.', '/') + ".class")) {
                    if (in == null) {
                        return null;
                    }
                    sha.update(name.strip().getBytes(StandardCharsets.UTF_8));
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KieBase start(Properties properties, byte[] classes) {
        ClassLoader loader = new GeneratedClasses(read(classes), PrecompiledRules.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String name : properties.getProperty("models", "").split(",")) {
            try {
                models.add((Model) Class.forName(name.strip(), true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("the precompiled rules name a model class that cannot be started: '"
                        + name + "'; rebuild rolefit", e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /**
     * Build step: precompiles the rule folder {@code args[0]} into the folder {@code args[1]} (on
     * the classpath as {@value #ROOT}). Prints one line of what it did; exits non-zero only when the
     * two builds of valid rules disagree on the rules they hold.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PrecompiledRules RULES_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path out = Path.of(args[1]);
        // A copy from an earlier build must never stand for this one, also when this one fails.
        Files.deleteIfExists(out.resolve(ABOUT));
        Files.deleteIfExists(out.resolve(CLASSES));

        RuleSource source = RuleSource.folder(rules);
        RuleBook classic;
        try {
            classic = RuleBook.compile(source, false);
        } catch (RuleSetException e) {
            System.out.println("rolefit: rules not precompiled: " + rules + " has " + e.problems().size()
                    + " problem(s), reported when rolefit loads it");
            return;
        }
        try {
            precompile(rules, out, source, classic);
        } catch (IOException | RuntimeException | LinkageError e) {
            Files.deleteIfExists(out.resolve(ABOUT));
            Files.deleteIfExists(out.resolve(CLASSES));
            System.out.println("rolefit: rules not precompiled (they are compiled from DRL at start-up instead): " + e);
        }
    }

    private static void precompile(Path rules, Path out, RuleSource source, RuleBook classic) throws IOException {
        String version = classic.version(); // the source's, worked out once
        KieServices ks = KieServices.Factory.get();
        KieBuilder builder = RuleBook.kieBuilder(ks, source, ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            // Its messages are about the Java it generates from the rules, the first line of each says most.
            StringBuilder why = new StringBuilder();
            errors.stream().map(m -> m.getText().lines().findFirst().orElse("")).distinct().limit(5)
                    .forEach(line -> why.append("\n  ").append(line));
            System.out.println("rolefit: rules not precompiled (they are compiled from DRL at start-up instead): "
                    + "Drools' executable model rejected them:" + why);
            return;
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        ks.getRepository().removeKieModule(module.getReleaseId());
        Map<String, byte[]> classes = new HashMap<>();
        List<String> models = new ArrayList<>();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class")) {
                classes.put(file, module.getBytes(file));
            } else if (file.endsWith("/drools-model")) {
                // Its lines after the version header name the generated model classes, one per package.
                String listing = new String(module.getBytes(file), StandardCharsets.UTF_8);
                listing.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":")).forEach(models::add);
            }
        }
        List<String> facts = factClassNames();
        Properties properties = new Properties();
        properties.setProperty("version", version);
        properties.setProperty("models", String.join(",", models));
        properties.setProperty("factClasses", String.join(",", facts));
        properties.setProperty("facts", factClasses(String.join(",", facts)));
        byte[] jar = write(classes);

        KieBase precompiled = start(properties, jar);
        if (!ruleNames(precompiled).equals(new TreeSet<>(classic.ruleNames()))) {
            System.err.println("rolefit: the precompiled rules differ from the DRL build: "
                    + ruleNames(precompiled) + " vs " + classic.ruleNames());
            System.exit(1);
        }
        Files.createDirectories(out);
        Files.write(out.resolve(CLASSES), jar);
        // Written by hand, without the date Properties.store adds: nothing here depends on when it was made.
        Files.writeString(out.resolve(ABOUT), "# Made by the build; used only for a rule folder of exactly this version,\n"
                + "# with the engine's fact classes as they were then.\n"
                + "version=" + properties.getProperty("version") + "\nmodels=" + properties.getProperty("models")
                + "\nfactClasses=" + properties.getProperty("factClasses") + "\nfacts=" + properties.getProperty("facts")
                + "\n", StandardCharsets.ISO_8859_1);
        System.out.println("rolefit: precompiled " + classic.ruleNames().size() + " rules of " + rules + " ("
                + version.substring(0, 19) + "…) into " + out);
    }

    /**
     * The classes the generated code calls into: the engine's facts (dev.rolefit.engine.facts)
     * and the model's types the rules use (dev.rolefit.model: Seniority, SkillLevel …), read from
     * wherever the build has them, a classes folder or a jar.
     */
    private static List<String> factClassNames() throws IOException {
        List<String> names = new ArrayList<>();
        names.addAll(classesBeside(PrecompiledRules.class, "dev/rolefit/engine/facts"));
        names.addAll(classesBeside(dev.rolefit.model.Seniority.class, "dev/rolefit/model"));
        return names;
    }

    private static List<String> classesBeside(Class<?> anchor, String folder) throws IOException {
        Path where;
        try {
            where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot find where " + anchor.getName() + " was loaded from", e);
        }
        if (Files.isDirectory(where)) {
            return classesIn(where.resolve(folder), folder);
        }
        try (var jar = java.nio.file.FileSystems.newFileSystem(where)) {
            return classesIn(jar.getPath(folder), folder);
        }
    }

    private static List<String> classesIn(Path dir, String folder) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> (folder + "/" + n.substring(0, n.length() - ".class".length())).replace('/', '.'))
                    .sorted().toList();
        }
    }

    private static TreeSet<String> ruleNames(KieBase kieBase) {
        TreeSet<String> names = new TreeSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        return names;
    }

    private static byte[] write(Map<String, byte[]> classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (String name : new TreeSet<>(classes.keySet())) {
                JarEntry entry = new JarEntry(name);
                entry.setTime(0); // no build time in the jar (the generated names still differ from build to build)
                jar.putNextEntry(entry);
                jar.write(classes.get(name));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> read(byte[] jar) {
        Map<String, byte[]> classes = new HashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (e.getName().endsWith(".class")) {
                    String name = e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.');
                    classes.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the precompiled rules' classes", e);
        }
        return classes;
    }

    /** Defines the generated classes on demand; everything else comes from the engine's loader. */
    private static final class GeneratedClasses extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        GeneratedClasses(Map<String, byte[]> classes, ClassLoader parent) {
            super("rolefit-precompiled-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
