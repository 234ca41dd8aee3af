package org.tonus.system.idempotency;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tonus.system.ProblemJson;

/**
 * {@code Idempotency-Key} for every state-changing API request. The request runs in one
 * transaction together with the storing of its response, so either both are committed or
 * neither; a retry with the same key (by the same user) gets the stored response and changes
 * nothing. The same key with a different request is refused (422).
 * <p>
 * A request answered with an error status is rolled back as a whole (a service that failed may
 * have marked the transaction rollback-only already) and its response is sent as it is, but not
 * stored: it changed nothing, so the key stays free for a corrected retry. A success whose
 * transaction a service marked rollback-only is rolled back too and answered with a 500 problem
 * rather than claiming a change that did not happen.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final int MAX_BODY = 1 << 20;

	private final IdempotentRequests requests;

	private final TransactionTemplate transactions;

	IdempotencyFilter(IdempotentRequests requests, TransactionTemplate transactions) {
		this.requests = requests;
		this.transactions = transactions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/") || SAFE_METHODS.contains(request.getMethod())
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 255) {
			ProblemJson.write(response, HttpStatus.BAD_REQUEST, "The Idempotency-Key header must have 1 to 255 characters.");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than 1 MB.");
			return;
		}
		var cachedRequest = new CachedBodyRequest(request, body);
		var cachedResponse = new ContentCachingResponseWrapper(response);
		String principal = principal();
		String fingerprint = IdempotentRequests.fingerprint(request.getMethod(), request.getRequestURI(),
				request.getQueryString(), body);
		Outcome outcome = transactions.execute(status -> {
			requests.lock(principal, key);
			Optional<StoredResponse> earlier = requests.find(principal, key);
			if (earlier.isPresent()) {
				return earlier.get().fingerprint().equals(fingerprint) ? Outcome.replay(earlier.get()) : Outcome.MISMATCH;
			}
			try {
				chain.doFilter(cachedRequest, cachedResponse);
			}
			catch (IOException | ServletException e) {
				throw new IllegalStateException(e);
			}
			if (cachedResponse.getStatus() >= 400 || status.isRollbackOnly()) {
				status.setRollbackOnly();
				return cachedResponse.getStatus() >= 400 ? Outcome.FRESH : Outcome.ROLLED_BACK;
			}
			requests.store(principal, key, request.getMethod(), request.getRequestURI(), fingerprint,
					new StoredResponse(cachedResponse.getStatus(), cachedResponse.getContentType(),
							cachedResponse.getHeader(HttpHeaders.LOCATION), cachedResponse.getContentAsByteArray(),
							fingerprint));
			return Outcome.FRESH;
		});
		if (outcome == Outcome.MISMATCH) {
			ProblemJson.write(response, HttpStatus.UNPROCESSABLE_CONTENT,
					"This Idempotency-Key was already used for a different request.");
		}
		else if (outcome == Outcome.ROLLED_BACK) {
			log.error("An API request answered {} but its transaction had to be rolled back",
					cachedResponse.getStatus());
			if (!response.isCommitted()) {
				response.reset();
				ProblemJson.write(response, HttpStatus.INTERNAL_SERVER_ERROR,
						"Something went wrong on our side. Nothing was changed.");
			}
		}
		else if (outcome.replayed() != null) {
			outcome.replayed().writeTo(response);
		}
		else {
			cachedResponse.copyBodyToResponse();
		}
	}

	private static String principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "anonymous" : authentication.getName();
	}

	private record Outcome(StoredResponse replayed) {

		static final Outcome FRESH = new Outcome(null);

		static final Outcome MISMATCH = new Outcome(null);

		static final Outcome ROLLED_BACK = new Outcome(null);

		static Outcome replay(StoredResponse response) {
			return new Outcome(response);
		}

	}

}
