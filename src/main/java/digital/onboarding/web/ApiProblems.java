package digital.onboarding.web;

import java.util.LinkedHashMap;
import java.util.Map;

import digital.onboarding.assurance.AnswersRejectedException;
import digital.onboarding.evidence.EvidenceRefusedException;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.platform.UnstorableTextException;
import tools.jackson.databind.DatabindException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
		return ProblemDetails.of(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenException ex) {
		return ProblemDetails.of(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	/**
	 * Domain rules refuse bad values with a message meant for the person who sent them.
	 */
	@ExceptionHandler
	ProblemDetail invalid(IllegalArgumentException ex) {
		return ProblemDetails.of(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/** Lists each question's problem, so a client can show it beside the question. */
	@ExceptionHandler
	ProblemDetail answersRejected(AnswersRejectedException ex) {
		var problem = ProblemDetails.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return ProblemDetails.of(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return ProblemDetails.of(HttpStatus.CONFLICT,
				"Someone else changed this at the same time. Read it again and retry.");
	}

	/**
	 * A refused evidence file, with a title a client can show and a status it can act on.
	 */
	@ExceptionHandler
	ProblemDetail evidenceRefused(EvidenceRefusedException ex) {
		var problem = switch (ex.reason()) {
			case TOO_LARGE -> ProblemDetails.of(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
			case EMPTY -> ProblemDetails.of(HttpStatus.BAD_REQUEST, ex.getMessage());
			case UNSUPPORTED_TYPE -> ProblemDetails.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
			case UNSAFE_ARCHIVE, INFECTED -> ProblemDetails.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
			case SCANNER_UNAVAILABLE, STORE_FAILED ->
				ProblemDetails.of(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
			case STORE_FULL -> ProblemDetails.of(HttpStatus.INSUFFICIENT_STORAGE, ex.getMessage());
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
		var problem = ProblemDetails.of(HttpStatus.BAD_REQUEST, "The request has invalid fields");
		var errors = new LinkedHashMap<String, String>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A body that is not JSON, or not the JSON the operation reads. Text that cannot be
	 * stored, and a value of the wrong type, are named by their path in the body.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var refused = cause(ex, StorableJsonText.Refused.class);
		if (refused != null) {
			var problem = ProblemDetails.of(HttpStatus.BAD_REQUEST, ErrorResponses.UNSTORABLE_TEXT);
			problem.setProperty("errors", Map.of(field(refused), refused.reason()));
			return ResponseEntity.badRequest().body(problem);
		}
		var mismatch = cause(ex, DatabindException.class);
		if (mismatch != null && !mismatch.getPath().isEmpty()) {
			var problem = ProblemDetails.of(HttpStatus.BAD_REQUEST,
					"A field of the body has a value of the wrong type: "
							+ "errors names it. Check the body against the API description.");
			problem.setProperty("errors",
					Map.of(field(mismatch), "Give a value of the type and form the API description shows"));
			return ResponseEntity.badRequest().body(problem);
		}
		return ResponseEntity.badRequest()
			.body(ProblemDetails.of(HttpStatus.BAD_REQUEST,
					"The body is not valid JSON, or not the JSON this operation reads. "
							+ "Check it against the API description."));
	}

	/** Text refused as a multipart form's field was read, such as an upload's. */
	@ExceptionHandler
	ProblemDetail unstorableText(UnstorableTextException ex) {
		var problem = ProblemDetails.of(HttpStatus.BAD_REQUEST, ErrorResponses.UNSTORABLE_TEXT);
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	/**
	 * Where the value is in the body, such as {@code answers.q1} or
	 * {@code items[2].name}.
	 */
	private static String field(DatabindException ex) {
		var field = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? "body" : field.toString();
	}

	private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
		for (var cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
