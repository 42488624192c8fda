/**
 * Running a class: join codes, students' submissions, the teacher's live board and its exports.
 */
@ApplicationModule(allowedDependencies = { "base", "base :: widgets", "catalog", "catalog :: widgets", "scenario", "scenario :: builder" })
@NullMarked
package org.guaranteelab.classroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
