/**
 * The shell every page shares (layout, error pages, plain server-rendered pages), the widgets and
 * primitives more than one feature uses (a copyable link, its QR code, a scrolling table region, share
 * tokens) and the request filters and per-client allowances. It depends on no feature: what the shell
 * shows about the case comes in through {@link org.guaranteelab.base.SourceNotice}.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.guaranteelab.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
