package org.guaranteelab.authoring;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Optional;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseFileFormat;
import org.guaranteelab.catalog.PublishedCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The latest published version of each user case, for the catalog. Parsed cases are kept in a
 * bounded cache, dropped here when a case is published, unpublished or deleted; another instance
 * sees the change within {@link #STALE_AFTER}.
 */
@Component
class PublishedCaseStore implements PublishedCases {

    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final int CACHED_CASES = 500;

    private final LoadingCache<String, Optional<Case>> cases;

    PublishedCaseStore(CaseDraftRepository drafts) {
        this.cases = Caffeine.newBuilder().maximumSize(CACHED_CASES).expireAfterWrite(STALE_AFTER)
                .build(caseId -> drafts.findPublishedCaseFile(caseId)
                        .map(file -> CaseFileFormat.read(caseId + ".yaml", file)));
    }

    @Override
    public Optional<Case> find(String caseId) {
        // Only ids this feature hands out can be a published case: others are not worth a query.
        if (!Ids.isCaseId(caseId)) {
            return Optional.empty();
        }
        return cases.get(caseId);
    }

    /**
     * Drops the case now and again once the change is committed, so that a lookup between the two
     * cannot keep the old version for a minute.
     */
    void changed(String caseId) {
        cases.invalidate(caseId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cases.invalidate(caseId);
                }
            });
        }
    }
}
