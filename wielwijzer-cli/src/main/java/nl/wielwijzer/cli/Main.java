package nl.wielwijzer.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code wielwijzer} command line: {@code java -jar target/wielwijzer.jar COMMAND …}.
 *
 * <p>Exit codes: 0 ok; 1 a scenario or lint check failed; 2 invalid input (profile, scenario or command line);
 * 3 invalid rules or catalogue; 4 an unexpected error. Problems go to standard error as plain sentences, never
 * as a stack trace.
 */
@Command(name = "wielwijzer", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Main.Version.class,
        description = {"Recommends Behaviour Change Wheel interventions for sustainable employability.",
    "Every command takes --help. Exit codes: 0 ok; 1 a scenario or lint check failed; 2 invalid input "
    + "(profile, scenario file or command line); 3 invalid rules or catalogue; 4 an unexpected error."},
        subcommands = {RecommendCommand.class, RecommendBatchCommand.class, ValidateCommand.class, RulesCommand.class, CatalogCommand.class,
            TestCommand.class, LintCommand.class, EvaluateCommand.class, WatchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int INVALID_KNOWLEDGE = 3;
    public static final int INTERNAL = 4;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        quietLogging();
        // Text from profiles and rule files never reaches the terminal as control characters.
        PrintWriter out = Terminal.writer(rawOut);
        PrintWriter err = Terminal.writer(rawErr);
        CommandLine cli = new CommandLine(new Main());
        // no ANSI colours: the streams escape control characters, so colour codes would show as text
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> INTERNAL);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("wielwijzer: something went wrong that should not: " + describe(e));
            commandLine.getErr().println("Please report this, with the command you ran.");
            return INTERNAL;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("wielwijzer: " + e.getMessage());
            c.getErr().println("Run 'java -jar target/wielwijzer.jar " + (c.getCommandName().equals("wielwijzer")
                    ? "" : c.getCommandName() + " ") + "--help' to see the options.");
            return INVALID_INPUT;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("wielwijzer: " + (e instanceof OutOfMemoryError ? "ran out of memory" : "ran out of stack")
                    + "; give Java more (java -Xmx1g -jar ...) or check the input and the rule files");
            code = INTERNAL;
        }
        out.flush();
        err.flush();
        rawOut.flush();
        rawErr.flush();
        return code;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * Drools and friends log through SLF4J. On the command line only warnings are worth showing, and Drools'
     * own performance hints on rule constructs (such as eval) are for rule authors tuning a rule base, not for
     * people asking for advice: they are shown only when asked for with
     * {@code -Dorg.slf4j.simpleLogger.log.org.drools=warn}. Problems in rules are reported as problems anyway.
     */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.org.drools") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.drools", "error");
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"wielwijzer " + (version == null ? "(development build)" : version)};
        }
    }
}
