import { words } from './match.js';
import { actionSelector } from './multi-action.js';
import { NONE, type Rule } from './types.js';
import type { ToolView } from '../view.js';

const BROWSER_WORDS = words(
  'browser',
  'puppeteer',
  'playwright',
  'selenium',
  'chrome',
  'chromium',
  'webdriver',
  'tab',
  'tabs',
  'page',
  'webpage',
  'dom',
  'element',
);
const INTERACTIONS = words(
  'navigate',
  'goto',
  'go',
  'click',
  'type',
  'fill',
  'hover',
  'press',
  'drag',
  'drop',
  'select',
  'scroll',
  'tap',
  'swipe',
  'submit',
  'upload',
  'evaluate',
  'reload',
  'back',
  'forward',
  'check',
  'uncheck',
  'dialog',
  'keyboard',
  'mouse',
  'open',
  'visit',
  'focus',
  'dblclick',
  'doubleclick',
  'keys',
  'act',
);
const OBSERVATIONS = words(
  'screenshot',
  'snapshot',
  'console',
  'network',
  'content',
  'html',
  'text',
  'read',
  'extract',
  'pdf',
  'accessibility',
  'dom',
  'tree',
  'title',
  'url',
);

function browserContext(view: ToolView): string | undefined {
  for (const t of view.nameTokens)
    if (BROWSER_WORDS.has(t) && t !== 'page' && t !== 'element' && t !== 'tab') return t;
  const serverBrowser =
    view.server &&
    ['browser', 'puppeteer', 'playwright', 'selenium', 'chrome', 'webdriver'].find((w) =>
      view.server!.words.has(w),
    );
  if (serverBrowser) return serverBrowser;
  const d = view.description;
  if (
    d &&
    /\b(?:browser|web page|webpage|current page|the page|element on the page|browser tab)\b/.test(
      d.lower.slice(0, 300),
    )
  )
    return 'browser';
  return undefined;
}

export const browserRules: Rule[] = [
  {
    id: 'browser.interaction',
    family: 'browser',
    title: 'Drives a web browser',
    effect: { access: 'execute', flag: 'open_world', minRisk: 'high' },
    strength: 'strong',
    rationale:
      'it performs the browser action "{match}": what it triggers depends on the page, which a stranger controls, so its effects are open-ended',
    phase: 'definition',
    detect: (view) => {
      if (!browserContext(view)) return NONE;
      for (const t of view.nameTokens) if (INTERACTIONS.has(t)) return [{ path: 'name', match: t }];
      const lead = view.leadVerbs[0];
      if (lead && INTERACTIONS.has(lead.base) && lead.base !== 'act')
        return [{ path: 'description', match: lead.word }];
      const sel = actionSelector(view);
      const action = sel?.param.enumValues.find((v) => INTERACTIONS.has(v.toLowerCase()));
      if (sel && action) return [{ path: `${sel.param.path}.enum`, match: action }];
      return NONE;
    },
  },
  {
    id: 'browser.page-content',
    family: 'browser',
    title: 'Returns content of a web page',
    effect: { flag: 'untrusted_content' },
    strength: 'weak',
    rationale: 'it returns "{match}" of a page in the browser, text that strangers wrote',
    phase: 'definition',
    detect: (view) => {
      if (!browserContext(view)) return NONE;
      for (const t of view.nameTokens)
        if (OBSERVATIONS.has(t) || INTERACTIONS.has(t)) return [{ path: 'name', match: t }];
      return NONE;
    },
  },
];
