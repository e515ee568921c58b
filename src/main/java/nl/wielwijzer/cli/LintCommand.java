package nl.wielwijzer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.lint.Finding;
import nl.wielwijzer.lint.Lint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", description = {
    "Checks the rules and catalogue beyond what loading enforces: instruments no rule can recommend, rules with",
    "the same conditions and opposite effects, vocabulary codes no rule uses, rules without @effect, and the",
    "Behaviour Change Wheel matrices. Problems that stop loading (no sources or explanation, a quote not in its",
    "lines, a code nobody defines) are reported as errors with exit code 3."})
final class LintCommand implements Callable<Integer> {

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Recommender recommender = knowledge.load(spec.commandLine().getErr());
            List<Finding> findings = Lint.check(recommender);
            findings.forEach(f -> out.println(f));
            out.println(findings.isEmpty() ? "lint: nothing to report"
                    : "lint: " + findings.size() + (findings.size() == 1 ? " finding" : " findings"));
            out.flush();
            return findings.isEmpty() ? Main.OK : Main.FAILED;
        } catch (KnowledgeOptions.Exit e) {
            return e.code;
        }
    }
}
