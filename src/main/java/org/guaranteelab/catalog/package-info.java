/**
 * The case file: the source, its stakeholders, options and their quoted stances, validated at start-up.
 * Every feature reads it; it reads nothing but {@code base}, whose shell it tells which source it quotes.
 *
 * <p>Not {@code @NullMarked} yet, unlike the other packages: the records of the case file carry its
 * optional fields (a stance's note, a link's level, a quote's speaker) as null, and are being reworked
 * with the stance model; they get {@code @Nullable} on those components and this package the mark then.
 */
@ApplicationModule(allowedDependencies = "base")
package org.guaranteelab.catalog;

import org.springframework.modulith.ApplicationModule;
