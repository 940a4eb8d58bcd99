import { useEffect, useState } from 'react';
import { api } from '../app/api';

/// The open workspace's name (its file name without extension), or null until it is known.
export function useWorkspaceName(): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api['backups.list']({}).then(
      (listed) => {
        if (current) setName(listed.workspaceName);
      },
      // The header shows no name rather than an error: the workspace itself still works.
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);
  return name;
}
