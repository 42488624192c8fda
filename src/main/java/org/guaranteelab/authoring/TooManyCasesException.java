package org.guaranteelab.authoring;

/** This client has started as many cases as it may this hour. */
public class TooManyCasesException extends RuntimeException {

    TooManyCasesException() {
        super("You have started many cases in the last hour. Please wait a while, then try again.");
    }
}
