package nl.amsterdam.inclusion.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import nl.amsterdam.inclusion.monitoring.ProgrammeMonitor.Percentages;
import nl.amsterdam.inclusion.monitoring.ProgressReport.ProcessSteps;

/** The yearly progress report as a PDF to read and pass on: the figures in tables, the charts beside them. */
final class ProgressPdf {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
  private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final float CHART_WIDTH = 480;

  private ProgressPdf() {
  }

  static byte[] of(ProgressReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    PdfWriter.getInstance(document, out);
    document.addTitle(report.title());
    document.addAuthor("Bureau Inclusie en Diversiteit");
    document.setDocumentLanguage("nl-NL");
    document.open();
    document.add(new Paragraph(report.title(), TITLE));
    document.add(new Paragraph("Berekend uit de registratie van de processen; alleen totalen, groepen van minder dan "
        + Figure.MIN_GROUP + " personen worden niet getoond.", TEXT));

    heading(document, "Directies (" + report.percentages().directorates() + ") aan het eind van " + report.year());
    document.add(figures(report.directorateLines()));
    document.add(chart(ProgressCharts.trend(report.trend())));
    document.add(trend(report.trend()));

    heading(document, "Kerncijfers " + report.year());
    document.add(figures(report.figures()));
    heading(document, "Gesprekken met het groeipanel per ronde (t/m " + report.year() + ")");
    document.add(figures(report.heldPerRound()));
    if (!report.heldPerRound().isEmpty()) {
      document.add(chart(ProgressCharts.conversationsPerRound(report.heldPerRound())));
    }

    heading(document, "Doorlooptijden per stap in " + report.year());
    if (report.steps().isEmpty()) {
      document.add(new Paragraph("Geen afgeronde stappen in dit jaar.", TEXT));
    } else {
      if (report.hasTimedSteps()) {
        document.add(chart(ProgressCharts.longestSteps(report.steps())));
      }
      document.add(steps(report.steps()));
    }
    document.close();
    return out.toByteArray();
  }

  private static void heading(Document document, String text) {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    document.add(heading);
  }

  private static PdfPTable figures(List<Figure> figures) {
    PdfPTable table = table(new float[] {4, 1});
    figures.forEach(figure -> {
      table.addCell(cell(figure.label(), TEXT));
      PdfPCell value = cell(figure.text(), TEXT);
      value.setHorizontalAlignment(Element.ALIGN_RIGHT);
      table.addCell(value);
    });
    return table;
  }

  private static PdfPTable trend(List<Percentages> trend) {
    PdfPTable table = table(new float[] {1, 1, 1, 1, 1});
    ProgressReport.trendHeadings().forEach(heading -> table.addCell(cell(heading, BOLD)));
    table.setHeaderRows(1);
    trend.forEach(year -> {
      List<Integer> values = ProgressReport.trendRow(year);
      table.addCell(cell(String.valueOf(values.get(0)), TEXT));
      values.subList(1, values.size()).forEach(value -> table.addCell(cell(value + "%", TEXT)));
    });
    return table;
  }

  private static PdfPTable steps(List<ProcessSteps> processes) {
    PdfPTable table = table(new float[] {5, 1.2f, 1.6f, 1.6f, 1.3f});
    List.of("Stap", "Aantal keer", "Mediaan", "90% binnen", "Wachttijd").forEach(h -> table.addCell(cell(h, BOLD)));
    table.setHeaderRows(1);
    for (ProcessSteps process : processes) {
      PdfPCell name = cell(process.name(), BOLD);
      name.setColspan(5);
      table.addCell(name);
      for (StepDurations.Step step : process.steps()) {
        table.addCell(cell(step.name(), TEXT));
        table.addCell(cell(String.valueOf(step.count()), TEXT));
        table.addCell(cell(step.median(), TEXT));
        table.addCell(cell(step.p90(), TEXT));
        table.addCell(cell(step.level() == null ? "" : step.level(), TEXT));
      }
    }
    return table;
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    return table;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(4);
    return cell;
  }

  private static Image chart(byte[] png) {
    try {
      Image image = Image.getInstance(png);
      image.scaleToFit(CHART_WIDTH, CHART_WIDTH);
      image.setAlignment(Element.ALIGN_CENTER);
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("chart could not be placed", e);
    }
  }
}
