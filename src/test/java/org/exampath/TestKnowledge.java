package org.exampath;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Engine;

/** The shipped knowledge base and engine, loaded once for all tests, and a tiny one for hand-checked maths. */
public final class TestKnowledge {
    public static final KnowledgeBase SHIPPED = KnowledgeLoader.fromClasspath();
    public static final Engine ENGINE = new Engine(SHIPPED);
    /** The encounter list's summary as the application gives it to a store: the shipped engine's (ADR 4). */
    public static final org.exampath.store.ListedSummary.Summariser SUMMARISER = ListedSummaries.by(ENGINE);

    private TestKnowledge() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestKnowledge.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KnowledgeBase mini() {
        return KnowledgeLoader.fromDirectory(resource("mini-kb"));
    }
}
