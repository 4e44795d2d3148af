package digital.onboarding.authoring;

import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.ProgrammeCheck;
import digital.onboarding.catalogue.ProgrammeVersion;

/**
 * A programme version as its author's page shows it: the text and every problem in it.
 *
 * @param currentVersion the version applications start on now, which a published draft
 * must be greater than
 */
public record AuthoredDraft(Api api, ProgrammeVersion draft, ProgrammeCheck check, String currentVersion) {

}
