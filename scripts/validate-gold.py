#!/usr/bin/env python3
"""validate-gold.py FILE.jsonl: checks a gold file against ../shared/eval/FORMAT.md's schema (see docs/exams.md).
Prints one line per problem (line number, passage id, what is wrong) and a summary."""
import json, re, sys
CATS = {'ammunition','missile','drone','artillery','armored_vehicle','aircraft','air_defense','ship','small_arms','container','funding','technology','personnel','other'}
STATUS = {'delivered','committed','requested','expected','capacity','denied'}
QUALS = {'exact','at_least','at_most','about','range','vague'}
UNITS = {'round','item','container','person','tonne'}
BLOCS = {'EU','NATO','G7'}
bad = 0; n = 0; claims = 0; empty = 0; ids = set()
def err(ln, pid, msg):
    global bad; bad += 1; print(f'line {ln} ({pid}): {msg}')
for ln, line in enumerate(open(sys.argv[1], encoding='utf-8'), 1):
    if not line.strip(): continue
    try: p = json.loads(line)
    except Exception as e: err(ln, '?', f'not JSON: {e}'); continue
    n += 1; pid = p.get('id', '?')
    for k in ('id','url','outlet','published','text','claims'):
        if k not in p: err(ln, pid, f'missing field {k}')
    if pid in ids: err(ln, pid, 'duplicate id')
    ids.add(pid)
    if p.get('published') and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', p['published']): err(ln, pid, 'published not YYYY-MM-DD')
    text = p.get('text', '')
    cs = p.get('claims', [])
    if not cs: empty += 1
    for i, c in enumerate(cs):
        claims += 1; w = f'claim {i+1}: '
        for k in ('suppliers','recipients','category','item','quantity','status','speaker','evidence'):
            if k not in c: err(ln, pid, w + f'missing {k}')
        for k in ('suppliers','recipients'):
            for a in c.get(k, []):
                if not (re.fullmatch(r'[A-Z]{2}', a) or a in BLOCS): err(ln, pid, w + f'{k} code {a!r} is not ISO alpha-2 or a bloc')
        if c.get('category') not in CATS: err(ln, pid, w + f'category {c.get("category")!r}')
        if c.get('status') not in STATUS: err(ln, pid, w + f'status {c.get("status")!r}')
        ev = c.get('evidence', '')
        if not ev or ev not in text: err(ln, pid, w + f'evidence is not an exact substring of text: {ev[:60]!r}')
        q = c.get('quantity')
        if q is not None:
            u = q.get('unit')
            if u not in UNITS and not re.fullmatch(r'[A-Z]{3}', str(u)): err(ln, pid, w + f'unit {u!r}')
            ql = q.get('qualifier')
            if ql not in QUALS: err(ln, pid, w + f'qualifier {ql!r}')
            mn, mx = q.get('min'), q.get('max')
            if ql == 'at_least' and mx is not None: err(ln, pid, w + 'at_least needs max null')
            if ql == 'at_most' and mn is not None: err(ln, pid, w + 'at_most needs min null')
            if ql in ('exact','about') and mn != mx: err(ln, pid, w + f'{ql} needs min == max')
            if mn is not None and mx is not None and mn > mx: err(ln, pid, w + 'min > max')
            if u and u.isupper() and c.get('category') != 'funding': err(ln, pid, w + 'a currency unit outside funding')
print(f'{n} passages, {claims} claims, {empty} with no claim, {bad} problems')
sys.exit(1 if bad else 0)
