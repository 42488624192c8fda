package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.guaranteelab.base.ShareToken;
import org.junit.jupiter.api.Test;

class ViewTokenTest {

    @Test
    void the_view_token_follows_from_the_edit_token_but_differs_from_it() {
        var edit = ShareToken.generate();

        var view = SharingService.viewTokenOf(edit);

        assertThat(ShareToken.isWellFormed(view)).isTrue();
        assertThat(view).isNotEqualTo(edit).isEqualTo(SharingService.viewTokenOf(edit));
    }
}
