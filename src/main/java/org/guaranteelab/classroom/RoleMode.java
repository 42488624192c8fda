package org.guaranteelab.classroom;

/** Whether students play stakeholders. */
public enum RoleMode {
    NONE,
    /** Each student who joins gets the next stakeholder in the case's order; the teacher may change it. */
    ROUND_ROBIN
}
