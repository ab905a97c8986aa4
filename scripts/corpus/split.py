#!/usr/bin/env python3
"""Write data/corpus/split.json: the held-out servers. A server added after the first 54 (the ones the
rules were first tuned on) is held out when the first byte of sha256(slug) is below 45% of 256, so the
choice depends on nothing but the name. Usage: python3 scripts/corpus/split.py"""
import hashlib, json, os
root = os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'corpus')
first = set(json.load(open(os.path.join(root, 'first-round.json')))['servers'])
held = []
for f in sorted(os.listdir(os.path.join(root, 'servers'))):
    slug = f[:-5]
    if slug in first:
        continue
    if hashlib.sha256(slug.encode()).digest()[0] < int(0.45 * 256):
        held.append(slug)
with open(os.path.join(root, 'split.json'), 'w') as fh:
    json.dump({'note': 'held out from rule tuning and from the learned model; chosen by scripts/corpus/split.py before any classifier output on them was looked at', 'heldout': held}, fh, indent=2)
    fh.write('\n')
print(len(held), 'held out')
