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

/**
 * Starts a claim (a draft) for a meeting. It starts with the involvement payment the partnership's policy pays for
 * the meeting, unless the person says they do not want it; expenses and receipts are added on the claim's page.
 */
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
          // No lines: the server starts the claim with the policy's involvement payment, unless it is declined.
          { meetingId, declineInvolvementPayment: decline, notes: notes.trim() || undefined },
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
      <p id="involvement-payment-note">
        Your claim starts with the involvement payment for your time, at the rate the partnership pays for this meeting.
      </p>
      <Checkbox
        id="claim-decline-involvement"
        label="I do not want the involvement payment"
        hint="Some people do not take it, for example to protect their benefits. You can still claim your expenses."
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
