#!/usr/bin/env python3
"""Copy collect.mjs results into the corpus: servers/<slug>.json for the chosen slugs, and one
attempts.json entry per collected package (ok or not).

Usage: python3 scripts/corpus/import-collected.py <collect-out-dir> [slug ...]
With no slugs, only attempts.json is updated."""
import json, os, sys

out_dir = sys.argv[1]
chosen = set(sys.argv[2:])
root = os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'corpus')
att_path = os.path.join(root, 'attempts.json')
attempts = json.load(open(att_path))
known = {a['package'] for a in attempts}
for f in sorted(os.listdir(out_dir)):
    if not f.endswith('.json'):
        continue
    r = json.load(open(os.path.join(out_dir, f)))
    slug = f[:-5]
    if slug in chosen:
        server = {
            'package': r['package'],
            'version': r['version'],
            'command': r['command'],
            'env': r.get('envPlaceholders', []),
            'serverInfo': r.get('serverInfo'),
            'instructions': r.get('instructions'),
            'listedAt': r['collectedAt'],
            'tools': r['tools'],
        }
        with open(os.path.join(root, 'servers', f), 'w') as fh:
            json.dump(server, fh, indent=2, ensure_ascii=False)
            fh.write('\n')
    if r['package'] in known:
        for a in attempts:
            if a['package'] == r['package']:
                a['inCorpus'] = a.get('inCorpus') or slug in chosen
        continue
    known.add(r['package'])
    attempts.append({
        'package': r['package'],
        'version': r.get('version'),
        'bin': r.get('bin'),
        'command': r.get('command'),
        'args': [],
        'envPlaceholders': r.get('envPlaceholders', []),
        'status': r['status'],
        'toolCount': r.get('toolCount', 0),
        'inCorpus': slug in chosen,
        'why': (r.get('why') or 'listed tools with placeholder configuration')[:300],
    })
with open(att_path, 'w') as fh:
    json.dump(attempts, fh, indent=2, ensure_ascii=False)
    fh.write('\n')
