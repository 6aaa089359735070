package org.constellation.proposal;

/** How schools take part; the organiser puts teachers and science-culture actors in contact. */
public enum SchoolInvolvement {
    NONE,
    TEACHER_SEEKS_PARTNER,
    SEEKS_CLASS,
    WITH_CLASS
}
