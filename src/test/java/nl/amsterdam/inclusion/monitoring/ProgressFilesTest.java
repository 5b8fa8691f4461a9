package nl.amsterdam.inclusion.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import nl.amsterdam.inclusion.monitoring.ProgrammeMonitor.Percentages;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's files for a quiet year: nothing to count is said in words, a small group stays text. */
class ProgressFilesTest {

  private static final ProgressReport QUIET_YEAR = new ProgressReport(2021, new Percentages(2021, 16, 94, 50, 0, 0),
      List.of(new Percentages(2021, 16, 94, 50, 0, 0)),
      List.of(Figure.people("Deelnemers pilot Inclusief Leiderschap", 2), Figure.count("Dialogen met de wethouder "
          + "gevoerd", 0)), List.of(), List.of());

  @Test
  void theXlsxKeepsAHiddenGroupAsTextAndPercentagesAsNumbers() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ProgressWorkbook.of(QUIET_YEAR)))) {
      List<Row> rows = new ArrayList<>();
      workbook.getSheet(ProgressWorkbook.SUMMARY).forEach(rows::add);
      assertThat(rows).anySatisfy(row -> {
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Deelnemers pilot Inclusief Leiderschap");
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("minder dan 3");
      });
      assertThat(rows).anySatisfy(row -> {
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Directies met een actieplan");
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(0.94);
        assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0%");
      });
      assertThat(workbook.getAllPictures()).as("the trend only: no rounds, no steps").hasSize(1);
      assertThat(workbook.getSheet(ProgressWorkbook.STEPS).getLastRowNum()).isZero();
    }
  }

  @Test
  void thePdfSaysInDutchThatNoStepFinished() throws IOException {
    PdfReader reader = new PdfReader(ProgressPdf.of(QUIET_YEAR));
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page));
    }
    assertThat(text.toString()).contains("Voortgangsrapportage Inclusie & Diversiteit 2021",
        "Geen afgeronde stappen in dit jaar.", "minder dan 3").containsPattern("Directies met een actieplan\\s?94%")
        .doesNotContainPattern("Leiderschap\\s?2");
  }
}
