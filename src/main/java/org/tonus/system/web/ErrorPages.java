package org.tonus.system.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tonus.system.ProblemJson;
import org.tonus.system.PublicAccess;

/**
 * Every error the container reports ends here: a friendly page for people, a problem document for
 * the API. Neither ever shows the exception, its message or the request's data.
 */
@Controller
@PublicAccess("errors must be shown to whoever met them")
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		HttpStatus status = status(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && (path.startsWith("/api/") || path.startsWith("/v3/"))) {
			ProblemJson.write(response, status, detail(status));
			return null;
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("kind", switch (status.value()) {
			case 403 -> "forbidden";
			case 404, 405 -> "not-found";
			case 400 -> "bad-request";
			default -> "server";
		});
		return "error/error";
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpStatus status) {
		return switch (status.value()) {
			case 404 -> "There is nothing at this address.";
			case 403 -> "Your roles do not allow this request.";
			case 401 -> "Sign in with HTTP Basic (e-mail and password) or a personal API token.";
			case 400 -> "The request could not be understood.";
			default -> status.is5xxServerError() ? "Something went wrong on our side. Nothing was changed."
					: status.getReasonPhrase();
		};
	}

}
