package nl.wielwijzer.cli;

import java.util.List;
import nl.wielwijzer.lint.Finding;
import nl.wielwijzer.lint.Lint;
import picocli.CommandLine.Command;

@Command(name = "lint", description = {"Checks the rules and catalogue for mistakes that loading does not stop.",
    "Reports instruments no rule can recommend, rules with the same conditions and opposite effects, "
    + "vocabulary codes no rule uses, rules whose actions change nothing, cells of the wheel's table whose "
    + "rule gives no points, and cells that are your own rather than the published Behaviour Change Wheel's. "
    + "Problems that stop loading (no sources or explanation, a quote not in its lines, a code nobody "
    + "defines, an @effect whose points differ from what the rule's actions give) are reported with file and line and exit code 3."})
final class LintCommand extends KnowledgeCommand {

    @Override
    int execute() throws KnowledgeOptions.Exit {
        List<Finding> findings = Lint.check(recommender());
        findings.forEach(f -> out().println(f));
        out().println(findings.isEmpty() ? "lint: nothing to report"
                : "lint: " + findings.size() + (findings.size() == 1 ? " finding" : " findings"));
        return findings.isEmpty() ? Main.OK : Main.FAILED;
    }
}
