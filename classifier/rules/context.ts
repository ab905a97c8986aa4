import { words } from './match.js';
import { NONE, type Rule } from './types.js';

const ORCHESTRATION =
  /\b(?:ansible|awx|automation (?:platform|controller)|tower|jenkins|airflow|databricks|dagster|prefect|argo|tekton|rundeck|circleci|buildkite|github actions|gitlab ci|ci\/cd|orchestrat\w*|job schedul\w*|workflow engine|temporal|step functions|azure devops|teamcity|bamboo|spinnaker|nomad)\b/;
const RUN_NOUNS = words(
  'job',
  'jobs',
  'template',
  'templates',
  'workflow',
  'workflows',
  'playbook',
  'playbooks',
  'dag',
  'dags',
  'pipeline',
  'pipelines',
  'task',
  'tasks',
  'run',
);
const LAUNCHING = words(
  'launch',
  'run',
  'start',
  'trigger',
  'create',
  'submit',
  'execute',
  'relaunch',
  'rerun',
  'retry',
  'restart',
  'resume',
  'new',
);

export const contextRules: Rule[] = [
  {
    id: 'context.orchestration-server',
    family: 'context',
    title: 'Starts work on an orchestration server',
    effect: { access: 'execute' },
    strength: 'strong',
    rationale:
      'on a server that orchestrates jobs ({match}), starting a job, template or workflow runs whatever it was configured to do',
    phase: 'definition',
    detect: (view) => {
      if (!view.server) return NONE;
      const verb = view.nameVerbs[0];
      if (!verb || !LAUNCHING.has(verb.base)) return NONE;
      const noun = view.nameTokens.find((t, i) => i !== verb.index && RUN_NOUNS.has(t));
      if (!noun) return NONE;
      for (const f of view.server.fields) {
        const m = ORCHESTRATION.exec(f.lower.slice(0, 1000));
        if (m) return [{ path: 'name', match: `${verb.word} ${noun}; ${f.path}: ${m[0]}` }];
      }
      return NONE;
    },
  },
];
