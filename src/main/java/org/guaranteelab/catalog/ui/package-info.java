/**
 * Views of the case (source, stakeholders). The components that show quotes and positions, which the
 * other features reuse so that a quote looks and links the same everywhere, are exported one by one as
 * the {@code widgets} named interface; the rest of the package is internal.
 */
@NullMarked
package org.guaranteelab.catalog.ui;

import org.jspecify.annotations.NullMarked;
