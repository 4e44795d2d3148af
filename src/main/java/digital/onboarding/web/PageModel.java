package digital.onboarding.web;

import digital.onboarding.platform.RequestOrigin;
import digital.onboarding.platform.ServiceProperties;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs, error pages included.
 */
@ControllerAdvice
class PageModel {

	private final ServiceProperties service;

	PageModel(ServiceProperties service) {
		this.service = service;
	}

	@ModelAttribute("serviceName")
	String serviceName() {
		return this.service.name();
	}

	/** Shown on the error page, so a report can be matched with the log. */
	@ModelAttribute("requestId")
	String requestId() {
		return RequestOrigin.current().requestId();
	}

}
