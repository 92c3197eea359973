package org.exampath.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                    "org.exampath.ui..", "org.exampath.persistence..", "org.exampath.cli..", "org.exampath.exchange..");

    @ArchTest
    static final ArchRule domainAndReasoningStayFreeOfJacksonAndIo = noClasses()
            .that().resideInAnyPackage("org.exampath.domain..", "org.exampath.reasoning..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "java.io..", "java.nio.file..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfTheProject = noClasses()
            .that().resideInAPackage("org.exampath.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.exampath.knowledge..", "org.exampath.reasoning..");

    @ArchTest
    static final ArchRule knowledgeDoesNotKnowTheEngine = noClasses()
            .that().resideInAPackage("org.exampath.knowledge..")
            .should().dependOnClassesThat().resideInAPackage("org.exampath.reasoning..");

    @ArchTest
    static final ArchRule reasoningReadsNoClock = noClasses()
            .that().resideInAPackage("org.exampath.reasoning..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime");

    @ArchTest
    static final ArchRule persistenceKnowsOnlyTheDomain = noClasses()
            .that().resideInAPackage("org.exampath.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.exampath.ui..", "org.exampath.reasoning..",
                    "org.exampath.knowledge..", "org.exampath.report..", "javafx..", "com.fasterxml..");

    @ArchTest
    static final ArchRule reportAndCommandsStayHeadless = noClasses()
            .that().resideInAnyPackage("org.exampath.report..", "org.exampath.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.exampath.ui..");

    @ArchTest
    static final ArchRule nothingDependsOnTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage("org.exampath")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.exampath.App");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.exampath.(*)..").should().beFreeOfCycles();
}
