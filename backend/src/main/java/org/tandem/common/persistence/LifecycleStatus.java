package org.tandem.common.persistence;

/** Partnerships and boards are archived rather than deleted once they have history. */
public enum LifecycleStatus { ACTIVE, ARCHIVED }
