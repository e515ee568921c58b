package nl.wielwijzer.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.wielwijzer.Bundled;

/** Servers for the tests: on a free port of 127.0.0.1, answering from the bundled knowledge (built once). */
final class Servers {

    private Servers() {
    }

    static ServerConfig config() {
        // A generous budget: two cores shared with a Maven build are slow; LimitsTest tests the budget itself.
        return ServerConfig.defaults().withPort(0).withTimeBudget(Duration.ofSeconds(30))
                .withShutdownGrace(Duration.ofSeconds(5));
    }

    /** A ready server on the bundled knowledge. */
    static WielwijzerServer bundled(ServerConfig config) {
        return ready(WielwijzerServer.start(config, Bundled::recommender, () -> { }));
    }

    static WielwijzerServer ready(WielwijzerServer server) {
        try {
            server.ready().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.close();
            throw new AssertionError("the server did not get ready: " + e, e);
        }
        return server;
    }
}
