package org.exampath.text;

/** How this build of ExamPath names itself: the version its jar was packaged as, or that it is a development build. */
public final class BuildWords {
    private BuildWords() {
    }

    /** The packaged version ({@code 0.1.0}), or words saying the classes were not run from a packaged jar. */
    public static String version() {
        String packaged = BuildWords.class.getPackage().getImplementationVersion();
        return packaged == null ? "(a development build, not a packaged jar)" : packaged;
    }
}
