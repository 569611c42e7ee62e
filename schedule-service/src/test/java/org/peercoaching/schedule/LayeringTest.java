package org.peercoaching.schedule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain holds the rules; REST and messaging are edges that depend on it, never the reverse. */
class LayeringTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peercoaching.schedule");

    @Test
    void theDomainDoesNotDependOnTheApiOrMessaging() {
        noClasses().that().resideInAPackage("..schedule.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..schedule.api..", "..schedule.messaging..")
                .check(CLASSES);
    }

    @Test
    void theApiDoesNotReachIntoMessaging() {
        noClasses().that().resideInAPackage("..schedule.api..")
                .should().dependOnClassesThat().resideInAPackage("..schedule.messaging..")
                .check(CLASSES);
    }
}
