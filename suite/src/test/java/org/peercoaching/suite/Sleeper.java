package org.peercoaching.suite;

/** Stands in for a service process in tests: sleeps, with whatever arguments it was given on its command line. */
public final class Sleeper {

    private Sleeper() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(120_000);
    }
}
