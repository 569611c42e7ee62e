package org.peercoaching.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher owns its folder: started again where a suite already runs, it refuses at once with the running
 * one's pid and touches none of its files (the broker's log directory above all).
 */
class SecondStartTest {

    @Test
    void aSecondStartInTheSameFolderRefusesAtOnceNamingThePidAndLeavesTheFirstSuitesFilesAlone(@TempDir Path root)
            throws Exception {
        Path data = root.resolve("data");
        // this test process stands in for the running suite: it holds the folder, as the launcher does
        FolderLock running = FolderLock.tryAcquire(data).orElseThrow();
        try {
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dpeercoaching.suite.root=" + root, "-cp", System.getProperty("java.class.path"),
                    RunSuite.class.getName())
                    .redirectErrorStream(true).start();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the second start should end by itself, at once");
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, second.exitValue(), said);
            assertTrue(said.contains("peer-coaching is already running from this folder, pid "
                    + ProcessHandle.current().pid()), said);
            assertFalse(said.contains("Starting the Kafka broker"), said);
            try (var files = Files.list(data)) {
                assertEquals(List.of(FolderLock.LOCK_FILE, FolderLock.PID_FILE),
                        files.map(p -> p.getFileName().toString()).sorted().toList(),
                        "nothing of Kafka's or the services' is created or touched");
            }
            assertEquals(String.valueOf(ProcessHandle.current().pid()),
                    Files.readString(data.resolve(FolderLock.PID_FILE)).trim(), "the pid file still names the first");
        } finally {
            running.release();
        }
        // once the first has stopped, the folder is free again
        FolderLock next = FolderLock.tryAcquire(data).orElseThrow();
        next.release();
    }

    @Test
    void theFolderIsFreeAgainWhenTheProcessHoldingItEnds(@TempDir Path root) throws IOException {
        Path data = root.resolve("data");
        FolderLock first = FolderLock.tryAcquire(data).orElseThrow();
        first.release();
        FolderLock again = FolderLock.tryAcquire(data).orElseThrow();
        again.release();
    }
}
