package org.tonus.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Full-stack tests that send e-mail to a real SMTP server running in the test (GreenMail). They share
 * one application context, configured to send through it.
 */
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "tonus.mail.from=clinic@tonus.test" })
public abstract class MailIntegrationTest extends IntegrationTest {

	@RegisterExtension
	protected static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

}
