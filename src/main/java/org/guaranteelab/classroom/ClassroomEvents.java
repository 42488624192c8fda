package org.guaranteelab.classroom;

import com.vaadin.flow.shared.Registration;

/**
 * Tells open boards that their class changed (a join, a submission, a lock). In memory for one
 * instance ({@link InMemoryClassroomEvents}); through PostgreSQL LISTEN/NOTIFY for several instances
 * on one database ({@link PostgresClassroomEvents}, docs/decisions/0011-several-instances.md).
 */
public interface ClassroomEvents {

    /**
     * Calls {@code listener} after every committed change to the class, on the thread that made it
     * (or, for a change made by another instance, on the thread that heard of it); listeners must
     * return quickly (a board hands the work to {@code UI.access}).
     */
    Registration subscribe(long classId, Runnable listener);
}
