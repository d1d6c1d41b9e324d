package dev.fulltime.infrastructure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java; the application knows nothing of the web; neither reaches into infrastructure. */
@AnalyzeClasses(packages = "dev.fulltime", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule domainUsesNoFramework = noClasses()
            .that().resideInAPackage("dev.fulltime.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.axonframework..", "jakarta..", "javax..",
                    "com.fasterxml..", "org.hibernate..", "org.slf4j..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("dev.fulltime.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.fulltime.application..", "dev.fulltime.infrastructure..");

    @ArchTest
    static final ArchRule applicationKnowsNoWeb = noClasses()
            .that().resideInAPackage("dev.fulltime.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "dev.fulltime.infrastructure..");
}
