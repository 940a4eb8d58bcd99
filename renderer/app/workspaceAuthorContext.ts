import { createContext, useContext } from 'react';

/// Who is working in the workspace, as the UI knows it: the name set (null until one is),
/// whether the workspace is known yet and can be written, and how to change the name.
export interface WorkspaceAuthor {
  /// False until `workspace.info` answered.
  readonly known: boolean;
  readonly author: string | null;
  readonly readOnly: boolean;
  /// Stores the name as the workspace's setting at once; rejects with the store's error.
  readonly setAuthor: (name: string) => Promise<void>;
}

/// The surrounding workspace's author.
export const WorkspaceAuthorContext = createContext<WorkspaceAuthor>({
  known: false,
  author: null,
  readOnly: false,
  setAuthor: () => Promise.resolve(),
});

/// The workspace's author and the way to change it.
export function useWorkspaceAuthor(): WorkspaceAuthor {
  return useContext(WorkspaceAuthorContext);
}
