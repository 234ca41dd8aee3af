package org.tonus.treatment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class TreatmentNotFound extends RuntimeException {

	public TreatmentNotFound() {
		super("No such plan or session");
	}

}
