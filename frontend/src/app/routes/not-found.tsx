import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/page';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
