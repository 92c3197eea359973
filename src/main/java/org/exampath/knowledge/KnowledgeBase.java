package org.exampath.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The immutable, validated knowledge base: what the engine reasons with and the form is built from. */
public final class KnowledgeBase {
    private final String version;
    private final Map<String, FindingDefinition> findings;
    private final List<Hypothesis> hypotheses;
    private final Map<String, Driver> drivers;
    private final List<LikelihoodRow> rows;
    private final Map<String, Family> families;
    private final List<RedFlagRule> redFlags;
    private final List<InconsistencyRule> inconsistencies;
    private final List<ImagingRule> imaging;
    private final Map<String, Citation> citations;
    private final Policy policy;
    private final List<ProgressionRule> progression;

    KnowledgeBase(String version, Map<String, FindingDefinition> findings, List<Hypothesis> hypotheses,
                  Map<String, Driver> drivers, List<LikelihoodRow> rows, Map<String, Family> families,
                  List<RedFlagRule> redFlags, List<InconsistencyRule> inconsistencies, List<ImagingRule> imaging,
                  Map<String, Citation> citations, Policy policy, List<ProgressionRule> progression) {
        this.version = version;
        this.findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
        this.hypotheses = List.copyOf(hypotheses);
        this.drivers = Collections.unmodifiableMap(new LinkedHashMap<>(drivers));
        this.rows = List.copyOf(rows);
        this.families = Collections.unmodifiableMap(new LinkedHashMap<>(families));
        this.redFlags = List.copyOf(redFlags);
        this.inconsistencies = List.copyOf(inconsistencies);
        this.imaging = List.copyOf(imaging);
        this.citations = Collections.unmodifiableMap(new LinkedHashMap<>(citations));
        this.policy = policy;
        this.progression = List.copyOf(progression);
    }

    public String version() {
        return version;
    }

    /** Every finding definition, in catalogue order, pseudo-findings included. */
    public Map<String, FindingDefinition> findings() {
        return findings;
    }

    public Optional<FindingDefinition> finding(String id) {
        return Optional.ofNullable(findings.get(id));
    }

    public List<FindingDefinition> findingsOfStep(String step) {
        List<FindingDefinition> out = new ArrayList<>();
        for (FindingDefinition definition : findings.values()) {
            if (definition.step().equals(step)) {
                out.add(definition);
            }
        }
        return out;
    }

    /** The findings whose rows sit in this group of the form, in catalogue order. */
    public List<FindingDefinition> findingsOf(Group group) {
        List<FindingDefinition> out = new ArrayList<>();
        for (FindingDefinition definition : findings.values()) {
            if (definition.place() == group && definition.section() == group.step()) {
                out.add(definition);
            }
        }
        return out;
    }

    public List<Hypothesis> hypotheses() {
        return hypotheses;
    }

    public Optional<Hypothesis> hypothesis(String id) {
        return hypotheses.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Map<String, Driver> drivers() {
        return drivers;
    }

    public List<LikelihoodRow> rows() {
        return rows;
    }

    /** The rows whose primary finding is this one, in file order. */
    public List<LikelihoodRow> rowsFor(String findingId) {
        return rows.stream().filter(row -> row.finding().equals(findingId)).toList();
    }

    public Map<String, Family> families() {
        return families;
    }

    public List<RedFlagRule> redFlags() {
        return redFlags;
    }

    public List<InconsistencyRule> inconsistencies() {
        return inconsistencies;
    }

    public List<ImagingRule> imaging() {
        return imaging;
    }

    public Map<String, Citation> citations() {
        return citations;
    }

    public Citation citation(String id) {
        return citations.get(id);
    }

    public Policy policy() {
        return policy;
    }

    /** Follow-up rules: which findings, new or worse, raise which progressive red-flag finding. */
    public List<ProgressionRule> progression() {
        return progression;
    }
}
