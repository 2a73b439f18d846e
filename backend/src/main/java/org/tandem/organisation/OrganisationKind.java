package org.tandem.organisation;

public enum OrganisationKind { NHS_BODY, COUNCIL, VCSE, HEALTHWATCH, GP_PRACTICE, OTHER }
