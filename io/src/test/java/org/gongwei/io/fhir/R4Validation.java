package org.gongwei.io.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Structural validation of produced FHIR R4 JSON with HAPI FHIR (test scope only): a strict parse
 * (unknown elements and bad values are errors), then the instance validator against the base R4
 * definitions, offline (no terminology server: codes of external systems such as LOINC are not
 * looked up, bindings to HL7 value sets are checked in memory).
 */
final class R4Validation {
  private R4Validation() {}

  private static final FhirContext CONTEXT = FhirContext.forR4();
  private static final FhirValidator VALIDATOR;

  static {
    ValidationSupportChain chain = new ValidationSupportChain(
        new DefaultProfileValidationSupport(CONTEXT),
        new CommonCodeSystemsTerminologyService(CONTEXT),
        new InMemoryTerminologyServerValidationSupport(CONTEXT),
        new SnapshotGeneratingValidationSupport(CONTEXT));
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    module.setAnyExtensionsAllowed(true);
    VALIDATOR = CONTEXT.newValidator().registerValidatorModule(module);
  }

  /** Parses strictly: throws on unknown elements, wrong types, malformed values. */
  static Bundle parseStrictly(String json) {
    IParser parser = CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    return parser.parseResource(Bundle.class, json);
  }

  /** Every message of the instance validator. */
  static List<SingleValidationMessage> messages(String json) {
    ValidationResult result = VALIDATOR.validateWithResult(json);
    return result.getMessages();
  }

  /** The messages of severity ERROR or FATAL, one a line; empty when the JSON is valid. */
  static String errors(String json) {
    return messages(json).stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }

  /** Every message, one a line (for diagnosis). */
  static String all(String json) {
    return messages(json).stream()
        .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
