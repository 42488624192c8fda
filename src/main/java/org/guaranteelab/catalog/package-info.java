/**
 * The case file: the source, its stakeholders, options and their quoted stances, validated at start-up.
 * Every feature reads it; it reads nothing but {@code base}, whose shell it tells which source it quotes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "base")
package org.guaranteelab.catalog;
