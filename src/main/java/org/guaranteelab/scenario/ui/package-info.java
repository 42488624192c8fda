/**
 * The scenario builder, and the components that render a {@link org.guaranteelab.scenario.ScenarioAnalysis},
 * which shared links, comparisons and the classroom board reuse.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.guaranteelab.scenario.ui;
