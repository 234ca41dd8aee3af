package org.tonus.atlas;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.referral.DrawingJson;
import org.tonus.referral.ReferralEngine;

/** The knowledge base is loaded and validated once, at start-up; the engine and the map are built from it. */
@Configuration(proxyBeanMethods = false)
class AtlasConfiguration {

	@Bean
	KnowledgeBase knowledgeBase() {
		return KnowledgeBase.load();
	}

	@Bean
	ReferralEngine referralEngine(KnowledgeBase knowledge) {
		return new ReferralEngine(knowledge);
	}

	@Bean
	DrawingJson drawingJson() {
		return new DrawingJson();
	}

	@Bean
	BodyMap bodyMap() {
		return BodyMap.load();
	}

}
