package org.guaranteelab.classroom;

/** A new class: the board token (shown to the teacher once, never stored) and the join code. */
public record StartedClass(String boardToken, String joinCode) {
}
