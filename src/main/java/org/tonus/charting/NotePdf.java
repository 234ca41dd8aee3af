package org.tonus.charting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tonus.client.Client;
import org.tonus.system.ClinicProfile;

/**
 * A note as a PDF: rendered from a Thymeleaf template on the clinic's letterhead, with DejaVu Sans
 * embedded so every character prints (the PDF base fonts cannot show "→" or "ü").
 */
@Component
class NotePdf {

	private final ITemplateEngine templates;

	NotePdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(SoapNote note, Client client, ClinicProfile clinic, Locale locale) {
		Context context = new Context(locale, Map.of("note", note, "client", client, "clinic", clinic, "zone",
				clinic.timeZone() == null ? ZoneId.of("UTC") : clinic.timeZone()));
		String html = templates.process("charting/note-pdf", context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> NotePdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
					com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> NotePdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
					com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pdf.toByteArray();
	}

}
