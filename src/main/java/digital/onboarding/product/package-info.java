/**
 * An organisation's products, their significant and patch versions, and the APIs each
 * significant version is to use.
 */
package digital.onboarding.product;
