/** The pages for saving and sharing scenarios; internal to the sharing module. */
package org.guaranteelab.sharing.ui;
