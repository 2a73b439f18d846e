import { fieldError } from '@/components/error-summary';
import { PartnershipChooser } from '@/components/choosers';
import { Textarea } from '@/components/form-fields';

/** The partnership a policy or budget belongs to: chosen when creating, fixed afterwards. */
export function PartnershipField({
  id,
  value,
  onChange,
  error,
  editing,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: unknown;
  editing: boolean;
}) {
  return (
    <PartnershipChooser
      id={id}
      label="Partnership"
      value={value}
      onChange={onChange}
      error={fieldError(error, 'partnershipId')}
      disabled={editing}
    />
  );
}

/** The optional notes of a policy or budget, and the form's save button. */
export function NotesAndSave({
  id,
  value,
  onChange,
  error,
  busy,
  createLabel,
  editing,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: unknown;
  busy: boolean;
  createLabel: string;
  editing: boolean;
}) {
  return (
    <>
      <Textarea
        id={id}
        label="Notes (optional)"
        value={value}
        onChange={onChange}
        error={fieldError(error, 'notes')}
        rows={3}
      />
      <button type="submit" className="nhsuk-button" disabled={busy}>
        {busy ? 'Saving…' : editing ? 'Save changes' : createLabel}
      </button>
    </>
  );
}
