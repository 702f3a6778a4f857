package id.sofifi.asn.platform.application;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A horizontal bar chart drawn with PDF vector operations (no chart library, no image): one labelled bar per value
 * on a scale from 0 to {@code max}, the value written after the bar. Answered as an image that flows with the text.
 */
public final class PdfBarChart {
    public static final Color BAR = new Color(0x25, 0x63, 0xEB);
    private static final float ROW = 16;
    private static final float LABEL_WIDTH = 170;
    private static final float FONT_SIZE = 8;

    private PdfBarChart() {
    }

    /** The chart of {@code values} (null: no bar, written "–") against their {@code labels}. */
    public static Image of(PdfWriter writer, float width, List<String> labels, List<? extends Number> values,
            double max, Color bar) {
        BaseFont font = font();
        float height = ROW * Math.max(1, labels.size()) + 4;
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        float barSpace = width - LABEL_WIDTH - 40;
        for (int i = 0; i < labels.size(); i++) {
            float y = height - ROW * (i + 1);
            Number value = values.get(i);
            text(chart, font, fit(font, labels.get(i), LABEL_WIDTH - 6), 0, y + 4);
            float length = value == null || max <= 0 ? 0 : (float) (barSpace * value.doubleValue() / max);
            chart.setColorFill(bar);
            chart.rectangle(LABEL_WIDTH, y + 2, Math.max(length, 0.5f), ROW - 5);
            chart.fill();
            text(chart, font, value == null ? "\u2013" : value.toString(), LABEL_WIDTH + length + 4, y + 4);
        }
        chart.setColorStroke(PdfStyle.RULE);
        chart.moveTo(LABEL_WIDTH, 0);
        chart.lineTo(LABEL_WIDTH, height);
        chart.stroke();
        try {
            return Image.getInstance(chart);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(PdfContentByte canvas, BaseFont font, String text, float x, float y) {
        canvas.beginText();
        canvas.setColorFill(PdfStyle.INK);
        canvas.setFontAndSize(font, FONT_SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    /** The label cut with an ellipsis where it would run into the bars. */
    private static String fit(BaseFont font, String label, float width) {
        String shown = label;
        while (shown.length() > 1 && font.getWidthPoint(shown, FONT_SIZE) > width) {
            shown = shown.substring(0, shown.length() - 2) + "\u2026";
        }
        return shown;
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
