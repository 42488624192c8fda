package org.guaranteelab.sharing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SharedScenarioRepository extends JpaRepository<SharedScenario, Long> {

    Optional<SharedScenario> findByViewTokenHash(String viewTokenHash);

    Optional<SharedScenario> findByEditTokenHash(String editTokenHash);

    long countByRemixedFrom(SharedScenario scenario);
}
