package org.aioschedule.engine.internal.core;

import java.util.Arrays;

/** A binary min-heap of jobs by next run, with O(log n) insert, removal and re-keying of any job. */
final class DueQueue {

    private JobEntry[] heap = new JobEntry[16];
    private int size;

    int size() {
        return size;
    }

    JobEntry peek() {
        return size == 0 ? null : heap[0];
    }

    /** Puts the job where its next run belongs, or takes it out when it is not due. */
    void update(JobEntry entry) {
        if (!entry.isDue()) {
            remove(entry);
        } else if (entry.heapIndex < 0) {
            add(entry);
        } else {
            siftDown(siftUp(entry.heapIndex));
        }
    }

    void remove(JobEntry entry) {
        int index = entry.heapIndex;
        if (index < 0) {
            return;
        }
        entry.heapIndex = -1;
        JobEntry last = heap[--size];
        heap[size] = null;
        if (index < size) {
            place(last, index);
            siftDown(siftUp(index));
        }
    }

    private void add(JobEntry entry) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        place(entry, size++);
        siftUp(size - 1);
    }

    private int siftUp(int index) {
        JobEntry entry = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (!before(entry, heap[parent])) {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(entry, index);
        return index;
    }

    private void siftDown(int index) {
        JobEntry entry = heap[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], entry)) {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(entry, index);
    }

    private void place(JobEntry entry, int index) {
        heap[index] = entry;
        entry.heapIndex = index;
    }

    private static boolean before(JobEntry a, JobEntry b) {
        return a.state.nextRun.compareTo(b.state.nextRun) < 0;
    }
}
