/**
 * The shell (layout, error pages) and the shared widgets; the widgets other features may use are
 * marked {@code @NamedInterface("widgets")} one by one, the rest stays internal.
 */
@NullMarked
package org.guaranteelab.base.ui;

import org.jspecify.annotations.NullMarked;
