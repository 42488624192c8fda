package org.guaranteelab.classroom;

/** Whether a class takes new students and submissions. */
public enum ClassState {
    /** Students join and submit. */
    OPEN,
    /** The teacher paused it: nobody joins or submits until it is reopened. */
    LOCKED,
    /** Over for good: the board stays readable until the class expires. */
    CLOSED
}
