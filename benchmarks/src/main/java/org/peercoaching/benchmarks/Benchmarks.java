package org.peercoaching.benchmarks;

import java.util.Arrays;

/** Entry point: {@code java -jar benchmarks.jar <benchmark> [options]}. See docs/benchmarks.md. */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            usage();
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        // the in-process broker logs through slf4j-simple: warnings only
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        switch (args[0]) {
            case "matching" -> MatchingBenchmark.run(rest);
            case "startup" -> StartupBenchmark.run(rest);
            case "eventflow" -> {
                try {
                    EventFlowBenchmark.run(rest);
                } catch (Exception e) {
                    e.printStackTrace();
                    System.exit(1);
                }
                System.exit(0); // worker threads and Kafka clients must not keep the JVM alive
            }
            case "broker" -> StandaloneBroker.run(rest);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.out.println("""
                usage: java -Xmx6g -jar benchmarks/target/benchmarks.jar matching [options]
                  --with-1m          also run the 1,000,000 people x 100,000 coaches case
                  --case a,b         run only these cases (2k, 10k, 10k-skewed, 100k, 100k-skewed, 1m)
                  --runs N           timed runs of the OR-Tools solver per case (default 7; 3 for 1m)
                  --no-reference     skip the pure-Java reference solver everywhere
                  --no-certificate   skip the negative-cycle optimality check where there is no reference
                java -jar benchmarks/target/benchmarks.jar startup [--runs 3] [--services a,b] [--variants 17,17-cds,17-qcds,25,25-aot,25-qaot,25-qaot-train,25-qaot-g1] [--db jdbc:postgresql://localhost:5432/]
                  [--db-prefix bench_] [--db-user postgres] [--db-password postgres]   (run from the repository root)
                java -jar benchmarks/target/benchmarks.jar eventflow [--referrals 1000] [--coaches 600] [--rate 4]
                  [--poll-ms 50] [--prop key=value ...] [--db ...] [--db-prefix benchflow_]
                java -jar benchmarks/target/benchmarks.jar broker [--port 19092]   (prints READY, runs until killed)
                See docs/benchmarks.md and benchmarks/scripts/.""");
    }
}
