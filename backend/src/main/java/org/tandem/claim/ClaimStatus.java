package org.tandem.claim;

import org.tandem.common.Published;

/**
 * DRAFT → SUBMITTED → APPROVED or REJECTED; APPROVED → PAID; SUBMITTED → WITHDRAWN. REJECTED, PAID and WITHDRAWN
 * are final: a rejected or withdrawn claim may be made again as a new claim.
 */
@Published
public enum ClaimStatus { DRAFT, SUBMITTED, APPROVED, REJECTED, PAID, WITHDRAWN }
