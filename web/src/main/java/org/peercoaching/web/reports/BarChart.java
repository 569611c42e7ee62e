package org.peercoaching.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart drawn as inline SVG on the server: no JavaScript, prints well, and the same numbers are
 * always given as a table beside it for screen readers and for copying.
 */
public final class BarChart {

    /** One coloured series of bars, one value per category. */
    public record Series(String name, String colour, List<Double> values) {}

    private static final int WIDTH = 760;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int BOTTOM = 40;
    private static final int TOP = 12;

    private final String title;
    private final List<String> categories;
    private final List<Series> series;

    public BarChart(String title, List<String> categories, List<Series> series) {
        this.title = title;
        this.categories = categories;
        this.series = series;
    }

    public String title() {
        return title;
    }

    public List<String> categories() {
        return categories;
    }

    public List<Series> series() {
        return series;
    }

    public boolean empty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null || v == 0));
    }

    /** The SVG markup; every text in it is escaped. */
    public String svg() {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - 8;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double groupWidth = categories.isEmpty() ? plotWidth : (double) plotWidth / categories.size();
        double barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(1, series.size()));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append(" (chart; the same numbers are in the table below)\">");
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            svg.append(String.format(Locale.UK, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d8dde0\"/>",
                    LEFT, WIDTH - 8, y, y));
            svg.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 6,
                    y + 4, number(value)));
        }
        for (int c = 0; c < categories.size(); c++) {
            double groupX = LEFT + groupWidth * c + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                Double value = s < series.size() && c < series.get(s).values().size() ? series.get(s).values().get(c)
                        : null;
                double v = value == null ? 0 : value;
                double h = top == 0 ? 0 : plotHeight * v / top;
                svg.append(String.format(Locale.UK,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %s</title></rect>",
                        groupX + barWidth * s, TOP + plotHeight - h, barWidth - 1, h, series.get(s).colour(),
                        escape(series.get(s).name()), escape(categories.get(c)), number(v)));
            }
            if (categories.size() <= 12 || c % 2 == 0) {
                svg.append(String.format(Locale.UK, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        LEFT + groupWidth * c + groupWidth / 2, HEIGHT - BOTTOM + 16, escape(categories.get(c))));
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 4;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                double top = step * magnitude;
                return top < 4 ? 4 : top;
            }
        }
        return 10 * magnitude;
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.UK, "%.1f", v);
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The table beside the chart: a row per category, a column per series. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(c));
            for (Series s : series) {
                Double v = c < s.values().size() ? s.values().get(c) : null;
                row.add(v == null ? "" : number(v));
            }
            rows.add(row);
        }
        return rows;
    }
}
