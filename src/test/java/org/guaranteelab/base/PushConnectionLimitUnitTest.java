package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The counting behind the push cap, without a server: per client, per connection. */
class PushConnectionLimitUnitTest {

    private final PushConnectionLimit limit = new PushConnectionLimit(2);

    @Test
    void a_client_gets_as_many_push_connections_as_its_cap_and_other_clients_are_counted_apart() {
        assertThat(limit.admit("198.51.100.1", "a")).isTrue();
        assertThat(limit.admit("198.51.100.1", "b")).isTrue();

        assertThat(limit.admit("198.51.100.1", "c")).as("a third from the same client").isFalse();
        assertThat(limit.admit("198.51.100.2", "d")).as("another client").isTrue();
    }

    @Test
    void a_connection_already_counted_is_admitted_again_without_counting_twice() {
        limit.admit("198.51.100.1", "a");

        assertThat(limit.admit("198.51.100.1", "a")).as("the next long poll on the same connection").isTrue();
        assertThat(limit.admit("198.51.100.1", "b")).isTrue();
    }

    @Test
    void a_released_connection_frees_its_place_once() {
        limit.admit("198.51.100.1", "a");
        limit.admit("198.51.100.1", "b");

        limit.release("a");
        limit.release("a");
        limit.release("never-admitted");

        assertThat(limit.admit("198.51.100.1", "c")).isTrue();
        assertThat(limit.admit("198.51.100.1", "d")).as("one place freed, not three").isFalse();
    }
}
