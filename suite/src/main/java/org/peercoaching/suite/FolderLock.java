package org.peercoaching.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One running suite per folder. A second start in the same folder must not touch the first one's files: Kafka's
 * log directory lock failing half-way through a broker start left the first suite's broker spinning a core. So the
 * launcher takes this lock before anything else, and a second start refuses at once, naming the first's pid. The
 * operating system releases the lock when the process ends, however it ends.
 */
final class FolderLock {

    static final String LOCK_FILE = "suite.lock";
    static final String PID_FILE = "suite.pid";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on {@code dataDir}, or empty if another process holds it. */
    static Optional<FolderLock> tryAcquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            Files.writeString(dataDir.resolve(PID_FILE), ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
            return Optional.of(new FolderLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What to tell someone who starts the suite again in a folder where it already runs. */
    static String alreadyRunning(Path dataDir) {
        String pid;
        try {
            pid = Files.readString(dataDir.resolve(PID_FILE), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            pid = "unknown";
        }
        return "peer-coaching is already running from this folder, pid " + pid + "; stop it with Ctrl-C in its"
                + " terminal (or kill " + pid + ") before starting it again.";
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending; the operating system drops the lock anyway
        }
    }
}
