package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupAddressTest {

    @Test
    void a_server_on_every_interface_is_opened_at_localhost() {
        assertThat(StartupAddress.address(null, "8080", null)).isEqualTo("http://localhost:8080/");
        assertThat(StartupAddress.address("0.0.0.0", "9000", "")).isEqualTo("http://localhost:9000/");
    }

    @Test
    void a_bound_address_and_context_path_are_part_of_the_address() {
        assertThat(StartupAddress.address("127.0.0.1", "8080", "/lab/")).isEqualTo("http://127.0.0.1:8080/lab/");
        assertThat(StartupAddress.address("::1", "8080", null)).isEqualTo("http://[::1]:8080/");
    }
}
