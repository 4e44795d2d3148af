/**
 * Onboarding programmes as data, free of Spring: the stages, sections and questions an
 * applicant answers, and the pure functions that check answers, decide which questions
 * show, raise findings from rules and apply the gates between sections.
 */
@NamedInterface("programme")
package digital.onboarding.catalogue.programme;

import org.springframework.modulith.NamedInterface;
