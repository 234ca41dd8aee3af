package org.tonus.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of full-stack tests: the real application on a random port, on the shared test
 * PostgreSQL. Every subclass shares one application context, so tests create their own users
 * with unique e-mail addresses instead of relying on an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tonus.admin.email=owner@tonus.test", "tonus.admin.password=" + IntegrationTest.OWNER_PASSWORD,
				"tonus.admin.name=Test Owner", "tonus.clinic.time-zone=Europe/Berlin",
				// tests send the outbox themselves (OutboxDispatcher.dispatchDue), so no scheduler races them
				"tonus.outbox.initial-delay=PT24H", "tonus.questionnaires.initial-delay=PT24H" })
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import({ StatementCounter.class, org.tonus.scheduling.SchedulingTestAccess.class })
public abstract class IntegrationTest {

	public static final String OWNER_EMAIL = "owner@tonus.test";

	public static final String OWNER_PASSWORD = "quiet-harbour-lantern-71";

	public static final String PASSWORD = "sturdy-maple-window-42";

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, "tonus_shared");
	}

	protected String base() {
		return "http://localhost:" + port;
	}

	protected static String unique(String prefix) {
		return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@tonus.test";
	}

}
