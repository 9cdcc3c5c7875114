package org.mentorkit.followup;

/**
 * How the invited members of one group stand with a survey.
 *
 * @param groupId      the group's id; "" for participants in no group
 * @param invited      members invited to answer
 * @param responded    members who answered completely
 * @param partial      members who started but did not finish
 * @param notResponded members with no answer
 */
public record GroupCounts(String groupId, int invited, int responded, int partial, int notResponded) {

    /**
     * Checks that the counts add up.
     *
     * @param groupId      the group's id; "" for participants in no group
     * @param invited      members invited to answer
     * @param responded    members who answered completely
     * @param partial      members who started but did not finish
     * @param notResponded members with no answer
     * @throws IllegalArgumentException when {@code invited} is not {@code responded + partial + notResponded}
     */
    public GroupCounts {
        if (invited != responded + partial + notResponded) {
            throw new IllegalArgumentException("invited (" + invited + ") must equal responded + partial + not responded ("
                    + (responded + partial + notResponded) + ")");
        }
    }

    /**
     * The share that responded completely (partial responses not counted).
     *
     * @return {@code responded / invited}, 0 to 1; 0 when nobody was invited
     */
    public double responseRate() {
        return invited == 0 ? 0 : (double) responded / invited;
    }
}
