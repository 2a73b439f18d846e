export interface OrganisationListParams {
  q?: string;
  page?: number;
}

/** Query keys of the organisations feature. */
export const organisationKeys = {
  all: ['organisations'] as const,
  /** The whole directory, every page of it (for naming organisations elsewhere). */
  directory: () => [...organisationKeys.all, 'directory'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (params: OrganisationListParams) => [...organisationKeys.lists(), params] as const,
  detail: (id: string) => [...organisationKeys.all, 'detail', id] as const,
};
