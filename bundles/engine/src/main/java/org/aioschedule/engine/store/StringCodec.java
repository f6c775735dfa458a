package org.aioschedule.engine.store;

/**
 * Lossless string encoding for the store files: CESU-8 (UTF-8 in which each UTF-16 char is encoded on its own, so
 * unpaired surrogates survive). ASCII costs one byte a char. The encoder never produces the bytes 0xC0, 0xC1 or
 * 0xF0-0xFF, which lets {@link Frames} use a magic number that no record content can imitate.
 */
final class StringCodec {

    private StringCodec() {
    }

    static int encodedLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }

    static byte[] encode(String s) {
        byte[] out = new byte[encodedLength(s)];
        int p = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else {
                out[p++] = (byte) (0xE0 | c >> 12);
                out[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return out;
    }

    static String decode(byte[] in, int offset, int length) throws CorruptDataException {
        char[] out = new char[length];
        int n = 0;
        int p = offset;
        int end = offset + length;
        while (p < end) {
            int b = in[p++] & 0xFF;
            if (b < 0x80) {
                out[n++] = (char) b;
            } else if (b >= 0xC2 && b < 0xE0) {
                out[n++] = (char) ((b & 0x1F) << 6 | continuation(in, p++, end));
            } else if (b >= 0xE0 && b < 0xF0) {
                int c = (b & 0x0F) << 12 | continuation(in, p++, end) << 6 | continuation(in, p++, end);
                if (c < 0x800) {
                    throw new CorruptDataException("overlong encoding at byte " + (p - 3));
                }
                out[n++] = (char) c;
            } else {
                throw new CorruptDataException("invalid lead byte " + b + " at byte " + (p - 1));
            }
        }
        return new String(out, 0, n);
    }

    private static int continuation(byte[] in, int p, int end) throws CorruptDataException {
        if (p >= end || (in[p] & 0xC0) != 0x80) {
            throw new CorruptDataException("invalid continuation byte at " + p);
        }
        return in[p] & 0x3F;
    }
}
