package nl.wielwijzer.cli;

import static nl.wielwijzer.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wielwijzer serve}: starts, says where and which knowledge, and fails with a sentence and an exit code. */
class ServeCommandTest {

    @Test
    void serveBuildsTheKnowledgeAndSaysWhereItListens() {
        CliTest.Run run = run("serve", "--port", "0", "--exit-when-ready");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("listening on http://127.0.0.1:"), run.out());
        assertTrue(run.out().matches("(?s).*ready: knowledge [0-9a-f]{12}; self-scan at http://127\\.0\\.0\\.1:\\d+/.*"), run.out());
    }

    @Test
    void aBadOptionIsASentenceAndExitCode2() {
        CliTest.Run run = run("serve", "--port", "0", "--cors-origin", "example.org/page", "--exit-when-ready");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("a CORS origin is scheme://host[:port] without a path"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aPortInUseIsASentenceAndExitCode2() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliTest.Run run = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--exit-when-ready");
            assertEquals(2, run.code(), run.out());
            assertTrue(run.err().startsWith("wielwijzer: cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
        }
    }

    @Test
    void rulesThatDoNotLoadAreReportedWithExitCode3(@TempDir Path empty) {
        CliTest.Run run = run("serve", "--port", "0", "--rules", empty.toString(), "--exit-when-ready");
        assertEquals(3, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("there are no rule files"), run.err());
    }
}
