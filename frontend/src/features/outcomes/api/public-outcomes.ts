import { useQuery } from '@tanstack/react-query';
import { unwrap, type Schemas } from '@/lib/api/client';
import { publicApi } from '@/lib/api/public-client';
import { outcomeKeys } from './keys';

export type PublicOutcomes = Schemas['PublicOutcomes'];
export type PublicOutcome = Schemas['PublicOutcome'];

/** A partnership's published "you said, we did", read without signing in. */
export function usePublicOutcomes(partnershipId: string) {
  return useQuery({
    queryKey: outcomeKeys.public(partnershipId),
    queryFn: ({ signal }) =>
      unwrap(
        publicApi.GET('/api/v1/public/partnerships/{id}/outcomes', { params: { path: { id: partnershipId } }, signal }),
      ),
    enabled: Boolean(partnershipId),
  });
}
