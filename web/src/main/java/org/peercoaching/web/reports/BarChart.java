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

    /** The plot's own coordinates; it is stretched to the width of the page and to the height in app.css. */
    private static final int WIDTH = 700;
    private static final int HEIGHT = 200;

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

    /**
     * The chart's markup: the bars and gridlines as inline SVG, the axis labels as HTML beside and under it (text
     * inside an SVG is text whose background axe-core cannot decide, so its colour contrast would always "need
     * review"). Every text in it is escaped; positions come from CSS classes only (the pages' CSP allows no
     * inline styles): the SVG fills the plot and the labels sit on its gridlines and under its bar groups.
     */
    public String svg() {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        double groupWidth = categories.isEmpty() ? WIDTH : (double) WIDTH / categories.size();
        double barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(1, series.size()));
        StringBuilder out = new StringBuilder("<div class=\"plot\">");
        out.append("<ol class=\"plot__y\" aria-hidden=\"true\">");
        for (int i = 4; i >= 0; i--) {
            out.append("<li>").append(number(top * i / 4)).append("</li>");
        }
        out.append("</ol><div class=\"plot__area\">");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").append(escape(title))
                .append(" (chart; the same numbers are in the table below)\">");
        for (int i = 0; i <= 4; i++) {
            double y = HEIGHT - HEIGHT * i / 4.0;
            svg(out, "<line x1=\"0\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#768692\" stroke-width=\"1\""
                    + " vector-effect=\"non-scaling-stroke\"/>", WIDTH, y, y);
        }
        for (int c = 0; c < categories.size(); c++) {
            double groupX = groupWidth * c + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                Double value = c < series.get(s).values().size() ? series.get(s).values().get(c) : null;
                double v = value == null ? 0 : value;
                double h = top == 0 ? 0 : HEIGHT * v / top;
                svg(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %s</title></rect>",
                        groupX + barWidth * s, HEIGHT - h, barWidth - 1, h, series.get(s).colour(),
                        escape(series.get(s).name()), escape(categories.get(c)), number(v));
            }
        }
        out.append("</svg><ol class=\"plot__x\" aria-hidden=\"true\">");
        for (int c = 0; c < categories.size(); c++) {
            out.append("<li>").append(categories.size() <= 12 || c % 2 == 0 ? escape(categories.get(c)) : "")
                    .append("</li>");
        }
        out.append("</ol></div></div>");
        return out.toString();
    }

    private static void svg(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.UK, format, args));
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
