/** The pages for saving and sharing scenarios; internal to the sharing module. */
@NullMarked
package org.guaranteelab.sharing.ui;

import org.jspecify.annotations.NullMarked;
