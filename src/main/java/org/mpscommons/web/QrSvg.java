package org.mpscommons.web;

import io.nayuki.qrcodegen.QrCode;
import org.springframework.modulith.NamedInterface;

/** A QR code drawn on the server as inline SVG: no script, no image request, no third party. */
@NamedInterface("api")
public final class QrSvg {

    /** The white margin the QR specification asks for, in modules. */
    private static final int QUIET_ZONE = 4;

    public static String render(String text, String title) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + QUIET_ZONE * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" role=\"img\" aria-label=\"" + escape(title) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private QrSvg() {}
}
