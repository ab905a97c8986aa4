// Search with the Pagefind index built from the export (see site/scripts/build.mjs). Results are
// rendered with textContent only: names and summaries come from third-party servers.
const form = document.getElementById('search-form');
const status = document.getElementById('search-status');
const list = document.getElementById('results');
const more = document.getElementById('more');
const params = new URLSearchParams(location.search);
const FIELDS = ['risk', 'category', 'flag', 'server'];
const FILTER_NAME = { risk: 'risk', category: 'category', flag: 'flags', server: 'server' };
const PAGE = 50;

for (const name of ['q', ...FIELDS]) {
  const value = params.get(name);
  if (value !== null && form.elements[name]) form.elements[name].value = value;
}

function item(data) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title || data.url;
  li.append(a);
  const bits = [];
  if (data.meta.kind === 'server') bits.push('server');
  if (data.meta.server) bits.push(`on ${data.meta.server}`);
  if (data.meta.risk) bits.push(`${data.meta.risk} risk`);
  if (data.meta.category) bits.push(data.meta.category);
  const meta = document.createElement('span');
  meta.className = 'muted';
  meta.textContent = ` (${bits.join(', ')})`;
  li.append(meta);
  if (data.meta.summary) {
    const p = document.createElement('p');
    p.textContent = data.meta.summary;
    li.append(p);
  }
  return li;
}

async function run() {
  const q = (params.get('q') ?? '').trim();
  const filters = {};
  for (const name of FIELDS) {
    const value = (params.get(name) ?? '').trim();
    if (value) filters[FILTER_NAME[name]] = value;
  }
  if (!q && Object.keys(filters).length === 0) {
    status.textContent = 'Type a word or pick a filter.';
    return;
  }
  status.textContent = 'Searching…';
  let pagefind;
  try {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 0 });
    // a large catalogue is indexed in shards (bounded memory at build time); merge them here
    const shards = await fetch('/pagefind/shards.json').then((r) => (r.ok ? r.json() : []));
    for (const shard of shards) await pagefind.mergeIndex(shard);
  } catch {
    status.textContent = 'The search index is missing from this build.';
    return;
  }
  const search = await pagefind.search(q || null, { filters });
  const results = search?.results ?? [];
  let shown = 0;
  const showMore = async () => {
    const slice = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    for (const data of slice) list.append(item(data));
    shown += slice.length;
    more.hidden = shown >= results.length;
    status.textContent = `${results.length.toLocaleString('en-US')} result${results.length === 1 ? '' : 's'}${shown < results.length ? `, showing ${shown}` : ''}.`;
  };
  more.addEventListener('click', () => void showMore());
  await showMore();
}

void run();
