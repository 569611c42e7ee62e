package org.peercoaching.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain holds the rules; REST and messaging are edges that depend on it, never the reverse. */
class LayeringTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peercoaching.matching");

    @Test
    void theDomainDoesNotDependOnTheApiOrMessaging() {
        noClasses().that().resideInAPackage("..matching.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..matching.api..", "..matching.messaging..")
                .check(CLASSES);
    }

    @Test
    void theApiDoesNotReachIntoMessaging() {
        noClasses().that().resideInAPackage("..matching.api..")
                .should().dependOnClassesThat().resideInAPackage("..matching.messaging..")
                .check(CLASSES);
    }
}
