package org.exampath.reasoning;

import org.exampath.knowledge.Urgency;

/**
 * A pain driver's probability (that at least one of its hypotheses is present) and its management.
 * While an emergency flag stands the management is withheld ({@code withheld} = "emergency", and
 * {@code management} says only that); while an urgent flag stands it is subordinate to the flag's
 * action ({@code subordinateTo} = "urgent"). Both are null otherwise.
 */
public record DriverResult(String id, String label, double probability, String management, String withheld,
                           String subordinateTo) {

    public static final String WITHHELD_TEXT =
            "Management withheld: an emergency red flag stands. Act on the flag first; no conservative care until it is cleared.";

    public DriverResult(String id, String label, double probability, String management) {
        this(id, label, probability, management, null, null);
    }

    /** This driver while a flag of this urgency stands: withheld under an emergency, subordinate under an urgent flag. */
    public DriverResult under(Urgency highest) {
        if (highest == Urgency.EMERGENCY) {
            return new DriverResult(id, label, probability, WITHHELD_TEXT, Urgency.EMERGENCY.key(), null);
        }
        if (highest == Urgency.URGENT) {
            return new DriverResult(id, label, probability, management, null, Urgency.URGENT.key());
        }
        return this;
    }
}
