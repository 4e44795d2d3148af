/**
 * Every email the service sends: stored with the change that caused it, delivered after
 * commit and retried until it goes.
 */
package digital.onboarding.notification;
