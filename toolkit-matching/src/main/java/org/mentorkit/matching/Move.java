package org.mentorkit.matching;

import java.util.Optional;

/**
 * A participant whose group changed when groups were re-formed.
 *
 * @param participantId who
 * @param fromGroupId   their previous group ("" for a late joiner)
 * @param toGroupId     their new group
 * @param reason        why, in words
 */
public record Move(String participantId, String fromGroupId, String toGroupId, String reason) {

    /**
     * Where the participant was before, without the "" convention of {@link #fromGroupId()}.
     *
     * @return the previous group's id, or empty for a late joiner
     */
    public Optional<String> from() {
        return fromGroupId.isEmpty() ? Optional.empty() : Optional.of(fromGroupId);
    }
}
