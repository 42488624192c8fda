package org.guaranteelab.authoring;

/** A published version of a case: its address is {@code /cases/{caseId}}. */
public record Publication(String caseId, int version) {
}
