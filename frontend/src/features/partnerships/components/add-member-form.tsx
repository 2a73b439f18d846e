import { useState, type FormEvent } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { Select, TextInput } from '@/components/form-fields';
import { NO_PERSON, PersonChooser, type PersonChoice } from '@/components/person-chooser';
import { useAddMember, type MemberRole } from '../api/partnerships';
import { MEMBER_ROLES } from './member-list';

interface AddMemberFormProps {
  partnershipId: string;
  /** Turns the choice into a person id, creating a directory record for someone new. */
  resolvePerson: (choice: PersonChoice) => Promise<string>;
}

export function AddMemberForm({ partnershipId, resolvePerson }: AddMemberFormProps) {
  const add = useAddMember(partnershipId);
  const [person, setPerson] = useState<PersonChoice>(NO_PERSON);
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const [title, setTitle] = useState('');
  const [resolveError, setResolveError] = useState<unknown>(undefined);
  const [added, setAdded] = useState<string | undefined>(undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResolveError(undefined);
    setAdded(undefined);
    let personId: string;
    try {
      personId = await resolvePerson(person);
    } catch (error) {
      setResolveError(error);
      return;
    }
    add.mutate(
      { personId, role, title: title.trim() || undefined },
      {
        onSuccess: (member) => {
          setAdded(member.displayName ?? undefined);
          setPerson(NO_PERSON);
          setTitle('');
          setRole('MEMBER');
        },
      },
    );
  };

  const error = resolveError ?? add.error;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary
        error={error}
        fields={{
          personId: 'member-person',
          displayName: 'member-person-new-name',
          role: 'member-role',
          title: 'member-title',
        }}
      />
      {added && (
        <p className="nhsuk-body tandem-success" role="status">
          {added} was added.
        </p>
      )}
      <PersonChooser
        id="member-person"
        label="Person"
        value={person}
        onChange={setPerson}
        error={fieldError(error, 'personId') ?? fieldError(error, 'displayName')}
      />
      <Select
        id="member-role"
        label="Role"
        value={role}
        onChange={(v) => setRole(MEMBER_ROLES.find((r) => r.value === v)?.value ?? 'MEMBER')}
        options={MEMBER_ROLES}
      />
      <TextInput
        id="member-title"
        label="Title (optional)"
        hint="As the partnership records it, for example Head of Services for SEL Mind"
        value={title}
        onChange={setTitle}
        error={fieldError(error, 'title')}
        maxLength={200}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add member'}
      </button>
    </form>
  );
}
