package org.exampath.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads hypotheses.json (drivers and hypotheses), policy.json and families.json. */
final class ModelReader {
    private final CatalogueReader catalogue;
    private final Map<String, Driver> drivers = new LinkedHashMap<>();

    ModelReader(CatalogueReader catalogue) {
        this.catalogue = catalogue;
    }

    Map<String, Driver> drivers() {
        return drivers;
    }

    List<Hypothesis> readHypotheses(Entry root) {
        root.keys(Set.of("drivers", "hypotheses", "note"));
        for (Entry e : root.objects("drivers", "driver")) {
            e.keys(Set.of("id", "label", "management", "signs", "whenLeadersSplit"));
            String id = e.text("id");
            String split = e.optionalText("whenLeadersSplit");
            if (split != null && !Driver.UNCLEAR.equals(id)) {
                throw e.fail("whenLeadersSplit belongs only to the '" + Driver.UNCLEAR + "' entry");
            }
            if (drivers.put(id, new Driver(id, e.text("label"), e.text("management"), e.text("signs"), split)) != null) {
                throw e.fail("defined twice");
            }
        }
        List<Hypothesis> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Entry e : root.objects("hypotheses", "hypothesis")) {
            e.keys(Set.of("id", "label", "driver", "prior", "priorSource", "priorEstimate", "management"));
            String id = e.text("id");
            if (!seen.add(id)) {
                throw e.fail("defined twice");
            }
            String driver = e.text("driver");
            if (!drivers.containsKey(driver) || Driver.UNCLEAR.equals(driver)) {
                throw e.fail("unknown driver \"" + driver + "\"");
            }
            double prior = e.number("prior");
            if (!(prior > 0 && prior < 1)) {
                throw e.fail("prior must lie strictly between 0 and 1, was " + prior);
            }
            String priorSource = e.optionalText("priorSource");
            catalogue.checkSource(e, priorSource, "prior");
            out.add(new Hypothesis(id, e.text("label"), driver, prior, priorSource, e.text("priorEstimate"),
                    e.optionalText("management")));
        }
        return out;
    }

    Policy readPolicy(Entry e) {
        e.keys(Set.of("familyCap", "familyFloor", "totalCap", "totalFloor", "shrinkage", "source", "estimate",
                "widespreadTendernessRule", "contenderShare", "contenderReason", "closeShare", "closeReason", "note"));
        Policy policy = new Policy(e.number("familyCap"), e.number("familyFloor"), e.number("totalCap"),
                e.number("totalFloor"), e.optionalText("source"), e.text("estimate"), e.number("contenderShare"),
                e.text("contenderReason"), e.number("closeShare"), e.text("closeReason"));
        catalogue.checkSource(e, policy.source(), "");
        if (!(policy.familyFloor() > 0 && policy.familyFloor() < 1 && policy.familyCap() > 1
                && policy.totalFloor() > 0 && policy.totalFloor() < 1 && policy.totalCap() > 1)) {
            throw e.fail("caps must be above 1 and floors between 0 and 1");
        }
        if (!(policy.contenderShare() > 0 && policy.contenderShare() <= 1)) {
            throw e.fail("contenderShare must lie above 0 and at most 1, was " + policy.contenderShare());
        }
        if (!(policy.closeShare() > 0 && policy.closeShare() <= 1)) {
            throw e.fail("closeShare must lie above 0 and at most 1, was " + policy.closeShare());
        }
        return policy;
    }

    Map<String, Family> readFamilies(Entry root) {
        root.keys(Set.of("families", "source", "note"));
        catalogue.checkSource(root, root.optionalText("source"), "");
        Map<String, Family> out = new LinkedHashMap<>();
        Set<String> claimed = new TreeSet<>();
        for (Entry e : root.objects("families", "family")) {
            e.keys(Set.of("id", "label", "findings"));
            String id = e.text("id");
            List<String> members = e.strings("findings");
            for (String member : members) {
                if (!catalogue.findings().containsKey(member)) {
                    throw e.fail("unknown finding \"" + member + "\"");
                }
                if (!claimed.add(member)) {
                    throw e.fail(member + " already belongs to another family");
                }
            }
            if (out.put(id, new Family(id, e.text("label"), members)) != null) {
                throw e.fail("defined twice");
            }
        }
        return out;
    }
}
