/** Query keys of the exports feature: the catalogue of datasets and the data dictionary. */
export const exportKeys = {
  all: ['exports'] as const,
  catalogue: () => [...exportKeys.all, 'catalogue'] as const,
  dataPackage: () => [...exportKeys.all, 'datapackage'] as const,
};
