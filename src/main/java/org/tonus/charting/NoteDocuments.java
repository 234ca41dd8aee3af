package org.tonus.charting;

import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;

/** Prints a note (audited as a print, which counts as a disclosure of client data). */
@Component
public class NoteDocuments {

	private final NoteRepository notes;

	private final ClientRegistry clients;

	private final ClinicProfiles clinics;

	private final NotePdf pdf;

	private final AuditLog audit;

	NoteDocuments(NoteRepository notes, ClientRegistry clients, ClinicProfiles clinics, NotePdf pdf, AuditLog audit) {
		this.notes = notes;
		this.clients = clients;
		this.clinics = clinics;
		this.pdf = pdf;
		this.audit = audit;
	}

	@Transactional
	public byte[] pdf(ClientId clientId, NoteId id, Locale locale) {
		SoapNote note = notes.find(id).filter(found -> found.client().equals(clientId)).orElseThrow(NoteNotFound::new);
		Client client = clients.findWithoutAudit(clientId).orElseThrow(NoteNotFound::new);
		audit.record(AuditEntry.success("note.print", "note", id));
		return pdf.render(note, client, clinics.current().orElse(new ClinicProfile("Tonus", ZoneOffset.UTC)), locale);
	}

}
