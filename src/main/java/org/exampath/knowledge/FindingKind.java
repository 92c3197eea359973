package org.exampath.knowledge;

/** The value types of the exam file's finding catalogue. */
public enum FindingKind {
    BOOLEAN, INTEGER, CHOICE, STRENGTH
}
