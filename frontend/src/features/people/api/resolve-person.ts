import { useCallback } from 'react';
import { ApiError } from '@/lib/api/problem';
import { NEW_PERSON, searchPeople, type PersonChoice } from '@/components/person-chooser';
import { useCreatePerson } from './people';

function invalid(field: string, message: string): ApiError {
  return new ApiError(400, { status: 400, title: 'Request is not valid', errors: [{ field, message }] });
}

/**
 * Turns a PersonChooser choice into a person id, adding someone new to the directory first,
 * unless a person of a similar name exists and the user has not said this is someone else.
 */
export function usePersonResolver(field = 'personId') {
  const create = useCreatePerson();
  const { mutateAsync } = create;
  return useCallback(
    async (choice: PersonChoice): Promise<string> => {
      if (choice.personId === NEW_PERSON) {
        const displayName = choice.newName.trim();
        if (!displayName) throw invalid('displayName', 'must not be blank');
        if (!choice.newIsSomeoneElse && (await searchPeople(displayName, undefined, 1)).total > 0) {
          throw invalid(
            'displayName',
            'A person with a similar name already exists: choose them, or say this is someone else',
          );
        }
        const person = await mutateAsync({ displayName, affiliation: choice.newAffiliation.trim() || undefined });
        if (!person.id) throw invalid(field, 'could not be added');
        return person.id;
      }
      if (!choice.personId) throw invalid(field, 'must be chosen');
      return choice.personId;
    },
    [mutateAsync, field],
  );
}
