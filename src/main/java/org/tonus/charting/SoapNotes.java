package org.tonus.charting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.AuditOutcome;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SignedInUser;

/**
 * The life of a SOAP note: start a draft, save it while typing (refusing a save based on an
 * outdated version rather than overwriting), sign it (after which the database refuses changes),
 * and amend it (a new draft with a reason; signing that marks the original as superseded).
 * Every read and write is audited.
 */
@Component
public class SoapNotes {

	private final NoteRepository notes;

	private final ClientRegistry clients;

	private final ClientTimeline timeline;

	private final AuditLog audit;

	private final Clock clock;

	SoapNotes(NoteRepository notes, ClientRegistry clients, ClientTimeline timeline, AuditLog audit, Clock clock) {
		this.notes = notes;
		this.clients = clients;
		this.timeline = timeline;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public SoapNote startDraft(ClientId client, LocalDate visitDate, SoapText text) {
		if (!clients.exists(client)) {
			throw new org.tonus.client.ClientNotFound();
		}
		if (visitDate == null || visitDate.isAfter(LocalDate.now(clock).plusDays(1))) {
			throw new InvalidNote("note.error.date", "The visit date cannot be in the future");
		}
		NoteId id = new NoteId(UUID.randomUUID());
		notes.insert(id, client, visitDate, text == null ? SoapText.EMPTY : text, author(), clock.instant(), null, null);
		audit.record(AuditEntry.success("note.create", "note", id));
		return notes.find(id).orElseThrow();
	}

	@Transactional
	public SoapNote read(ClientId client, NoteId id) {
		SoapNote note = notes.find(id).filter(found -> found.client().equals(client)).orElseThrow(NoteNotFound::new);
		audit.record(AuditEntry.success("note.read", "note", id));
		return note;
	}

	public List<SoapNote> of(ClientId client) {
		return notes.of(client);
	}

	/** Saves a draft typed from version {@code baseVersion}; returns the new version. A stale save is audited. */
	@Transactional(noRollbackFor = StaleDraft.class)
	public SoapNote saveDraft(ClientId client, NoteId id, int baseVersion, SoapText text) {
		SoapNote current = draftOf(client, id);
		if (current.draftVersion() != baseVersion || !notes.saveDraft(id, baseVersion, text, clock.instant())) {
			audit.record(new AuditEntry("note.save", "note", id.toString(), AuditOutcome.FAILURE, "stale draft"));
			throw new StaleDraft(notes.find(id).orElseThrow());
		}
		audit.record(AuditEntry.success("note.save", "note", id));
		return notes.find(id).orElseThrow();
	}

	@Transactional
	public SoapNote sign(ClientId client, NoteId id, int baseVersion) {
		SoapNote draft = draftOf(client, id);
		if (draft.text().blank()) {
			throw new InvalidNote("note.error.empty", "There is nothing to sign: the note is empty");
		}
		SignedInUser signer = CurrentUser.require();
		if (draft.draftVersion() != baseVersion
				|| !notes.sign(id, baseVersion, signer.id().id(), signer.name(), hash(draft.text()), clock.instant())) {
			throw new StaleDraft(notes.find(id).orElseThrow());
		}
		if (draft.amends() != null) {
			notes.supersede(draft.amends(), id);
		}
		audit.record(AuditEntry.success("note.sign", "note", id));
		timeline.add(client, "charting.note.signed", true,
				draft.amends() == null ? "SOAP note signed" : "SOAP note amended: " + draft.amendmentReason(),
				"/clients/" + client + "/notes/" + id);
		return notes.find(id).orElseThrow();
	}

	@Transactional
	public SoapNote amend(ClientId client, NoteId id, String reason) {
		SoapNote original = notes.find(id).filter(found -> found.client().equals(client)).orElseThrow(NoteNotFound::new);
		if (!original.signed()) {
			throw new InvalidNote("note.error.amend", "Only a signed note is amended; a draft can simply be edited");
		}
		if (!original.current()) {
			throw new InvalidNote("note.error.amend", "This note was already amended; amend the newest version");
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new InvalidNote("note.error.reason", "Say why the note is amended (at most 500 characters)");
		}
		if (notes.hasOpenAmendment(id)) {
			throw new InvalidNote("note.error.amend", "An amendment of this note is already being written");
		}
		NoteId amendment = new NoteId(UUID.randomUUID());
		notes.insert(amendment, client, original.visitDate(), original.text(), author(), clock.instant(), id, reason.strip());
		audit.record(new AuditEntry("note.amend", "note", amendment.toString(), AuditOutcome.SUCCESS, "amends " + id));
		return notes.find(amendment).orElseThrow();
	}

	private SoapNote draftOf(ClientId client, NoteId id) {
		SoapNote note = notes.find(id).filter(found -> found.client().equals(client)).orElseThrow(NoteNotFound::new);
		if (note.signed()) {
			throw new NoteAlreadySigned();
		}
		return note;
	}

	static String hash(SoapText text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.canonical().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static UUID author() {
		return CurrentUser.get().map(user -> user.id().id()).orElse(null);
	}

}
