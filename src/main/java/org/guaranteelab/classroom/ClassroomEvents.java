package org.guaranteelab.classroom;

import com.vaadin.flow.shared.Registration;

/**
 * Tells open boards that their class changed (a join, a submission, a lock). In memory for one
 * instance ({@link InMemoryClassroomEvents}); several instances would need a shared channel, e.g.
 * PostgreSQL LISTEN/NOTIFY, behind the same interface (docs/decisions/0005-classroom-live-board.md).
 */
public interface ClassroomEvents {

    /**
     * Calls {@code listener} after every committed change to the class, on the thread that made it;
     * listeners must return quickly (a board hands the work to {@code UI.access}).
     */
    Registration subscribe(long classId, Runnable listener);
}
