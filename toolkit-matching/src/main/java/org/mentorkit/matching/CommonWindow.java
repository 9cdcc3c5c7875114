package org.mentorkit.matching;

import java.time.Instant;
import java.util.List;

/**
 * A weekly window in which every member of a group is available, shown for the program's first week.
 *
 * @param start      the window's start
 * @param minutes    its length
 * @param localTimes each member's local start time
 */
public record CommonWindow(Instant start, int minutes, List<MemberTime> localTimes) {

    /**
     * The window as given, its list copied.
     *
     * @param start      the window's start
     * @param minutes    its length
     * @param localTimes each member's local start time
     */
    public CommonWindow {
        localTimes = List.copyOf(localTimes);
    }

    /**
     * One member's local view of a window.
     *
     * @param participantId the member
     * @param timeZone      their IANA zone
     * @param localStart    the window's start in their zone, e.g. "Tue 12:00"
     * @param localEnd      its end in their zone
     */
    public record MemberTime(String participantId, String timeZone, String localStart, String localEnd) {
    }
}
