/**
 * Cases that teachers write in the browser: an article pasted and split into passages, stakeholders,
 * options and the stances quoted from it, kept as a private draft and published as immutable
 * versions of an unlisted case. Published cases reach every feature through
 * {@link org.guaranteelab.catalog.PublishedCases}; they are checked by the catalog's own loader.
 */
@ApplicationModule(allowedDependencies = { "base", "base :: widgets", "catalog", "scenario :: builder" })
@NullMarked
package org.guaranteelab.authoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
