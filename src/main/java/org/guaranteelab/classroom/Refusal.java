package org.guaranteelab.classroom;

/** Why a join or a submission was not accepted, in words for the student. */
public enum Refusal {
    UNKNOWN_CODE("There is no class with this code. Check it with your teacher (letters and digits; no O, I or L)."),
    UNKNOWN_PARTICIPANT("This class link is not valid any more. Join again with the class code."),
    INVALID_NAME("Enter a display name of 1 to " + DisplayNames.MAX_LENGTH + " characters that others can see."),
    NAME_HIDDEN("Your name holds an invisible or direction-changing character, perhaps from copying it. "
            + "Type it again by hand."),
    NAME_MIXED_SCRIPTS("Your name mixes look-alike letters of different alphabets, such as Latin and Cyrillic. "
            + "Type it in one alphabet."),
    NAME_NUMBERED("Leave the number in brackets off your name: the class numbers equal names itself, as “Ana (2)”."),
    JOINING_TOO_FAST("Many students have joined from your network in the last minute. Wait a minute and press "
            + "Join again; what you typed stays here."),
    CLASS_BUSY("Many students are joining this class right now. Wait a minute and press Join again; what you "
            + "typed stays here."),
    JOIN_BUSY("The class is busy: many students are joining at this moment. What you typed stays here; press "
            + "Join again in a few seconds."),
    SUBMIT_BUSY("The class is busy: many students are submitting at this moment. Your choices are kept here; "
            + "press Submit again in a few seconds."),
    SUBMITTING_TOO_FAST("You have submitted many times in the last minute. Wait a minute and submit again; "
            + "your choices stay here."),
    STUDENT_SUBMISSIONS_FULL("You have reached the number of submissions one student may make in this class; "
            + "your choices stay here. Ask your teacher."),
    REMOVED("Your teacher removed you from this class. Ask them, or join again with the class code."),
    LOCKED("Your teacher has paused this class: nothing can be submitted or joined right now. Your choices stay here."),
    CLOSED("This class is closed: it no longer takes students or submissions."),
    EXPIRED("This class has ended: it is past its end date and will be deleted."),
    CLASS_FULL("This class is full: it has reached its number of students. Ask your teacher to make room."),
    SUBMISSIONS_FULL("This class has reached its number of submissions; ask your teacher."),
    REASON_TOO_LONG("Your reason is longer than " + ClassSubmission.REASON_LENGTH + " characters. Shorten it and "
            + "submit again; your choices stay here."),
    REASON_HIDDEN("Your reason holds an invisible or direction-changing character, perhaps from copying it. "
            + "Delete it and submit again; your choices stay here.");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** Whether the name field is what to correct. */
    public boolean isAboutTheName() {
        return this == INVALID_NAME || this == NAME_HIDDEN || this == NAME_MIXED_SCRIPTS || this == NAME_NUMBERED;
    }

    /** Whether the reason field is what to correct. */
    public boolean isAboutTheReason() {
        return this == REASON_TOO_LONG || this == REASON_HIDDEN;
    }
}
