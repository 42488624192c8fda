package org.guaranteelab.base.ui;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.modulith.NamedInterface;

/** A QR code of a link, drawn as SVG on the server so a projector can show it to a room. */
@NamedInterface("widgets")
public final class QrCodeImage {

    private static final int BORDER = 4;

    private QrCodeImage() {
    }

    public static Image of(String url, String alternativeText) {
        var image = new Image(dataUri(url), alternativeText);
        image.addClassName("qr-code");
        return image;
    }

    /** The same QR code as a {@code data:} address, for pages the server writes without Vaadin (printables). */
    public static String dataUri(String url) {
        var code = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        var size = code.size + BORDER * 2;
        var path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
