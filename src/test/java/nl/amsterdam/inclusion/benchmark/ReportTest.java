package nl.amsterdam.inclusion.benchmark;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A run of one part of the benchmark replaces only its own section and figures, never the hand-written analysis. */
class ReportTest {

  private static final String DOCUMENT = """
      # Benchmarks

      <!-- generated:stock -->
      ## 1. Against a stock Camunda engine
      old figures
      <!-- /generated:stock -->

      <!-- generated:lag -->
      ## 3. Job lag
      lag figures
      <!-- /generated:lag -->

      ## Analysis written by hand
      keep me
      """;

  @Test
  void aMeasuredSectionReplacesOnlyItsOwnBlock() {
    String written = Report.replaceSection(DOCUMENT, "stock", "## 1. Against a stock Camunda engine\nnew figures\n");

    assertThat(written).contains("new figures").doesNotContain("old figures")
        .contains("lag figures").contains("## Analysis written by hand\nkeep me");
    assertThat(written.indexOf("new figures")).isLessThan(written.indexOf("lag figures"));
  }

  @Test
  void aSectionNotYetInTheDocumentIsAddedAtItsEnd() {
    String written = Report.replaceSection(DOCUMENT, "footprint", "## 4. Footprint\nfresh JVM\n");

    assertThat(written).contains("keep me").endsWith("<!-- generated:footprint -->\n## 4. Footprint\nfresh JVM\n"
        + "<!-- /generated:footprint -->\n");
  }

  @Test
  void theHeadlineFiguresOfEarlierRunsStayWhenThisRunDidNotMeasureThem() {
    Report report = new Report();
    report.footprint("java -jar", List.of(4.0, 5.0, 6.0), List.of(300.0, 310.0, 320.0), true);

    String json = report.json("{\"stockRatio\": 0.429, \"coldStartS\": 9.000}");

    assertThat(json).isEqualTo("{\"stockRatio\": 0.429, \"coldStartS\": 5.000, \"idleRssMb\": 310.000}\n");
  }
}
