package org.mentorkit.matching;

/**
 * A hard rule checked on a formed group.
 *
 * @param rule      the rule, e.g. "mentors per group" or "non-isolation: gender (F)"
 * @param satisfied whether it holds
 * @param detail    what was found, e.g. "2 holders"
 */
public record RuleCheck(String rule, boolean satisfied, String detail) {
}
