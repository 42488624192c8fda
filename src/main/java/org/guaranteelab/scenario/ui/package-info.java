/**
 * The scenario builder. The components that build and render a scenario, which shared links,
 * comparisons and the classroom reuse, are exported one by one as the {@code builder} named interface;
 * the rest of the package is internal.
 */
@NullMarked
package org.guaranteelab.scenario.ui;

import org.jspecify.annotations.NullMarked;
