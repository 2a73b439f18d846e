import { useNavigate } from 'react-router';
import { FormPage } from '@/components/page';
import { ClaimStartForm } from '@/features/claims/components/claim-start-form';

/** Starts a claim for a partnership meeting of the last year. */
export function ClaimNewPage() {
  const navigate = useNavigate();
  return (
    <FormPage backTo="/claims" title="Make a claim">
      <ClaimStartForm onCreated={(claim) => navigate(`/claims/${claim.id}`)} />
    </FormPage>
  );
}
