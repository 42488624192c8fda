package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ShareTokenTest {

    @Test
    void a_hundred_thousand_generated_tokens_are_unique_and_of_the_promised_length_and_alphabet() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 100_000; i++) {
            var token = ShareToken.generate();
            assertThat(token).hasSize(ShareToken.LENGTH).matches("[A-Za-z0-9_-]+");
            assertThat(ShareToken.isWellFormed(token)).isTrue();
            assertThat(seen.add(token)).as("token %d repeats an earlier one", i).isTrue();
        }
    }

    @Test
    void the_stored_hash_is_sha256_hex_and_does_not_contain_the_token() {
        var token = ShareToken.generate();

        var hash = ShareToken.hash(token);

        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
        assertThat(ShareToken.hash(token)).isEqualTo(hash);
        assertThat(ShareToken.hash(ShareToken.generate())).isNotEqualTo(hash);
    }

    @Test
    void malformed_tokens_are_recognised_but_still_hash() {
        assertThat(ShareToken.isWellFormed("short")).isFalse();
        assertThat(ShareToken.isWellFormed("a".repeat(22) + "/")).isFalse();
        assertThat(ShareToken.isWellFormed(null)).isFalse();
        assertThat(ShareToken.hash("x".repeat(100_000))).hasSize(64);
        assertThat(ShareToken.hash(null)).hasSize(64);
    }
}
