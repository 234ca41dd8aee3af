package org.tonus.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssessmentNotFound extends RuntimeException {

	public AssessmentNotFound() {
		super("No such assessment");
	}

}
