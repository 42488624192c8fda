package org.guaranteelab.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

/**
 * Keeps user text in the first page from ending the script it is embedded in.
 *
 * <p>With {@code vaadin.eagerServerLoad=true} Vaadin writes the first view's state into the page as
 * {@code <script>…window.Vaadin.TypeScript= {json};</script>}, and Jackson leaves {@code <} in JSON
 * strings as it is. Text a visitor controls, such as an ignored address parameter on the builder or
 * a saved scenario's title and notes, could then contain {@code </script>} and run as markup: the
 * address {@code /?</script><svg onload=…>} did, in Chromium. Writing every {@code <} of the JSON
 * as {@code \u003c} leaves the same values for the browser's JavaScript, and no tag for its HTML
 * parser. Only the JSON is touched: {@code <} occurs in JSON only inside strings, whereas the other
 * inline scripts are code, where {@code <} may be an operator.
 *
 * <p>Vaadin once escaped this itself (https://github.com/vaadin/flow/issues/415, fixed by
 * https://github.com/vaadin/flow/pull/416); 25.2.5 does not for the eagerly loaded first view.
 * Remove this listener when Vaadin escapes it again: the browser test that opens
 * {@code /?</script>…} then still passes without it.
 */
@Component
class InitialUidlEscaping implements VaadinServiceInitListener {

    private static final String INITIAL_UIDL_ASSIGNMENT = "window.Vaadin.TypeScript= ";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(InitialUidlEscaping::escape);
    }

    private static void escape(IndexHtmlResponse response) {
        for (var script : response.getDocument().select("script")) {
            for (var data : script.dataNodes()) {
                var code = data.getWholeData();
                var start = code.indexOf(INITIAL_UIDL_ASSIGNMENT);
                if (start >= 0) {
                    var json = start + INITIAL_UIDL_ASSIGNMENT.length();
                    data.setWholeData(code.substring(0, json) + code.substring(json).replace("<", "\\u003c"));
                }
            }
        }
    }
}
