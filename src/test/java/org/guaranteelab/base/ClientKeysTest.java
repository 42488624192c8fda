package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientKeysTest {

    @Test
    void without_trusted_proxies_the_key_is_the_connecting_address() {
        var keys = new ClientKeys("");

        assertThat(keys.of(request("203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void a_forged_forwarded_for_header_does_not_change_the_key_when_no_proxy_is_trusted() {
        var keys = new ClientKeys("");

        assertThat(keys.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(keys.of(request("203.0.113.7", "198.51.100.2, 10.0.0.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void a_forwarded_for_header_from_an_untrusted_address_is_ignored() {
        var keys = new ClientKeys("10.0.0.5");

        assertThat(keys.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void connections_are_keyed_like_requests_except_those_of_a_trusted_proxy() throws Exception {
        var keys = new ClientKeys("10.0.0.0/8");

        assertThat(keys.ofConnection(java.net.InetAddress.getByName("203.0.113.7"))).contains("203.0.113.7");
        assertThat(keys.ofConnection(java.net.InetAddress.getByName("2001:db8::1"))).contains("2001:db8:0:0:0:0:0:0/64");
        assertThat(keys.ofConnection(java.net.InetAddress.getByName("10.0.0.5"))).as("a trusted proxy").isEmpty();
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_the_proxy_saw() {
        var keys = new ClientKeys("10.0.0.0/8");

        assertThat(keys.of(request("10.0.0.5", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void behind_a_trusted_proxy_addresses_the_client_put_in_the_header_itself_are_not_believed() {
        var keys = new ClientKeys("10.0.0.0/8");

        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
        assertThat(keys.of(request("10.0.0.5", "1.2.3.4, 198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(keys.of(request("10.0.0.5", "1.2.3.4", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void chains_of_trusted_proxies_are_walked_to_the_first_untrusted_address() {
        var keys = new ClientKeys("10.0.0.0/8, 192.0.2.10");

        assertThat(keys.of(request("10.0.0.5", "1.2.3.4, 198.51.100.1, 192.0.2.10, 10.1.1.1")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void a_trusted_proxy_forwarding_garbage_is_itself_the_client() {
        var keys = new ClientKeys("10.0.0.5");

        assertThat(keys.of(request("10.0.0.5", "not-an-address"))).isEqualTo("10.0.0.5");
        assertThat(keys.of(request("10.0.0.5", "localhost"))).isEqualTo("10.0.0.5");
        assertThat(keys.of(request("10.0.0.5"))).isEqualTo("10.0.0.5");
    }

    @Test
    void forwarded_addresses_with_ports_or_brackets_are_understood() {
        var keys = new ClientKeys("10.0.0.5");

        assertThat(keys.of(request("10.0.0.5", "198.51.100.1:51234"))).isEqualTo("198.51.100.1");
        assertThat(keys.of(request("10.0.0.5", "[2001:db8:1:2::7]:443"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void ipv6_clients_share_a_key_within_their_64_bit_network() {
        var keys = new ClientKeys("");

        assertThat(keys.of(request("2001:db8:1:2::7"))).isEqualTo(keys.of(request("2001:db8:1:2:abcd::1")))
                .isNotEqualTo(keys.of(request("2001:db8:1:3::7")));
    }

    @Test
    void an_ipv4_mapped_ipv6_address_is_keyed_as_the_ipv4_address() {
        var keys = new ClientKeys("");

        assertThat(keys.of(request("::ffff:203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void a_trusted_proxy_setting_that_is_no_address_stops_the_app() {
        assertThatThrownBy(() -> new ClientKeys("10.0.0.0/8, proxy.example"))
                .hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> new ClientKeys("10.0.0.0/33")).hasMessageContaining("prefix");
    }

    private static MockHttpServletRequest request(String remoteAddress, String... forwardedFor) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(remoteAddress);
        for (var header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }
}
