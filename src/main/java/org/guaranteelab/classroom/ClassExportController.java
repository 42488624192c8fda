package org.guaranteelab.classroom;

import java.nio.charset.StandardCharsets;
import org.guaranteelab.catalog.CaseCatalog;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The submissions of a class as CSV, for whoever holds its board link (under it, so it gets its headers). */
@RestController
class ClassExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ClassroomService classrooms;
    private final CaseCatalog catalog;

    ClassExportController(ClassroomService classrooms, CaseCatalog catalog) {
        this.classrooms = classrooms;
        this.catalog = catalog;
    }

    @GetMapping("/t/{token}/export.csv")
    ResponseEntity<?> submissions(@PathVariable String token) {
        return classrooms.snapshot(token)
                .<ResponseEntity<?>>map(snapshot -> ResponseEntity.ok()
                        .contentType(CSV)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("class-submissions.csv").build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(ClassSheet.csv(catalog.builtOn(snapshot.info().caseId()),
                                snapshot, ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString())))
                .orElseGet(() -> {
                    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "There is no class at this board link. It may be mistyped, deleted or expired.");
                    problem.setTitle("Class not found");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }
}
