package digital.onboarding.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole service listening on a real port, for what only a servlet container
 * does (error page dispatch, headers on the wire) and for browsers. Test classes with
 * this annotation share one running service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Every browser in these tests comes from 127.0.0.1, so the per-address limit on account
// requests (tested on its own with distinct addresses) is lifted here.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "onboarding.accounts.requests-per-address.attempts=1000")
@ActiveProfiles("test")
// Requests below the pages (setting up what a journey starts from) go through every
// filter
// of the service, as the other tests' do.
@AutoConfigureMockMvc
@ExtendWith(Mailbox.class)
public @interface RunningServiceTest {

}
