import { words } from './match.js';
import { NONE, type Rule } from './types.js';

const SECRET_NOUNS = words(
  'env',
  'token',
  'tokens',
  'secret',
  'secrets',
  'password',
  'passwords',
  'credential',
  'credentials',
  'apikey',
  'apikeys',
  'keypair',
  'certificate',
  'certificates',
  'passphrase',
  'pat',
  'oauth',
  'mfa',
  'otp',
  'totp',
);
const KEY_QUALIFIERS = words(
  'api',
  'access',
  'secret',
  'private',
  'ssh',
  'signing',
  'deploy',
  'encryption',
  'gpg',
  'pgp',
  'service',
);
const SECRET_PARAM =
  /(?:^|_)(?:password|passwd|passphrase|secret|client_secret|private_?key|api_?key|access_?key|secret_?key|access_?token|auth_?token|bearer|refresh_?token|ssh_?key|credentials?)(?:_|$)/;
const NOT_SECRET =
  /(?:^|_)(?:page|next|continuation|pagination|cursor|max|sync|resume|request|csrf|count|limit)(?:_|$)|tokens?_?(?:count|limit|usage)|max_?tokens|^tokens?$/;

export const credentialRules: Rule[] = [
  {
    id: 'credentials.name',
    family: 'credentials',
    title: 'Handles secrets',
    effect: { flag: 'credentials' },
    strength: 'weak',
    rationale: 'the name refers to "{match}", so the tool reads or changes secrets',
    phase: 'definition',
    detect: (view) => {
      const t = view.nameTokens;
      for (let i = 0; i < t.length; i++) {
        if (SECRET_NOUNS.has(t[i]!)) return [{ path: 'name', match: t[i]! }];
        if ((t[i] === 'key' || t[i] === 'keys') && i > 0 && KEY_QUALIFIERS.has(t[i - 1]!))
          return [{ path: 'name', match: `${t[i - 1]} ${t[i]}` }];
      }
      return NONE;
    },
  },
  {
    id: 'credentials.param',
    family: 'credentials',
    title: 'Takes a secret as input',
    effect: { flag: 'credentials' },
    strength: 'weak',
    rationale: 'the parameter "{match}" carries a secret',
    phase: 'definition',
    detect: (view) => {
      for (const p of view.params) {
        // snake form of the identifier: apiKey, api-key and API_KEY all become api_key
        const n = p.nameTokens.join('_');
        // the rare secret-shaped name first; only then whether it is a counter or a cursor instead
        if (SECRET_PARAM.test(n) && !NOT_SECRET.test(n)) {
          return [{ path: p.path, match: p.name }];
        }
      }
      return NONE;
    },
  },
];
