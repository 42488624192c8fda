package org.guaranteelab.sharing;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CasePaths;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A shared scenario as data and as downloads, for whoever holds its view link. Answers exactly as
 * the view link does: unknown, malformed and revoked links are all "not found".
 */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioExportController {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final int MAX_FILENAME_SLUG = 50;
    private static final String VERSION_NUMBER = "[1-9][0-9]{0,8}";

    private final SharingService sharing;
    private final CaseCatalog catalog;

    ScenarioExportController(SharingService sharing, CaseCatalog catalog) {
        this.sharing = sharing;
        this.catalog = catalog;
    }

    @GetMapping("/{token}")
    ResponseEntity<?> scenario(@PathVariable String token, @RequestParam(required = false) String version) {
        return withScenario(token, version, (theCase, shared) -> ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(ScenarioJson.of(theCase, shared, ScenarioAnalysis.of(theCase, shared.choices()))));
    }

    @GetMapping("/{token}/export.md")
    ResponseEntity<?> markdown(@PathVariable String token, @RequestParam(required = false) String version,
                               HttpServletRequest request) {
        return withScenario(token, version, (theCase, shared) -> download(MARKDOWN, filename(shared, "md"),
                ScenarioHandout.markdown(theCase, shared, ScenarioAnalysis.of(theCase, shared.choices()),
                        ServletUriComponentsBuilder.fromContextPath(request).path("/" + CasePaths.source(theCase.id()))
                                .toUriString())));
    }

    @GetMapping("/{token}/export.csv")
    ResponseEntity<?> csv(@PathVariable String token, @RequestParam(required = false) String version) {
        return withScenario(token, version, (theCase, shared) -> download(CSV, filename(shared, "csv"),
                ScenarioSheet.csv(theCase, ScenarioAnalysis.of(theCase, shared.choices()))));
    }

    /** {@code version} is a string so that a malformed one is "not found" like any unknown version. */
    private ResponseEntity<?> withScenario(String token, String version,
                                           BiFunction<Case, SharedVersion, ResponseEntity<?>> export) {
        var lookup = version == null ? sharing.open(token, Optional.empty())
                : version.matches(VERSION_NUMBER) ? sharing.open(token, Optional.of(Integer.parseInt(version)))
                : new Lookup.NotFound<SharedVersion>();
        return switch (lookup) {
            case Lookup.Found<SharedVersion>(var shared) -> export.apply(caseOf(shared), shared);
            case Lookup.Removed<SharedVersion> removed ->
                    problem(HttpStatus.GONE, "Scenario removed", "This scenario was removed by its author.");
            case Lookup.NotFound<SharedVersion> notFound -> problem(HttpStatus.NOT_FOUND, "Scenario not found",
                    "There is no scenario, or no such version of it, at this link. The link may be mistyped, "
                            + "or its author may have withdrawn it.");
        };
    }

    private Case caseOf(SharedVersion shared) {
        return catalog.builtOn(shared.caseId());
    }

    private static ResponseEntity<String> download(MediaType type, String filename, String body) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /** ASCII letters, digits and dashes from the title, so the name is safe on every file system. */
    private static String filename(SharedVersion shared, String extension) {
        var slug = Normalizer.normalize(shared.details().title(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_FILENAME_SLUG) {
            slug = slug.substring(0, MAX_FILENAME_SLUG).replaceAll("-+$", "");
        }
        return "guarantee-lab-" + (slug.isEmpty() ? "scenario" : slug) + "-v" + shared.number() + "." + extension;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
