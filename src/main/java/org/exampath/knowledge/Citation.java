package org.exampath.knowledge;

/** A source as cited in the knowledge base, with its provenance tag (V-P, V-S, M or estimate). */
public record Citation(String id, String text, String tag) {
}
