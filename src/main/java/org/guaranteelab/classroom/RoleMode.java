package org.guaranteelab.classroom;

/** Whether students play stakeholders. */
public enum RoleMode {
    NONE,
    /**
     * Each student who joins gets the next stakeholder in the case's order that the source states a
     * position for (a silent role leaves a student nothing to argue from); the teacher may change it.
     */
    ROUND_ROBIN,
    /**
     * As {@link #ROUND_ROBIN}, silent stakeholders included: the teacher opted in. (Names fit the
     * column's 16 characters.)
     */
    ROUND_ROBIN_ALL;

    /** Whether students are given roles as they join. */
    public boolean assignsRoles() {
        return this != NONE;
    }
}
