package org.guaranteelab.classroom;

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
    Subscription subscribe(long classId, Runnable listener);

    /** Ends a subscription (the app's own type: a service does not speak Vaadin's). */
    @FunctionalInterface
    interface Subscription {

        void remove();
    }
}
