/** The application: its entry point and page shell settings; each feature is a module below it. */
@NullMarked
package org.guaranteelab;

import org.jspecify.annotations.NullMarked;
