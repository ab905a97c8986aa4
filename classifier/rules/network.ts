import { findPhrase, words } from './match.js';
import { NONE, type Rule } from './types.js';

const URL_WORDS = words(
  'url',
  'urls',
  'uri',
  'uris',
  'endpoint',
  'webhook',
  'href',
  'hostname',
  'host',
  'domain',
  'website',
  'site',
);
const FETCHING = words(
  'fetch',
  'download',
  'scrape',
  'crawl',
  'browse',
  'navigate',
  'goto',
  'visit',
  'request',
  'curl',
  'wget',
  'http',
  'get',
);

const FETCH_DESCRIBED =
  /\b(?:http requests?|web requests?|any url|arbitrary urls?|a given url|the given url|the provided url|from (?:a|the|any) url|fetch(?:es)? (?:a |the )?(?:url|web ?page|website|content from))\b/;
/** Text every match of FETCH_DESCRIBED contains. */
const MAY_FETCH = /[pb] request| url|fetch/;

export const networkRules: Rule[] = [
  {
    id: 'net.url-param',
    family: 'network',
    title: 'Reaches a caller-chosen address',
    effect: { flag: 'network_egress' },
    strength: 'weak',
    rationale: 'the parameter "{match}" is a network address chosen by the caller',
    phase: 'definition',
    detect: (view) => {
      for (const p of view.params) {
        if (p.depth > 1 || p.enumValues.length > 0) continue;
        if (p.type !== null && p.type !== 'string' && p.type !== 'array') continue;
        const last = p.nameTokens[p.nameTokens.length - 1];
        if (last && URL_WORDS.has(last)) return [{ path: p.path, match: p.name }];
      }
      return NONE;
    },
  },
  {
    id: 'net.fetch',
    family: 'network',
    title: 'Fetches from the network',
    effect: { flag: 'open_world' },
    strength: 'weak',
    rationale: 'it fetches content from the network ("{match}"), which strangers control',
    phase: 'definition',
    detect: (view) => {
      const verb = view.nameVerbs.find((v) => FETCHING.has(v.base) && v.base !== 'get');
      if (verb) return [{ path: 'name', match: verb.word }];
      const d = view.description;
      if (!d || !MAY_FETCH.test(d.lower)) return NONE;
      const f = findPhrase([d], FETCH_DESCRIBED);
      return f ? [f] : NONE;
    },
  },
];
