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
/** A phone or tablet simulator or emulator: input on its screen is execute, as in a browser. */
const DEVICE_WORDS = words('simulator', 'emulator', 'appium', 'adb');
/** Input on a device screen: the name's words that say so. */
const DEVICE_INPUT = words(
  'tap',
  'swipe',
  'click',
  'type',
  'press',
  'drag',
  'scroll',
  'pinch',
  'longpress',
  'fill',
  'hover',
  'focus',
  'gesture',
  'keyboard',
);
/** Controls of a driven device's presentation only (LABELS.md: a viewport, media emulation): session-local. */
const DEVICE_SESSION_LOCAL = words('viewport', 'orientation', 'resize', 'zoom', 'emulate', 'wait');
/** A server that says it drives apps on phones, TVs or desktops ("drives iOS, Android, tvOS … apps"). */
const DRIVES = words('drive', 'drives', 'automate', 'automates', 'automation', 'control', 'controls');
const PLATFORMS = words('ios', 'android', 'tvos', 'ipados', 'watchos');

/** Words that say a device or a native app is driven, weaker than DEVICE_WORDS: they decide only with an input verb first in the name. */
const DEVICE_HINTS = words(
  'device',
  'android',
  'ios',
  'iphone',
  'mobile',
  'phone',
  'app',
  'hardware',
  'textinput',
);

/** The first word of `list` that `have` holds (in the list's order), without copying the list. */
function firstIn(list: ReadonlySet<string>, have: ReadonlySet<string>): string | undefined {
  for (const w of list) if (have.has(w)) return w;
  return undefined;
}

let lastDeviceView: ToolView | undefined;
let lastDevice: string | undefined;
/** Whether the tool drives a phone, tablet or device (asked by three rules; computed once per view). */
function deviceContext(view: ToolView): string | undefined {
  if (view !== lastDeviceView) {
    lastDevice = findDeviceContext(view);
    lastDeviceView = view;
  }
  return lastDevice;
}

function findDeviceContext(view: ToolView): string | undefined {
  for (const t of view.nameTokens) if (DEVICE_WORDS.has(t)) return t;
  const sw = view.server?.words;
  const strong = sw ? firstIn(DEVICE_WORDS, sw) : undefined;
  if (strong) return strong;
  if (sw && firstIn(DRIVES, sw) !== undefined) {
    const platform = firstIn(PLATFORMS, sw);
    if (platform) return platform;
  }
  // a React Native or mobile server whose tool names open with an input verb ("type_text", "press_button")
  const first = view.nameTokens.findIndex((t) => DEVICE_INPUT.has(t) || t === 'input');
  if (first < 0 || first > 1) return undefined;
  const server = view.server?.words;
  if (
    server &&
    ((server.has('react') && server.has('native')) || server.has('mobile') || server.has('android'))
  )
    return 'native app';
  const desc = view.description?.tokens ?? [];
  for (let i = 0; i < desc.length && i < 30; i++) if (DEVICE_HINTS.has(desc[i]!)) return desc[i];
  return undefined;
}
/** Loading a page: a read (LABELS.md, navigation), medium because the browser reaches intranet hosts. */
const NAVIGATION = words('navigate', 'goto', 'go', 'reload', 'back', 'forward', 'visit', 'open', 'refresh');
/** Controls of the server's own automation browser: session-local, not a write. */
const SESSION_LOCAL = words(
  'resize',
  'viewport',
  'close',
  'emulate',
  'emulation',
  'zoom',
  'tabs',
  'tab',
  'wait',
  'install',
  // scrolling moves the viewport, which LABELS.md counts as session-local (it is not in its list of inputs)
  'scroll',
);
const INTERACTIONS = words(
  'click',
  'type',
  'fill',
  'hover',
  'press',
  'drag',
  'drop',
  'select',
  'tap',
  'swipe',
  'submit',
  'upload',
  'evaluate',
  'check',
  'uncheck',
  'dialog',
  'keyboard',
  'mouse',
  'focus',
  'dblclick',
  'doubleclick',
  'keys',
  'act',
);
/** What a page observation returns as text: only these carry the page's own words back to the agent. */
const OBSERVATIONS = words(
  'snapshot',
  'console',
  'content',
  'html',
  'text',
  'read',
  'extract',
  'markdown',
  'find',
);

// the rules of one tool run back to back, so remembering the answer for the last view asked about is
// enough, and far cheaper than a WeakMap entry per tool
let lastView: ToolView | undefined;
let lastContext: string | undefined;

/** Whether the tool works a browser (several rules ask; the answer is computed once per view). */
export function browserContext(view: ToolView): string | undefined {
  if (view !== lastView) {
    lastContext = findBrowserContext(view);
    lastView = view;
  }
  return lastContext;
}

const SERVER_BROWSERS = ['browser', 'puppeteer', 'playwright', 'selenium', 'chrome', 'webdriver'];
const BROWSER_DESCRIBED =
  /\b(?:browser|web page|webpage|current page|the page|element on the page|browser tab)\b/;
/** Text every match of BROWSER_DESCRIBED contains. */
const MAY_BROWSER = /browser|page/;

function findBrowserContext(view: ToolView): string | undefined {
  for (const t of view.nameTokens)
    if (BROWSER_WORDS.has(t) && t !== 'page' && t !== 'element' && t !== 'tab') return t;
  const serverBrowser = view.server && SERVER_BROWSERS.find((w) => view.server!.words.has(w));
  if (serverBrowser) return serverBrowser;
  const d = view.description;
  if (d) {
    const head = d.lower.slice(0, 300);
    if (MAY_BROWSER.test(head) && BROWSER_DESCRIBED.test(head)) return 'browser';
  }
  return undefined;
}

/** The name (or the description's opening verb) says it only loads a page. */
function navigationOf(view: ToolView): { path: string; match: string } | undefined {
  for (const t of view.nameTokens) if (INTERACTIONS.has(t)) return undefined;
  for (const t of view.nameTokens) if (NAVIGATION.has(t)) return { path: 'name', match: t };
  const lead = view.leadVerbs[0];
  if (lead && NAVIGATION.has(lead.base)) return { path: 'description', match: lead.word };
  return undefined;
}

/** A control of the server's own automation browser (its viewport, its tabs, closing it). */
export function sessionLocalBrowser(view: ToolView): { path: string; match: string } | undefined {
  if (view.params.some((p) => p.depth === 0 && /url|script|code|js/i.test(p.name))) return undefined;
  if (!browserContext(view)) {
    if (!deviceContext(view) || view.nameTokens.some((t) => DEVICE_INPUT.has(t))) return undefined;
    const t = view.nameTokens.find((w) => DEVICE_SESSION_LOCAL.has(w));
    return t ? { path: 'name', match: t } : undefined;
  }
  for (const t of view.nameTokens) if (INTERACTIONS.has(t) || NAVIGATION.has(t)) return undefined;
  for (const t of view.nameTokens) if (SESSION_LOCAL.has(t)) return { path: 'name', match: t };
  return undefined;
}

/** A name that asks a yes-or-no question of the page ("browser_is_visible", "hasFocus"): it only looks. */
function isPredicate(view: ToolView): boolean {
  const t = view.nameTokens;
  for (let i = 0; i < 2 && i + 1 < t.length; i++)
    if (t[i] === 'is' || t[i] === 'has' || t[i] === 'can') return true;
  // "Check if an element is visible", "Check whether …": a question, not ticking a checkbox
  return /^check (?:if|whether|that|for|how|what|which)\b/.test(view.description?.lower ?? '');
}

export const browserRules: Rule[] = [
  {
    id: 'browser.navigation',
    family: 'browser',
    title: 'Loads a page in the browser',
    effect: { access: 'read', flag: 'open_world', minRisk: 'medium' },
    strength: 'strong',
    rationale:
      'it loads a page ("{match}"): navigation only reads, but the browser reaches intranet hosts and carries logged-in sessions, so it is medium',
    phase: 'definition',
    detect: (view) => {
      if (!browserContext(view)) {
        // a driven device: back, home and opening an app or a link are its navigation (opening the
        // simulator or emulator itself launches a program)
        if (!deviceContext(view) || view.nameTokens.some((t) => DEVICE_INPUT.has(t) || DEVICE_WORDS.has(t)))
          return NONE;
        const t = view.nameTokens.find((w) => NAVIGATION.has(w) || w === 'home');
        return t ? [{ path: 'name', match: t }] : NONE;
      }
      const nav = navigationOf(view);
      return nav ? [nav] : NONE;
    },
  },
  {
    id: 'browser.session-local',
    family: 'browser',
    title: "Controls the server's own browser session",
    effect: { access: 'read' },
    strength: 'strong',
    rationale:
      'it only changes the server\'s own automation browser ("{match}"): state private to the session, which is not a write',
    phase: 'definition',
    detect: (view) => {
      const s = sessionLocalBrowser(view);
      return s ? [s] : NONE;
    },
  },
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
      if (!browserContext(view)) {
        if (!deviceContext(view)) return NONE;
        for (const t of view.nameTokens)
          if (DEVICE_INPUT.has(t) || t === 'input') return [{ path: 'name', match: t }];
        return NONE;
      }
      for (const t of view.nameTokens) if (INTERACTIONS.has(t)) return [{ path: 'name', match: t }];
      if (navigationOf(view) || sessionLocalBrowser(view) || isPredicate(view)) return NONE;
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
      if (view.nameTokens.some((t) => INTERACTIONS.has(t))) return NONE;
      for (const t of view.nameTokens) if (OBSERVATIONS.has(t)) return [{ path: 'name', match: t }];
      return NONE;
    },
  },
];
