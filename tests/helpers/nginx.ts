import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/infra/meilisearch/port.ts';

export interface TestNginx {
  url: string;
  stop(): Promise<void>;
}

/** The shipped site configuration the test proves. */
const SHIPPED = resolve('deploy/nginx/lumbung.conf');

/**
 * Debian's nginx serving `deploy/nginx/lumbung.conf` as shipped, but for its upstream servers
 * (the given `host:port`s), its listen port (a free one) and its access log (in `prefix`),
 * from a prefix of its own. Workers run as the current user, or as nobody under root.
 */
export async function startNginx(prefix: string, upstreams: readonly string[]): Promise<TestNginx> {
  const port = await freePort();
  for (const dir of ['logs', 'temp']) await mkdir(join(prefix, dir), { recursive: true });
  const site = (await readFile(SHIPPED, 'utf8'))
    .replace(/^ {4}server 127\.0\.0\.1:\d+ (.*)$/gm, '')
    .replace(
      'upstream lumbung_site {',
      `upstream lumbung_site {\n${upstreams.map((to) => `    server ${to} max_fails=1 fail_timeout=5s;`).join('\n')}`,
    )
    .replace('listen 80;', `listen 127.0.0.1:${String(port)};`)
    .replace('/var/log/nginx/lumbung.access.log', join(prefix, 'logs/access.log'));
  const temp = join(prefix, 'temp');
  const main = [
    process.getuid?.() === 0 ? 'user nobody nogroup;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'logs/error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    `  client_body_temp_path ${temp}/body; proxy_temp_path ${temp}/proxy;`,
    `  fastcgi_temp_path ${temp}/fastcgi; uwsgi_temp_path ${temp}/uwsgi; scgi_temp_path ${temp}/scgi;`,
    site,
    '}',
  ].join('\n');
  const conf = join(prefix, 'nginx.conf');
  await writeFile(conf, main);
  const child = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', conf], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${String(port)}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) {
          done();
          return;
        }
        child.once('exit', () => {
          done();
        });
        child.kill('SIGQUIT');
      }),
  };
}
