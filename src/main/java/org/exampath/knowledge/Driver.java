package org.exampath.knowledge;

/** A pain driver (load, nerve, referred) and the management direction that fits it. */
public record Driver(String id, String label, String management, String signs) {
}
