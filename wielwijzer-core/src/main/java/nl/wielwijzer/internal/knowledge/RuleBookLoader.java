package nl.wielwijzer.internal.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.Suggest;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.result.ApeaseCriterion;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.FindingEvidence;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles and checks a rule set. Beyond what Drools checks (syntax, types), every rule must carry its
 * explanation in Dutch and English and at least one seed source whose quote is in the cited lines; rule names
 * must be unique over all files; and every code a rule names must be defined in the vocabulary (or, for
 * instruments, in the catalogue). Every problem names file, line and column, with a hint in plain words.
 */
public final class RuleBookLoader {

    /** Metadata keys a rule may carry. {@code source2} … {@code source9} and {@code reference2} … allow more. */
    private static final Pattern NUMBERED = Pattern.compile("(source|reference)[2-9]?");
    private static final Set<String> PLAIN_KEYS = Set.of("nl", "en", "effect", "matrix", "generalises");
    /** The codes {@code @scope} accepts: the profile's sectors, and {@code any}. */
    private static final List<String> SCOPE_CODES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Sector.values()).map(Sector::code), java.util.stream.Stream.of(RuleInfo.ANY)).toList();

    /** The codes {@code @evidence} accepts, strongest first. */
    private static final List<String> EVIDENCE_CODES = java.util.Arrays.stream(FindingEvidence.values()).map(FindingEvidence::code).toList();

    /** The codes {@code @apease} accepts: the six criteria, in the Behaviour Change Wheel's order. */
    private static final List<String> APEASE_CODES = java.util.Arrays.stream(ApeaseCriterion.values()).map(ApeaseCriterion::code).toList();

    /** The file of the APEASE rules: every rule in it names its criterion. */
    static final String APEASE_FILE = "apease.drl";

    /**
     * Compiled before the rule files: the lists that {@code collect} makes are typed. Drools interprets a condition
     * on an untyped pattern through MVEL on every evaluation and never compiles it, so a condition that names another
     * list ({@code List( !$curative.isEmpty() || !isEmpty() )}) cost the example employee about 5 KB a call. Typed,
     * it is compiled like the rest, and a misspelt {@code size} is reported when the rules load.
     */
    private static final String TYPED_LISTS = """
            package wielwijzer
            import java.util.List
            declare List @typesafe(true) end
            """;

    /** How Drools starts a message about an expression it could not analyse, which may repeat another message. */
    private static final String UNANALYSED = "Unable to analyze expression";

    private RuleBookLoader() {
    }

    /** The rule book, or the problems that prevent building it. */
    public record Loaded(RuleBook book, List<Problem> problems) {
    }

    /**
     * Loads the rule files, among them those generated from the wheel's tables; a generated file whose rules say
     * exactly what the bundled templates say is checked like any other but not compiled: the engine applies it as a
     * table ({@link MatrixRules}, {@link RuleBook#tabled()}).
     */
    public static Loaded load(List<SourceFile> files, Vocabulary vocabulary, Catalog catalog, SeedLibrary seeds,
                              Wheel wheel) {
        List<Problem> problems = new ArrayList<>();
        Set<String> tabled = new LinkedHashSet<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, SourceFile> byName = new HashMap<>();
        List<Resource> compilable = new ArrayList<>();
        for (SourceFile file : files) {
            byName.put(file.name(), file);
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            DrlParser parser = new DrlParser();
            PackageDescr descr;
            try {
                descr = parser.parse(resource, file.text());
            } catch (DroolsParserException e) {
                problems.add(new Problem(file.name(), 0, 0, null, "the file cannot be read: " + e.getMessage(), null));
                continue;
            }
            if (parser.hasErrors() || descr == null) {
                DrlText text = new DrlText(file.text());
                for (DroolsError error : parser.getErrors()) {
                    problems.add(problem(file.name(), text, error, 0));
                }
                continue;
            }
            DrlText text = new DrlText(file.text());
            Map<String, RuleText> written = new HashMap<>();
            RuleText.of(file).forEach(r -> written.putIfAbsent(r.name(), r));
            for (RuleDescr rule : descr.getRules()) {
                RuleInfo info = info(file.name(), rule, text, written.get(rule.getName()), seeds, problems);
                RuleInfo earlier = rules.putIfAbsent(rule.getName(), info);
                if (earlier != null) {
                    problems.add(new Problem(file.name(), rule.getLine(), rule.getColumn(), "rule \"" + rule.getName() + "\"",
                            "this rule name is already used at " + earlier.file() + ":" + earlier.line(),
                            "every rule needs its own name; the name is how explanations and scenarios refer to it"));
                }
            }
            List<Problem> code = codeProblems(file.name(), text, vocabulary, catalog);
            // a misused favourEach says more than "not part of the fact model" about the same constant: keep one
            Set<Integer> eachLines = new java.util.HashSet<>();
            code.stream().filter(p -> p.field() != null && p.field().endsWith("Each")).forEach(p -> eachLines.add(p.line()));
            RuleCode.check(file.name(), file.text(), descr).stream().filter(p -> !eachLines.contains(p.line()))
                    .forEach(problems::add);
            problems.addAll(code);
            if (wheel.generated().contains(file) && MatrixRules.tabled(descr, wheel, rules)) {
                descr.getRules().forEach(rule -> tabled.add(rule.getName()));
            } else {
                compilable.add(resource);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Problem.IN_FILE_ORDER);
            return new Loaded(null, problems);
        }
        // Facts are never modified once inserted, so property reactivity buys nothing; switching it off also
        // keeps Drools from warning about joins it cannot analyse per property.
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        builder.add(ResourceFactory.newByteArrayResource(TYPED_LISTS.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        for (Resource resource : compilable) {
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError error : builder.getErrors()) {
                String name = error.getResource() == null ? null : error.getResource().getSourcePath();
                SourceFile file = byName.get(name);
                int ruleLine = error instanceof DescrBuildError d && d.getParentDescr() != null ? d.getParentDescr().getLine() : 0;
                problems.add(problem(name, file == null ? null : new DrlText(file.text()), error, ruleLine));
            }
            problems.sort(Problem.IN_FILE_ORDER);
            return new Loaded(null, dedupe(problems));
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return new Loaded(new RuleBook(base, rules, vocabulary, files, tabled), List.of());
    }

    private static RuleInfo info(String file, RuleDescr rule, DrlText text, RuleText written, SeedLibrary seeds,
                                 List<Problem> problems) {
        String where = "rule \"" + rule.getName() + "\"";
        RuleEffect effect = written == null ? new RuleEffect("", Set.of()) : RuleEffect.of(written.conditions(), written.actions());
        Map<String, String> plain = new HashMap<>();
        List<Citation> sources = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<Sector> scope = null;
        FindingEvidence evidence = null;
        ApeaseCriterion apease = null;
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            String key = annotation.getName();
            int[] position = position(annotation, rule, text);
            int line = position[0];
            int column = position[1];
            Object raw = annotation.getValue();
            if (key.equals("scope")) {
                scope = scope(file, line, column, where, raw, problems);
            } else if (key.equals("evidence")) {
                evidence = EVIDENCE.read(file, line, column, where, raw, problems);
            } else if (key.equals("apease")) {
                apease = APEASE.read(file, line, column, where, raw, problems);
            } else if (PLAIN_KEYS.contains(key)) {
                String value = MetadataValues.single(raw);
                if (value.isBlank()) {
                    problems.add(new Problem(file, line, column, where + " @" + key, "is empty", "write the text in quotes"));
                }
                if (key.equals("matrix") && !RuleInfo.MATRICES.contains(value)) {
                    problems.add(new Problem(file, line, column, where + " @matrix", "\"" + value
                            + "\" is not a matrix Wielwijzer knows", "use " + String.join(" or ", RuleInfo.MATRICES)));
                }
                if (key.equals("effect")) {
                    // The effect is read from the actions; @effect may add what code cannot say, not other points.
                    String disagreement = effect.disagreement(value);
                    if (disagreement != null) {
                        problems.add(new Problem(file, line, column, where + " @effect", disagreement,
                                "the effect is read from the rule's actions: leave the points out of @effect (keep only "
                                        + "what the code cannot say, e.g. \"per diagnosis\"), or change the actions"));
                    }
                }
                plain.put(key, value);
            } else if (NUMBERED.matcher(key).matches() && key.startsWith("reference")) {
                references.add(MetadataValues.single(raw));
            } else if (NUMBERED.matcher(key).matches()) {
                Optional<Citation> citation = citation(String.valueOf(raw));
                if (citation.isEmpty()) {
                    problems.add(new Problem(file, line, column, where + " @" + key,
                            "is not of the form @" + key + "(\"seed file\", \"from-to\", \"quote\")",
                            "for example @source(\"002_488956ea70b0741c.txt\", \"83-85\", \"te dwingen door middel van wet- en regelgeving\")"));
                    continue;
                }
                seeds.check(citation.get()).ifPresent(m -> problems.add(
                        new Problem(file, line, column, where + " @" + key, m.message(), m.hint())));
                sources.add(citation.get());
            } else {
                List<String> known = List.of("nl", "en", "effect", "source", "reference", "matrix", "scope", "generalises",
                        "evidence", "apease");
                String near = Suggest.closest(key, known);
                problems.add(new Problem(file, line, column, where + " @" + key, "is not a metadata key Wielwijzer knows",
                        (near != null ? "did you mean @" + near + "? " : "") + "a rule carries @nl, @en, @source "
                                + "(and @source2 …), @scope and @evidence in seed-*.drl files, optionally @generalises, @reference, "
                                + "@effect, (for matrix rules) @matrix and (for rules of the APEASE stage) @apease"));
            }
        }
        for (String required : List.of("nl", "en")) {
            if (!plain.containsKey(required)) {
                problems.add(new Problem(file, rule.getLine(), rule.getColumn(), where, "has no @" + required + " explanation",
                        "add @" + required + "(\"…\") under the rule name: why the rule applies, in "
                                + (required.equals("nl") ? "Dutch" : "English") + ", for the person reading the advice"));
            }
        }
        if (sources.isEmpty()) {
            problems.add(new Problem(file, rule.getLine(), rule.getColumn(), where, "has no @source",
                    "every rule cites the seed passage it encodes: @source(\"seed file\", \"from-to\", \"verbatim quote\")"));
        }
        if (scope == null && isSeedFile(file)) {
            problems.add(new Problem(file, rule.getLine(), rule.getColumn(), where + " @scope", "has no @scope: a rule in a "
                    + "seed-*.drl file must say in which sectors its finding holds",
                    "add @scope(\"vvt\"), @scope(\"gemeente\"), @scope(\"vvt\", \"gemeente\") or @scope(\"any\") under the "
                            + "rule name, from the sector the cited seed lines are about; with a wider scope than the seed "
                            + "reports, add @generalises(\"why, in one sentence\") (docs/rule-authoring.md)"));
        }
        if (evidence == null && isSeedFile(file) && !hasAnnotation(rule, "evidence")) {
            problems.add(new Problem(file, rule.getLine(), rule.getColumn(), where + " @evidence", "has no @evidence: a "
                    + "rule in a seed-*.drl file must say how strong the support is that the cited seed lines give it",
                    EVIDENCE_HINT));
        }
        apeaseStage(file, rule, where, apease != null || hasAnnotation(rule, "apease"), problems);
        return new RuleInfo(rule.getName(), file, rule.getLine(), plain.get("nl"), plain.get("en"), sources,
                references, effect.text(), plain.get("matrix"), plain.get("effect"), scope == null ? List.of() : scope,
                plain.get("generalises"), evidence, apease);
    }

    /**
     * The APEASE stage is a rule's {@code @apease} criterion together with {@code agenda-group "apease"}, which
     * makes the engine fire it after the function rules and again after the instrument rules: the two go together,
     * every rule in apease.drl has both, and no other agenda group exists (the engine would never fire it).
     */
    private static void apeaseStage(String file, RuleDescr rule, String where, boolean tagged, List<Problem> problems) {
        org.drools.drl.ast.descr.AttributeDescr group = rule.getAttributes().get("agenda-group");
        String name = group == null ? null : MetadataValues.single(group.getValue());
        boolean inStage = RuleInfo.APEASE_GROUP.equals(name);
        String criteria = String.join(", ", APEASE_CODES);
        if (name != null && !inStage) {
            problems.add(new Problem(file, group.getLine() > 0 ? group.getLine() : rule.getLine(), 0, where + " agenda-group",
                    "has agenda-group \"" + name + "\", which the engine never fires",
                    "the only agenda group is \"apease\", for the APEASE stage (with @apease); leave the attribute out "
                            + "for every other rule"));
        } else if (tagged && !inStage) {
            problems.add(new Problem(file, rule.getLine(), rule.getColumn(), where + " @apease", "names an APEASE "
                    + "criterion but does not run in the APEASE stage",
                    "write agenda-group \"apease\" on the line before 'when', so that the rule fires after the function "
                            + "rules and again after the instrument rules (docs/rule-authoring.md)"));
        } else if (inStage && !tagged) {
            problems.add(new Problem(file, rule.getLine(), rule.getColumn(), where + " @apease", "runs in the APEASE "
                    + "stage but names no criterion", "add @apease(\"…\") under the rule name, one of " + criteria));
        } else if (!tagged && isApeaseFile(file)) {
            problems.add(new Problem(file, rule.getLine(), rule.getColumn(), where + " @apease", "has no @apease: every "
                    + "rule in apease.drl names the APEASE criterion it applies and runs in the APEASE stage",
                    "add @apease(\"…\") under the rule name, one of " + criteria + ", and agenda-group \"apease\" "
                            + "on the line before 'when' (docs/rule-authoring.md)"));
        }
    }

    /** Whether a rule file is the APEASE file, whose every rule must name its criterion. */
    static boolean isApeaseFile(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        base = base.substring(base.lastIndexOf('\\') + 1);
        return base.equals(APEASE_FILE);
    }

    /**
     * A metadata field that holds one code of {@code type}: its name, what it counts ("criteria"), what a rule may
     * have ("a rule applies one"), the hint for more than one, the words for an unknown code, and how to write it.
     */
    private record OneCode<E extends Enum<E> & Coded>(Class<E> type, List<String> codes, String field, String counted,
                                                       String one, String severalHint, String unknown, String allowed) {

        /** The code {@code raw} names; null (and a problem naming the rule and field) when it names not exactly one known code. */
        E read(String file, int line, int column, String where, Object raw, List<Problem> problems) {
            List<String> values = MetadataValues.strings(String.valueOf(raw)).orElseGet(() -> List.of(MetadataValues.single(raw)));
            if (values.size() != 1) {
                problems.add(new Problem(file, line, column, where + " " + field, "names " + values.size() + " " + counted
                        + "; " + one, allowed + "; " + severalHint));
                return null;
            }
            String code = values.get(0).strip();
            Optional<E> known = Coded.parse(type, code);
            if (known.isEmpty()) {
                String near = Suggest.closest(code, codes);
                problems.add(new Problem(file, line, column, where + " " + field, "\"" + code + "\" is not " + unknown
                        + " Wielwijzer knows", (near != null ? "did you mean \"" + near + "\"? " : "") + allowed));
                return null;
            }
            return known.get();
        }
    }

    private static final OneCode<ApeaseCriterion> APEASE = new OneCode<>(ApeaseCriterion.class, APEASE_CODES, "@apease",
            "criteria", "a rule applies one", "split a rule that weighs two criteria into two rules",
            "an APEASE criterion", "use one of " + String.join(", ", APEASE_CODES) + ", in quotes: @apease(\"acceptability\")");

    private static final OneCode<FindingEvidence> EVIDENCE = new OneCode<>(FindingEvidence.class, EVIDENCE_CODES,
            "@evidence", "strengths", "a finding has one", "for a rule whose sources differ, the strength of the "
            + "strongest source that supports the whole finding", "a strength of evidence",
            "use one of " + String.join(", ", EVIDENCE_CODES) + " (strongest first), in quotes: @evidence(\"several\")");

    /** What to write for a missing {@code @evidence}. */
    public static final String EVIDENCE_HINT = "add @evidence(\"…\") under @scope, one of " + String.join(", ", EVIDENCE_CODES)
            + " (strongest first), from what the cited seed lines report: a measured effect, what earlier research "
            + "says, several cases or organisations that agree, one case or organisation, the researchers' own "
            + "advice, or interviewees' opinion alone (docs/rule-authoring.md)";

    private static boolean hasAnnotation(RuleDescr rule, String name) {
        return rule.getAnnotations().stream().anyMatch(a -> a.getName().equals(name));
    }

    /** Whether a rule file holds seed findings, whose rules must declare their scope. */
    static boolean isSeedFile(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        base = base.substring(base.lastIndexOf('\\') + 1);
        return base.startsWith("seed-") && base.endsWith(".drl");
    }

    /** The sectors of an {@code @scope}: empty for {@code any}; null (and a problem) when it cannot be read. */
    private static List<Sector> scope(String file, int line, int column, String where, Object raw, List<Problem> problems) {
        String text = String.valueOf(raw);
        List<String> values = MetadataValues.strings(text).orElseGet(() -> List.of(MetadataValues.single(raw)));
        List<Sector> sectors = new ArrayList<>();
        boolean any = false;
        boolean ok = true;
        for (String value : values) {
            String code = value.strip();
            if (code.equals(RuleInfo.ANY)) {
                any = true;
                continue;
            }
            Optional<Sector> sector = Coded.parse(Sector.class, code);
            if (sector.isEmpty()) {
                String near = Suggest.closest(code, SCOPE_CODES);
                problems.add(new Problem(file, line, column, where + " @scope", "\"" + code + "\" is not a sector Wielwijzer knows",
                        (near != null ? "did you mean \"" + near + "\"? " : "") + "use " + String.join(", ", SCOPE_CODES)
                                + ", each in quotes: @scope(\"vvt\", \"gemeente\")"));
                ok = false;
            } else if (!sectors.contains(sector.get())) {
                sectors.add(sector.get());
            }
        }
        if (any && !sectors.isEmpty()) {
            problems.add(new Problem(file, line, column, where + " @scope", "names \"any\" together with sectors",
                    "write @scope(\"any\") alone for every sector, or list only the sectors"));
            ok = false;
        }
        if (!ok) {
            return List.of();
        }
        return sectors;
    }

    /** Where a metadata entry stands: Drools knows the line of some annotations only, so look for "@key". */
    private static int[] position(AnnotationDescr annotation, RuleDescr rule, DrlText text) {
        int[] at = text.find("@" + annotation.getName(), rule.getLine());
        if (annotation.getLine() > 0) {
            return new int[] {annotation.getLine(), at != null && at[0] == annotation.getLine() ? at[1] : 0};
        }
        return at != null ? at : new int[] {rule.getLine(), 0};
    }

    private static Optional<Citation> citation(String raw) {
        return MetadataValues.strings(raw).filter(values -> values.size() == 3).flatMap(values ->
                Citation.parseLines(values.get(1)).map(lines ->
                        new Citation(values.get(0), lines[0], lines[1], values.get(2))));
    }

    private static List<Problem> codeProblems(String file, DrlText text, Vocabulary vocabulary, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        for (DrlText.CodeUse use : text.codeUses()) {
            Vocabulary.Kind kind = switch (use.factType()) {
                case "Push" -> Vocabulary.Kind.PUSH_FACTORS;
                case "Pull" -> Vocabulary.Kind.PULL_FACTORS;
                case "EmployeeSituation" -> Vocabulary.Kind.EMPLOYEE_SITUATIONS;
                case "OrganisationSituation" -> Vocabulary.Kind.ORGANISATION_SITUATIONS;
                case "Diagnosis" -> Vocabulary.Kind.DIAGNOSES;
                case "Delivery" -> Vocabulary.Kind.DELIVERY;
                default -> null;
            };
            if (kind != null && !vocabulary.has(kind, use.code())) {
                Problem unknown = vocabulary.unknown(kind, use.factType(), use.code());
                problems.add(new Problem(file, use.line(), use.column(), use.factType(), unknown.message(), unknown.hint()));
            } else if (kind == null && !catalog.contains(use.code())) {
                String near = Suggest.closest(use.code(), catalog.instruments().stream().map(i -> i.id()).toList());
                problems.add(new Problem(file, use.line(), use.column(), use.factType(),
                        "\"" + use.code() + "\" is not an instrument in the catalogue"
                                + (near == null ? "" : " (did you mean " + near + "?)"),
                        "use the id of a catalogue entry (catalog/*.yaml)"));
            }
        }
        for (DrlText.EmptyCall call : text.callsNamingNoInstrument()) {
            String verb = call.verb();
            problems.add(new Problem(file, call.line(), call.column(), "advice." + verb,
                    "names no instrument, so it would do nothing",
                    verb.equals("ruleOut") ? "write the ids of the instruments to rule out: advice.ruleOut(\"id\")"
                            : verb.equals("alreadyOffered") ? "write the id of the offered instrument: "
                                    + "Offered( $id : instrumentId ) and advice.alreadyOffered($id), or advice.alreadyOffered(\"id\")"
                            : "write the ids after the points: advice." + verb + "(2, \"id\", \"other-id\")"));
        }
        List<DrlText.EachMisuse> misuses = new ArrayList<>(text.eachMisuses());
        misuses.addAll(text.notMeantForMisuses());
        for (DrlText.EachMisuse misuse : misuses) {
            problems.add(new Problem(file, misuse.line(), misuse.column(), "advice." + misuse.verb(), misuse.message(),
                    misuse.hint()));
        }
        return problems;
    }

    private static Problem problem(String file, DrlText text, KnowledgeBuilderError error, int ruleLine) {
        int line = 0;
        int column = 0;
        if (error instanceof ParserError p) {
            line = p.getRow();
            column = p.getCol() + 1;
        } else if (error instanceof DescrBuildError d) {
            BaseDescr descr = d.getDescr();
            line = descr != null && descr.getLine() > 0 ? descr.getLine() : d.getLine();
            column = descr != null && descr.getLine() > 0 ? descr.getColumn() + 1 : 0;
        } else if (error.getLines() != null && error.getLines().length > 0) {
            line = error.getLines()[0];
        }
        return problem(file, text, error.getMessage(), line, column, ruleLine);
    }

    private static Problem problem(String file, DrlText text, String message, int line, int column, int ruleLine) {
        DrlHints.Reading reading = DrlHints.read(message);
        if (text != null && reading.needle() != null) {
            // Drools often knows only the rule, not the line: look for the offending word in the rule's code (from
            // its 'when' on, outside strings and comments, as a whole word), so that the word in an explanation
            // or in a longer name is not taken for the mistake.
            int[] at = text.findInCode(reading.needle(), ruleLine, Math.max(line, 1));
            if (at != null) {
                line = at[0];
                column = at[1];
            }
        }
        if (line <= 0) {
            line = ruleLine;
        }
        return new Problem(file, Math.max(line, 0), Math.max(column, 0), null, reading.message(), reading.hint());
    }

    /**
     * Drools sometimes reports one mistake twice: once per rule that shares it, or once more as an expression it
     * could not analyse, beside the field it could not find on the same line. Keep one.
     */
    private static List<Problem> dedupe(List<Problem> problems) {
        Set<String> explained = new java.util.HashSet<>();
        problems.stream().filter(p -> !unanalysed(p)).forEach(p -> explained.add(where(p)));
        return problems.stream().distinct().filter(p -> !unanalysed(p) || !explained.contains(where(p))).toList();
    }

    private static boolean unanalysed(Problem p) {
        return p.message().startsWith(UNANALYSED);
    }

    private static String where(Problem p) {
        return p.file() + ":" + p.line();
    }
}
