import { useCallback, useRef, useState } from 'react';
import {
  prepareExport,
  type ExportError,
  type ExportKind,
  type ExportPorts,
  type ExportRequest,
  type ExportStep,
} from '../../../app/exports/prepare-exports';
import type { Locale } from '../../../core/shared/locale';
import type { DomainError } from '../../../core/shared/result';
import { downloadFile } from './download-file';

/** Where the one export the page runs at a time stands. */
export type ExportRun =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly kind: ExportKind;
      readonly step: ExportStep;
      readonly fraction: number;
    }
  | { readonly status: 'done'; readonly kind: ExportKind; readonly fileName: string }
  | {
      readonly status: 'failed';
      readonly request: ExportRequest;
      /** A business failure, or `EXPORT.FAULT` when building the file threw. */
      readonly error: ExportError | DomainError<'EXPORT.FAULT'>;
    };

export type ExportRunner = {
  readonly run: ExportRun;
  readonly start: (request: ExportRequest) => void;
};

export type ExportRunnerInput = {
  readonly ports: ExportPorts | null;
  readonly entityId: string | null;
  readonly locale: Locale;
  readonly now: () => Date;
  /** Saves the file; the browser download by default. */
  readonly save?: typeof downloadFile;
};

/**
 * Runs one export at a time in the reader's language and downloads the file. Progress comes from
 * the use-case's steps; a failure keeps the request so the page can offer to try it again.
 */
export function useExportRunner(input: ExportRunnerInput): ExportRunner {
  const { ports, entityId, locale, now } = input;
  const save = input.save ?? downloadFile;
  const [run, setRun] = useState<ExportRun>({ status: 'idle' });
  const busy = useRef(false);

  const start = useCallback(
    (request: ExportRequest): void => {
      if (ports === null || entityId === null || busy.current) return;
      busy.current = true;
      setRun({ status: 'running', kind: request.kind, step: 'gathering', fraction: 0 });
      void prepareExport(ports, request, { entityId, locale, now: now() }, (progress) => {
        setRun({ status: 'running', kind: request.kind, ...progress });
      })
        .then(
          (result): ExportRun => {
            if (!result.ok) return { status: 'failed', request, error: result.error };
            save(result.value);
            return { status: 'done', kind: request.kind, fileName: result.value.fileName };
          },
          (fault: unknown): ExportRun => {
            // A fault (a builder bug, a chunk that failed to download) still ends the progress
            // bar with a message and a retry; the details go to the console for support.
            console.error(fault);
            return { status: 'failed', request, error: { code: 'EXPORT.FAULT' } };
          },
        )
        .then((next) => {
          busy.current = false;
          setRun(next);
        });
    },
    [ports, entityId, locale, now, save],
  );

  return { run, start };
}
