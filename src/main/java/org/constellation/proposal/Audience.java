package org.constellation.proposal;

/** Audiences a proposal addresses. */
public enum Audience {
    GENERAL_PUBLIC,
    FAMILIES,
    CHILDREN,
    TEENAGERS,
    STUDENTS,
    SCHOOL_CLASSES,
    ADULTS,
    SENIORS
}
