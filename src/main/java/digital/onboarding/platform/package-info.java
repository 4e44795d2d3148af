/**
 * Infrastructure every module stands on: the embedded database, the clock, the service's
 * own address and where the current request came from.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package digital.onboarding.platform;

import org.springframework.modulith.ApplicationModule;
