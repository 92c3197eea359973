package org.exampath.reasoning;

import java.util.List;
import org.exampath.knowledge.Keyed;
import org.exampath.knowledge.Urgency;

/**
 * A raised red flag: its urgency (which follows the constellation that raised it), the findings that
 * raised it, what to do, and its sources. {@code reason} says which constellation holds;
 * {@code judgement} is non-null when that constellation's threshold is a judgement, and says why.
 * {@code derivedFrom} is empty for a flag raised by what was entered; for a flag the engine inferred
 * (progression since the last visit) it names the findings that are new or worse. {@code checks} are
 * the unrecorded findings worth recording next for this flag: first those it stands on because they
 * were not asked (recorded, they may clear or lower it), then those whose answer could raise it to a
 * level listed before it (more pressing, or the same urgency on firmer grounds, such as the inflammatory
 * criteria met rather than still to ask), then those the level's action asks for now (the foot pulses of a possible
 * vascular claudication), though no answer to them would change the level; empty for an emergency, which is acted on,
 * and for a noted item.
 * A flag whose findings an emergency rule also reads ends its checks with the unasked questions one answer
 * to which would make that emergency hold. {@code unsafeTests} are the tests a level of it that holds makes
 * unsafe (no hop or single-leg stand on a possible femoral-neck stress fracture): left out of the next tests
 * and marked on the form while the flag stands.
 */
public record RedFlag(String id, String label, String urgency, List<String> findings, String action,
                      List<String> sources, String reason, String judgement, List<String> derivedFrom,
                      List<String> checks, List<String> unsafeTests) {
    public RedFlag {
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
        derivedFrom = List.copyOf(derivedFrom);
        checks = List.copyOf(checks);
        unsafeTests = List.copyOf(unsafeTests);
    }

    public RedFlag(String id, String label, String urgency, List<String> findings, String action, List<String> sources,
                   String reason, String judgement) {
        this(id, label, urgency, findings, action, sources, reason, judgement, List.of(), List.of(), List.of());
    }

    /** The same flag with {@code more} checks after its own (the emergency questions its findings lead to). */
    RedFlag withMoreChecks(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(checks);
        more.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return new RedFlag(id, label, urgency, findings, action, sources, reason, judgement, derivedFrom, all, unsafeTests);
    }

    public boolean derived() {
        return !derivedFrom.isEmpty();
    }

    RedFlag derivedFrom(List<String> reasons) {
        return new RedFlag(id, label, urgency, findings, action, sources, reason, judgement, reasons, checks, unsafeTests);
    }

    public Urgency level() {
        return Keyed.find(Urgency.class, urgency);
    }

    /** A logged low-value item, never escalated. */
    public boolean noted() {
        return level() == Urgency.NOTED;
    }

    /** Emergency or urgent. */
    public boolean serious() {
        return level().serious();
    }
}
