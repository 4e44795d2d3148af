/**
 * The notifications pages, the settings for how people are emailed, and the header link
 * with the unread count.
 */
package digital.onboarding.notification.web;
