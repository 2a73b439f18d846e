import { useCallback } from 'react';
import { ApiError } from '@/lib/api/problem';
import { NEW_PERSON, type PersonChoice } from '@/components/person-chooser';
import { useCreatePerson } from './people';

function invalid(field: string, message: string): ApiError {
  return new ApiError(400, { status: 400, title: 'Request is not valid', errors: [{ field, message }] });
}

/** Turns a PersonChooser choice into a person id, adding someone new to the directory first. */
export function usePersonResolver(field = 'personId') {
  const create = useCreatePerson();
  const { mutateAsync } = create;
  return useCallback(
    async (choice: PersonChoice): Promise<string> => {
      if (choice.personId === NEW_PERSON) {
        if (!choice.newName.trim()) throw invalid('displayName', 'must not be blank');
        const person = await mutateAsync({
          displayName: choice.newName.trim(),
          affiliation: choice.newAffiliation.trim() || undefined,
        });
        if (!person.id) throw invalid(field, 'could not be added');
        return person.id;
      }
      if (!choice.personId) throw invalid(field, 'must be chosen');
      return choice.personId;
    },
    [mutateAsync, field],
  );
}
