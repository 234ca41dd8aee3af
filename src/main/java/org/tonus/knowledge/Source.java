package org.tonus.knowledge;

/** A cited work: a book or a paper, with a short name for inline citations and its full reference. */
public record Source(String id, String kind, String shortName, String reference) {

	public boolean isBook() {
		return "book".equals(kind);
	}

}
