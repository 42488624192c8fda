package org.guaranteelab.sharing;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guaranteelab.base.ClientKeys;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Saves a scenario from a script, as the "Save & share" dialog does (docs/decisions/0005): the same
 * service, validation and per-client rate limit. JSON only, so that no other site's page can post
 * here from a visitor's browser without a CORS preflight, which the app never allows.
 */
@RestController
class ScenarioSaveController {

    private final SharingService sharing;
    private final CaseCatalog catalog;
    private final SaveRateLimiter limiter;
    private final ClientKeys clientKeys;

    ScenarioSaveController(SharingService sharing, CaseCatalog catalog, SaveRateLimiter limiter, ClientKeys clientKeys) {
        this.sharing = sharing;
        this.catalog = catalog;
        this.limiter = limiter;
        this.clientKeys = clientKeys;
    }

    /**
     * What a script sends: the details the dialog asks for, the choices as the builder's address and,
     * for a case other than the default one, its id.
     */
    record SaveRequest(String title, String author, String notes, String choices, @Nullable String caseId) {
    }

    /** The two links of the saved scenario (the edit link is shown only here, once) and what was saved. */
    record SaveResponse(String view, String edit, int version, String choices) {
    }

    @PostMapping(path = "/api/scenarios", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> save(@RequestBody SaveRequest body, HttpServletRequest request) {
        var found = body.caseId() == null ? Optional.of(catalog.defaultCase()) : catalog.find(body.caseId());
        if (found.isEmpty()) {
            return response(problem(HttpStatus.BAD_REQUEST, "Case not found", "There is no case with this id; "
                    + "leave caseId out for the default case. Nothing was saved."));
        }
        var theCase = found.get();
        // Read within ScenarioQuery's limits before anything else, the rate limit included: an address
        // of 1 MB is refused after one pass over it (issue #22), not parsed.
        Map<String, List<String>> parameters;
        switch (ScenarioQuery.parse(body.choices())) {
            case ScenarioQuery.Read read -> parameters = read.parameters();
            case ScenarioQuery.Refused refused -> {
                return response(problem(HttpStatus.BAD_REQUEST, "Choices not understood", "The choices are not "
                        + "written as a page address (docs/url-format.md): " + refused.reason() + ". Nothing was saved."));
            }
        }
        var decoded = ScenarioAddress.decode(theCase, parameters);
        if (!decoded.ignored().isEmpty()) {
            var problem = problem(HttpStatus.BAD_REQUEST, "Choices not understood",
                    "Some choices are not options of the case; nothing was saved.");
            problem.setProperty("ignored", decoded.ignored().stream()
                    .map(ignored -> ignored.parameter() + ": " + ignored.reason()).toList());
            return response(problem);
        }
        ScenarioDetails details;
        try {
            // Checked before the limit, so that a typo does not use up one of the client's saves.
            details = sharing.validated(new ScenarioDetails(body.title(), body.author(), body.notes()));
        } catch (InvalidDetailsException e) {
            return invalid(e);
        }
        if (!limiter.tryAcquire(clientKeys.of(request))) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many saves",
                            "You have saved many scenarios in the last minute. Please wait a moment and try again."));
        }
        var links = sharing.save(theCase, details, decoded.choices(), Optional.empty());
        var root = ServletUriComponentsBuilder.fromContextPath(request).path("/");
        var view = root.cloneBuilder().path(links.viewPath()).toUriString();
        var edit = root.cloneBuilder().path(links.editPath()).toUriString();
        return ResponseEntity.created(URI.create(view))
                .cacheControl(CacheControl.noStore())
                .body(new SaveResponse(view, edit, links.version(), ScenarioAddress.encode(theCase, decoded.choices())));
    }

    private static ResponseEntity<ProblemDetail> invalid(InvalidDetailsException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Scenario not saved",
                "Some fields are missing, too long or hold a hidden character; nothing was saved.");
        problem.setProperty("fields", Map.copyOf(e.problems()));
        return response(problem);
    }

    private static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
