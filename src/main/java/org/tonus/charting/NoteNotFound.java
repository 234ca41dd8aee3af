package org.tonus.charting;

@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NoteNotFound extends RuntimeException {

	public NoteNotFound() {
		super("No such note");
	}

}
