package digital.onboarding.web;

import digital.onboarding.platform.ServiceProperties;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Puts {@link RefusedRequestReportValve} in the place of Tomcat's error report valve (and
 * of the one Spring Boot configures), so that nothing the server answers is Tomcat's own
 * page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorReportConfiguration {

	/** After Spring Boot's own customizer, which adds its error report valve. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedRequestReports(
			ObjectProvider<ITemplateEngine> templates, ServiceProperties service) {
		return factory -> factory.addContextCustomizers(context -> {
			var host = (StandardHost) context.getParent();
			for (var valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline()
				.addValve(new RefusedRequestReportValve(templates::getObject, service.name(),
						context.getServletContext()));
			// Otherwise the host adds Tomcat's own as it starts.
			host.setErrorReportValveClass(RefusedRequestReportValve.class.getName());
		});
	}

}
