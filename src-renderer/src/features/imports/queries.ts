/** Import history and each batch's rejected rows and row warnings; invalidated when an import ends (the `imports.progress` event). */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';

export const importKeys = {
  all: ['imports'] as const,
  list: () => [...importKeys.all, 'list'] as const,
  current: () => [...importKeys.all, 'current'] as const,
  rejects: (batchId: number, offset: number, limit: number) => [...importKeys.all, 'rejects', batchId, { offset, limit }] as const,
  warnings: (batchId: number, offset: number, limit: number) => [...importKeys.all, 'warnings', batchId, { offset, limit }] as const,
};

export const importsListQuery = (api: Api) => queryOptions({ queryKey: importKeys.list(), queryFn: () => api['imports.list']() });

export const rejectsQuery = (api: Api, batchId: number, offset: number, limit: number) =>
  queryOptions({ queryKey: importKeys.rejects(batchId, offset, limit), queryFn: () => api['imports.rejects']({ batchId, offset, limit }) });

export const warningsQuery = (api: Api, batchId: number, offset: number, limit: number) =>
  queryOptions({ queryKey: importKeys.warnings(batchId, offset, limit), queryFn: () => api['imports.warnings']({ batchId, offset, limit }) });

/** The import running now (a reloaded window re-attaches to it); read once on arrival, the panel follows its events. */
export const currentImportQuery = (api: Api) =>
  queryOptions({ queryKey: importKeys.current(), queryFn: () => api['imports.current'](), staleTime: Infinity });
