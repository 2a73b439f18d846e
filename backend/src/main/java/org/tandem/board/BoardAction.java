package org.tandem.board;

/**
 * What the caller may do to a board now, so that a client offers only those. DELETE is refused still when
 * partnerships report to it or it has meetings (archive it instead).
 */
public enum BoardAction { EDIT, ARCHIVE, RESTORE, DELETE }
