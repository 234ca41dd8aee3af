package org.tonus.homecare;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProgramNotFound extends RuntimeException {

	public ProgramNotFound() {
		super("No such home-care program");
	}

}
