package org.tonus.system.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tonus.system.FieldProblem;
import org.tonus.system.NotFound;

/**
 * RFC 9457 problem details for every error of the JSON API, with field errors for validation.
 * Exception messages never reach the response: they may hold SQL or client data.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = invalid.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", FieldProblem.describe(error)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape.");
		problem.setTitle("Malformed request");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(FieldProblem.class)
	ResponseEntity<ProblemDetail> field(FieldProblem problem) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
		detail.setTitle(problem.status() == HttpStatus.CONFLICT ? "Conflict" : "Invalid request");
		detail.setProperty("errors", List.of(Map.of("field", problem.field(), "message", problem.getMessage())));
		return ResponseEntity.status(problem.status()).body(detail);
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such record."));
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException e) throws RuntimeException {
		if (e instanceof org.springframework.security.access.AccessDeniedException
				|| e instanceof org.springframework.security.core.AuthenticationException) {
			throw e;
		}
		org.springframework.web.bind.annotation.ResponseStatus declared = org.springframework.core.annotation.AnnotatedElementUtils
			.findMergedAnnotation(e.getClass(), org.springframework.web.bind.annotation.ResponseStatus.class);
		if (declared != null) {
			HttpStatus status = declared.code();
			return ResponseEntity.status(status)
				.body(ProblemDetail.forStatusAndDetail(status, status == HttpStatus.NOT_FOUND ? "There is no such record."
						: status.getReasonPhrase()));
		}
		log.error("Unexpected error in an API request ({})", e.getClass().getName());
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"Something went wrong on our side. Nothing was changed."));
	}

}
