package org.tonus.identity.cli;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tonus.identity.AuditVerification;
import org.tonus.system.AdminCommand;

/** {@code tonus audit verify}: exit status 0 when the chain is intact, 1 when it is broken. */
@Component
class AuditVerifyCommand implements AdminCommand {

	private final AuditVerification verification;

	AuditVerifyCommand(AuditVerification verification) {
		this.verification = verification;
	}

	@Override
	public String name() {
		return "audit verify";
	}

	@Override
	public int run(List<String> args, Terminal terminal) {
		if (!args.isEmpty()) {
			terminal.err().println("tonus audit verify: takes no options (see --help)");
			return 2;
		}
		AuditVerification.Result result = verification.verify();
		if (result.intact()) {
			terminal.out().println("Audit log intact: " + result.eventsChecked() + " events checked.");
			return 0;
		}
		terminal.out().println("Audit log BROKEN: " + result.problem().orElseThrow() + ".");
		return 1;
	}

}
