import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  downloadDataset,
  downloadEverything,
  type DatasetName,
  type DownloadProgress,
  type ExportFilters,
} from './exports';
import type { ExportFormat } from './stream';

export type DownloadRequest =
  | { kind: 'dataset'; dataset: DatasetName; format: ExportFormat; filters: ExportFilters }
  | { kind: 'everything'; filters: ExportFilters };

/**
 * One download at a time, with its progress, and a way to cancel it. A mutation, not a query:
 * every export is recorded in the audit trail, so (as after any write) the cached trail goes stale.
 */
export function useExportDownload() {
  const [progress, setProgress] = useState<DownloadProgress>();
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: (request: DownloadRequest) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setProgress(undefined);
      setCancelled(false);
      const options = { signal: current.signal, onProgress: setProgress };
      return request.kind === 'everything'
        ? downloadEverything(request.filters, options)
        : downloadDataset(request.dataset, request.format, request.filters, options);
    },
  });
  // Leaving the page stops a download still going.
  useEffect(() => () => controller.current?.abort(), []);
  const cancel = useCallback(() => {
    setCancelled(true);
    controller.current?.abort();
  }, []);
  const { mutate } = mutation;
  return {
    start: mutate,
    cancel,
    pending: mutation.isPending,
    progress,
    result: mutation.isSuccess ? mutation.data : undefined,
    cancelled: cancelled && !mutation.isPending,
    // A cancelled download failed on purpose: that is no error to report.
    error: mutation.isError && !cancelled ? mutation.error : undefined,
  };
}
