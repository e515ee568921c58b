package nl.wielwijzer.internal.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.result.Citation;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The bundled rules compiled at build time: the Drools packages of the bundled rule set (rule classes and all)
 * together with every rule's metadata, written by the knowledge module's build ({@link #main}) after the full
 * load has checked everything (syntax, types, metadata, every citation against the seeds, codes against the
 * vocabulary and catalogue). Starting from it skips parsing DRL and compiling Java, which is most of the cost
 * of a start-up.
 *
 * <p>It is used only when it was made from exactly the files now bundled, with the same Drools and the same fact
 * model (a fingerprint over all three); otherwise, or when it cannot be read, the bundled files are compiled
 * as before. A rule or catalogue folder a user names is always compiled and checked in full. Only this
 * resource, which the build wrote into the jar, is ever deserialised: never anything a user supplies.
 */
public final class Precompiled {

    /** Where the knowledge module's build writes the precompiled rules, inside its jar. */
    static final String RESOURCE = "META-INF/wielwijzer/precompiled/bundled-rules.bin";
    private static final String MAGIC = "wielwijzer-precompiled-rules/8";
    /** The packages rule files compile against: a change to any of their classes invalidates the file. */
    private static final List<String> FACT_MODEL = List.of("nl/wielwijzer/rules", "nl/wielwijzer/catalog",
            "nl/wielwijzer/profile", "nl/wielwijzer/bcw", "nl/wielwijzer/result");

    private Precompiled() {
    }

    /** A precompiled rule set: its knowledge base and the rules' metadata, as the full load gave them. */
    record Compiled(KieBase kieBase, Map<String, RuleInfo> rules, java.util.Set<String> tabled, Vocabulary vocabulary,
                    Catalog catalog) {
    }

    /** What a precompiled set must have been made from: the bundled files, Drools and the fact model. */
    static String fingerprint(Collection<SourceFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, MAGIC);
            update(sha, version("org.drools", "drools-core") + " " + version("org.drools", "drools-mvel")
                    + " " + version("org.kie", "kie-api") + " java " + Runtime.version().feature());
            for (SourceFile f : files) {
                update(sha, f.name());
                update(sha, f.text());
            }
            for (Map.Entry<String, byte[]> c : factModel().entrySet()) {
                update(sha, c.getKey());
                sha.update(c.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) (bytes.length >>> 24));
        sha.update((byte) (bytes.length >>> 16));
        sha.update((byte) (bytes.length >>> 8));
        sha.update((byte) bytes.length);
        sha.update(bytes);
    }

    private static String version(String group, String artifact) {
        String path = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Precompiled.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return artifact + " ?";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return artifact + " " + p.getProperty("version", "?");
        } catch (IOException e) {
            return artifact + " ?";
        }
    }

    /**
     * The class files of the fact model, by name, read from where this library's own classes are (a classes
     * folder or a jar), never from another entry of the class path that happens to hold the same package.
     */
    private static Map<String, byte[]> factModel() {
        Map<String, byte[]> classes = new TreeMap<>();
        java.security.CodeSource source = Precompiled.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            classes.put("unknown", new byte[0]); // no fingerprint can match: the bundled files are compiled
            return classes;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                for (String pkg : FACT_MODEL) {
                    Path dir = location.resolve(pkg);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> listing = Files.list(dir)) {
                            for (Path p : listing.filter(p -> p.toString().endsWith(".class")).toList()) {
                                classes.put(pkg + "/" + p.getFileName(), Files.readAllBytes(p));
                            }
                        }
                    }
                }
            } else {
                try (JarFile file = new JarFile(location.toFile())) {
                    for (JarEntry entry : Collections.list(file.entries())) {
                        String name = entry.getName();
                        int slash = name.lastIndexOf('/');
                        if (slash > 0 && name.endsWith(".class") && FACT_MODEL.contains(name.substring(0, slash))) {
                            try (InputStream in = file.getInputStream(entry)) {
                                classes.put(name, in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            classes.put("unreadable", new byte[0]);
        }
        return classes;
    }

    /** The bundled precompiled set, if there is one made from {@code fingerprint}; empty otherwise. */
    static Optional<Compiled> bundled(String fingerprint) {
        URL url = Precompiled.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(url.openStream(), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !fingerprint.equals(in.readUTF())) {
                return Optional.empty();
            }
            Map<String, RuleInfo> rules = new LinkedHashMap<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                RuleInfo rule = readRule(in);
                rules.put(rule.name(), rule);
            }
            java.util.Set<String> tabled = new java.util.LinkedHashSet<>();
            for (int i = in.readInt(); i > 0; i--) {
                tabled.add(in.readUTF());
            }
            List<Vocabulary.Term> terms = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                terms.add((Vocabulary.Term) Records.read(in));
            }
            List<nl.wielwijzer.catalog.Instrument> instruments = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                instruments.add((nl.wielwijzer.catalog.Instrument) Records.read(in));
            }
            List<KiePackage> packages = new ArrayList<>();
            try (ObjectInputStream objects = new DroolsObjectInputStream(in, Precompiled.class.getClassLoader())) {
                int n = objects.readInt();
                for (int i = 0; i < n; i++) {
                    packages.add((KiePackage) objects.readObject());
                }
            }
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return Optional.of(new Compiled(base, rules, tabled, Vocabulary.of(terms), new Catalog(instruments)));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // an unreadable file (another Drools, a changed class): compile the bundled files instead
            return Optional.empty();
        }
    }

    /** Writes a fully loaded and checked bundled set. */
    static void write(Knowledge knowledge, String fingerprint, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeUTF(MAGIC);
        out.writeUTF(fingerprint);
        // the fit table's rows are read from their file at every start, like the techniques: only compiled rules here
        List<RuleInfo> rules = knowledge.rules().ruleList().stream().filter(r -> !r.file().endsWith(FitTable.FILE)).toList();
        out.writeInt(rules.size());
        for (RuleInfo rule : rules) {
            writeRule(out, rule);
        }
        out.writeInt(knowledge.rules().tabled().size());
        for (String name : knowledge.rules().tabled()) {
            out.writeUTF(name);
        }
        List<Vocabulary.Term> terms = knowledge.vocabulary().allTerms();
        out.writeInt(terms.size());
        for (Vocabulary.Term t : terms) {
            Records.write(out, t);
        }
        List<nl.wielwijzer.catalog.Instrument> instruments = knowledge.catalog().instruments();
        out.writeInt(instruments.size());
        for (nl.wielwijzer.catalog.Instrument i : instruments) {
            Records.write(out, i);
        }
        ByteArrayOutputStream packages = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(packages)) {
            Collection<KiePackage> all = knowledge.rules().kieBase().getKiePackages();
            objects.writeInt(all.size());
            for (KiePackage p : all) {
                objects.writeObject(p);
            }
        }
        packages.writeTo(out);
        out.flush();
    }

    private static void writeRule(DataOutputStream out, RuleInfo r) throws IOException {
        out.writeUTF(r.name());
        out.writeUTF(r.file());
        out.writeInt(r.line());
        writeNullable(out, r.nl());
        writeNullable(out, r.en());
        out.writeInt(r.sources().size());
        for (Citation c : r.sources()) {
            out.writeUTF(c.seed());
            out.writeInt(c.fromLine());
            out.writeInt(c.toLine());
            out.writeUTF(c.quote());
        }
        out.writeInt(r.references().size());
        for (String reference : r.references()) {
            out.writeUTF(reference);
        }
        writeNullable(out, r.effect());
        writeNullable(out, r.matrix());
        writeNullable(out, r.note());
        out.writeInt(r.scope().size());
        for (nl.wielwijzer.profile.Sector sector : r.scope()) {
            out.writeUTF(sector.code());
        }
        writeNullable(out, r.generalises());
        writeNullable(out, r.evidence() == null ? null : r.evidence().code());
        writeNullable(out, r.apease() == null ? null : r.apease().code());
    }

    private static RuleInfo readRule(DataInputStream in) throws IOException {
        String name = in.readUTF();
        String file = in.readUTF();
        int line = in.readInt();
        String dutch = readNullable(in);
        String en = readNullable(in);
        List<Citation> sources = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            sources.add(new Citation(in.readUTF(), in.readInt(), in.readInt(), in.readUTF()));
        }
        List<String> references = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            references.add(in.readUTF());
        }
        String effect = readNullable(in);
        String matrix = readNullable(in);
        String note = readNullable(in);
        List<nl.wielwijzer.profile.Sector> scope = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            scope.add(nl.wielwijzer.bcw.Coded.parse(nl.wielwijzer.profile.Sector.class, in.readUTF()).orElseThrow());
        }
        String generalises = readNullable(in);
        String evidence = readNullable(in);
        String apease = readNullable(in);
        return new RuleInfo(name, file, line, dutch, en, sources, references, effect, matrix, note, scope, generalises,
                evidence == null ? null : nl.wielwijzer.bcw.Coded.parse(nl.wielwijzer.result.FindingEvidence.class, evidence).orElseThrow(),
                apease == null ? null : nl.wielwijzer.bcw.Coded.parse(nl.wielwijzer.result.ApeaseCriterion.class, apease).orElseThrow());
    }

    private static void writeNullable(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** The bundled set compiled and checked in full, never from a precompiled file: what the build step writes. */
    public static Knowledge compileBundled() throws InvalidKnowledgeException {
        return Knowledge.load(Optional.empty(), Optional.empty(), false);
    }

    /**
     * The bundled example profiles a set is tried out on, by file name, read by the v1 description; an example
     * the set's vocabulary does not know is left out (as Recommender does).
     */
    public static Map<String, nl.wielwijzer.profile.Profile> bundledExamples(Knowledge knowledge) {
        Map<String, nl.wielwijzer.profile.Profile> examples = new LinkedHashMap<>();
        for (SourceFile example : nl.wielwijzer.internal.io.SourceFiles.bundled("META-INF/wielwijzer/examples", ".json",
                "examples")) {
            try {
                examples.put(example.name(), ProfileDescription.V1.reader().read(example.name(), example.text(),
                        knowledge::profileProblems));
            } catch (nl.wielwijzer.problem.InvalidProfileException e) {
                // a rule set with its own vocabulary need not know the examples' codes
            }
        }
        return examples;
    }

    /** Writes a bundled set, compiled and checked in full, where the knowledge module's build puts it. */
    public static void write(Knowledge knowledge, Path target) throws IOException {
        if (knowledge.fingerprint() == null || knowledge.precompiled()) {
            throw new IllegalArgumentException("only the bundled set, compiled in full, is precompiled");
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            write(knowledge, knowledge.fingerprint(), out);
        }
    }
}
