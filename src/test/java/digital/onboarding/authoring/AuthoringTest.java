package digital.onboarding.authoring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import digital.onboarding.support.RunningServiceTest;

import org.springframework.test.context.TestPropertySource;

/**
 * A test that publishes programme versions. A published version is the current one for
 * every later application and can never be removed, so these tests have a service and a
 * database of their own, shared between them and with no other test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RunningServiceTest
@TestPropertySource(properties = "onboarding.tests.database=programme-authoring")
@interface AuthoringTest {

}
