package org.guaranteelab.classroom;

/** Published inside the transaction that changed the class; delivered to boards after it commits. */
record ClassChanged(long classId) {
}
