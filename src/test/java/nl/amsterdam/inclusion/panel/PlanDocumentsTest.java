package nl.amsterdam.inclusion.panel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a directorate may hand in as its plans: PDF and Word documents by content, at most 10 MB. */
class PlanDocumentsTest {

  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** A Word 97-2003 document: the OLE signature and the directory entry of its WordDocument stream. */
  static byte[] doc() {
    byte[] content = new byte[1024];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, content, 0, magic.length);
    byte[] stream = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(stream, 0, content, 512, stream.length);
    return content;
  }

  /** An Office Open XML package whose main part has this content type. */
  static byte[] ooxml(String mainContentType) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types><Override PartName=\"/word/document.xml\" ContentType=\""
          + mainContentType + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  static byte[] docx() throws IOException {
    return ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
  }

  @Test
  void aPdfAWordDocumentAndAnOldWordDocumentAreTakenByTheirContent() throws IOException {
    PlanDocuments.Verdict pdf = PlanDocuments.check("Actieplan WPI 2026.pdf", PDF);
    assertThat(pdf.accepted()).isTrue();
    assertThat(pdf.kind()).isEqualTo(PlanDocuments.Kind.PDF);
    assertThat(pdf.fileName()).isEqualTo("Actieplan WPI 2026.pdf");
    assertThat(PlanDocuments.check("directieplan.DOCX", docx()).kind()).isEqualTo(PlanDocuments.Kind.DOCX);
    assertThat(PlanDocuments.check("plan.doc", doc()).kind()).isEqualTo(PlanDocuments.Kind.DOC);
  }

  @Test
  void aFileThatIsNoDocumentIsRefusedWhateverItsName() throws IOException {
    byte[] program = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03};
    assertThat(PlanDocuments.check("actieplan.pdf", program).refusal()).isEqualTo(PlanDocuments.WRONG_TYPE);
    assertThat(PlanDocuments.check("actieplan.docx", "Gewoon tekst".getBytes(StandardCharsets.UTF_8)).refusal())
        .isEqualTo(PlanDocuments.WRONG_TYPE);
    // a spreadsheet is a ZIP package too, and an Excel 97 file an OLE file, but neither is a Word document
    assertThat(PlanDocuments.check("plan.docx", ooxml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))
        .refusal()).isEqualTo(PlanDocuments.WRONG_TYPE);
    byte[] excel = doc();
    Arrays.fill(excel, 512, 600, (byte) 0);
    assertThat(PlanDocuments.check("plan.doc", excel).refusal()).isEqualTo(PlanDocuments.WRONG_TYPE);
  }

  @Test
  void aWordDocumentWithMacrosIsRefusedWithHowToSaveItInstead() throws IOException {
    PlanDocuments.Verdict macros = PlanDocuments.check("plan.docx", ooxml("application/vnd.ms-word.document.macroEnabled.main+xml"));
    assertThat(macros.accepted()).isFalse();
    assertThat(macros.refusal()).isEqualTo(PlanDocuments.MACROS);
  }

  @Test
  void aNameThatHidesTheContentIsRefused() throws IOException {
    assertThat(PlanDocuments.check("actieplan.docx", PDF).refusal())
        .isEqualTo("heeft een naam die niet past bij de inhoud: een PDF-bestand moet eindigen op .pdf");
    assertThat(PlanDocuments.check("actieplan.pdf.exe", PDF).accepted()).isFalse();
    assertThat(PlanDocuments.check("plan.pdf", docx()).accepted()).isFalse();
  }

  @Test
  void anEmptyFileAndAFileOverTenMegabytesAreRefused() {
    assertThat(PlanDocuments.check("plan.pdf", new byte[0]).refusal()).isEqualTo(PlanDocuments.EMPTY);
    byte[] large = Arrays.copyOf(PDF, PlanDocuments.MAX_BYTES + 1);
    assertThat(PlanDocuments.check("plan.pdf", large).refusal()).isEqualTo(PlanDocuments.TOO_LARGE);
    byte[] justRight = Arrays.copyOf(PDF, PlanDocuments.MAX_BYTES);
    assertThat(PlanDocuments.check("plan.pdf", justRight).accepted()).isTrue();
  }

  @Test
  void theNameKeepsOnlyItsLastPartWithoutCharactersThatBreakADownload() {
    assertThat(PlanDocuments.check("C:\\Users\\ayse\\plan\"2026\".pdf", PDF).fileName()).isEqualTo("plan_2026_.pdf");
    assertThat(PlanDocuments.check("../../etc/plan.pdf", PDF).fileName()).isEqualTo("plan.pdf");
    assertThat(PlanDocuments.check(null, PDF).fileName()).isEqualTo("document.pdf");
    assertThat(PlanDocuments.safeName("a".repeat(200) + ".pdf")).hasSize(120).endsWith(".pdf");
  }

  @Test
  void aSizeReadsAsAPersonSaysIt() {
    assertThat(PlanDocuments.size(250_000)).isEqualTo("244 kB");
    assertThat(PlanDocuments.size(1_300_000)).isEqualTo("1,2 MB");
    assertThat(PlanDocuments.size(10)).isEqualTo("1 kB");
  }
}
