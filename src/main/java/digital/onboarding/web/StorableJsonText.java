package digital.onboarding.web;

import digital.onboarding.platform.StorableText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses text that cannot be stored (see {@link StorableText}) as JSON is read, in every
 * string and every object key of every body, whatever type it is read into: nothing of
 * such a request reaches the database. {@link ApiProblems} answers it as a bad request
 * naming the field by its path in the body.
 */
@Configuration(proxyBeanMethods = false)
class StorableJsonText {

	@Bean
	JacksonModule storableTextModule() {
		return new SimpleModule("storable-text").addDeserializer(String.class, new StorableStrings())
			.addKeyDeserializer(String.class, new StorableKeys());
	}

	/** A string, as Jackson reads it, refused if it cannot be stored. */
	static final class StorableStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			return storable(parser, super.deserialize(parser, context));
		}

	}

	/** An object's key, read into a map, refused if it cannot be stored. */
	static final class StorableKeys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
			return storable(context.getParser(), key);
		}

	}

	private static String storable(JsonParser parser, String text) {
		if (text != null) {
			StorableText.problem(text).ifPresent(reason -> {
				throw new Refused(parser, reason);
			});
		}
		return text;
	}

	/**
	 * Text refused as it was read; Jackson adds the path to it as the refusal passes out
	 * through the objects and arrays around it.
	 */
	static final class Refused extends MismatchedInputException {

		private final String reason;

		Refused(JsonParser parser, String reason) {
			super(parser, reason);
			this.reason = reason;
		}

		/** Why the text was refused, in words a person can act on. */
		String reason() {
			return this.reason;
		}

	}

}
