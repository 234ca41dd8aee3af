package org.tonus.knowledge;

/** A cited work: a book or a paper, with its full reference. */
public record Source(String id, String kind, String reference) {

	public boolean isBook() {
		return "book".equals(kind);
	}

}
