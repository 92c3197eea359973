package org.exampath.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The one-way arrows of the house style: the core knows nothing of JavaFX, SQL, files or the UI. */
@AnalyzeClasses(packages = "org.exampath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoJavaFxSqlOrUi = noClasses()
            .that().resideInAnyPackage("org.exampath.domain..", "org.exampath.knowledge..", "org.exampath.reasoning..",
                    "org.exampath.practice..", "org.exampath.chart..", "org.exampath.text..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.controlsfx..",
                    "org.exampath.ui..", "org.exampath.persistence..", "org.exampath.store..", "org.exampath.cli..",
                    "org.exampath.exchange..")
            .because("the reasoning core is pure Java, testable without a screen, a database or files");

    @ArchTest
    static final ArchRule domainAndReasoningStayFreeOfJacksonAndIo = noClasses()
            .that().resideInAnyPackage("org.exampath.domain..", "org.exampath.reasoning..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "java.io..", "java.nio.file..")
            .because("only the knowledge loader and the exchange package read JSON and files");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfTheProject = noClasses()
            .that().resideInAPackage("org.exampath.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.exampath.knowledge..", "org.exampath.reasoning..")
            .because("the exam as records is the bottom layer every other package builds on");

    @ArchTest
    static final ArchRule knowledgeDoesNotKnowTheEngine = noClasses()
            .that().resideInAPackage("org.exampath.knowledge..")
            .should().dependOnClassesThat().resideInAPackage("org.exampath.reasoning..")
            .because("the knowledge base is data the engine reads, never the other way round");

    @ArchTest
    static final ArchRule reasoningReadsNoClock = noClasses()
            .that().resideInAPackage("org.exampath.reasoning..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("the engine is deterministic: the same exam gives byte-identical output");

    @ArchTest
    static final ArchRule persistenceKnowsOnlyTheDomainAndTheSeam = noClasses()
            .that().resideInAPackage("org.exampath.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.exampath.ui..", "org.exampath.reasoning..",
                    "org.exampath.knowledge..", "org.exampath.report..", "org.exampath.clinic..", "javafx..", "com.fasterxml..")
            .because("rows map to domain records only; what the engine infers is never stored as entered; the SQLite store "
                    + "stands beside the clinic one behind the seam, never on it");

    @ArchTest
    static final ArchRule theSeamIsEngineNeutral = noClasses()
            .that().resideInAPackage("org.exampath.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.exampath.persistence..",
                    "org.exampath.ui..", "javafx..")
            .because("a PostgreSQL store must be able to stand behind the same Encounters seam");

    @ArchTest
    static final ArchRule uiReachesTheStoreOnlyThroughTheSeam = noClasses()
            .that().resideInAPackage("org.exampath.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.exampath.persistence..", "java.sql..", "org.sqlite..")
            .because("all writes go through one writer behind the store seam; the window never holds a connection");

    @ArchTest
    static final ArchRule viewsAndNodesDependOnNeitherTheEngineNorTheStore = noClasses()
            .that().resideInAPackage("org.exampath.ui..")
            .and(JavaClass.Predicates.simpleNameEndingWith("View").or(JavaClass.Predicates.assignableTo(javafx.scene.Node.class)))
            .should().dependOnClassesThat().resideInAnyPackage("org.exampath.persistence..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.exampath.store.Encounters")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.exampath.store.PracticeRecords")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.exampath.reasoning.Engine")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.exampath.reasoning.FollowUp")
            .because("views bind to view models and may show the records they hand over; computing and storing happen behind them");

    @ArchTest
    static final ArchRule reportAndCommandsStayHeadless = noClasses()
            .that().resideInAnyPackage("org.exampath.report..", "org.exampath.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.exampath.ui..")
            .because("the commands run on a server without a display");

    @ArchTest
    static final ArchRule nothingDependsOnTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage("org.exampath")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.exampath.App")
            .because("App builds everything by constructor and nothing reaches back into it");

    @ArchTest
    static final ArchRule clinicStoreKnowsOnlyTheDomainAndTheSeam = noClasses()
            .that().resideInAPackage("org.exampath.clinic..")
            .should().dependOnClassesThat().resideInAnyPackage("org.exampath.ui..", "org.exampath.reasoning..",
                    "org.exampath.knowledge..", "org.exampath.persistence..", "org.exampath.report..", "javafx..")
            .because("the PostgreSQL store is a second engine behind the Encounters seam, beside the SQLite one, never above it");

    @ArchTest
    static final ArchRule everyRenameIntoPlaceFlushesItsFolder = noClasses()
            .that().doNotHaveFullyQualifiedName("org.exampath.exchange.AtomicFile")
            .should().callMethod(java.nio.file.Files.class, "move", java.nio.file.Path.class, java.nio.file.Path.class,
                    java.nio.file.CopyOption[].class)
            .because("a file renamed into place survives a power cut only once its folder is flushed too: AtomicFile.moveInPlace");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.exampath.(*)..").should().beFreeOfCycles()
            .because("one-way arrows keep each layer replaceable and testable alone");
}
