package org.tandem.organisation;

import org.tandem.common.Published;

@Published
public enum OrganisationKind { NHS_BODY, COUNCIL, VCSE, HEALTHWATCH, GP_PRACTICE, OTHER }
