import { createContext, useContext } from 'react';
import { createSaveTracker, type SaveTracker } from './saveTracker';

/// The app's save tracker; every write to the store goes through its `track`.
export const SaveTrackerContext = createContext<SaveTracker>(createSaveTracker());

/// The save tracker of the surrounding app.
export function useSaveTracker(): SaveTracker {
  return useContext(SaveTrackerContext);
}
