package org.exampath.knowledge;

/** The knowledge base is not fit to use; the message names the file, the entry and what is wrong. */
public class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(String message) {
        super(message);
    }
}
