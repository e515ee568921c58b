package nl.wielwijzer.internal.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Recognises a file of matrix rules generated from the wheel's tables ({@link Wheel}) that says exactly what the
 * bundled templates say: for a COM-B cell, {@code $gap : Gap( component == ComB.X, severity >= 1 )} then {@code
 * advice.favour(F, 2 * $gap.severity());}, and for a policy cell, {@code $need : FunctionNeed( interventionFunction ==
 * InterventionFunction.F )} then {@code advice.favour(C, $need.score());}, with no rule attributes, no
 * {@code @scope} and no {@code @apease}. Such a file is not compiled: the engine applies its cells as a table, with
 * the same points on the same facts and the rule's own words and sources, because a hundred one-pattern rules cost a
 * call more in the rule network than the table costs in a loop. A template that says anything else (another weight,
 * another condition, an attribute) is compiled and fires as rules, as any edited rule does.
 */
final class MatrixRules {

    private static final Set<String> IMPORTS = Set.of("nl.wielwijzer.rules.*", "nl.wielwijzer.bcw.*");

    private MatrixRules() {
    }

    /** Whether every rule of {@code file}, generated from the wheel's tables, is one the engine may apply as a table. */
    static boolean tabled(PackageDescr file, Wheel wheel, Map<String, RuleInfo> infos) {
        if (file.getRules().isEmpty() || !file.getAttributes().isEmpty() || !file.getFunctions().isEmpty()
                || !file.getTypeDeclarations().isEmpty() || !file.getEnumDeclarations().isEmpty()
                || !file.getEntryPointDeclarations().isEmpty() || !file.getWindowDeclarations().isEmpty()
                || !file.getAccumulateImports().isEmpty()) {
            return false;
        }
        if (!file.getImports().stream().map(ImportDescr::getTarget).allMatch(IMPORTS::contains)) {
            return false;
        }
        List<GlobalDescr> globals = file.getGlobals();
        if (globals.size() != 1 || !globals.get(0).getIdentifier().equals("advice")
                || !globals.get(0).getType().equals("Advice")) {
            return false;
        }
        for (RuleDescr rule : file.getRules()) {
            Optional<Wheel.Cell> cell = wheel.cellOf(rule.getName());
            RuleInfo info = infos.get(rule.getName());
            if (cell.isEmpty() || info == null || !plain(rule, info, cell.get(), file.getFunctionImports())) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(RuleDescr rule, RuleInfo info, Wheel.Cell cell, List<FunctionImportDescr> statics) {
        if (rule.isQuery() || !rule.getAttributes().isEmpty() || rule.getParentName() != null
                || !info.scope().isEmpty() || info.apease() != null || !cell.matrix().code.equals(info.matrix())) {
            return false;
        }
        AndDescr lhs = rule.getLhs();
        if (lhs == null || lhs.getDescrs().size() != 1 || !(lhs.getDescrs().get(0) instanceof PatternDescr pattern)
                || pattern.getSource() != null || !pattern.getBehaviors().isEmpty() || pattern.isQuery()
                || pattern.isUnification() || !(rule.getConsequence() instanceof String then)) {
            return false;
        }
        List<String> constraints = pattern.getConstraint().getDescrs().stream().map(MatrixRules::expression).toList();
        return switch (cell.matrix()) {
            case COMB_FUNCTION -> {
                ComB component = cell.from(ComB.class);
                InterventionFunction function = cell.to(InterventionFunction.class);
                yield staticImport(statics, InterventionFunction.class)
                        && "Gap".equals(pattern.getObjectType()) && "$gap".equals(pattern.getIdentifier())
                        && constraints.equals(List.of("component==ComB." + component.name(), "severity>=1"))
                        && squeezed(then).equals("advice.favour(" + function.name() + ",2*$gap.severity());");
            }
            case FUNCTION_CATEGORY -> {
                InterventionFunction function = cell.from(InterventionFunction.class);
                PolicyCategory category = cell.to(PolicyCategory.class);
                yield staticImport(statics, PolicyCategory.class)
                        && "FunctionNeed".equals(pattern.getObjectType()) && "$need".equals(pattern.getIdentifier())
                        && constraints.equals(List.of("interventionFunction==InterventionFunction." + function.name()))
                        && squeezed(then).equals("advice.favour(" + category.name() + ",$need.score());");
            }
        };
    }

    /** The constants the consequence names are those of {@code type}, by the one static import the template has. */
    private static boolean staticImport(List<FunctionImportDescr> statics, Class<?> type) {
        return statics.size() == 1 && statics.get(0).getTarget().equals(type.getName() + ".*");
    }

    private static String expression(BaseDescr constraint) {
        return constraint instanceof ExprConstraintDescr e ? squeezed(e.getExpression()) : "";
    }

    /** The text without any white space: the form the comparison above is written in. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
