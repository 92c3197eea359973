package org.exampath.knowledge;

import java.util.List;

/** Tests that stress the same tissue in similar positions: only the strongest LR counts. */
public record Family(String id, String label, List<String> findings) {
    public Family {
        findings = List.copyOf(findings);
    }
}
