package org.guaranteelab.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import org.springframework.modulith.NamedInterface;

/**
 * A table that scrolls sideways by itself when the window is too narrow for it (phones), so that
 * the page does not. Keyboard users can only scroll what they can focus, so the region is a tab
 * stop with a name, and the arrow keys then scroll it.
 */
@NamedInterface("widgets")
public class TableScroll extends Div {

    public TableScroll(String name, NativeTable table) {
        super(table);
        addClassName("table-scroll");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", name);
    }
}
