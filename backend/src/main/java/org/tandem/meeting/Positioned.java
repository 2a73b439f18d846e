package org.tandem.meeting;

import java.util.List;

/** A child kept in order within its parent (agenda items, decisions, documents, the register): 1, 2, 3... */
interface Positioned {
    void position(int position);

    static <T extends Positioned> T append(List<T> list, T child) {
        list.add(child);
        child.position(list.size());
        return child;
    }

    static <T extends Positioned> void remove(List<T> list, T child) {
        list.remove(child);
        renumber(list);
    }

    /** Positions follow list order; their uniqueness is checked at commit, so swaps within a transaction are fine. */
    static <T extends Positioned> void renumber(List<T> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).position(i + 1);
        }
    }
}
