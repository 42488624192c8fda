package org.guaranteelab.sharing.ui;

/** Thrown while opening a link whose scenario its author deleted. */
class ScenarioRemovedException extends RuntimeException {

    ScenarioRemovedException() {
        super("The scenario was removed by its author");
    }
}
