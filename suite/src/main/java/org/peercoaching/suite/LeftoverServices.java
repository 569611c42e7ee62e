package org.peercoaching.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A launcher that is killed (SIGKILL, a crash, a closed terminal's kill) cannot stop its services: they go on
 * running, holding their ports and database files, and a later start would find its ports answered by them. So the
 * launcher writes the services' pids into the folder as it starts them, and the next start in the folder (it holds
 * the folder's lock, so the one that wrote them has ended) stops any of them still running first.
 */
final class LeftoverServices {

    static final String FILE = "services.pid";

    private LeftoverServices() {}

    /** Writes name and pid of each service now running, one per line. */
    static void record(Path dataDir, Map<String, Long> pids) {
        StringBuilder lines = new StringBuilder();
        pids.forEach((name, pid) -> lines.append(name).append(' ').append(pid).append('\n'));
        try {
            Files.writeString(dataDir.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            // nothing to stop next time either way
        }
    }

    /**
     * Stops the recorded services that still run (SIGTERM, then SIGKILL after 15 s) and says which. A recorded pid
     * now held by some other program (pids are reused) is left alone: only a process running one of the suite's
     * packaged services ({@code quarkus-run.jar}) is stopped.
     */
    static List<String> stopLeftovers(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        List<String> stopped = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return stopped;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length != 2) {
                    continue;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[1]));
                if (process.isPresent() && process.get().isAlive() && runsAService(process.get())) {
                    process.get().destroy();
                    try {
                        process.get().onExit().get(15, TimeUnit.SECONDS);
                    } catch (Exception slow) {
                        process.get().destroyForcibly();
                    }
                    stopped.add(parts[0] + " (pid " + parts[1] + ")");
                }
            }
        } catch (IOException | NumberFormatException e) {
            // an unreadable record: nothing we can safely stop
        }
        forget(dataDir);
        return stopped;
    }

    private static boolean runsAService(ProcessHandle process) {
        return arguments(process).stream().anyMatch(argument -> argument.endsWith("quarkus-run.jar"));
    }

    /** Read from /proc where there is one: the JDK's own view may leave out the arguments of a long command line. */
    private static List<String> arguments(ProcessHandle process) {
        Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return List.of(Files.readString(cmdline, StandardCharsets.UTF_8).split("\0"));
            } catch (IOException e) {
                // gone meanwhile, or not ours to read
            }
        }
        return process.info().arguments().map(List::of).orElse(List.of());
    }

    /** The ports among these that another program is listening on. */
    static List<Integer> taken(List<Integer> ports) {
        List<Integer> taken = new ArrayList<>();
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                taken.add(port);
            }
        }
        return taken;
    }
}
