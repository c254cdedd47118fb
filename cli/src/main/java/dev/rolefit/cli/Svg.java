package dev.rolefit.cli;

import java.util.List;
import java.util.Locale;

/**
 * The few inline SVG drawings of the HTML report, written as text: numbers in {@link Locale#ROOT},
 * colours left to the page's CSS classes, so the same data always gives the same bytes and the
 * drawings print and work offline.
 */
final class Svg {
    private Svg() {
    }

    /**
     * A horizontal bar filled to {@code fraction} (clamped to 0–1) of its track. Decorative: the page
     * writes the number beside it, so it is hidden from screen readers.
     *
     * @param fillClass the CSS class of the filled part
     */
    static String bar(double fraction, String fillClass, int width, int height) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        return "<svg class=\"bar\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 100 " + height
                + "\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect class=\"track\" width=\"100\" height=\"" + height + "\"/>"
                + "<rect class=\"" + MatchHtml.escape(fillClass) + "\" width=\"" + number(f * 100) + "\" height=\""
                + height + "\"/></svg>";
    }

    /**
     * A column chart: one column per bin with its count written above it and its label below.
     * Exposed to assistive technology as one image whose description lists every bin.
     *
     * @param id     unique in the page, for the title and description ids
     * @param title  what the chart shows, in words
     * @param labels one label per bin
     * @param counts one count per bin
     */
    static String columns(String id, String title, List<String> labels, List<Integer> counts) {
        if (labels.size() != counts.size() || labels.isEmpty()) {
            throw new IllegalArgumentException("a chart needs one count per label; got " + labels.size()
                    + " labels and " + counts.size() + " counts");
        }
        int width = 640;
        int plotTop = 22;
        int plotHeight = 150;
        int baseline = plotTop + plotHeight;
        int height = baseline + 26;
        double slot = (double) width / labels.size();
        double columnWidth = slot * 0.72;
        int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(0));

        StringBuilder desc = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            desc.append(i == 0 ? "" : "; ").append(labels.get(i)).append(": ").append(counts.get(i));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(MatchHtml.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(MatchHtml.escape(desc.toString())).append("</desc>");
        for (int i = 0; i < labels.size(); i++) {
            int count = counts.get(i);
            double h = count == 0 ? 0 : Math.max(2, (double) count / max * plotHeight);
            double x = i * slot + (slot - columnWidth) / 2;
            double centre = i * slot + slot / 2;
            svg.append("<g>");
            if (count > 0) {
                svg.append("<rect class=\"column\" x=\"").append(number(x)).append("\" y=\"").append(number(baseline - h))
                        .append("\" width=\"").append(number(columnWidth)).append("\" height=\"").append(number(h))
                        .append("\"/>");
            }
            svg.append("<text class=\"count\" x=\"").append(number(centre)).append("\" y=\"")
                    .append(number(baseline - h - 5)).append("\" text-anchor=\"middle\">").append(count).append("</text>")
                    .append("<text class=\"label\" x=\"").append(number(centre)).append("\" y=\"").append(baseline + 18)
                    .append("\" text-anchor=\"middle\">").append(MatchHtml.escape(labels.get(i))).append("</text>")
                    .append("</g>");
        }
        svg.append("<line class=\"axis\" x1=\"0\" y1=\"").append(baseline).append("\" x2=\"").append(width)
                .append("\" y2=\"").append(baseline).append("\"/></svg>");
        return svg.toString();
    }

    /** At most two decimals, no trailing zeros, never an exponent or a locale's comma. */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
