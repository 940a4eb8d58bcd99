import { isHistoryMessageKey, type HistoryMessage } from '../../../shared/historyMessages';

/// The message of a stored step from its `message_key` and `message_params` columns. A key this
/// version does not know (written by a newer one) reads as a legacy step naming the key.
export function storedHistoryMessage(key: string, params: string): HistoryMessage {
  if (!isHistoryMessageKey(key)) return { key: 'history.step.legacy', params: { text: key } };
  // The params were written by recordAction for this key, from the typed HistoryMessage.
  const message: unknown = { key, params: JSON.parse(params) };
  return message as HistoryMessage;
}
