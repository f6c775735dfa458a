package org.aioschedule.engine.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Payloads of the frames in {@code jobs.snapshot} and {@code jobs.journal}. Every payload starts with a type byte;
 * strings are a 4-byte length followed by {@link StringCodec} bytes.
 * <ul>
 * <li>{@code 'H' version(1) kind(1: 'S' or 'J') generation(8)}: the first frame of both files</li>
 * <li>{@code 'R' id record}: one snapshot record</li>
 * <li>{@code 'E' count(4)}: the last snapshot frame, the number of records</li>
 * <li>{@code 'B' upsertCount(4) (id record)* deleteCount(4) id*}: one journal batch</li>
 * </ul>
 */
final class StoreFormat {

    static final byte HEADER = 'H';
    static final byte RECORD = 'R';
    static final byte END = 'E';
    static final byte BATCH = 'B';
    static final byte SNAPSHOT = 'S';
    static final byte JOURNAL = 'J';
    static final byte VERSION = 1;

    private StoreFormat() {
    }

    static byte[] header(byte kind, long generation) {
        Out out = new Out(HEADER);
        out.write(VERSION);
        out.write(kind);
        out.writeLong(generation);
        return Frames.frame(out.toByteArray());
    }

    static byte[] snapshot(long generation, Map<String, String> records) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        append(file, header(SNAPSHOT, generation));
        for (Map.Entry<String, String> e : records.entrySet()) {
            Out out = new Out(RECORD);
            out.writeString(e.getKey());
            out.writeString(e.getValue());
            append(file, Frames.frame(out.toByteArray()));
        }
        Out end = new Out(END);
        end.writeInt(records.size());
        append(file, Frames.frame(end.toByteArray()));
        return file.toByteArray();
    }

    private static void append(ByteArrayOutputStream file, byte[] frame) {
        file.write(frame, 0, frame.length);
    }

    static byte[] batch(Map<String, String> upserts, Collection<String> deletes) {
        Out out = new Out(BATCH);
        out.writeInt(upserts.size());
        for (Map.Entry<String, String> e : upserts.entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue());
        }
        out.writeInt(deletes.size());
        for (String id : deletes) {
            out.writeString(id);
        }
        return Frames.frame(out.toByteArray());
    }

    /** A decoded journal batch. */
    static final class Batch {
        final Map<String, String> upserts = new LinkedHashMap<>();
        final List<String> deletes = new ArrayList<>();
    }

    static Batch readBatch(In in) throws CorruptDataException {
        Batch batch = new Batch();
        for (int i = in.readCount(); i > 0; i--) {
            batch.upserts.put(in.readString(), in.readString());
        }
        for (int i = in.readCount(); i > 0; i--) {
            batch.deletes.add(in.readString());
        }
        in.expectEnd();
        return batch;
    }

    /** @return the generation in a header payload of the given kind */
    static long readHeader(In in, byte kind) throws CorruptDataException {
        byte version = in.readByte();
        byte actualKind = in.readByte();
        if (version != VERSION || actualKind != kind) {
            throw new CorruptDataException("unsupported header: version " + version + ", kind " + (char) actualKind);
        }
        long generation = in.readLong();
        in.expectEnd();
        return generation;
    }

    /** Reads one payload; {@link #type()} is its first byte. */
    static final class In {
        private final byte[] data;
        private final int end;
        private int p;
        private final byte type;

        In(byte[] data, Frames.Segment frame) throws CorruptDataException {
            this.data = data;
            this.p = frame.payloadStart();
            this.end = frame.end;
            this.type = readByte();
        }

        byte type() {
            return type;
        }

        byte readByte() throws CorruptDataException {
            need(1);
            return data[p++];
        }

        int readInt() throws CorruptDataException {
            need(4);
            int v = Frames.readInt(data, p);
            p += 4;
            return v;
        }

        long readLong() throws CorruptDataException {
            return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
        }

        int readCount() throws CorruptDataException {
            int n = readInt();
            if (n < 0 || n > end - p) {
                throw new CorruptDataException("bad count " + n);
            }
            return n;
        }

        String readString() throws CorruptDataException {
            int n = readCount();
            String s = StringCodec.decode(data, p, n);
            p += n;
            return s;
        }

        void expectEnd() throws CorruptDataException {
            if (p != end) {
                throw new CorruptDataException((end - p) + " unexpected bytes at end of frame");
            }
        }

        private void need(int n) throws CorruptDataException {
            if (end - p < n) {
                throw new CorruptDataException("frame ends early");
            }
        }
    }

    private static final class Out extends ByteArrayOutputStream {
        Out(byte type) {
            super(64);
            write(type);
        }

        void writeInt(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void writeString(String s) {
            byte[] b = StringCodec.encode(s);
            writeInt(b.length);
            write(b, 0, b.length);
        }
    }
}
