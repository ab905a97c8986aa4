import { subjectHas, words } from './match.js';
import { NONE, type Rule } from './types.js';

const PERSONAL = words(
  'email', 'emails', 'mail', 'inbox', 'message', 'messages', 'chat', 'chats', 'dm', 'dms', 'contact', 'contacts',
  'calendar', 'calendars', 'customer', 'customers', 'patient', 'patients', 'employee', 'employees', 'personal',
  'pii', 'profile', 'profiles', 'phone', 'health', 'medical', 'salary', 'payroll', 'ssn', 'user', 'users',
  'member', 'members', 'account', 'accounts', 'person', 'people', 'lead', 'leads', 'deal', 'deals', 'invoice',
  'invoices', 'payment', 'payments', 'transaction', 'transactions', 'balance', 'order', 'orders', 'conversation',
  'conversations', 'location', 'address', 'identity', 'candidate', 'candidates', 'subscriber', 'subscribers',
);
const STORES = words(
  'file', 'files', 'document', 'documents', 'doc', 'docs', 'drive', 'folder', 'folders', 'directory', 'note',
  'notes', 'memory', 'memories', 'database', 'table', 'tables', 'record', 'records', 'row', 'rows', 'repository',
  'repositories', 'repo', 'private', 'secret', 'secrets', 'log', 'logs', 'bucket', 'object', 'objects', 'page',
  'pages', 'issue', 'issues', 'ticket', 'tickets', 'entities', 'graph', 'knowledge', 'collection', 'collections',
  'workspace', 'project', 'projects', 'commit', 'commits', 'branch', 'branches', 'diff', 'content', 'contents',
);

export const privateRules: Rule[] = [
  {
    id: 'private.personal',
    family: 'private',
    title: 'Returns personal data',
    effect: { flag: 'private_data' },
    strength: 'weak',
    rationale: 'it returns "{match}" data, which is personal or confidential',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access !== 'read') return NONE;
      const f = subjectHas(view, PERSONAL);
      return f ? [f] : NONE;
    },
  },
  {
    id: 'private.store',
    family: 'private',
    title: "Reads the user's own data",
    effect: { flag: 'private_data' },
    strength: 'weak',
    rationale: 'it reads "{match}" from a store that belongs to the user or their organisation',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access !== 'read' || verdict.flags.has('untrusted_content')) return NONE;
      if (verdict.flags.has('filesystem')) {
        const fs = view.params.find((p) => /path|file|dir/.test(p.name.toLowerCase()));
        if (fs) return [{ path: fs.path, match: fs.name }];
      }
      const f = subjectHas(view, STORES);
      return f ? [f] : NONE;
    },
  },
];
