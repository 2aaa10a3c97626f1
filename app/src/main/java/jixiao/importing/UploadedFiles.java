package jixiao.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What kind of file an upload is, and its text when it is text. */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    /** An .xlsx is a zip archive: it starts with the local file header PK\3\4. */
    public static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The text of a text file: UTF-8, or GB18030 (what Chinese Windows saves as "ANSI"). Empty when
     * the bytes are neither, e.g. a binary file.
     */
    public static Optional<String> text(byte[] bytes) {
        for (Charset charset : new Charset[]{StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            try {
                String s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (s.chars().noneMatch(c -> c == 0)) {
                    return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
                }
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return Optional.empty();
    }
}
