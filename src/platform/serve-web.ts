import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Hashed build output: its name changes with its content, so a browser may keep it for a year. */
export const immutableCache = 'public, max-age=31536000, immutable';

/**
 * The built web app (web/dist) and its shell for every client route.
 *
 * The build writes `.br` and `.gz` beside each file (web/vite-plugins.ts); they are sent as they
 * are to a browser that accepts them, so nothing is compressed per request. Files under
 * `assets/` carry a content hash in their name and are cached for a year; everything else
 * (index.html) is revalidated on every load, so a new build is picked up at once.
 *
 * The young person's own page comes with a `Link` header naming its chunks and first data
 * (`pageHints`), so the browser fetches them beside the shell's script instead of after running
 * it (issue 11).
 */
export async function registerWebApp(app: FastifyInstance, root: string) {
  const assets = path.join(root, 'assets') + path.sep;
  const shell = path.join(root, 'index.html');
  const hints = pageHints(readManifest(root), existsSync(shell) ? readFileSync(shell, 'utf8') : '');
  await app.register(fastifyStatic, {
    root,
    // Wildcard routing: files built after start-up (new hashed assets) are served too.
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    // The build's manifest is for the server (pageHints), not for anyone who asks.
    allowedPath: (pathName) => !pathName.startsWith('/.vite/'),
    setHeaders: (res, filePath) => {
      res.setHeader('vary', 'accept-encoding');
      res.setHeader('cache-control', filePath.startsWith(assets) ? immutableCache : 'no-cache');
      // The shell, or the .br/.gz copy of it that is sent.
      if (filePath.replace(/\.(br|gz)$/, '') === shell) {
        // At run time `res` is Node's response, which knows its request (the typing leaves it out).
        const link = hints((res as unknown as ServerResponse).req?.url ?? '');
        if (link) res.setHeader('link', link);
      }
    },
  });
  // The web app routes on the client: any other GET outside /api gets its shell.
  app.setNotFoundHandler((req, reply) => {
    const looksLikeFile = /\.[a-z0-9]+(\?|$)/i.test(req.url);
    if (req.method === 'GET' && !req.url.startsWith('/api') && !looksLikeFile)
      return reply.sendFile('index.html');
    return sendNoRoute(reply);
  });
}

/** A request no route answers, in the API's error shape. */
export function sendNoRoute(reply: FastifyReply) {
  return reply.code(404).send({ error: { code: 'not_found', message: 'no such route', field: null } });
}

/** Vite's build manifest (`build.manifest`): each source module's chunk, the chunks it imports, its CSS. */
export type BuildManifest = Record<
  string,
  {
    file: string;
    imports?: string[];
    css?: string[];
    isEntry?: boolean;
    isDynamicEntry?: boolean;
  }
>;

function readManifest(root: string): BuildManifest {
  const file = path.join(root, '.vite', 'manifest.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
  } catch {
    return {};
  }
}

/**
 * The pages whose shell names what they need next, by address: the page's modules (as
 * web/src/app/router.tsx loads them) and the API read its route loader starts first. The read is
 * the one the page makes anyway, at the same address, so the browser hands the page the preloaded
 * answer (`as=fetch`, CORS mode like the app's `fetch`, same-origin credentials).
 *
 * Only the young person's own page (issue 11, measured with Lighthouse's mobile settings, median
 * of 3): its data is a chain (their course, then its parts) that starts a round trip sooner, LCP
 * 3.2 → 2.85 s. The same hints on the caseload and a course page measured *worse* (LCP +0.15 to
 * +0.25 s): there the page's chunks and data, fetched beside the 137 KB shell script, share the
 * simulated 1.6 Mbit/s with it and delay the script every page waits for. Preloading the fonts
 * (3 × 17 KB) did the same to the caseload and the course page (+0.2 to +0.5 s): left to the stylesheet.
 */
const pages: Array<{ path: RegExp; modules: string[]; data: (match: RegExpExecArray) => string[] }> = [
  { path: /^\/min-side\/?$/, modules: ['src/participants/OwnPage.tsx'], data: () => ['/api/me/courses'] },
];

/**
 * For a client route's address, the `Link` header of its shell (`shellHtml`, index.html): the
 * page's chunks that the shell does not already load, as module preloads, their stylesheets, and
 * its first API read. Undefined for any other address, or without a manifest (development, tests).
 */
export function pageHints(manifest: BuildManifest, shellHtml: string): (url: string) => string | undefined {
  const chunksOf = (keys: string[], into = new Set<string>()) => {
    for (const key of keys) {
      if (into.has(key) || !manifest[key]) continue;
      into.add(key);
      chunksOf(manifest[key].imports ?? [], into);
    }
    return into;
  };
  // What the shell loads itself: the scripts index.html names (the manifest has no entry for it
  // when the entry is merged into the shell chunk) and their imports.
  const named = new Set([...shellHtml.matchAll(/"\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const shell = chunksOf(
    Object.keys(manifest).filter((key) => manifest[key]?.isEntry || named.has(manifest[key]?.file)),
  );
  const links = new Map<RegExp, string[]>();
  for (const page of pages) {
    if (!page.modules.every((m) => manifest[m])) continue;
    const chunks = [...chunksOf(page.modules)].filter((key) => !shell.has(key));
    const scripts = chunks.map((key) => `</${manifest[key]?.file}>; rel=modulepreload`);
    const styles = [...new Set(chunks.flatMap((key) => manifest[key]?.css ?? []))].map(
      (file) => `</${file}>; rel=preload; as=style; crossorigin`,
    );
    links.set(page.path, [...scripts, ...styles]);
  }
  return (url) => {
    const pathname = url.split('?')[0] ?? '';
    for (const page of pages) {
      const match = page.path.exec(pathname);
      const assets = links.get(page.path);
      if (!match || !assets) continue;
      const data = page.data(match).map((p) => `<${p}>; rel=preload; as=fetch; crossorigin`);
      return [...data, ...assets].join(', ');
    }
    return undefined;
  };
}
