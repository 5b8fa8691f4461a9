package nl.amsterdam.inclusion.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import nl.amsterdam.inclusion.monitoring.ProgrammeMonitor.Percentages;
import nl.amsterdam.inclusion.monitoring.ProgressReport.ProcessSteps;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The yearly progress report as an XLSX workbook: the figures as numbers (for Bureau I&D's own sums) and the charts. */
final class ProgressWorkbook {

  static final String SUMMARY = "Voortgang";
  static final String TREND = "Trend";
  static final String STEPS = "Doorlooptijden";
  private static final double DAY = 86_400_000.0;

  private final Workbook workbook = new XSSFWorkbook();
  private final CellStyle bold;
  private final CellStyle percent;

  private ProgressWorkbook() {
    Font font = workbook.createFont();
    font.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(font);
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
  }

  static byte[] of(ProgressReport report) {
    return new ProgressWorkbook().write(report);
  }

  private byte[] write(ProgressReport report) {
    summary(report);
    trend(report.trend());
    steps(report);
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("workbook could not be written", e);
    }
  }

  private void summary(ProgressReport report) {
    Sheet sheet = workbook.createSheet(SUMMARY);
    int row = 0;
    heading(sheet, row++, report.title());
    text(sheet, row++, "Berekend uit de registratie van de processen; alleen totalen, groepen van minder dan "
        + Figure.MIN_GROUP + " personen worden niet getoond.");
    row++;
    heading(sheet, row++, "Directies (" + report.percentages().directorates() + ") aan het eind van " + report.year());
    row = percentages(sheet, row, report.directorateLines());
    row++;
    heading(sheet, row++, "Kerncijfers " + report.year());
    row = figures(sheet, row, report.figures());
    row++;
    heading(sheet, row++, "Gesprekken met het groeipanel per ronde (t/m " + report.year() + ")");
    figures(sheet, row, report.heldPerRound());
    sheet.setColumnWidth(0, 60 * 256);
    sheet.setColumnWidth(1, 16 * 256);
    picture(sheet, ProgressCharts.trend(report.trend()), 3, 0);
    if (!report.heldPerRound().isEmpty()) {
      picture(sheet, ProgressCharts.conversationsPerRound(report.heldPerRound()), 3, 22);
    }
  }

  private void trend(List<Percentages> trend) {
    Sheet sheet = workbook.createSheet(TREND);
    header(sheet, 0, ProgressReport.trendHeadings().stream().map(heading -> heading.equals("Jaar") ? heading
        : heading + " (%)").toList());
    int row = 1;
    for (Percentages year : trend) {
      Row line = sheet.createRow(row++);
      List<Integer> values = ProgressReport.trendRow(year);
      for (int column = 0; column < values.size(); column++) {
        line.createCell(column).setCellValue(values.get(column));
      }
    }
    for (int column = 0; column < 5; column++) {
      sheet.setColumnWidth(column, 24 * 256);
    }
  }

  private void steps(ProgressReport report) {
    Sheet sheet = workbook.createSheet(STEPS);
    header(sheet, 0, List.of("Proces", "Stap", "Aantal keer", "Mediaan (dagen)", "90% binnen (dagen)", "Mediaan",
        "Wachttijd"));
    int row = 1;
    for (ProcessSteps process : report.steps()) {
      for (StepDurations.Step step : process.steps()) {
        Row line = sheet.createRow(row++);
        line.createCell(0).setCellValue(process.name());
        line.createCell(1).setCellValue(step.name());
        line.createCell(2).setCellValue(step.count());
        if (step.medianMillis() != null) {
          line.createCell(3).setCellValue(Math.round(step.medianMillis() / DAY * 10) / 10.0);
          line.createCell(4).setCellValue(Math.round(step.p90Millis() / DAY * 10) / 10.0);
          line.createCell(6).setCellValue(step.level());
        }
        line.createCell(5).setCellValue(step.median());
      }
    }
    sheet.setColumnWidth(0, 45 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    for (int column = 2; column < 7; column++) {
      sheet.setColumnWidth(column, 18 * 256);
    }
    if (report.hasTimedSteps()) {
      picture(sheet, ProgressCharts.longestSteps(report.steps()), 8, 0);
    }
  }

  /** Label and value; a hidden small group as its text, so no number is there to read. */
  private static int figures(Sheet sheet, int row, List<Figure> figures) {
    for (Figure figure : figures) {
      Row line = sheet.createRow(row++);
      line.createCell(0).setCellValue(figure.label());
      if (figure.value() == null) {
        line.createCell(1).setCellValue(figure.text());
      } else {
        line.createCell(1).setCellValue(figure.value());
      }
    }
    return row;
  }

  private int percentages(Sheet sheet, int row, List<Figure> percentages) {
    for (Figure figure : percentages) {
      Row line = sheet.createRow(row++);
      line.createCell(0).setCellValue(figure.label());
      line.createCell(1).setCellValue(figure.value() / 100.0);
      line.getCell(1).setCellStyle(percent);
    }
    return row;
  }

  private void heading(Sheet sheet, int row, String text) {
    Row line = sheet.createRow(row);
    line.createCell(0).setCellValue(text);
    line.getCell(0).setCellStyle(bold);
  }

  private static void text(Sheet sheet, int row, String text) {
    sheet.createRow(row).createCell(0).setCellValue(text);
  }

  private void header(Sheet sheet, int row, List<String> headings) {
    Row line = sheet.createRow(row);
    for (int column = 0; column < headings.size(); column++) {
      line.createCell(column).setCellValue(headings.get(column));
      line.getCell(column).setCellStyle(bold);
    }
  }

  private void picture(Sheet sheet, byte[] png, int column, int row) {
    int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(column);
    anchor.setRow1(row);
    drawing.createPicture(anchor, index).resize();
  }
}
