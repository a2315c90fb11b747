import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteChanges {
  /** `host:port` of each site process. */
  upstreams: readonly string[];
  /** Those of them marked `down`: nginx sends them nothing (an operator restarting them). */
  down?: readonly string[];
  /** The port to listen on, on 127.0.0.1. */
  port: number;
  /** Where the access log goes (the shipped path is the machine's /var/log). */
  accessLog: string;
}

/** The `user` directive's account: nginx run as root runs its workers as another user. */
export interface WorkerAccount {
  user: string;
  group: string;
}

/**
 * The shipped site file with only what a test must change: the upstream's server lines (one per
 * process, each with the parameters the first shipped line has, `down` for those taken out),
 * the listen address and the access log's path. Each must be found exactly once, so a changed file fails loudly here
 * instead of being tested as something else.
 */
export function renderSite(shipped: string, changes: SiteChanges): string {
  const upstream = /^upstream lumbung_site \{\n[^}]*\}/m;
  const [block] = matchOnce(shipped, upstream, 'upstream lumbung_site { … }');
  const withServers = shipped.replace(upstream, () => withUpstreams(block, changes));
  const listen = /^( +)listen 80;$/m;
  matchOnce(withServers, listen, 'listen 80;');
  const accessLog = /^( +access_log )\/\S+/m;
  matchOnce(withServers, accessLog, 'access_log /…');
  return withServers
    .replace(listen, (_, indent: string) => `${indent}listen 127.0.0.1:${String(changes.port)};`)
    .replace(accessLog, (_, directive: string) => `${directive}${changes.accessLog}`);
}

/**
 * The main configuration around the site, as Debian's nginx.conf has it where it matters (gzip
 * on for every site, the site included inside `http`), with the pid file, logs and temp folders
 * in `prefix`, in the foreground so the test owns the process.
 */
export function renderMainConf(prefix: string, worker: WorkerAccount | undefined): string {
  const temp = (name: string) => join(prefix, 'temp', name);
  return [
    ...(worker === undefined ? [] : [`user ${worker.user} ${worker.group};`]),
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 1024; }',
    'http {',
    '  gzip on;',
    `  client_body_temp_path ${temp('body')};`,
    `  proxy_temp_path ${temp('proxy')};`,
    `  fastcgi_temp_path ${temp('fastcgi')};`,
    `  uwsgi_temp_path ${temp('uwsgi')};`,
    `  scgi_temp_path ${temp('scgi')};`,
    `  include ${join(prefix, 'lumbung.conf')};`,
    '}',
    '',
  ].join('\n');
}

/** Under root, `nobody` and its group (Debian's `nogroup`); else none (nginx runs as us). */
export function workerAccount(): WorkerAccount | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const nobody = accountLine('/etc/passwd', (fields) => fields[0] === 'nobody');
  const gid = nobody?.[3];
  const group = accountLine('/etc/group', (fields) => fields[2] === gid)?.[0];
  if (group === undefined) throw new Error('no `nobody` user and group to run nginx workers as');
  return { user: 'nobody', group };
}

// --- internal ---

function matchOnce(text: string, pattern: RegExp, what: string): RegExpMatchArray {
  const all = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
  const [first] = all;
  if (first === undefined || all.length !== 1) {
    throw new Error(`deploy/nginx/lumbung.conf: expected one \`${what}\`, found ${all.length}`);
  }
  return first;
}

/** The block's server lines replaced by one per process, each with the first line's parameters. */
function withUpstreams(block: string, changes: SiteChanges): string {
  const serverLine = /^( +)server \S+([^;\n]*);\n/gm;
  const [first] = [...block.matchAll(serverLine)];
  if (first === undefined) throw new Error('deploy/nginx/lumbung.conf: no upstream server line');
  const [, indent = '', parameters = ''] = first;
  const lines = changes.upstreams.map((to) => {
    const down = changes.down?.includes(to) === true ? ' down' : '';
    return `${indent}server ${to}${parameters}${down};\n`;
  });
  return block.replace(serverLine, '').replace(/\}$/, `${lines.join('')}}`);
}

function accountLine(file: string, isIt: (fields: string[]) => boolean): string[] | undefined {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find(isIt);
}
