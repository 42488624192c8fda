/**
 * Saving and sharing scenarios, and the link components (a copyable link, its QR code) that the
 * classroom reuses for its join and board links.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.guaranteelab.sharing.ui;
