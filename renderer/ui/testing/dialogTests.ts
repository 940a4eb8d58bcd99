import { beforeAll } from 'vitest';
import { initI18n } from '../../app/i18n';

/// Prepares a jsdom test file that renders dialogs: React's act() environment, the UI in English,
/// and modal dialogs that open and close (jsdom has none: showing one is opening it).
export function setUpDialogTests(): void {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  beforeAll(async () => {
    const i18n = await initI18n();
    await i18n.changeLanguage('en');
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.open = false;
    };
  });
}
