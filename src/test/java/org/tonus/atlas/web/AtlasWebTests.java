package org.tonus.atlas.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AtlasWebTests extends IntegrationTest {

	private static final String NECK_AND_TEMPLE = """
			{"id": "api-1", "marks": [{"region": "temple", "side": "left", "intensity": 7},
			 {"region": "neck-side", "side": "left", "intensity": 6}], "activities": ["phone-cradling"]}""";

	@Test
	void theApiAnswersAsTheCommandLineDoes() throws Exception {
		mvc.perform(post("/api/v1/referred-pain/analyses").param("top", "3")
			.with(TestUsers.as(Role.THERAPIST))
			.contentType(MediaType.APPLICATION_JSON)
			.content(NECK_AND_TEMPLE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("api-1"))
			.andExpect(jsonPath("$.candidates.length()").value(3))
			.andExpect(jsonPath("$.candidates[0].muscle").value("upper-trapezius"))
			.andExpect(jsonPath("$.candidates[0].side").value("left"))
			.andExpect(jsonPath("$.candidates[0].matched[0].zone").value("essential"))
			.andExpect(jsonPath("$.cover[0].muscle").value("upper-trapezius"));
	}

	@Test
	void theApiRefusesABadDrawingNamingTheBadValue() throws Exception {
		mvc.perform(post("/api/v1/referred-pain/analyses").with(TestUsers.as(Role.OWNER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"marks\": [{\"region\": \"temple\", \"side\": \"left\", \"intensity\": 14}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("14")))
			.andExpect(jsonPath("$.errors[0].field").value("marks"));
		mvc.perform(post("/api/v1/referred-pain/analyses").with(TestUsers.as(Role.OWNER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"marks\": [{\"region\": \"kneecap\", \"side\": \"left\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("'kneecap'")));
	}

	@Test
	void theMapRanksCandidatesWithReasonsInWords() throws Exception {
		mvc.perform(post("/body-map/candidates").with(TestUsers.as(Role.THERAPIST)).with(csrf())
			.param("drawing", NECK_AND_TEMPLE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Upper trapezius (left)")))
			.andExpect(content().string(containsString("In its essential zone: Temple (left), Side of the neck (left).")));
	}

	@Test
	void theAtlasFindsMusclesByNameAndByRegion() throws Exception {
		mvc.perform(get("/atlas").param("q", "PECTORAL").with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pectoralis major")));
		mvc.perform(get("/atlas").param("region", "heel").with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Soleus")))
			.andExpect(content().string(containsString("Quadratus plantae")));
	}

	@Test
	void everyMusclePageRendersAndUnknownOnesAre404() throws Exception {
		for (var muscle : org.tonus.knowledge.KnowledgeBase.load().muscles()) {
			mvc.perform(get("/atlas/" + muscle.id()).with(TestUsers.as(Role.BILLING)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(muscle.name())));
		}
		mvc.perform(get("/atlas/no-such-muscle").with(TestUsers.as(Role.THERAPIST))).andExpect(status().isNotFound());
	}

}
