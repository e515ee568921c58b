package nl.wielwijzer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "lint", description = "Not yet available.")
final class LintCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Main.INTERNAL;
    }
}
