import { classifyTool } from '../classifier/engine.js';
const t = JSON.parse(process.argv[2]!);
for (const learned of [false, true]) { const c = classifyTool(t, undefined, { learned }); console.log(learned, c.access, c.risk, c.evidence.map(e=>e.rule+'='+e.match).join(' | ')); }
