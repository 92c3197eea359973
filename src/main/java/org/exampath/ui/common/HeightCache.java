package org.exampath.ui.common;

import java.util.function.DoubleUnaryOperator;

/**
 * A node's minimum and preferred height for the last two widths asked, kept until the node asks
 * for layout (its own change, or any child's, reaches its {@code requestLayout()}). JavaFX keeps
 * such a cache only for width -1, but a column of wrapped text is always measured for a width: without
 * this, every pulse measures every label of the column again, several times for each level of nesting.
 * The owner clears it in its {@code requestLayout()} override, exactly where JavaFX clears its own.
 */
public final class HeightCache {
    private final Slots pref = new Slots();
    private final Slots min = new Slots();

    public double pref(double width, DoubleUnaryOperator compute) {
        return pref.get(width, compute);
    }

    public double min(double width, DoubleUnaryOperator compute) {
        return min.get(width, compute);
    }

    public void clear() {
        pref.clear();
        min.clear();
    }

    /** Two width → height entries; the older one gives way. */
    private static final class Slots {
        private double width1 = Double.NaN;
        private double height1;
        private double width2 = Double.NaN;
        private double height2;

        double get(double width, DoubleUnaryOperator compute) {
            if (width == width1) {
                return height1;
            }
            if (width == width2) {
                return height2;
            }
            double height = compute.applyAsDouble(width);
            width2 = width1;
            height2 = height1;
            width1 = width;
            height1 = height;
            return height;
        }

        void clear() {
            width1 = Double.NaN;
            width2 = Double.NaN;
        }
    }
}
