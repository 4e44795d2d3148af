package digital.onboarding.register.web;

import digital.onboarding.register.PublicRegister;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public register page.
 */
@Controller
class RegisterController {

	private final PublicRegister register;

	RegisterController(PublicRegister register) {
		this.register = register;
	}

	@GetMapping("/register")
	String register(Model model) {
		model.addAttribute("register", this.register.read());
		return "register/register";
	}

}
