/**
 * The case file: the source, its stakeholders, options and their quoted stances, validated at start-up.
 * Every feature reads it; it reads nothing but {@code base}, whose shell it tells which source it quotes.
 *
 * <p>The case file's optional fields (a stance's note, a link's level, a quote's speaker) are
 * {@code @Nullable} record components; lists left out of the file are empty, never null.
 */
@ApplicationModule(allowedDependencies = "base")
@NullMarked
package org.guaranteelab.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
