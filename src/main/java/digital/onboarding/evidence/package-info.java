/**
 * Evidence files: uploads streamed to the evidence store, recognised by their content,
 * checked (size, type, archives, viruses), recorded with their SHA-256, and downloaded
 * safely by the organisation they belong to.
 */
package digital.onboarding.evidence;
