package simpul.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with only the Bolt connector open on loopback, so that Simpul's
 * Node process talks to it through the ordinary driver (the same code path as a remote server).
 *
 * Arguments: --home DIR --port N [--pagecache MiB].
 * Prints "SIMPUL_NEO4J_READY bolt://127.0.0.1:N" once Bolt accepts connections.
 *
 * The parent keeps our stdin open; when it closes (the parent exited, even by SIGKILL), we shut
 * down, so a killed test run or API never leaves a JVM behind.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Path home = Path.of(require(options, "--home")).toAbsolutePath();
    int port = Integer.parseInt(require(options, "--port"));
    long pageCacheMiB = Long.parseLong(options.getOrDefault("--pagecache", "256"));

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            .build();

    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            service.shutdown();
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "simpul-neo4j-shutdown"));

    System.out.println("SIMPUL_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    waitForParentToGo(System.in);
    stop.run();
    System.exit(0);
  }

  // Blocks until stdin reaches end of file: the parent closed it or died.
  private static void waitForParentToGo(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same as end of file.
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      System.err.println("simpul-neo4j-launcher: missing " + name);
      System.exit(2);
    }
    return value;
  }
}
