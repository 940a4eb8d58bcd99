import { createContext, useContext } from 'react';
import type { Label } from '../../shared/domain';
import type { PasserelleError } from '../../shared/errors';

/// The workspace's label set as the UI uses it, in order, with a way to reload it after a change.
export interface WorkspaceLabels {
  readonly labels: readonly Label[];
  /// Why the labels could not be loaded, if they could not.
  readonly error: PasserelleError | null;
  readonly reload: () => Promise<void>;
}

/// The workspace labels of the surrounding app.
export const WorkspaceLabelsContext = createContext<WorkspaceLabels>({
  labels: [],
  error: null,
  reload: () => Promise.resolve(),
});

/// The workspace's labels, in order.
export function useWorkspaceLabels(): WorkspaceLabels {
  return useContext(WorkspaceLabelsContext);
}
