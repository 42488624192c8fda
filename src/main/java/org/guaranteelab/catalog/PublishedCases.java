package org.guaranteelab.catalog;

import java.util.Optional;

/**
 * Cases that do not ship with the app, such as those teachers write in the browser. The feature
 * that stores them implements this, so that the catalog (which every feature reads) reads none of
 * them back. Ids never collide with the bundled case files'; a bundled case wins if they did.
 */
public interface PublishedCases {

    /** The latest published version of the case with this id, if it is published. */
    Optional<Case> find(String caseId);
}
