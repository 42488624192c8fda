package org.guaranteelab.sharing.ui;

/** Thrown while opening a link whose scenario its author deleted. */
public class ScenarioRemovedException extends RuntimeException {

    public ScenarioRemovedException() {
        super("The scenario was removed by its author");
    }
}
