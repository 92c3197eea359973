package org.exampath.ui.practice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.store.PracticeRecords;
import org.exampath.practice.PracticeCase;
import org.exampath.reasoning.Engine;

/**
 * Practice mode's cases: the shipped library plus a teacher's {@code cases} folder. Reading touches the
 * disk (a folder may hold anything, a pipe included), so call it off the JavaFX thread.
 */
public final class PracticeLibrary {
    private PracticeLibrary() {
    }

    public static PracticeViewModel open(Engine engine, PracticeRecords store, Path casesFolder) {
        CaseLibraryReader reader = new CaseLibraryReader(engine.knowledge());
        CaseLibraryReader.Library shipped = reader.shipped();
        CaseLibraryReader.Library teachers = reader.folder(casesFolder);
        List<PracticeCase> cases = new ArrayList<>(shipped.cases());
        cases.addAll(teachers.cases());
        List<String> problems = new ArrayList<>(shipped.problems());
        problems.addAll(teachers.problems());
        return new PracticeViewModel(engine, store, cases, problems);
    }
}
