/** The case editor's pages (/write, /write/{editToken}); internal to the authoring module. */
@NullMarked
package org.guaranteelab.authoring.ui;

import org.jspecify.annotations.NullMarked;
