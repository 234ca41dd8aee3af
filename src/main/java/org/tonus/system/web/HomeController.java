package org.tonus.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tonus.system.SignedIn;

@Controller
class HomeController {

	@GetMapping("/")
	@SignedIn
	String home() {
		return "system/home";
	}

}
