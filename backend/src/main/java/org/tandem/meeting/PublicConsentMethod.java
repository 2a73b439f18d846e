package org.tandem.meeting;

import org.tandem.common.Published;

/** How someone gave their consent to be named on the public page. */
@Published
public enum PublicConsentMethod { IN_WRITING, EMAIL, VERBAL, ONLINE_FORM }
