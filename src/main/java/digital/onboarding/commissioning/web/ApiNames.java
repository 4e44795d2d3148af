package digital.onboarding.commissioning.web;

import java.util.LinkedHashMap;
import java.util.Map;

import digital.onboarding.catalogue.Catalogue;

/** The catalogue's API names by id, for pages that name a commission's API. */
final class ApiNames {

	private ApiNames() {
	}

	static Map<String, String> of(Catalogue catalogue) {
		var names = new LinkedHashMap<String, String>();
		catalogue.all().forEach(api -> names.put(api.id(), api.name()));
		return names;
	}

}
