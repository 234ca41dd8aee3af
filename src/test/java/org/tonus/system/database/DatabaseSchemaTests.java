package org.tonus.system.database;

import org.junit.jupiter.api.Test;
import org.tonus.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSchemaTests extends IntegrationTest {

	@Test
	void theExtensionsLaterModulesRelyOnAreInstalled() {
		assertThat(jdbc.sql("SELECT extname FROM pg_extension").query(String.class).list())
			.contains("btree_gist", "pg_trgm");
	}

	@Test
	void exclusionConstraintsOverTimeRangesWork() {
		jdbc.sql("CREATE TEMP TABLE booking (who int, during tstzrange, EXCLUDE USING gist (who WITH =, during WITH &&))")
			.update();
		assertThat(jdbc.sql("SELECT similarity('Mueller', 'Muller') > 0.3").query(Boolean.class).single()).isTrue();
	}

}
