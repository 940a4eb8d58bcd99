import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { CoreContext } from '../../electron/core/coreContext';
import { dispatchEnvelope } from '../../electron/core/dispatch';
import { openStore } from '../../electron/core/store/openStore';
import { bareRoutes } from './bareRoutes';

/// The bench's own small server, beside web mode and never part of it: it serves the built bare
/// pages, answers the article's JSON from the same workspace through the same core call as
/// `articles.get` (and its segments as `segments.list`), and inserts one row per POST into a SQLite file opened like a workspace (WAL,
/// `synchronous=FULL`).
export interface BareServer {
  readonly origin: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request
      .on('data', (chunk: Buffer) => chunks.push(chunk))
      .once('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      })
      .once('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/// Starts the bench server on 127.0.0.1: `pagesDir` holds the built bare pages, `ctx` is the
/// workspace web mode serves, `rowsFile` the SQLite file the bare save writes to.
export async function startBareServer(
  pagesDir: string,
  ctx: CoreContext,
  rowsFile: string,
): Promise<BareServer> {
  const rows = openStore(rowsFile);
  rows.exec(
    'CREATE TABLE IF NOT EXISTS bench_rows (id INTEGER PRIMARY KEY, article_id INTEGER, start INTEGER, end INTEGER, created_at TEXT)',
  );
  const insert = rows.prepare(
    'INSERT INTO bench_rows (article_id, start, end, created_at) VALUES (?, ?, ?, ?)',
  );

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method === 'POST' && path === bareRoutes.article) {
      const input = await readJson(request);
      const envelope = await dispatchEnvelope(ctx, 'articles.get', input);
      sendJson(response, envelope.ok ? 200 : 404, envelope.ok ? envelope.result : { error: envelope.error });
      return;
    }
    if (request.method === 'POST' && path === bareRoutes.segments) {
      const envelope = await dispatchEnvelope(ctx, 'segments.list', await readJson(request));
      sendJson(response, envelope.ok ? 200 : 404, envelope.ok ? envelope.result : { error: envelope.error });
      return;
    }
    if (request.method === 'POST' && path === bareRoutes.row) {
      const input = (await readJson(request)) as { articleId: number; start: number; end: number };
      const result = insert.run(input.articleId, input.start, input.end, new Date().toISOString());
      sendJson(response, 200, { id: Number(result.lastInsertRowid) });
      return;
    }
    const file = normalize(join(pagesDir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(pagesDir)) return void response.writeHead(403).end();
    response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', 'no-cache');
    createReadStream(file)
      .on('error', () => response.writeHead(404).end())
      .pipe(response);
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: String(error) });
      else response.destroy();
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.close(() => {
          rows.close();
          closed();
        });
        server.closeAllConnections();
      }),
  };
}
