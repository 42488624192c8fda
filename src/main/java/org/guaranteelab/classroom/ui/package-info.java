/** The teacher's and the students' pages of a class; internal to the classroom module. */
@NullMarked
package org.guaranteelab.classroom.ui;

import org.jspecify.annotations.NullMarked;
