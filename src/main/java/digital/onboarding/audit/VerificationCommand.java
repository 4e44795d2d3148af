package digital.onboarding.audit;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain from the command line: started with {@value #OPTION}, the service
 * checks the chain once, prints the outcome, shuts down and exits with 0 if the chain is
 * intact or 1 if it is broken. Without the option it does nothing.
 */
@Component
class VerificationCommand implements ApplicationRunner {

	static final String OPTION = "verify-audit-trail";

	private final AuditTrail trail;

	private final ConfigurableApplicationContext context;

	private final PrintStream out;

	private final IntConsumer exit;

	@Autowired
	VerificationCommand(AuditTrail trail, ConfigurableApplicationContext context) {
		this(trail, context, System.out, System::exit);
	}

	/**
	 * @param out where the outcome is printed
	 * @param exit ends the process with the code; tests pass something that only
	 * remembers it
	 */
	VerificationCommand(AuditTrail trail, ConfigurableApplicationContext context, PrintStream out, IntConsumer exit) {
		this.trail = trail;
		this.context = context;
		this.out = out;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.containsOption(OPTION)) {
			return;
		}
		var verification = this.trail.verify();
		this.out.println(verification.inWords());
		this.out.flush();
		// Closing the context first stops the database and scheduled jobs cleanly, and
		// lets Spring Boot hand the code to anything else that wants a say in it.
		this.exit.accept(SpringApplication.exit(this.context, new VerificationExitCode(verification)));
	}

}
