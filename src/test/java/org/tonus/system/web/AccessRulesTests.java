package org.tonus.system.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.AccessRule;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Enumerates every page and endpoint Tonus serves: each must declare who may use it, and every
 * role it does not name, and anybody not signed in, must be refused.
 */
class AccessRulesTests extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyHandlerDeclaresWhoMayUseIt() {
		List<String> undeclared = tonusHandlers().entrySet()
			.stream()
			.filter(entry -> AccessRule.of(entry.getValue()).isEmpty())
			.map(entry -> entry.getValue().toString())
			.toList();
		assertThat(undeclared).as("handlers without @AllowedRoles, @SignedIn or @PublicAccess").isEmpty();
		assertThat(tonusHandlers()).hasSizeGreaterThan(20);
	}

	@Test
	void everyRoleNotNamedIsRefused() throws Exception {
		List<String> wronglyAllowed = new ArrayList<>();
		int checked = 0;
		for (var entry : tonusHandlers().entrySet()) {
			AccessRule rule = AccessRule.of(entry.getValue()).orElseThrow();
			if (rule.kind() != AccessRule.Kind.ROLES) {
				continue;
			}
			for (Role role : EnumSet.complementOf(EnumSet.copyOf(rule.roles()))) {
				for (MockHttpServletRequestBuilder call : calls(entry.getKey())) {
					int status = mvc.perform(call.with(TestUsers.as(role)).with(csrf())).andReturn().getResponse().getStatus();
					checked++;
					if (status != 403) {
						wronglyAllowed.add(role + " got " + status + " from " + entry.getValue());
					}
				}
			}
		}
		assertThat(wronglyAllowed).isEmpty();
		assertThat(checked).isGreaterThan(30);
	}

	@Test
	void nobodySignedOutGetsPastAnythingButPublicPages() throws Exception {
		List<String> wronglyAllowed = new ArrayList<>();
		for (var entry : tonusHandlers().entrySet()) {
			AccessRule rule = AccessRule.of(entry.getValue()).orElseThrow();
			if (rule.kind() == AccessRule.Kind.PUBLIC) {
				continue;
			}
			for (MockHttpServletRequestBuilder call : calls(entry.getKey())) {
				var response = mvc.perform(call.with(csrf())).andReturn().getResponse();
				boolean api = call.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI().startsWith("/api/");
				boolean refused = api ? response.getStatus() == 401
						: response.getStatus() == 302 && response.getRedirectedUrl().endsWith("/sign-in");
				if (!refused) {
					wronglyAllowed.add(response.getStatus() + " from " + entry.getValue());
				}
			}
		}
		assertThat(wronglyAllowed).isEmpty();
	}

	@Test
	void publicHandlersAreReallyReachableWithoutSigningIn() throws Exception {
		List<String> blocked = new ArrayList<>();
		for (var entry : tonusHandlers().entrySet()) {
			if (AccessRule.of(entry.getValue()).orElseThrow().kind() != AccessRule.Kind.PUBLIC) {
				continue;
			}
			for (MockHttpServletRequestBuilder call : calls(entry.getKey())) {
				var response = mvc.perform(call.with(csrf())).andReturn().getResponse();
				String location = response.getRedirectedUrl();
				if (response.getStatus() == 401 || response.getStatus() == 403
						|| (location != null && location.endsWith("/sign-in") && !entry.getKey().toString().contains("sign-in"))) {
					blocked.add(response.getStatus() + " from " + entry.getValue());
				}
			}
		}
		assertThat(blocked).as("@PublicAccess handlers the security filter chain still blocks").isEmpty();
	}

	private Map<RequestMappingInfo, HandlerMethod> tonusHandlers() {
		Map<RequestMappingInfo, HandlerMethod> handlers = new java.util.LinkedHashMap<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getName().startsWith("org.tonus.")) {
				handlers.put(info, method);
			}
		});
		return handlers;
	}

	private static List<MockHttpServletRequestBuilder> calls(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		List<MockHttpServletRequestBuilder> calls = new ArrayList<>();
		for (String pattern : info.getPatternValues()) {
			String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
				MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method.name()), path);
				if (path.startsWith("/api/") && method != RequestMethod.GET) {
					// a well-formed request, so a refusal is the access rule's and not a 415
					call.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}");
				}
				calls.add(call);
			}
		}
		return calls;
	}

}
