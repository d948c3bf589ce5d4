package dev.crm.common.concurrent;

/** Named background threads for the platform's long-running loops (language level 17: no Thread.Builder). */
public final class Daemons {

    private Daemons() {}

    public static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
