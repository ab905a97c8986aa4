import { words } from './match.js';
import { NONE, type Finding, type Rule } from './types.js';

const PATH_WORDS = words(
  'path',
  'paths',
  'filepath',
  'filename',
  'filenames',
  'directory',
  'dir',
  'dirpath',
  'folder',
  'file',
  'files',
  'destination',
  'source',
  'cwd',
  'workdir',
);
const REMOTE =
  /\b(?:url|https?|repository|repo|bucket|s3|drive|sharepoint|notion|github|gitlab|remote|object key)\b/;
const LOCAL =
  /\b(?:file ?system|local (?:file|files|disk|directory|path)|on disk|the disk|working directory|allowed directories|absolute path|relative path|directory)\b/;
/** Text every match of LOCAL contains. */
const MAY_LOCAL = /file|local|disk|director|path/;
const PATH_WORD = /\bpath\b|\bfile\b|\bdirectory\b/;

export const filesystemRules: Rule[] = [
  {
    id: 'fs.path-param',
    family: 'filesystem',
    title: 'Takes a filesystem path',
    effect: { flag: 'filesystem' },
    strength: 'weak',
    rationale: 'the parameter "{match}" is a path on a filesystem chosen by the caller',
    phase: 'definition',
    detect: (view) => {
      // every path parameter, not only the first: the policy checks each one ("move_file" has a
      // source and a destination, and either can point at ~/.ssh)
      const found: Finding[] = [];
      for (const p of view.params) {
        if (found.length >= 8) break;
        if (p.depth > 1 || (p.type !== null && p.type !== 'string' && p.type !== 'array')) continue;
        if (!p.nameTokens.some((t) => PATH_WORDS.has(t))) continue;
        const desc = p.description?.lower ?? '';
        if (REMOTE.test(desc)) continue;
        if (
          LOCAL.test(desc) ||
          PATH_WORD.test(desc) ||
          (view.description && LOCAL.test(view.description.lower.slice(0, 1000)))
        )
          found.push({ path: p.path, match: p.name });
      }
      return found.length > 0 ? found : NONE;
    },
  },
  {
    id: 'fs.description',
    family: 'filesystem',
    title: 'Works on local files',
    effect: { flag: 'filesystem' },
    strength: 'weak',
    rationale: 'the definition says it works on "{match}"',
    phase: 'definition',
    detect: (view) => {
      const d = view.description;
      if (!d) return NONE;
      const head = d.lower.slice(0, 1500);
      const m = MAY_LOCAL.test(head) ? LOCAL.exec(head) : null;
      return m && !REMOTE.test(d.lower.slice(0, 300)) ? [{ path: d.path, match: m[0] }] : NONE;
    },
  },
];
