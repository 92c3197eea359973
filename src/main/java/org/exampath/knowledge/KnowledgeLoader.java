package org.exampath.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code knowledge/*.json} and refuses, with a message naming file, entry and fault, anything
 * the engine could not trust: unknown ids or keys, LR &le; 0, priors outside (0, 1), numbers without a
 * source or without a reason for being an estimate, values outside their closed sets. The reading
 * itself is shared out: {@link CatalogueReader}, {@link ModelReader}, {@link LikelihoodReader},
 * {@link RuleReader} and, for every rule, {@link ConditionParser}.
 */
public final class KnowledgeLoader {
    /** Where the files come from: the jar's resources, or a folder in tests. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String name) throws IOException;
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final Source source;

    private KnowledgeLoader(Source source) {
        this.source = source;
    }

    public static KnowledgeBase fromClasspath() {
        return new KnowledgeLoader(name -> KnowledgeLoader.class.getResourceAsStream("/knowledge/" + name)).load();
    }

    public static KnowledgeBase fromDirectory(Path directory) {
        return new KnowledgeLoader(name -> Files.newInputStream(directory.resolve(name))).load();
    }

    public static KnowledgeBase from(Source source) {
        return new KnowledgeLoader(source).load();
    }

    private KnowledgeBase load() {
        Entry manifest = read("manifest.json").keys(Set.of("version", "date", "title", "basis", "files", "note"));
        String version = manifest.text("version");
        CatalogueReader catalogue = new CatalogueReader();
        catalogue.readCitations(read("citations.json"));
        catalogue.readFindings(read("findings.json"));
        ModelReader model = new ModelReader(catalogue);
        List<Hypothesis> hypotheses = model.readHypotheses(read("hypotheses.json"));
        Policy policy = model.readPolicy(read("policy.json"));
        Map<String, Family> families = model.readFamilies(read("families.json"));
        List<LikelihoodRow> rows = new LikelihoodReader(catalogue, hypotheses, families, "likelihood-ratios.json")
                .read(read("likelihood-ratios.json"));
        RuleReader rules = new RuleReader(catalogue);
        List<RedFlagRule> redFlags = rules.readRedFlags(read("red-flags.json"));
        List<InconsistencyRule> inconsistencies = rules.readInconsistencies(read("inconsistencies.json"), redFlags);
        List<ImagingRule> imaging = rules.readImaging(read("imaging.json"), redFlags);
        List<ProgressionRule> progression = rules.readProgression(read("follow-up.json"));
        return new KnowledgeBase(version, catalogue.findings(), hypotheses, model.drivers(), rows, families, redFlags,
                inconsistencies, imaging, catalogue.citations(), policy, progression);
    }

    private Entry read(String name) {
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw Entry.failAt(name, "file is missing");
            }
            JsonNode node = mapper.readTree(in);
            if (node == null || !node.isObject()) {
                throw Entry.failAt(name, "expected a JSON object");
            }
            return new Entry(name, "top level", node);
        } catch (NoSuchFileException e) {
            throw Entry.failAt(name, "file is missing");
        } catch (JsonProcessingException e) {
            throw Entry.failAt(name, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
