package org.guaranteelab.sharing;

/**
 * The outcome of following a link. Unknown, malformed and revoked tokens are all {@link NotFound},
 * so a page cannot tell a guess from a withdrawn link.
 */
public sealed interface Lookup<T> {

    record Found<T>(T value) implements Lookup<T> {
    }

    /** The author deleted the scenario. */
    record Removed<T>() implements Lookup<T> {
    }

    record NotFound<T>() implements Lookup<T> {
    }
}
