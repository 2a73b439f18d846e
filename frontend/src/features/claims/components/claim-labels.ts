import type { ClaimCategory, ClaimStatus } from '../api/claims';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  PAID: 'Paid',
  WITHDRAWN: 'Withdrawn',
};

export const CATEGORY_LABELS: Record<ClaimCategory, string> = {
  INVOLVEMENT_PAYMENT: 'Involvement payment (for your time)',
  PUBLIC_TRANSPORT: 'Public transport',
  MILEAGE: 'Mileage (your own car)',
  TAXI: 'Taxi',
  PARKING: 'Parking',
  SUBSISTENCE: 'Food and drink',
  CARER_COVER: 'Carer or childcare cover',
  OTHER: 'Other expense',
};

export const DURATION_LABELS = { HALF_DAY: 'Half a day', FULL_DAY: 'A full day', HOURS: 'By the hour' } as const;
