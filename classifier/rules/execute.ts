import { VERBS } from '../lexicon.js';
import { leadVerbFindings, nameVerbFindings, words } from './match.js';
import { NONE, type Rule } from './types.js';

/** Things that, once started, run whatever they were configured to do. */
export const EXECUTABLE_OBJECTS = words(
  'job',
  'jobs',
  'workflow',
  'workflows',
  'pipeline',
  'pipelines',
  'build',
  'builds',
  'deployment',
  'deployments',
  // "resume_vm_deploy_order", "retry_deploy": a deploy named as a noun
  'deploy',
  'deploys',
  'playbook',
  'playbooks',
  'dag',
  'dags',
  'notebook',
  'notebooks',
  'lambda',
  'function',
  'functions',
  'script',
  'scripts',
  'runbook',
  'runbooks',
  'automation',
  'automations',
  'template',
  'action',
  'actions',
  'task',
  'tasks',
  'container',
  'containers',
  'migration',
  'migrations',
  'test',
  'tests',
  'suite',
  'macro',
  'command',
  'commands',
  'run',
  'runs',
  'plan',
  // a crawl, a scan or an audit started on the vendor's side runs on its own once started
  'crawl',
  'crawls',
  'scan',
  'scans',
  'audit',
  'audits',
);
const STARTING_VERBS = words(
  'activate',
  'start',
  'trigger',
  'queue',
  'enqueue',
  'retry',
  'rerun',
  'restart',
  'resume',
  'dispatch',
  'kick',
  'fire',
  'launch',
  'create',
  'new',
  'submit',
  'schedule',
  'promote',
  'apply',
);
/** Objects that are runs by nature: creating one starts it. */
const RUN_OBJECTS = words(
  'pipeline',
  'pipelines',
  'build',
  'builds',
  'deployment',
  'deployments',
  'run',
  'runs',
  'dag',
);

/** Things that run later on their own once they exist (LABELS.md: scheduling work is execute). */
const SCHEDULED_OBJECTS = words(
  'alarm',
  'alarms',
  'cron',
  'crons',
  'crontab',
  'trigger',
  'triggers',
  'schedule',
  'schedules',
  'automation',
  'automations',
  'webhook',
  'webhooks',
  'workflow',
  'workflows',
);
/** Code that is deployed by being uploaded (LABELS.md: uploading code is a deployment). */
const DEPLOYED_CODE = words('worker', 'workers', 'script', 'scripts', 'lambda', 'lambdas');
const SETTING_UP = words(
  'create',
  'add',
  'set',
  'put',
  'update',
  'upload',
  'schedule',
  'new',
  'register',
  'enable',
  'edit',
  'replace',
  'upsert',
);

const WORKFLOWS = words('workflow', 'workflows');
const OPENING = words('create', 'open', 'start', 'new', 'add', 'establish');
const STOPPING = words('stop', 'close', 'kill', 'delete', 'remove', 'list', 'get', 'end', 'terminate');

export const executeRules: Rule[] = [
  {
    id: 'execute.schedules-work',
    family: 'execute',
    title: 'Schedules work or deploys code',
    effect: { access: 'execute' },
    strength: 'strong',
    rationale:
      'it sets up "{match}", which runs on its own later (a schedule, a trigger, an automation) or is code that gets deployed, so its effect reaches past the call',
    phase: 'definition',
    detect: (view) => {
      const verb = view.nameVerbs[0];
      if (!verb || !SETTING_UP.has(verb.base)) return NONE;
      const rest = view.nameTokens.filter((_, i) => i !== verb.index);
      // a workflow is set up only when it is the object itself ("update_workflow", not "update_workflow_tags")
      const scheduled = rest.find(
        (t, i) => SCHEDULED_OBJECTS.has(t) && (!WORKFLOWS.has(t) || i === rest.length - 1),
      );
      if (scheduled) return [{ path: 'name', match: `${verb.word} ${scheduled}` }];
      // a Worker script upload; not a "script" of a page or a config value
      const code = rest[rest.length - 1];
      if (code && DEPLOYED_CODE.has(code) && verb.base !== 'edit')
        return [{ path: 'name', match: `${verb.word} ${code}` }];
      return NONE;
    },
  },
  {
    id: 'execute.opens-tunnel',
    family: 'execute',
    title: 'Opens a tunnel or port forward',
    effect: { access: 'execute', flag: 'open_world' },
    strength: 'strong',
    rationale:
      'it opens "{match}": a standing connection that carries traffic between networks until it is closed, so it is running work, not a stored change',
    phase: 'definition',
    detect: (view) => {
      const t = view.nameTokens;
      const stopping = view.nameVerbs.some((v) => STOPPING.has(v.base));
      if (stopping) return NONE;
      for (let i = 0; i < t.length; i++) {
        if (t[i] === 'port' && (t[i + 1] === 'forward' || t[i + 1] === 'forwarding'))
          return [{ path: 'name', match: `${t[i]} ${t[i + 1]}` }];
        if ((t[i] === 'tunnel' || t[i] === 'tunnels') && view.nameVerbs.some((v) => OPENING.has(v.base)))
          return [{ path: 'name', match: t.join(' ') }];
      }
      return NONE;
    },
  },
  {
    id: 'execute.name-verb',
    family: 'execute',
    title: 'Name says it runs something',
    effect: { access: 'execute' },
    strength: 'strong',
    rationale:
      'the name\'s action verb is "{match}": what happens depends on what is run and with which arguments',
    phase: 'definition',
    detect: (view) => nameVerbFindings(view, ['execute']),
  },
  {
    id: 'execute.description-verb',
    family: 'execute',
    title: 'Description says it runs something',
    effect: { access: 'execute' },
    strength: 'strong',
    rationale:
      'the description opens with "{match}": the effects depend on what is run and with which arguments',
    phase: 'definition',
    detect: (view) => leadVerbFindings(view, ['execute']),
  },
  {
    id: 'execute.start-runnable',
    family: 'execute',
    title: 'Starts a job, workflow, pipeline or build',
    effect: { access: 'execute' },
    strength: 'strong',
    rationale: 'it starts "{match}", which then does whatever it was configured to do',
    phase: 'definition',
    detect: (view) => {
      let verb = view.nameVerbs[0];
      // "start_crawl", "page_audit_start_scan": a starting word, with the run named by a word the
      // name's verb was taken from
      if (verb && !STARTING_VERBS.has(verb.base)) {
        const at = view.nameTokens.findIndex((t) => t === 'start' || t === 'trigger');
        if (at >= 0)
          verb = {
            ...VERBS.get(view.nameTokens[at]!)!,
            word: view.nameTokens[at]!,
            index: at,
            nounLike: false,
          };
      }
      if (!verb || !STARTING_VERBS.has(verb.base)) return NONE;
      const creating =
        verb.base === 'create' || verb.base === 'new' || verb.base === 'submit' || verb.base === 'schedule';
      // the object may come before the verb ("pipelines_promote") or after it ("start_build"); a
      // created object only after it ("pipelines_create" makes a pipeline, it starts no run)
      for (let i = creating ? verb.index + 1 : 0; i < view.nameTokens.length; i++) {
        if (i === verb.index) continue;
        const t = view.nameTokens[i]!;
        if (creating ? RUN_OBJECTS.has(t) : EXECUTABLE_OBJECTS.has(t))
          return [{ path: 'name', match: `${verb.word} ${t}` }];
      }
      return NONE;
    },
  },
  {
    id: 'execute.runs-tests',
    family: 'execute',
    title: 'Runs tests or a local analyser',
    effect: { access: 'execute' },
    strength: 'strong',
    rationale:
      'its description says it runs "{match}": a test suite or an analyser is code that runs, whatever it reports back',
    phase: 'definition',
    detect: (view) => {
      const d = view.description;
      if (!d) return NONE;
      const m = RUNS_TESTS.exec(d.lower.slice(0, 400));
      return m ? [{ path: 'description', match: m[0] }] : NONE;
    },
  },
  {
    id: 'execute.generic-api',
    family: 'execute',
    title: 'Sends arbitrary API requests',
    effect: { access: 'execute', flag: 'open_world' },
    strength: 'strong',
    rationale:
      'it sends whatever request the caller composes ("{match}"), so what it does is decided by the arguments, not by the tool',
    phase: 'definition',
    detect: (view) => {
      // "<service>_post(path, body)": an HTTP method as the action, with the endpoint left to the caller
      const last = view.nameTokens[view.nameTokens.length - 1];
      if (last && MUTATING_METHODS.has(last) && view.nameTokens.length <= 3) {
        // an HTTP method to an address the caller picks: what it does depends on that address
        const endpoint = view.params.find((p) => p.depth === 0 && ENDPOINT_PARAM.test(p.name));
        if (endpoint) return [{ path: endpoint.path, match: `${last} ${endpoint.name}` }];
      }
      // "api_request", "http_call", "call_api", "invoke_endpoint"
      const t = view.nameTokens;
      for (let i = 0; i + 1 < t.length; i++) {
        const first = t[i]!;
        const second = t[i + 1]!;
        if (
          (API_KINDS.has(first) && API_CALLS.has(second)) ||
          (CALLING.has(first) && CALLED_APIS.has(second))
        )
          return [{ path: 'name', match: `${first} ${second}` }];
      }
      const d = view.description;
      if (d) {
        const m = GENERIC_API.exec(d.lower.slice(0, 600));
        if (m) return [{ path: 'description', match: m[0] }];
      }
      return NONE;
    },
  },
];

/** Running tests (the project's own code) or an analyser program on the user's machine. */
const RUNS_TESTS =
  /\b(?:run|runs|execute|executes|perform|performs)\s+(?:(?:a|an|the|one|or|more|all|comprehensive|full|its|your|unit|integration|e2e|end-to-end|regression|\w+)\s+){0,3}?(?:tests|test suites?|test cases|test coverage analysis|coverage analysis)\b|\b(?:analy[sz]\w*|scans?|lint\w*|checks?)\b[^.]{0,40}\blocally using (?:the )?[\w-]+ (?:cli|command line)\b/;

const MUTATING_METHODS = words('post', 'put', 'patch', 'delete');
const API_KINDS = words('api', 'http', 'rest', 'graphql');
const API_CALLS = words('request', 'call', 'proxy', 'requests', 'calls');
const CALLING = words('call', 'invoke');
const CALLED_APIS = words('api', 'endpoint');
const ENDPOINT_PARAM = /^(?:path|endpoint|url|uri|api_?path|resource)$/i;
const GENERIC_API =
  /\b(?:unified tool for all (?:\w+ ){0,2}(?:api|operations)|make (?:an? )?(?:arbitrary |raw |custom |authenticated )?(?:http|api|rest) (?:requests?|calls?)|call any (?:\w+ ){0,2}(?:api|endpoint)|arbitrary (?:http|api|rest) (?:requests?|calls?)|any (?:\w+ )?api endpoint)\b/;
