package org.tonus.identity.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.AuditOutcome;
import org.tonus.identity.AuditTrail;
import org.tonus.identity.UserAccount;
import org.tonus.identity.UserAccounts;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;

/** The owner's view of the audit trail, newest first, with filters. Looking at it is audited too. */
@Controller
@AllowedRoles(Role.OWNER)
class AuditController {

	private final AuditTrail trail;

	private final AuditLog audit;

	private final ClinicProfiles clinics;

	private final UserAccounts accounts;

	AuditController(AuditTrail trail, AuditLog audit, ClinicProfiles clinics, UserAccounts accounts) {
		this.trail = trail;
		this.audit = audit;
		this.clinics = clinics;
		this.accounts = accounts;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) AuditOutcome outcome, @RequestParam(required = false) Long before,
			Model model) {
		ZoneId zone = clinics.current().map(ClinicProfile::timeZone).orElse(ZoneOffset.UTC);
		String actorFilter = actor == null ? null : actor.strip().substring(0, Math.min(actor.strip().length(), 100));
		AuditTrail.Page page = trail.find(new AuditTrail.Filter(from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), actorFilter, action, outcome, before));
		audit.record(AuditEntry.success("audit.view", null, null));
		model.addAttribute("page", page);
		model.addAttribute("actions", trail.actions());
		model.addAttribute("outcomes", AuditOutcome.values());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("actor", actorFilter);
		model.addAttribute("action", action);
		model.addAttribute("outcome", outcome);
		model.addAttribute("zone", zone);
		model.addAttribute("userNames", accounts.all()
			.stream()
			.collect(java.util.stream.Collectors.toMap(user -> user.id().toString(), UserAccount::name)));
		return "identity/audit";
	}

}
