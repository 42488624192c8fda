/**
 * Running a class: join codes, students' submissions, the teacher's live board and its exports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "base", "base :: widgets", "catalog", "catalog :: widgets", "scenario", "scenario :: builder" })
package org.guaranteelab.classroom;
