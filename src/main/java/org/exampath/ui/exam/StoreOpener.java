package org.exampath.ui.exam;

/** Opens the store an address names (off the JavaFX thread), or throws with one line saying what is wrong. */
@FunctionalInterface
public interface StoreOpener {
    OpenedStore open(String address);
}
