// Runs Neo4j Community embedded with the Bolt connector on 127.0.0.1, for kg's default database.
// Started by src/store/embedded.ts as: java <flags> -cp '<lib>/*' Launcher.java <home> <port> <passwordFile>
// It writes <home>/ready.json once Bolt accepts connections and shuts Neo4j down cleanly on SIGTERM.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Launcher <home> <port> <passwordFile>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path passwordFile = Path.of(args[2]);
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).trim();
        long pageCacheMb = Long.getLong("kg.pagecache.mb", 512L);
        Path ready = home.resolve("ready.json");
        Files.deleteIfExists(ready);
        Files.createDirectories(home.resolve("import"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
            // Transaction logs are not needed for recovery beyond the last checkpoint here; keep disk use low.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 32L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
            .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
            } catch (Exception ignored) {
                // the file only signals readiness; a leftover one is checked against the pid
            }
            dbms.shutdown();
            stopped.countDown();
        }, "kg-neo4j-shutdown"));

        setPassword(dbms, password);

        String info = String.format(
            "{\"pid\":%d,\"port\":%d,\"version\":\"%s\",\"startedAt\":\"%s\"}%n",
            ProcessHandle.current().pid(), port, Version.getNeo4jVersion(), Instant.now());
        Path tmp = home.resolve("ready.json.tmp");
        Files.writeString(tmp, info, StandardCharsets.UTF_8);
        Files.move(tmp, ready, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("kg-neo4j ready " + info.trim());
        stopped.await();
    }

    // Embedded Neo4j creates the user neo4j with a password that must change; set ours once.
    // Re-setting the same password is refused by Neo4j, which tells us it is already in place.
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("Old password and new password cannot be the same")) throw e;
        }
    }
}
