import { leadVerbFindings, nameVerbFindings, words } from './match.js';
import { NONE, type Rule } from './types.js';

/** Things that, once started, run whatever they were configured to do. */
export const EXECUTABLE_OBJECTS = words(
  'job', 'jobs', 'workflow', 'workflows', 'pipeline', 'pipelines', 'build', 'builds', 'deployment', 'deployments',
  'playbook', 'playbooks', 'dag', 'dags', 'notebook', 'notebooks', 'lambda', 'function', 'functions', 'script',
  'scripts', 'runbook', 'runbooks', 'automation', 'automations', 'template', 'action', 'actions', 'task', 'tasks',
  'container', 'containers', 'migration', 'migrations', 'test', 'tests', 'suite', 'macro', 'command', 'commands',
);
const STARTING_VERBS = words(
  'start', 'trigger', 'queue', 'enqueue', 'retry', 'rerun', 'restart', 'resume', 'dispatch', 'kick', 'fire',
  'launch', 'create', 'new', 'submit', 'schedule',
);
/** Objects that are runs by nature: creating one starts it. */
const RUN_OBJECTS = words('pipeline', 'pipelines', 'build', 'builds', 'deployment', 'deployments', 'run', 'runs', 'dag');

export const executeRules: Rule[] = [
  {
    id: 'execute.name-verb',
    family: 'execute',
    title: 'Name says it runs something',
    effect: { access: 'execute' },
    strength: 'strong',
    rationale: 'the name\'s action verb is "{match}": what happens depends on what is run and with which arguments',
    phase: 'definition',
    detect: (view) => nameVerbFindings(view, ['execute']),
  },
  {
    id: 'execute.description-verb',
    family: 'execute',
    title: 'Description says it runs something',
    effect: { access: 'execute' },
    strength: 'strong',
    rationale: 'the description opens with "{match}": the effects depend on what is run and with which arguments',
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
      const verb = view.nameVerbs[0];
      if (!verb || !STARTING_VERBS.has(verb.base)) return NONE;
      for (let i = verb.index + 1; i < view.nameTokens.length; i++) {
        const t = view.nameTokens[i]!;
        const creating = verb.base === 'create' || verb.base === 'new' || verb.base === 'submit' || verb.base === 'schedule';
        if (creating ? RUN_OBJECTS.has(t) : EXECUTABLE_OBJECTS.has(t)) return [{ path: 'name', match: `${verb.word} ${t}` }];
      }
      return NONE;
    },
  },
];
