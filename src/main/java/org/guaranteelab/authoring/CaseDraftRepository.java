package org.guaranteelab.authoring;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseDraftRepository extends JpaRepository<CaseDraft, Long> {

    Optional<CaseDraft> findByEditTokenHash(String editTokenHash);

    /** The case file of the case's latest version, if the case is published. */
    @Query("""
            select v.content from PublishedVersion v join v.draft d
            where d.caseId = :caseId and d.publishedAt is not null
              and v.number = (select max(w.number) from PublishedVersion w where w.draft = d)""")
    Optional<String> findPublishedCaseFile(String caseId);
}
