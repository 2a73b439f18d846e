package org.tandem.partnership;

/**
 * What the caller may do to a partnership now, so that a client offers only those. DELETE is offered while it has
 * no hubs; one with meetings or other records is still refused (archive it instead).
 */
public enum PartnershipAction { EDIT, ARCHIVE, RESTORE, DELETE }
