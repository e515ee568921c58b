package nl.wielwijzer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "watch", description = "Not yet available.")
final class WatchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Main.INTERNAL;
    }
}
