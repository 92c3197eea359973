package org.exampath.exchange;

/** An exam file was refused; the message names the key and what was expected, on one line. */
public class ExamFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExamFormatException(String message) {
        super(message);
    }
}
