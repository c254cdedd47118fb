package dev.rolefit.model;

/**
 * Why a score is what it is: one fired rule's contribution.
 *
 * @param rule     the rule's name, as in the DRL file and the README rule table
 * @param category the category it scores, e.g. SKILLS
 * @param points   the points it adds (negative for a penalty) on the 0–100 scale; 0 for a knockout
 * @param knockout true when this rule rejects the match on its own
 * @param message  a sentence a recruiter can read
 */
public record Reason(String rule, String category, double points, boolean knockout, String message) {
    public Reason {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("reason has no rule name");
        }
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("reason of rule '" + rule + "' has no category");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("reason of rule '" + rule + "' has no message");
        }
    }
}
