package org.guaranteelab.classroom.ui;

/** A board or student link that leads to no class (unknown, deleted, or a removed student's). */
public class ClassNotFoundException extends RuntimeException {

    public ClassNotFoundException() {
        super("No class at this link");
    }
}
