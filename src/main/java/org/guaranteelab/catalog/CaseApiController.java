package org.guaranteelab.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only access to a whole case, for exports, other tools and anyone checking our sourcing. */
@RestController
@RequestMapping("/api/cases")
class CaseApiController {

    private final CaseCatalog catalog;

    CaseApiController(CaseCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{caseId}")
    ResponseEntity<?> caseById(@PathVariable String caseId) {
        return catalog.find(caseId)
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(CaseJson.of(found)))
                .orElseGet(() -> {
                    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no case with that id.");
                    problem.setTitle("Case not found");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }
}
