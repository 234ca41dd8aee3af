package org.tonus.atlas.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tonus.referral.DrawingJson;
import org.tonus.referral.InvalidDrawing;
import org.tonus.referral.ReferralEngine;
import org.tonus.system.AllowedRoles;
import org.tonus.system.FieldProblem;
import org.tonus.system.Role;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/referred-pain/analyses}: a drawing in, the CLI's answer for one line out. Stores nothing. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Referred pain")
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class ReferredPainApiController {

	private final ReferralEngine engine;

	private final DrawingJson json;

	ReferredPainApiController(ReferralEngine engine, DrawingJson json) {
		this.engine = engine;
		this.json = json;
	}

	@PostMapping(path = "/api/v1/referred-pain/analyses", consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	ObjectNode analyse(@RequestBody String body, @RequestParam(defaultValue = "10") int top) {
		if (top < 1 || top > 100) {
			throw new FieldProblem("top", "must be between 1 and 100");
		}
		DrawingJson.Parsed drawing;
		try {
			drawing = json.parse(body);
		}
		catch (JacksonException notJson) {
			throw new InvalidDrawing("the request body is not valid JSON");
		}
		ObjectNode answer = json.mapper().createObjectNode();
		answer.set("id", drawing.id());
		answer.setAll(json.analysis(engine.analyse(drawing.drawingOrThrow(), top)));
		return answer;
	}

	@ExceptionHandler(InvalidDrawing.class)
	ResponseEntity<ProblemDetail> invalid(InvalidDrawing invalid) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
		problem.setTitle("Invalid drawing");
		problem.setProperty("errors", List.of(Map.of("field", "marks", "message", invalid.getMessage())));
		return ResponseEntity.badRequest().body(problem);
	}

}
