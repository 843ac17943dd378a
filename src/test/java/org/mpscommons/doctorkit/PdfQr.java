package org.mpscommons.doctorkit;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR code of a PDF's figure as a phone would: renders the page and decodes the code inside the figure's
 * bounding box (which the PDF's structure tree gives, quiet zone included). A whole-page scan misses some valid codes
 * among text; a crop to the code is what a phone's camera sees.
 */
public final class PdfQr {

    /** 4 pixels a point: the letter's and the handout's modules (2.5 and 2 pt) come out as whole pixels. */
    private static final float DPI = 288;

    private PdfQr() {}

    /** The text of each page's QR figure, in page order. */
    public static List<String> decode(PDDocument document) throws IOException {
        List<PDRectangle> boxes = new ArrayList<>();
        figures(document.getDocumentCatalog().getStructureTreeRoot(), boxes);
        List<String> texts = new ArrayList<>();
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
            float height = document.getPage(page).getMediaBox().getHeight();
            for (PDRectangle box : boxes) {
                decode(crop(image, box, height)).ifPresent(texts::add);
            }
        }
        return texts;
    }

    private static Optional<String> decode(BufferedImage image) {
        try {
            return Optional.of(new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            Map.of(
                                    DecodeHintType.PURE_BARCODE,
                                    true,
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.QR_CODE)))
                    .getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return Optional.empty();
        }
    }

    /** PDF boxes count from the page's lower left in points; images from the upper left in pixels. */
    private static BufferedImage crop(BufferedImage image, PDRectangle box, float pageHeight) {
        float scale = DPI / 72;
        int x = Math.round(box.getLowerLeftX() * scale);
        int y = Math.round((pageHeight - box.getUpperRightY()) * scale);
        int width = Math.min(Math.round(box.getWidth() * scale), image.getWidth() - x);
        int height = Math.min(Math.round(box.getHeight() * scale), image.getHeight() - y);
        return image.getSubimage(x, y, width, height);
    }

    private static void figures(PDStructureNode node, List<PDRectangle> boxes) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    Revisions<PDAttributeObject> attributes = element.getAttributes();
                    for (int i = 0; i < attributes.size(); i++) {
                        if (attributes.getObject(i) instanceof PDLayoutAttributeObject layout) {
                            boxes.add(layout.getBBox());
                        }
                    }
                }
                figures(element, boxes);
            }
        }
    }
}
