package io.wecom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Draws the results as one PNG of three bar charts: calls/s, p50 latency and bytes allocated per call. */
final class Charts {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 380;

  private final List<Measured> rows;
  private final List<String> cells = new ArrayList<>();
  private final Set<String> drivers = new LinkedHashSet<>();

  Charts(List<Measured> rows) {
    this.rows = rows;
    for (Measured row : rows) {
      String cell = cell(row);
      if (!cells.contains(cell)) {
        cells.add(cell);
      }
      drivers.add(row.driver());
    }
  }

  void write(Path png) throws IOException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    List<CategoryChart> charts = List.of(
        chart("Calls per second (higher is better)", "calls/s", s -> s.callsPerSecond()),
        chart("Median latency (lower is better)", "p50 µs", Sample::p50Micros),
        chart("Allocated per call (lower is better)", "KB", s -> s.bytesPerCall() / 1024.0));
    String name = png.toString();
    BitmapEncoder.saveBitmap(charts, charts.size(), 1, name.substring(0, name.length() - ".png".length()),
        BitmapEncoder.BitmapFormat.PNG);
  }

  private CategoryChart chart(String title, String axis, ToDoubleFunction<Sample> value) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("call × threads").yAxisTitle(axis).build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    chart.getStyler().setOverlapped(false);
    for (String driver : drivers) {
      List<Double> values = new ArrayList<>();
      for (String cell : cells) {
        values.add(rows.stream().filter(r -> r.driver().equals(driver) && cell(r).equals(cell)).findFirst()
            .map(r -> value.applyAsDouble(r.sample())).orElse(0.0));
      }
      chart.addSeries(driver, cells, values);
    }
    return chart;
  }

  private static String cell(Measured row) {
    return row.workload().shortLabel() + " ×" + row.threads();
  }
}
