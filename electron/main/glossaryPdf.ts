import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toErrorBody } from '../../shared/errors';
import { clientError } from '../core/clientError';
import { dispatch } from '../core/dispatch';
import { failureReason, showSave, type MenuActionContext } from './menuActions';

/// The PDF's file name offered in the save dialog.
export const glossaryPdfFileName = 'glossary.pdf';

/// How the printable page is laid out on paper: A4 (the page's own `@page` rule sets its
/// margins), with its background colours, as Chromium would print it.
export const glossaryPdfOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
} as const;

/// Renders a self-contained HTML page to PDF in a hidden window that runs no script and has no
/// preload, so the page (escaped text under its own CSP) is only laid out and printed.
export async function printHtmlToPdf(html: string): Promise<Buffer> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    },
  });
  try {
    await window.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`,
    );
    return await window.webContents.printToPDF(glossaryPdfOptions);
  } finally {
    window.destroy();
  }
}

/// File → Export Glossary as PDF…: asks where to save, then prints the printable glossary (the
/// HTML export: English and French terms, type, decision and note, grouped by type) to an A4 PDF.
export async function exportGlossaryPdfWithDialog(
  { ctx, t, window, documentsDirectory }: MenuActionContext,
  print: (html: string) => Promise<Buffer> = printHtmlToPdf,
): Promise<void> {
  const target = await showSave(window, {
    title: t('dialog.exportTitle'),
    buttonLabel: t('dialog.exportButton'),
    defaultPath: join(documentsDirectory, glossaryPdfFileName),
    filters: [{ name: t('dialog.pdfFiles'), extensions: ['pdf'] }],
  });
  if (target.canceled || !target.filePath) return;
  try {
    const page = await dispatch(ctx, 'glossary.export', { format: 'html' });
    await writeFile(target.filePath, await print(page.content));
  } catch (error) {
    dialog.showErrorBox(t('dialog.exportErrorTitle'), failureReason(t, toErrorBody(clientError(error))));
  }
}
