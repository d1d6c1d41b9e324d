package dev.fulltime.infrastructure.web.admin;

import dev.fulltime.application.admin.ProjectionMonitor;
import dev.fulltime.application.admin.ProjectionRebuild;
import dev.fulltime.application.admin.ProjectionsStatus;
import dev.fulltime.application.admin.ReadModelChecksums;
import dev.fulltime.application.admin.RebuildInProgressException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The read models' processors: how far each has come, a rebuild of them all from the log, and their digests. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionsController {

    private final ProjectionMonitor monitor;
    private final ProjectionRebuild rebuild;
    private final ReadModelChecksums checksums;

    ProjectionsController(ProjectionMonitor monitor, ProjectionRebuild rebuild, ReadModelChecksums checksums) {
        this.monitor = monitor;
        this.rebuild = rebuild;
        this.checksums = checksums;
    }

    @GetMapping
    ProjectionsStatus status() {
        return monitor.status();
    }

    /** Answers once every processor is reset; the read models catch up afterwards, as the status shows. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, List<String>> rebuild() {
        return Map.of("processors", rebuild.rebuild());
    }

    @GetMapping("/checksums")
    Map<String, String> checksums() {
        return checksums.checksums();
    }

    @ExceptionHandler(RebuildInProgressException.class)
    ProblemDetail rebuildInProgress(RebuildInProgressException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }
}
