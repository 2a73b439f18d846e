import type { Labels } from '@/lib/labels';
import type { OrganisationKind } from '../api/organisations';

export const ORGANISATION_KIND_LABELS: Labels<OrganisationKind> = {
  NHS_BODY: 'NHS body',
  COUNCIL: 'Council',
  VCSE: 'Voluntary, community or social enterprise (VCSE)',
  HEALTHWATCH: 'Healthwatch',
  GP_PRACTICE: 'GP practice',
  OTHER: 'Other',
};
