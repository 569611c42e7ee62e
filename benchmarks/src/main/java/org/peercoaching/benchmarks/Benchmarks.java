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
        switch (args[0]) {
            case "matching" -> MatchingBenchmark.run(rest);
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
                  --no-certificate   skip the negative-cycle optimality check where there is no reference""");
    }
}
