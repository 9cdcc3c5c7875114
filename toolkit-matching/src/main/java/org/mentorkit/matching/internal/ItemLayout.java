package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.Participant;

/**
 * How a cohort becomes search items for a given number of groups: items 0..mentees-1 are the mentees, the rest are
 * mentor seats (a mentor of capacity c has min(c, groups) seats; the search decides which seats lead groups and which
 * wait on an unscored bench group, so that a rule needing one mentor twice and another not at all can be kept).
 * Immutable.
 */
public final class ItemLayout {

    private final List<Participant> people;
    private final Map<String, Integer> indexOf;
    private final int[] itemPerson;
    private final int[][] itemsOf;
    private final int mentees;
    private final int groups;
    private final int mentorsPerGroup;
    private final boolean bench;
    private final BitSet extraSeat; // a mentor's second and later seats

    /**
     * @param people          the cohort's participants, in cohort order
     * @param groups          the number of real groups
     * @param mentorsPerGroup mentors leading each group
     */
    public ItemLayout(List<Participant> people, int groups, int mentorsPerGroup) {
        this.people = List.copyOf(people);
        this.groups = groups;
        this.mentorsPerGroup = mentorsPerGroup;
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < people.size(); p++) {
            index.putIfAbsent(people.get(p).id(), p);
        }
        indexOf = Collections.unmodifiableMap(index);
        List<Integer> menteeList = new ArrayList<>();
        List<Integer> seats = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Participant x = people.get(p);
            if (x.isMentor()) {
                int c = Math.min(Math.max(1, x.capacity()), groups);
                for (int k = 0; k < c; k++) {
                    seats.add(p);
                }
            } else {
                menteeList.add(p);
            }
        }
        mentees = menteeList.size();
        bench = seats.size() > groups * mentorsPerGroup;
        itemPerson = new int[mentees + seats.size()];
        extraSeat = new BitSet();
        for (int i = 0; i < mentees; i++) {
            itemPerson[i] = menteeList.get(i);
        }
        for (int k = 0; k < seats.size(); k++) {
            itemPerson[mentees + k] = seats.get(k);
            if (k > 0 && seats.get(k - 1).equals(seats.get(k))) {
                extraSeat.set(mentees + k);
            }
        }
        int[] count = new int[people.size()];
        for (int p : itemPerson) {
            count[p]++;
        }
        itemsOf = new int[people.size()][];
        for (int p = 0; p < people.size(); p++) {
            itemsOf[p] = new int[count[p]];
            count[p] = 0;
        }
        for (int i = 0; i < itemPerson.length; i++) {
            itemsOf[itemPerson[i]][count[itemPerson[i]]++] = i;
        }
    }

    /** The participants, in cohort order (indices are "persons"). */
    public List<Participant> people() {
        return people;
    }

    /** Person index by participant id (the first participant with an id, should ids repeat). */
    public Map<String, Integer> indexOf() {
        return indexOf;
    }

    /** The number of items: mentees plus mentor seats. */
    public int items() {
        return itemPerson.length;
    }

    /** The person of item {@code i}. */
    public int person(int i) {
        return itemPerson[i];
    }

    /** The items of a person: one for a mentee, one per seat for a mentor (in order). */
    public List<Integer> itemsOf(int person) {
        return java.util.Arrays.stream(itemsOf[person]).boxed().toList();
    }

    /** The first (for a mentee: the only) item of a person. */
    public int firstItemOf(int person) {
        return itemsOf[person][0];
    }

    /** The number of mentees: items 0..mentees-1. */
    public int mentees() {
        return mentees;
    }

    /** Whether item {@code i} is a mentor seat. */
    public boolean isSeat(int i) {
        return i >= mentees;
    }

    /** Whether item {@code i} is a mentor's second or later seat. */
    public boolean isExtraSeat(int i) {
        return extraSeat.get(i);
    }

    /** The number of real groups; the bench, when there is one, is group index {@code groups()}. */
    public int groups() {
        return groups;
    }

    /** Whether there are more seats than groups need (the spare ones wait on the bench). */
    public boolean bench() {
        return bench;
    }

    /** Mentors leading each group. */
    public int mentorsPerGroup() {
        return mentorsPerGroup;
    }

    /** Pairs of seats of the same mentor: they must be apart (a mentor leads a group once). */
    public List<int[]> seatPairs() {
        List<int[]> out = new ArrayList<>();
        for (int i = mentees; i < itemPerson.length; i++) {
            for (int j = i + 1; j < itemPerson.length; j++) {
                if (itemPerson[i] == itemPerson[j]) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }
}
