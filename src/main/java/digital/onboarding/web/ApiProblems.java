package digital.onboarding.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.assurance.AnswersRejectedException;
import digital.onboarding.evidence.EvidenceRefusedException;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.platform.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as an RFC 9457 problem detail, with a message a person can
 * act on. Pages keep their own error pages: this applies to REST controllers only.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	/**
	 * Domain rules refuse bad values with a message meant for the person who sent them.
	 */
	@ExceptionHandler
	ProblemDetail invalid(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/** Lists each question's problem, so a client can show it beside the question. */
	@ExceptionHandler
	ProblemDetail answersRejected(AnswersRejectedException ex) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Someone else changed this at the same time. Read it again and retry.");
	}

	/**
	 * A refused evidence file, with a title a client can show and a status it can act on.
	 */
	@ExceptionHandler
	ProblemDetail evidenceRefused(EvidenceRefusedException ex) {
		var problem = switch (ex.reason()) {
			case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
			case EMPTY -> problem(HttpStatus.BAD_REQUEST, ex.getMessage());
			case UNSUPPORTED_TYPE -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
			case UNSAFE_ARCHIVE, INFECTED -> problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
			case SCANNER_UNAVAILABLE, STORE_FAILED -> problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
			case STORE_FULL -> problem(HttpStatus.INSUFFICIENT_STORAGE, ex.getMessage());
		};
		problem.setTitle(switch (ex.reason()) {
			case TOO_LARGE -> "File too large";
			case EMPTY -> "Empty file";
			case UNSUPPORTED_TYPE -> "File type not accepted";
			case UNSAFE_ARCHIVE -> "Unsafe archive";
			case INFECTED -> "Virus found";
			case SCANNER_UNAVAILABLE -> "Virus scanner unavailable";
			case STORE_FULL -> "Evidence store full";
			case STORE_FAILED -> "Evidence store unavailable";
		});
		return problem;
	}

	/** Lists each field's problem, so a client can show it beside the field. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid fields");
		var errors = new LinkedHashMap<String, String>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	static ProblemDetail problem(HttpStatus status, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	/**
	 * Writes a problem detail where no controller is involved, such as a missing token.
	 */
	static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}

}
