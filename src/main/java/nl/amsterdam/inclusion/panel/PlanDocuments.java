package nl.amsterdam.inclusion.panel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a directorate may hand in as its action plan or directorate plan: a PDF or a Word document (.doc, .docx) of at
 * most {@link #MAX_BYTES}, recognised by its content (magic bytes and structure), not by its name alone. A pure
 * function: {@link #check} either gives the document's kind or the Dutch reason it is refused.
 */
public final class PlanDocuments {

  /** 10 MB: a plan of some tens of pages with pictures; larger files are scans or presentations. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** A document type accepted: how it is named and served. */
  public enum Kind {
    PDF("pdf", "application/pdf"),
    DOC("doc", "application/msword"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String mimeType;

    Kind(String extension, String mimeType) {
      this.extension = extension;
      this.mimeType = mimeType;
    }

    public String extension() {
      return extension;
    }

    public String mimeType() {
      return mimeType;
    }
  }

  /** The verdict on one file: its kind and a safe file name, or the reason it is refused. */
  public record Verdict(Kind kind, String fileName, String refusal) {

    public boolean accepted() {
      return refusal == null;
    }
  }

  static final String EMPTY = "is leeg: kies het bestand opnieuw";
  static final String TOO_LARGE = "is groter dan 10 MB: verklein het bestand (bijvoorbeeld als PDF zonder grote afbeeldingen)";
  static final String WRONG_TYPE = "is geen PDF- of Word-bestand (.pdf, .doc of .docx)";
  static final String NAME_MISMATCH = "heeft een naam die niet past bij de inhoud: een %s-bestand moet eindigen op .%s";
  static final String MACROS = "is een Word-bestand met macro's of een sjabloon; sla het op als gewoon document (.docx) of als PDF";

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
  /** The stream every Word 97-2003 document holds, as its OLE directory names it (UTF-16LE). */
  private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
  private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private PlanDocuments() {
  }

  /** The verdict on a file named {@code fileName} with these bytes (null or empty name: named after its kind). */
  public static Verdict check(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      return refused(EMPTY);
    }
    if (content.length > MAX_BYTES) {
      return refused(TOO_LARGE);
    }
    Optional<Kind> kind = kindOf(content);
    if (kind.isEmpty()) {
      return refused(isZip(content) && isMacroWord(content) ? MACROS : WRONG_TYPE);
    }
    String name = safeName(fileName);
    if (name.isEmpty()) {
      name = "document." + kind.get().extension();
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith("." + kind.get().extension())) {
      return refused(String.format(NAME_MISMATCH, kind.get().name(), kind.get().extension()));
    }
    return new Verdict(kind.get(), name, null);
  }

  /** The kind of document the bytes are, by content. */
  static Optional<Kind> kindOf(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(Kind.PDF);
    }
    if (startsWith(content, OLE_MAGIC) && indexOf(content, WORD_STREAM) >= 0) {
      return Optional.of(Kind.DOC);
    }
    if (isZip(content) && isPlainWord(content)) {
      return Optional.of(Kind.DOCX);
    }
    return Optional.empty();
  }

  /**
   * A file name as it may be shown and sent back in a download: its last path segment, without control characters,
   * quotes or separators, at most 120 characters.
   */
  static String safeName(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_").strip();
    if (name.length() > 120) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
      name = name.substring(0, 120 - extension.length()) + extension;
    }
    return name;
  }

  /** A size as a person reads it: "245 kB", "1,2 MB". */
  public static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }
    return String.format(Locale.forLanguageTag("nl-NL"), "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static Verdict refused(String reason) {
    return new Verdict(null, null, reason);
  }

  private static boolean isZip(byte[] content) {
    return startsWith(content, ZIP_MAGIC);
  }

  private static boolean isPlainWord(byte[] content) {
    String types = contentTypes(content);
    return types != null && types.contains(DOCX_MAIN);
  }

  /** A .docm or Word template: the package's main part is not a plain document. */
  private static boolean isMacroWord(byte[] content) {
    String types = contentTypes(content);
    return types != null && types.contains("application/vnd.ms-word.");
  }

  /** The package's [Content_Types].xml, or null when the ZIP has none (or cannot be read). */
  private static String contentTypes(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && ++entries <= 1000) {
        if ("[Content_Types].xml".equals(entry.getName())) {
          return new String(readAtMost(zip, 64 * 1024), StandardCharsets.UTF_8);
        }
      }
      return null;
    } catch (IOException | IllegalArgumentException e) {
      return null; // not a readable package
    }
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] content, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= content.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (content[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
