package org.tonus.atlas.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.tonus.atlas.BodyMap;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Side;
import org.tonus.knowledge.TriggerPoint;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
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
		KnowledgeBase knowledge = KnowledgeBase.load();
		for (var muscle : knowledge.muscles()) {
			String html = mvc.perform(get("/atlas/" + muscle.id()).with(TestUsers.as(Role.BILLING)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(muscle.name())))
				.andReturn()
				.getResponse()
				.getContentAsString();
			// One drawing per trigger point, in order, each marking where that point is (midline ones too).
			Elements drawings = Jsoup.parse(html).select("article.card svg.bodymap");
			assertThat(drawings).hasSize(muscle.triggerPoints().size());
			for (int i = 0; i < drawings.size(); i++) {
				TriggerPoint point = muscle.triggerPoints().get(i);
				String key = BodyMap.key(knowledge.region(point.location()).orElseThrow(), Side.RIGHT);
				assertThat(drawings.get(i).getElementsByAttributeValue("data-key", key))
					.as("%s: %s at %s", muscle.id(), point.name(), key)
					.singleElement()
					.satisfies(shape -> assertThat(shape.classNames()).contains("tp-location"));
			}
		}
		mvc.perform(get("/atlas/no-such-muscle").with(TestUsers.as(Role.THERAPIST))).andExpect(status().isNotFound());
	}

	@Test
	void aMidlineTriggerPointIsMarkedWhereItIsAndKeepsItsZone() throws Exception {
		// Sternalis: palpated over the sternum (midline), which is also its essential zone.
		String html = mvc.perform(get("/atlas/sternalis").with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element drawing = Jsoup.parse(html).selectFirst("article.card svg.bodymap");
		assertThat(drawing).isNotNull();
		assertThat(drawing.getElementsByAttributeValue("data-key", "sternum")).singleElement()
			.satisfies(shape -> assertThat(shape.classNames()).contains("region", "tp-location", "zone-essential"));
		assertThat(drawing.getElementsByAttributeValue("data-key", "upper-chest|right")).singleElement()
			.satisfies(shape -> assertThat(shape.classNames()).contains("zone-spillover").doesNotContain("tp-location"));
		assertThat(drawing.getElementsByClass("tp-location")).hasSize(1);
	}

}
