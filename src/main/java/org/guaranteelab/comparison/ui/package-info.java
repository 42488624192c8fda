/** The comparison page; internal to the comparison module. */
@NullMarked
package org.guaranteelab.comparison.ui;

import org.jspecify.annotations.NullMarked;
