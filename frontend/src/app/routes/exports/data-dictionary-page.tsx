import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, PageError, useDocumentTitle } from '@/components/page';
import { saveDataPackage, useDataPackage } from '@/features/exports/api/exports';
import { DataDictionary } from '@/features/exports/components/data-dictionary';

/** The data dictionary (/exports/dictionary): datapackage.json, readable, a section per dataset. */
export function DataDictionaryPage() {
  useDocumentTitle('Data dictionary');
  const query = useDataPackage();
  const { hash } = useLocation();
  const loaded = query.isSuccess;
  // A link to one dataset (/exports/dictionary#dataset-feedback) lands on its section once it is drawn.
  // After the layout's own effect, which puts focus on the page's main content on arrival.
  useEffect(() => {
    if (!loaded || !hash) return;
    const timer = window.setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      target?.scrollIntoView();
      target?.focus({ preventScroll: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [loaded, hash]);
  if (query.isPending) return <Loading what="Loading the data dictionary" />;
  if (query.isError) return <PageError error={query.error} />;
  const { dataPackage, raw } = query.data;
  return (
    <>
      <BackLink to="/exports">Back to exports</BackLink>
      <h1>Data dictionary</h1>
      {dataPackage.title && <p className="nhsuk-lede-text">{dataPackage.title}</p>}
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => saveDataPackage(raw)}>
          Download datapackage.json
        </button>
      </div>
      <DataDictionary dataPackage={dataPackage} />
    </>
  );
}
