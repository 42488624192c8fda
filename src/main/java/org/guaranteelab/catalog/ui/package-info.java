/**
 * Views of the case (source, stakeholders) and the components that show quotes and positions,
 * which the other features reuse so that a quote looks and links the same everywhere.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.guaranteelab.catalog.ui;
