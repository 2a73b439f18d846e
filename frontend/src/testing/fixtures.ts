import type { Schemas } from '@/lib/api/client';

/**
 * Complete views as the server sends them, with plain defaults: a test names only the fields it is about.
 * Nested lists and objects are replaced whole by an override, never merged.
 */

export function aMeeting(overrides: Partial<Schemas['Meeting']> = {}): Schemas['Meeting'] {
  return {
    id: 'm1',
    partnershipId: 'p1',
    boardId: null,
    title: 'Partnership meeting',
    date: '2024-07-17',
    startsAt: '2024-07-17T13:45:00+01:00',
    endsAt: null,
    timeConfirmed: true,
    format: 'IN_PERSON',
    venue: null,
    onlineLink: null,
    status: 'PLANNED',
    cancellationReason: null,
    chathamHouse: false,
    summary: null,
    notesPublishedAt: null,
    peopleHidden: false,
    agendaItems: [],
    attendance: [],
    attendanceCounts: {
      attended: 0,
      apologies: 0,
      absent: 0,
      unnamed: { layMembers: 0, serviceUsers: 0, professionals: 0, stakeholders: 0, total: 0 },
      headcount: 0,
    },
    responses: [],
    actions: [],
    documents: [],
    allowedActions: [],
    version: 0,
    createdAt: '2024-06-01T09:00:00Z',
    updatedAt: '2024-06-01T09:00:00Z',
    ...overrides,
  };
}

export function anAgendaItem(overrides: Partial<Schemas['AgendaItem']> = {}): Schemas['AgendaItem'] {
  return {
    id: 'i1',
    position: 1,
    kind: 'ITEM',
    title: 'Item',
    plannedStart: null,
    plannedEnd: null,
    presenter: null,
    notes: null,
    decisions: [],
    version: 0,
    ...overrides,
  };
}

export function anAttendance(overrides: Partial<Schemas['Attendance']> = {}): Schemas['Attendance'] {
  return {
    id: 'a1',
    personId: null,
    name: null,
    roleAsRecorded: null,
    status: 'ATTENDED',
    mode: null,
    publicNaming: null,
    version: 0,
    ...overrides,
  };
}

export function aClaim(overrides: Partial<Schemas['Claim']> = {}): Schemas['Claim'] {
  return {
    id: 'c1',
    reference: 'CLM-1',
    status: 'DRAFT',
    claimantPersonId: 'person-1',
    claimantName: 'Anne Hooper',
    claimantAttendance: null,
    meeting: {
      id: 'm1',
      title: 'Partnership meeting',
      date: '2024-07-17',
      partnershipId: 'p1',
      partnershipName: "Lewisham People's Partnership",
    },
    policyId: 'policy-1',
    declineInvolvementPayment: false,
    notes: null,
    lines: [],
    totals: { involvementPence: 0, expensesPence: 0, totalPence: 0, currency: 'GBP' },
    deadline: '2024-10-15',
    late: false,
    lateReason: null,
    submittedAt: null,
    decidedAt: null,
    decidedByName: null,
    rejectionReason: null,
    budgetOverrideReason: null,
    paidOn: null,
    paymentReference: null,
    createdByName: 'Anne Hooper',
    history: [],
    allowedActions: [],
    version: 0,
    createdAt: '2024-07-17T17:00:00Z',
    updatedAt: '2024-07-17T17:00:00Z',
    ...overrides,
  };
}

export function aTheme(overrides: Partial<Schemas['Theme']> = {}): Schemas['Theme'] {
  return {
    id: 't1',
    organisationId: 'org-1',
    parentId: null,
    kind: 'THEME',
    name: 'Theme',
    description: null,
    status: 'ACTIVE',
    mergedIntoId: null,
    feedbackCount: 0,
    version: 0,
    allowedActions: [],
    ...overrides,
  };
}

export function anAuditEntry(overrides: Partial<Schemas['AuditEntry']> = {}): Schemas['AuditEntry'] {
  return {
    id: 1,
    seq: 1,
    at: '2026-01-05T09:30:00Z',
    actor: { kind: 'USER', name: 'Daniel Okafor' },
    requestId: 'request-1',
    entityType: 'meeting',
    entityId: '11111111-1111-4111-8111-111111111111',
    parentType: null,
    parentId: null,
    action: 'updated',
    summary: '',
    changes: [],
    hash: null,
    prevHash: null,
    ...overrides,
  };
}

/** A change to a field that is not personal data, so its values are shown. */
export function aFieldChange(field: string, before: unknown, after: unknown): Schemas['AuditFieldChange'] {
  return { field, before, after, personal: false, erased: false };
}

export function anOutcome(overrides: Partial<Schemas['Outcome']> = {}): Schemas['Outcome'] {
  return {
    id: 'o1',
    partnershipId: 'p1',
    youSaid: 'You said',
    weDid: null,
    themeIds: [],
    feedbackIds: [],
    decisionId: null,
    decisionMeeting: null,
    responsibleOrganisationId: null,
    responsibleOrganisationName: null,
    responsibleBoardId: null,
    status: 'UNDER_CONSIDERATION',
    statusReason: null,
    dueOn: null,
    completedOn: null,
    published: false,
    publishedAt: null,
    history: [],
    createdAt: '2026-01-05T09:30:00Z',
    version: 0,
    allowedActions: [],
    allowedStatuses: [],
    ...overrides,
  };
}
