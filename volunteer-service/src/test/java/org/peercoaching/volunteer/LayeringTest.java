package org.peercoaching.volunteer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain holds the rules; REST and messaging are edges that depend on it, never the reverse. */
class LayeringTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peercoaching.volunteer");

    @Test
    void theDomainDoesNotDependOnTheApiOrMessaging() {
        noClasses().that().resideInAPackage("..volunteer.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..volunteer.api..", "..volunteer.messaging..")
                .check(CLASSES);
    }

    @Test
    void theApiDoesNotReachIntoMessaging() {
        noClasses().that().resideInAPackage("..volunteer.api..")
                .should().dependOnClassesThat().resideInAPackage("..volunteer.messaging..")
                .check(CLASSES);
    }
}
