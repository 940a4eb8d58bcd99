import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveTracker } from './saveTrackerContext';
import { useErrorMessage } from '../ui/useErrorMessage';

/// Says whether the user's changes are stored: "Saving…", "Saved" once the store confirmed,
/// or "Not saved" with the reason. A live region, so screen readers hear it too.
export function SaveStatusIndicator() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const tracker = useSaveTracker();
  const state = useSyncExternalStore(tracker.subscribe, tracker.getState);
  const text =
    state.status === 'saving'
      ? t('save.saving')
      : state.status === 'saved'
        ? t('save.saved')
        : state.status === 'failed'
          ? t('save.failed', { reason: errorMessage(state.error) })
          : '';
  return (
    <p className={`save-status save-status-${state.status}`} role="status">
      {text}
    </p>
  );
}
