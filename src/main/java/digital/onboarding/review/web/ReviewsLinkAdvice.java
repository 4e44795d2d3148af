package digital.onboarding.review.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.review.ReviewQueue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the pages of platform staff a header link to their review queue.
 */
@ControllerAdvice(annotations = Controller.class)
class ReviewsLinkAdvice {

	private final ReviewQueue queue;

	ReviewsLinkAdvice(ReviewQueue queue) {
		this.queue = queue;
	}

	@ModelAttribute("reviewsLink")
	boolean reviewsLink(@AuthenticationPrincipal SignedInAccount account, HttpServletRequest request) {
		// An error page must show even when the database is what failed.
		return account != null && request.getDispatcherType() != DispatcherType.ERROR
				&& this.queue.reviewsAny(account.getId());
	}

}
