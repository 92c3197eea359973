package org.exampath.bench;

/** The Monocle settings the tests use, set before the toolkit starts (unless a display is wanted). */
final class Headless {
    private Headless() {
    }

    static void configure() {
        if (Boolean.getBoolean("bench.display")) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
    }
}
