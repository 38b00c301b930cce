import { useEffect, useState } from 'react';
import type { SealState } from '../../../ports/record-sealer';
import { useServices } from '../../providers/ServicesProvider';

/** What the check of a locked measurement's seal found; `unknown` while it runs or if it failed. */
export type SealCheck = { readonly kind: 'unknown' } | { readonly kind: SealState };

/**
 * Checks once, read only, whether a measurement that was locked when opened is sealed in
 * SharePoint, so a locked measurement whose sealing never completed can be told apart (and
 * sealed again by an owner). A check that fails shows nothing: it only warns in the console.
 */
export function useSealCheck(measurementId: string, lockedOnOpen: boolean): SealCheck {
  const services = useServices();
  const [check, setCheck] = useState<SealCheck>({ kind: 'unknown' });

  useEffect(() => {
    if (!lockedOnOpen) return;
    let current = true;
    void (async (): Promise<SealCheck> => {
      const data = await services.data();
      if (!data.ok) {
        console.warn(`Checking the seal failed (${data.error.code}).`);
        return { kind: 'unknown' };
      }
      const state = await data.value.sealer.sealState(measurementId);
      if (!state.ok) {
        console.warn(`Checking the seal failed (${state.error.code}: ${state.error.reason}).`);
        return { kind: 'unknown' };
      }
      return { kind: state.value };
    })().then(
      (next) => {
        if (current) setCheck(next);
      },
      (fault: unknown) => {
        // A dropped connection (or the tab closing meanwhile): the check is only a hint, so the
        // screen stays as it is and the console says why.
        console.warn('Checking the seal failed.', fault);
      },
    );
    return () => {
      current = false;
    };
  }, [services, measurementId, lockedOnOpen]);

  return check;
}
