import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coreContext, type CoreContext } from '../core/coreContext';
import { dispatch } from '../core/dispatch';
import { openStore, type Store } from '../core/store/openStore';
import { exportGlossaryPdfWithDialog, glossaryPdfOptions, printHtmlToPdf } from './glossaryPdf';
import { createMainI18n } from './mainI18n';
import type { MenuActionContext } from './menuActions';

const electron = vi.hoisted(() => ({
  saveResult: { canceled: false, filePath: '' },
  showSaveDialog: vi.fn(),
  showErrorBox: vi.fn(),
  windows: [] as { options: unknown; loaded: string[]; printed: unknown[]; destroyed: boolean }[],
  printFails: false,
}));

vi.mock('electron', () => ({
  dialog: {
    showSaveDialog: (options: unknown) => {
      electron.showSaveDialog(options);
      return Promise.resolve(electron.saveResult);
    },
    showErrorBox: electron.showErrorBox,
  },
  BrowserWindow: class {
    readonly record = {
      options: {} as unknown,
      loaded: [] as string[],
      printed: [] as unknown[],
      destroyed: false,
    };
    readonly webContents = {
      printToPDF: (options: unknown) => {
        this.record.printed.push(options);
        return electron.printFails
          ? Promise.reject(new Error('printing failed'))
          : Promise.resolve(Buffer.from('%PDF-1.7 fake'));
      },
    };
    constructor(options: unknown) {
      this.record.options = options;
      electron.windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));

describe('the glossary as PDF', () => {
  let folder: string;
  let store: Store;
  let ctx: CoreContext;
  let actions: MenuActionContext;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'passerelle-pdf-'));
    store = openStore(':memory:');
    ctx = coreContext(store);
    actions = {
      ctx,
      t: createMainI18n('fr').t,
      window: undefined,
      documentsDirectory: folder,
      notifyArticlesChanged: () => {},
    };
    electron.windows.length = 0;
    electron.printFails = false;
    vi.clearAllMocks();
  });

  afterEach(() => {
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints the page in a hidden window that runs no script, on A4, and closes it', async () => {
    const pdf = await printHtmlToPdf('<!doctype html><p>Pékin → Beijing</p>');
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, javascript: false, nodeIntegration: false, contextIsolation: true },
    });
    const url = window?.loaded[0] ?? '';
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8')).toContain('Pékin → Beijing');
    expect(window?.printed).toEqual([glossaryPdfOptions]);
    expect(glossaryPdfOptions.pageSize).toBe('A4');
    expect(window?.destroyed).toBe(true);
  });

  it('closes the hidden window when printing fails', async () => {
    electron.printFails = true;
    await expect(printHtmlToPdf('<p>x</p>')).rejects.toThrow('printing failed');
    expect(electron.windows[0]?.destroyed).toBe(true);
  });

  it('saves the printable glossary where the user chose, in the dialog’s language', async () => {
    await dispatch(ctx, 'glossary.create', { frenchTerm: 'Pékin', englishTerm: 'Beijing', label: 'place' });
    const target = join(folder, 'glossaire.pdf');
    electron.saveResult = { canceled: false, filePath: target };
    const printed: string[] = [];
    await exportGlossaryPdfWithDialog(actions, (html) => {
      printed.push(html);
      return Promise.resolve(Buffer.from('%PDF'));
    });
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join(folder, 'glossary.pdf'),
        filters: [{ name: 'Documents PDF (.pdf)', extensions: ['pdf'] }],
      }),
    );
    expect(printed[0]).toContain('Beijing');
    expect(printed[0]).toContain('Pékin');
    expect(readFileSync(target, 'utf8')).toBe('%PDF');
  });

  it('writes nothing when the user cancels, and says why when printing fails', async () => {
    electron.saveResult = { canceled: true, filePath: '' };
    const print = vi.fn(() => Promise.resolve(Buffer.from('%PDF')));
    await exportGlossaryPdfWithDialog(actions, print);
    expect(print).not.toHaveBeenCalled();

    electron.saveResult = { canceled: false, filePath: join(folder, 'g.pdf') };
    await exportGlossaryPdfWithDialog(actions, () => Promise.reject(new Error('printing failed')));
    expect(electron.showErrorBox).toHaveBeenCalledWith(
      'Le glossaire n’a pas pu être exporté',
      expect.any(String),
    );
  });
});
