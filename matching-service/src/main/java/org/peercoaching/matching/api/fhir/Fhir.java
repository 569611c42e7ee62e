package org.peercoaching.matching.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * HAPI FHIR R4, once per service: the context (expensive: it reflects over every model class) and the structural
 * validator (the core StructureDefinitions and value sets of hapi-fhir-validation-resources-r4, a few seconds to
 * load). Both are built in the background when the service starts, so the service is ready as fast as before; a FHIR
 * request that arrives before they are built waits for them.
 */
@ApplicationScoped
public class Fhir {

    private static final Logger LOG = Logger.getLogger(Fhir.class);

    public static final String JSON = "application/fhir+json";

    private final CompletableFuture<FhirContext> context = new CompletableFuture<>();
    private final CompletableFuture<FhirValidator> validator = new CompletableFuture<>();

    /**
     * The context (about a second) is made during the start, so that writing an OperationOutcome never waits, even on
     * an I/O thread; the validator (tens of seconds on a busy machine) is built in the background.
     */
    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "peercoaching.fhir.preload-validator", defaultValue = "true") boolean preload) {
        long start = System.nanoTime();
        FhirContext ctx = context();
        ctx.newJsonParser().encodeResourceToString(new org.hl7.fhir.r4.model.OperationOutcome());
        if (!preload) { // tests that send no FHIR: the validator loads on the first FHIR request instead
            LOG.infof("FHIR R4 context ready in %d ms; the validator loads on first use",
                    (System.nanoTime() - start) / 1_000_000);
            return;
        }
        LOG.infof("FHIR R4 context ready in %d ms; the validator loads in the background",
                (System.nanoTime() - start) / 1_000_000);
        Thread loader = new Thread(this::loadValidator, "fhir-validator-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private synchronized void loadValidator() {
        if (validator.isDone()) {
            return;
        }
        try {
            long start = System.nanoTime();
            FhirContext ctx = context();
            UnknownCodeSystemWarningValidationSupport unknownSystems = new UnknownCodeSystemWarningValidationSupport(ctx);
            unknownSystems.setNonExistentCodeSystemSeverity(
                    ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity.WARNING);
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(ctx),
                    new CommonCodeSystemsTerminologyService(ctx),
                    new InMemoryTerminologyServerValidationSupport(ctx),
                    new SnapshotGeneratingValidationSupport(ctx),
                    unknownSystems);
            FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
            instanceValidator.setAnyExtensionsAllowed(true);
            FhirValidator v = ctx.newValidator();
            v.registerValidatorModule(instanceValidator);
            // the first validation loads the core definitions: do it now, not on a pathway's first referral
            v.validateWithResult(new org.hl7.fhir.r4.model.OperationOutcome()
                    .addIssue(new org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent()
                            .setSeverity(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.INFORMATION)
                            .setCode(org.hl7.fhir.r4.model.OperationOutcome.IssueType.INFORMATIONAL)));
            validator.complete(v);
            LOG.infof("FHIR R4 validator ready in the background in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The FHIR R4 validator could not be loaded", e);
            validator.completeExceptionally(e);
        }
    }

    public FhirContext context() {
        if (!context.isDone()) {
            context.complete(FhirContext.forR4());
        }
        return context.join();
    }

    public FhirValidator validator() {
        startIfNotStarted();
        return validator.join();
    }

    /** Outside a running service (unit tests) nothing observed the start: load on first use. */
    private void startIfNotStarted() {
        if (!validator.isDone()) {
            loadValidator();
        }
    }

    public IParser json() {
        return context().newJsonParser().setPrettyPrint(false);
    }

    public String write(IBaseResource resource) {
        return json().encodeResourceToString(resource);
    }

    /** The messages of error (or fatal) severity the validator found in this raw resource text. */
    public List<SingleValidationMessage> errorsIn(String raw) {
        ValidationResult result = validator().validateWithResult(raw);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }
}
