import { useState } from 'react';
import { downloadCalendar } from '../api/meetings';

type CalendarButtonProps = ({ meetingId: string } | { partnershipId: string }) & { filename: string; label?: string };

/** "Add to calendar": downloads the .ics with the person's token, for their calendar app. */
export function CalendarButton({ filename, label = 'Add to calendar', ...target }: CalendarButtonProps) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      await downloadCalendar(target, filename.replace(/[^\w .-]+/g, '').trim() || 'meeting.ics');
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => void download()}
        disabled={state === 'busy'}
      >
        {label}
      </button>
      {state === 'failed' && (
        <p className="nhsuk-error-message" role="alert">
          The calendar file could not be downloaded. Try again.
        </p>
      )}
    </>
  );
}
