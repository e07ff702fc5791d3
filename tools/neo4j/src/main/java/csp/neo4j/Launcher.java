package csp.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs a real Neo4j 5 Community database in this JVM with only the Bolt connector open, on
 * 127.0.0.1, with authentication on. Arguments: {@code <homeDir> <boltPort> [pageCacheMegabytes]}.
 * The password of the {@code neo4j} user comes from the environment variable {@code
 * CSP_NEO4J_PASSWORD}, never from the command line (other local users can read command lines).
 * With {@code CSP_NEO4J_SET_PASSWORD=1} the launcher first opens the store with Bolt closed and
 * sets that password, so no client can ever connect with the default one: this is how a new
 * store, or one made before authentication was turned on, gets its password.
 *
 * <p>Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:<port>} on stdout once Bolt
 * accepts connections, and shuts the database down cleanly on SIGTERM/SIGINT, or when its
 * standard input closes (the parent process has gone), so no database outlives its owner. The
 * store is then consistent for the next start.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 2) {
      System.err.println("usage: Launcher <homeDir> <boltPort> [pageCacheMegabytes]");
      System.exit(2);
    }
    String password = System.getenv("CSP_NEO4J_PASSWORD");
    if (password == null || password.isEmpty()) {
      System.err.println("CSP_NEO4J_PASSWORD is not set: the embedded Neo4j runs with authentication on.");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 64L;

    if ("1".equals(System.getenv("CSP_NEO4J_SET_PASSWORD"))) {
      DatabaseManagementService closed = builder(home, port, pageCacheMb, false).build();
      try {
        closed
            .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
            .executeTransactionally(
                "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
      } catch (RuntimeException e) {
        // Setting the password it already has is refused; anything else is a real failure.
        if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
      } finally {
        closed.shutdown();
      }
    }

    DatabaseManagementService dbms = builder(home, port, pageCacheMb, true).build();
    // Force the default database to be up before announcing readiness.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    Thread parentWatch =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // The parent never writes; EOF means it has exited.
                }
              } catch (java.io.IOException ignored) {
                // A broken pipe means the same.
              }
              System.exit(0);
            },
            "parent-watch");
    parentWatch.setDaemon(true);
    parentWatch.start();

    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static DatabaseManagementServiceBuilder builder(Path home, int port, long pageCacheMb, boolean bolt) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, bolt)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        // Bolt waits 5 s twice at shutdown for clients to leave; ours close before we stop.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
  }
}
