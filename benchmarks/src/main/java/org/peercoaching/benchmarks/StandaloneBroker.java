package org.peercoaching.benchmarks;

import java.nio.file.Files;
import org.peercoaching.kafka.EmbeddedKafkaBroker;

/** A real single-node broker for the shell benchmarks: prints READY and the address, runs until killed. */
final class StandaloneBroker {

    static void run(String[] args) throws Exception {
        int port = Integer.parseInt(StartupBenchmark.option(args, "--port", "19092"));
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(port, Files.createTempDirectory("bench-kafka"));
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        System.out.println("READY " + broker.bootstrapServers());
        Thread.currentThread().join();
    }
}
