package org.gcmgraph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, for local development and tests.
 *
 * <p>stdout carries exactly one line, {@code bolt://127.0.0.1:PORT}, once the default database
 * is available; everything else goes to stderr. Stops cleanly on SIGTERM/SIGINT and on end of
 * stdin (unless {@code --no-stdin} or {@code NEO4J_LOCAL_IGNORE_STDIN=1}).
 *
 * <p>{@code --import FILE}: before starting, runs Neo4j's offline importer ({@code neo4j-admin database
 * import full}) into the default database with the arguments listed in FILE, one a line (npm run seed --
 * --import writes it beside its CSV files). Refused, exit code 2, when the data directory already holds
 * that database: the importer builds a store from nothing and cannot add to one.
 *
 * <p>Environment: NEO4J_BOLT_PORT (default 7687, 0 = any free port), NEO4J_DATA_DIR (default
 * .neo4j), NEO4J_PAGECACHE (default 256m), NEO4J_TX_TIMEOUT (default 30s), NEO4J_LOCAL_PASSWORD
 * (unset: auth off; set: auth on, user {@code neo4j} with this password, at least 8 characters).
 */
public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";
    private static final long AVAILABLE_TIMEOUT_MILLIS = 120_000;
    private static final int FREE_PORT_ATTEMPTS = 3;

    // Guards start and shutdown, so a signal during start-up waits for it, then stops cleanly.
    private static final Object LIFECYCLE = new Object();
    private static DatabaseManagementService managementService;
    private static boolean stopping;

    public static void main(String[] args) throws Exception {
        // The ready line is the only stdout output; stray library prints go to stderr instead.
        PrintStream readyOut = System.out;
        System.setOut(System.err);

        int requestedPort = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = System.getenv("NEO4J_LOCAL_PASSWORD");
        boolean authEnabled = password != null && !password.isEmpty();
        Path homeDir = Path.of(env("NEO4J_DATA_DIR", ".neo4j")).toAbsolutePath();
        boolean ignoreStdin = Arrays.asList(args).contains("--no-stdin")
                || Set.of("1", "true").contains(env("NEO4J_LOCAL_IGNORE_STDIN", "0").toLowerCase());

        int importAt = Arrays.asList(args).indexOf("--import");
        if (importAt >= 0) {
            if (importAt + 1 >= args.length) {
                System.err.println("neo4j-local: --import needs the file of importer arguments");
                System.exit(2);
            }
            runImport(homeDir, Path.of(args[importAt + 1]));
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLocal::shutdown, "neo4j-local-shutdown"));
        if (!ignoreStdin) {
            startStdinWatcher();
        }

        int port;
        GraphDatabaseService db;
        synchronized (LIFECYCLE) {
            if (stopping) {
                return;
            }
            port = startWithRetries(homeDir, requestedPort, authEnabled);
            db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        }
        boolean available = db.isAvailable(AVAILABLE_TIMEOUT_MILLIS);
        synchronized (LIFECYCLE) {
            if (stopping) {
                return;
            }
        }
        if (!available) {
            System.err.println("neo4j-local: default database not available after "
                    + AVAILABLE_TIMEOUT_MILLIS + " ms");
            System.exit(1);
        }
        if (authEnabled) {
            setPassword(password);
        }
        readyOut.println("bolt://" + HOST + ":" + port);
        readyOut.flush();
        System.err.println("neo4j-local: ready on bolt://" + HOST + ":" + port + ", home " + homeDir);
        // Main thread ends here; Neo4j's non-daemon threads keep the JVM alive until shutdown.
    }

    /**
     * Imports into the default database of homeDir, which must not exist yet. The importer's progress goes
     * to stderr (stdout is kept for the ready line); a failed import exits with its code, leaving no database.
     */
    private static void runImport(Path homeDir, Path argumentsFile) throws IOException {
        Path databaseDir = homeDir.resolve("data/databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (Files.exists(databaseDir)) {
            System.err.println("neo4j-local: refusing to import: " + databaseDir + " already holds a database. "
                    + "The import only fills a new data directory; seed an existing database with npm run seed (without --import)");
            System.exit(2);
        }
        List<String> arguments = Files.readAllLines(argumentsFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
        long started = System.nanoTime();
        ExecutionContext context = new ExecutionContext(homeDir, homeDir.resolve("conf"), System.err, System.err,
                new DefaultFileSystemAbstraction());
        int code = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
        if (code != 0) {
            // The importer leaves a half-written store; without it the data directory is new again.
            deleteRecursively(databaseDir);
            deleteRecursively(homeDir.resolve("data/transactions").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
            System.err.println("neo4j-local: import failed (code " + code + "), its partial database removed");
            System.exit(code);
        }
        System.err.println("neo4j-local: imported in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A port picked with ServerSocket(0) can be taken before Bolt binds it, so retry with a new one. */
    private static int startWithRetries(Path homeDir, int requestedPort, boolean authEnabled) throws IOException {
        int attempts = requestedPort == 0 ? FREE_PORT_ATTEMPTS : 1;
        for (int attempt = 1; ; attempt++) {
            int port = requestedPort == 0 ? findFreePort() : requestedPort;
            try {
                managementService = buildService(homeDir, port, authEnabled);
                return port;
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isPortBindFailure(e)) {
                    throw e;
                }
                System.err.println("neo4j-local: start on port " + port + " failed (" + e + "), retrying");
            }
        }
    }

    private static boolean isPortBindFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortBindException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the password of the built-in user {@code neo4j}, with no change required at first login. An embedded
     * transaction on the system database runs with full rights, so no login is needed to do it.
     */
    private static void setPassword(String password) {
        long started = System.nanoTime();
        try {
            GraphDatabaseService system;
            synchronized (LIFECYCLE) {
                if (stopping) {
                    return;
                }
                system = managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            }
            // Its own timeout, not NEO4J_TX_TIMEOUT: the first Cypher of a cold JVM is compiled first, 20 s and more on a busy machine.
            try (Transaction tx = system.beginTx(AVAILABLE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                tx.execute("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password)).close();
                tx.commit();
            }
        } catch (RuntimeException e) {
            // Without this the JVM lives on (Neo4j's threads) with no ready line and no reason given.
            System.err.println("neo4j-local: setting the password failed: " + e);
            System.exit(1);
        }
        System.err.println("neo4j-local: auth on, user neo4j (password set in "
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }

    private static DatabaseManagementService buildService(Path homeDir, int port, boolean authEnabled) {
        return new DatabaseManagementServiceBuilder(homeDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Auth off unless a password is given: local and test use only, anyone on this machine may connect.
                .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        SettingValueParsers.BYTES.parse(env("NEO4J_PAGECACHE", "256m")))
                .setConfig(GraphDatabaseSettings.transaction_timeout,
                        SettingValueParsers.DURATION.parse(env("NEO4J_TX_TIMEOUT", "30s")))
                // Neo4j's own logs (debug.log, ...) go to files, never to stdout.
                .setConfig(GraphDatabaseSettings.logs_directory, homeDir.resolve("logs"))
                // Small dev stores: don't preallocate 256 MB transaction log files.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold,
                        SettingValueParsers.BYTES.parse("64m"))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's Netty shutdown otherwise idles a 5 s quiet period twice (about 10 s per stop).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();
    }

    private static int findFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** End of stdin means the parent went away: stop so no Neo4j is left behind. */
    private static void startStdinWatcher() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[1024];
            try (InputStream in = System.in) {
                while (in.read(buffer) != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException e) {
                System.err.println("neo4j-local: stdin read failed: " + e);
            }
            System.err.println("neo4j-local: stdin closed, shutting down");
            System.exit(0); // runs the shutdown hook
        }, "neo4j-local-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void shutdown() {
        synchronized (LIFECYCLE) {
            stopping = true;
            if (managementService != null) {
                System.err.println("neo4j-local: shutting down");
                managementService.shutdown();
                managementService = null;
                System.err.println("neo4j-local: stopped");
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private Neo4jLocal() {}
}
