import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { MeetingChooser } from '@/components/choosers';
import { Checkbox, Textarea } from '@/components/form-fields';
import { addDays, londonToday } from '@/lib/dates';
import { useCreateClaim, type Claim } from '../api/claims';

interface ClaimStartFormProps {
  onCreated: (claim: Claim) => void;
}

const FIELDS = { meetingId: 'claim-meeting', notes: 'claim-notes' };

/** Starts a claim (a draft) for a meeting; its lines and receipts are added on the claim's page. */
export function ClaimStartForm({ onCreated }: ClaimStartFormProps) {
  const create = useCreateClaim();
  const [meetingId, setMeetingId] = useState('');
  const [decline, setDecline] = useState(false);
  const [notes, setNotes] = useState('');
  const today = londonToday();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { meetingId, declineInvolvementPayment: decline, notes: notes.trim() || undefined, lines: [] },
          { onSuccess: onCreated },
        );
      }}
    >
      <ErrorSummary error={create.error} fields={FIELDS} />
      <MeetingChooser
        id={FIELDS.meetingId}
        label="Which meeting are you claiming for?"
        hint="A meeting of the last year: type part of its title, or use the down arrow to see the latest"
        filter={{ from: addDays(today, -365), to: today, claimable: true }}
        value={meetingId}
        onChange={setMeetingId}
        error={fieldError(create.error, 'meetingId')}
      />
      <Checkbox
        label="I do not want an involvement payment for my time"
        hint="Some people decline payment to protect their benefits. You can still claim your expenses."
        checked={decline}
        onChange={setDecline}
      />
      <Textarea
        id={FIELDS.notes}
        label="Notes for the finance team (optional)"
        value={notes}
        onChange={setNotes}
        error={fieldError(create.error, 'notes')}
        rows={3}
      />
      <button type="submit" className="nhsuk-button" disabled={create.isPending}>
        {create.isPending ? 'Starting…' : 'Continue'}
      </button>
    </form>
  );
}
