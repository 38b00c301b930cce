import { useCallback } from 'react';
import type { DomainError, Result } from '../../core/shared/result';
import { useServices } from '../providers/ServicesProvider';
import type { TabData } from '../providers/tab-services';
import { useAsyncResult, type AsyncResource } from './useAsyncResult';

/** The entity and its store, once signed in (`services.data()`). */
export function useTabData(): AsyncResource<TabData> {
  const { data } = useServices();
  const load = useCallback((): Promise<Result<TabData, DomainError>> => data(), [data]);
  return useAsyncResult(load);
}
