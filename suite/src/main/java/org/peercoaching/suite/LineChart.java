package org.peercoaching.suite;

import java.util.List;
import java.util.Locale;

/** A plain SVG line chart (weeks along, a count up) for the simulation's report; no library needed. */
final class LineChart {

    record Series(String name, String colour, List<double[]> points) {}

    static final int WIDTH = 760;
    static final int HEIGHT = 360;
    static final int LEFT = 50;
    static final int RIGHT = 20;
    static final int TOP = 40;
    static final int BOTTOM = 70;

    private LineChart() {}

    static String svg(String title, String yLabel, double yMax, List<Series> series) {
        double xMax = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(1);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"Arial, sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"16\" font-weight=\"bold\">%s</text>%n",
                LEFT, escape(title)));
        int yStep = Math.max(1, (int) Math.ceil(yMax / 6));
        for (int y = 0; y <= yMax; y += yStep) {
            double py = TOP + plotH - y / yMax * plotH;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", LEFT, WIDTH - RIGHT, py, py,
                    LEFT - 6, py + 4, y));
        }
        int xStep = Math.max(1, (int) Math.ceil(xMax / 12));
        for (int x = 0; x <= xMax; x += xStep) {
            double px = LEFT + x / xMax * plotW;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", px,
                    TOP + (int) plotH + 16, x));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">week</text>%n",
                LEFT + plotW / 2, TOP + (int) plotH + 32));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\""
                + " text-anchor=\"middle\">%s</text>%n", TOP + plotH / 2, TOP + plotH / 2, escape(yLabel)));
        int legendX = LEFT;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (double[] p : s.points()) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + p[0] / xMax * plotW,
                        TOP + plotH - p[1] / yMax * plotH));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                    s.colour(), points.toString().trim()));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", legendX, HEIGHT - 22, s.colour(), legendX + 16,
                    HEIGHT - 12, escape(s.name())));
            legendX += 20 + 7 * s.name().length();
        }
        return svg.append("</svg>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
