package org.tonus.charting;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tonus.client.Client;
import org.tonus.system.ClinicProfile;
import org.tonus.system.PdfDocuments;

/** A note as a PDF on the clinic's letterhead ({@code charting/note-pdf}). */
@Component
class NotePdf {

	private final PdfDocuments documents;

	NotePdf(PdfDocuments documents) {
		this.documents = documents;
	}

	byte[] render(SoapNote note, Client client, ClinicProfile clinic, Locale locale) {
		return documents.render("charting/note-pdf", Map.of("note", note, "client", client, "clinic", clinic, "zone",
				clinic.timeZone() == null ? ZoneId.of("UTC") : clinic.timeZone()), locale);
	}

}
