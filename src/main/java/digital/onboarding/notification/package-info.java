/**
 * Telling people about things that need them: notices listed in the service and emailed,
 * at once or in a daily summary; and every email the service sends, stored with the
 * change that caused it, delivered after commit and retried until it goes.
 */
package digital.onboarding.notification;
