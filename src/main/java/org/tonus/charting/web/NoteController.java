package org.tonus.charting.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.charting.InvalidNote;
import org.tonus.charting.NoteAlreadySigned;
import org.tonus.charting.NoteDocuments;
import org.tonus.charting.NoteId;
import org.tonus.charting.SoapNote;
import org.tonus.charting.SoapNotes;
import org.tonus.charting.SoapText;
import org.tonus.charting.StaleDraft;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;

/**
 * Writing, signing and amending SOAP notes. The editor saves drafts by script while the therapist
 * types ({@code PUT .../draft}); a save based on an outdated version is answered 409 with the saved
 * text, so two tabs never overwrite each other silently.
 */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class NoteController {

	private final SoapNotes notes;

	private final ClientRegistry clients;

	private final NoteDocuments documents;

	private final ClinicProfiles clinics;

	NoteController(SoapNotes notes, ClientRegistry clients, NoteDocuments documents, ClinicProfiles clinics) {
		this.notes = notes;
		this.clients = clients;
		this.documents = documents;
		this.clinics = clinics;
	}

	@PostMapping("/clients/{clientId}/notes")
	String start(@PathVariable UUID clientId) {
		Client client = clients.get(new ClientId(clientId));
		SoapNote note = notes.startDraft(client.id(), clinics.today(), null);
		return "redirect:/clients/" + clientId + "/notes/" + note.id();
	}

	@GetMapping("/clients/{clientId}/notes/{noteId}")
	String show(@PathVariable UUID clientId, @PathVariable UUID noteId, Model model) {
		Client client = clients.get(new ClientId(clientId));
		SoapNote note = notes.read(client.id(), new NoteId(noteId));
		model.addAttribute("client", client);
		model.addAttribute("note", note);
		return note.signed() ? "charting/note" : "charting/editor";
	}

	record DraftRequest(Integer baseVersion, String subjective, String objective, String assessment, String plan) {
	}

	@PutMapping(path = "/clients/{clientId}/notes/{noteId}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> save(@PathVariable UUID clientId, @PathVariable UUID noteId,
			@RequestBody DraftRequest request) {
		Map<String, Object> answer = new LinkedHashMap<>();
		try {
			SoapNote saved = notes.saveDraft(new ClientId(clientId), new NoteId(noteId),
					request.baseVersion() == null ? -1 : request.baseVersion(),
					new SoapText(request.subjective(), request.objective(), request.assessment(), request.plan()));
			answer.put("outcome", "saved");
			answer.put("version", saved.draftVersion());
			answer.put("savedAt", saved.updatedAt());
			return ResponseEntity.ok(answer);
		}
		catch (StaleDraft stale) {
			answer.put("outcome", "stale");
			answer.put("version", stale.saved().draftVersion());
			answer.put("saved", stale.saved().text());
			return ResponseEntity.status(HttpStatus.CONFLICT).body(answer);
		}
		catch (NoteAlreadySigned signed) {
			answer.put("outcome", "signed");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(answer);
		}
		catch (InvalidNote invalid) {
			answer.put("outcome", "invalid");
			answer.put("message", invalid.getMessage());
			return ResponseEntity.badRequest().body(answer);
		}
	}

	@PostMapping("/clients/{clientId}/notes/{noteId}/sign")
	String sign(@PathVariable UUID clientId, @PathVariable UUID noteId, @RequestParam(defaultValue = "-1") int baseVersion,
			RedirectAttributes redirect) {
		try {
			notes.sign(new ClientId(clientId), new NoteId(noteId), baseVersion);
			redirect.addFlashAttribute("notice", "note.signed");
		}
		catch (InvalidNote invalid) {
			redirect.addFlashAttribute("noteError", invalid.key());
		}
		catch (StaleDraft stale) {
			redirect.addFlashAttribute("noteError", "note.error.stale");
		}
		catch (NoteAlreadySigned signed) {
			redirect.addFlashAttribute("noteError", "note.error.signed");
		}
		return "redirect:/clients/" + clientId + "/notes/" + noteId;
	}

	@PostMapping("/clients/{clientId}/notes/{noteId}/amend")
	String amend(@PathVariable UUID clientId, @PathVariable UUID noteId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			SoapNote amendment = notes.amend(new ClientId(clientId), new NoteId(noteId), reason);
			return "redirect:/clients/" + clientId + "/notes/" + amendment.id();
		}
		catch (InvalidNote invalid) {
			redirect.addFlashAttribute("amendError", invalid.key());
			return "redirect:/clients/" + clientId + "/notes/" + noteId;
		}
	}

	@GetMapping("/clients/{clientId}/notes/{noteId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID clientId, @PathVariable UUID noteId, Locale locale) {
		byte[] pdf = documents.pdf(new ClientId(clientId), new NoteId(noteId), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("note-" + Instant.now().toEpochMilli() + ".pdf").build().toString())
			.body(pdf);
	}

}
