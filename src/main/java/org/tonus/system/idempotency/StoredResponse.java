package org.tonus.system.idempotency;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/** The first response to an idempotent request, replayed for every retry. */
record StoredResponse(int status, String contentType, String location, byte[] body, String fingerprint) {

	void writeTo(HttpServletResponse response) throws IOException {
		response.setStatus(status);
		if (contentType != null) {
			response.setContentType(contentType);
		}
		if (location != null) {
			response.setHeader(HttpHeaders.LOCATION, location);
		}
		response.setHeader("Idempotent-Replayed", "true");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
