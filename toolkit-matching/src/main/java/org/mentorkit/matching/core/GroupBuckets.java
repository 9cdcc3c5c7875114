package org.mentorkit.matching.core;

/** The items of each group as contiguous runs of one array (a counting sort by group), refilled before each scan. */
final class GroupBuckets {

    private final int m;
    private final int[] items;
    private final int[] start;
    private final int[] fill;

    GroupBuckets(int n, int groups) {
        m = groups;
        items = new int[n];
        start = new int[groups + 1];
        fill = new int[groups];
    }

    /** Sorts the items by their group in {@code group}. */
    void fill(int[] group) {
        java.util.Arrays.fill(start, 0);
        for (int g : group) {
            start[g + 1]++;
        }
        for (int h = 0; h < m; h++) {
            start[h + 1] += start[h];
        }
        System.arraycopy(start, 0, fill, 0, m);
        for (int i = 0; i < group.length; i++) {
            items[fill[group[i]]++] = i;
        }
    }

    /** Index in {@link #item(int)} of group {@code g}'s first item. */
    int start(int g) {
        return start[g];
    }

    /** Index just after group {@code g}'s last item. */
    int end(int g) {
        return start[g + 1];
    }

    /** The item at index {@code x}. */
    int item(int x) {
        return items[x];
    }
}
