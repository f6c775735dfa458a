package org.aioschedule.engine.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Framing of the store files: {@code magic(4) | length(4) | crc32(4) | payload(length)}, big-endian, the CRC taken
 * over the length field and the payload. The magic starts with 0xF7, a byte {@link StringCodec} never produces, so
 * resynchronising after damage cannot lock onto a frame imitated by record content.
 */
final class Frames {

    static final int MAGIC = 0xF7414A53;
    static final int OVERHEAD = 12;
    private static final int MAGIC_FIRST_BYTE = MAGIC >>> 24;

    private Frames() {
    }

    /** A stretch of a file: either one intact frame or damaged bytes up to the next intact frame (or the end). */
    static final class Segment {
        final int start;
        final int end;
        final boolean intact;

        Segment(int start, int end, boolean intact) {
            this.start = start;
            this.end = end;
            this.intact = intact;
        }

        int payloadStart() {
            return start + OVERHEAD;
        }

        int payloadLength() {
            return end - start - OVERHEAD;
        }
    }

    static byte[] frame(byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(OVERHEAD + payload.length);
        b.putInt(MAGIC).putInt(payload.length).putInt(crc(payload.length, payload, 0, payload.length)).put(payload);
        return b.array();
    }

    static List<Segment> scan(byte[] data, int from) {
        List<Segment> segments = new ArrayList<>();
        int p = from;
        while (p < data.length) {
            int length = payloadLengthAt(data, p);
            if (length >= 0) {
                segments.add(new Segment(p, p + OVERHEAD + length, true));
                p += OVERHEAD + length;
            } else {
                int next = nextIntactFrame(data, p + 1);
                segments.add(new Segment(p, next, false));
                p = next;
            }
        }
        return segments;
    }

    /** @return the payload length of the intact frame at {@code p}, or -1 if there is none */
    static int payloadLengthAt(byte[] data, int p) {
        if (data.length - p < OVERHEAD || readInt(data, p) != MAGIC) {
            return -1;
        }
        int length = readInt(data, p + 4);
        if (length < 0 || length > data.length - p - OVERHEAD) {
            return -1;
        }
        return crc(length, data, p + OVERHEAD, length) == readInt(data, p + 8) ? length : -1;
    }

    private static int nextIntactFrame(byte[] data, int from) {
        for (int p = from; p <= data.length - OVERHEAD; p++) {
            if ((data[p] & 0xFF) == MAGIC_FIRST_BYTE && payloadLengthAt(data, p) >= 0) {
                return p;
            }
        }
        return data.length;
    }

    private static int crc(int length, byte[] data, int offset, int count) {
        CRC32 crc = new CRC32();
        crc.update(length >>> 24);
        crc.update(length >>> 16);
        crc.update(length >>> 8);
        crc.update(length);
        crc.update(data, offset, count);
        return (int) crc.getValue();
    }

    static int readInt(byte[] data, int p) {
        return (data[p] & 0xFF) << 24 | (data[p + 1] & 0xFF) << 16 | (data[p + 2] & 0xFF) << 8 | data[p + 3] & 0xFF;
    }
}
