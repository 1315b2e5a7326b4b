package claimgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The managed local Neo4j: embedded Neo4j Community with Bolt on loopback only.
 *
 * <pre>java -Xmx1g -cp … claimgraph.Neo4jLauncher &lt;home&gt; &lt;boltPort&gt;</pre>
 *
 * Contract with the Node side (src/neo4j/local-server.ts):
 * <ul>
 *   <li>prints exactly one line {@code READY bolt://127.0.0.1:<port>} on stdout once the
 *       default database is available; everything else goes to stderr or {@code <home>/logs};</li>
 *   <li>shuts down cleanly on SIGTERM / SIGINT, and when stdin reaches EOF, so that a parent
 *       that dies (and so closes the pipe) never leaves an orphan holding the store lock;</li>
 *   <li>exits non-zero, with the reason on stderr, when it cannot start.</li>
 * </ul>
 * Run by hand, keep stdin open (a terminal does; {@code < /dev/null} stops it at once).
 *
 * Environment: NEO4J_PAGECACHE (default 512m). The heap is the caller's -Xmx; Neo4j bounds
 * the memory of all open transactions together at 70% of it by default.
 */
public final class Neo4jLauncher {
    private static final String DEFAULT_DATABASE = "neo4j";

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Neo4jLauncher <home-folder> <bolt-port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);

        DatabaseManagementService service;
        try {
            service = build(home, port);
        } catch (RuntimeException e) {
            // e.g. the port is taken or another process holds the store lock. Exit explicitly:
            // threads Neo4j already started would otherwise keep the JVM alive.
            System.err.println("claimgraph: Neo4j failed to start: " + e);
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) System.err.println("  caused by: " + c);
            System.exit(1);
            return;
        }

        // Registered after build(): before it there is nothing to shut down, and a signal
        // during startup simply ends the JVM (the store recovers on next start).
        var stopped = new AtomicBoolean(false);
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("claimgraph: shutting down Neo4j");
                service.shutdown();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));
        watchStdin();

        if (!waitAvailable(service, Duration.ofMinutes(5))) {
            System.err.println("claimgraph: database '" + DEFAULT_DATABASE + "' did not become available");
            System.exit(1); // runs the hook
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        // main returns; Neo4j's non-daemon threads keep the JVM alive until the hook or EOF.
    }

    private static DatabaseManagementService build(Path home, int port) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                // Loopback only, single user: no credentials to manage. Drivers may still send any.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, bytes("NEO4J_PAGECACHE", "512m"))
                // Bolt otherwise waits 2 x 5 s for idle connections at shutdown, after the
                // databases are already checkpointed and closed. (Internal settings, pinned version.)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
    }

    /** Exit (and so run the shutdown hook) when the parent closes our stdin or dies. */
    private static void watchStdin() {
        var t = new Thread(() -> {
            byte[] buf = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buf) != -1) {
                    // input is ignored; only EOF matters
                }
            } catch (IOException ignored) {
                // a broken pipe means the same thing as EOF
            }
            System.err.println("claimgraph: stdin closed");
            System.exit(0);
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static boolean waitAvailable(DatabaseManagementService service, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        var db = service.database(DEFAULT_DATABASE);
        while (System.nanoTime() < deadline) {
            if (db.isAvailable(1_000)) return true;
        }
        return false;
    }

    private static long bytes(String envName, String fallback) {
        String value = System.getenv(envName);
        String chosen = value == null || value.isBlank() ? fallback : value.trim();
        try {
            return SettingValueParsers.BYTES.parse(chosen);
        } catch (IllegalArgumentException e) {
            System.err.println("claimgraph: " + envName + "=" + chosen + " is not a size such as 512m or 2g");
            System.exit(2);
            return 0;
        }
    }
}
