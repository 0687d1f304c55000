#!/usr/bin/env python3
"""tally.py KIND FILE.jsonl... [-v] [--rule]: counts what kind of error the extractor makes on gold files.

KIND is one of
  misses    gold claims with no core match: "silent" when no predicted claim
            overlaps the gold evidence, else the core fields (supplier,
            recipient, category) the nearest overlapping prediction gets wrong;
            "(pred used)" when that prediction already matched another gold claim
  falses    predicted claims with no core match: "spurious" when no gold claim
            overlaps them, "dup" when the overlapping gold claim is already
            matched, else the core fields that differ
  statuses  among core matches, gold status -> predicted status, where they differ

--rule splits the counts of falses by the name of the rule that made each
false claim (the claim's "rule" field), to find which rules a kind of error
comes from. Counts are safe on every set. -v prints each case with its evidence, so it is
refused on the unread exams (*-held.jsonl): reading them would unmake them.
Pairing follows `armsledger eval`'s order (strict pairs first, then the most
overlapping evidence), so status confusions are the ones eval counts. Run from the repository (it builds the CLI)."""
import collections, json, os, re, subprocess, sys, tempfile

def key(c):
    return (tuple(sorted(c.get('suppliers') or [])), tuple(sorted(c.get('recipients') or [])), c.get('category'))

def diff(g, p):
    return '+'.join(n for n, x, y in zip(('supplier', 'recipient', 'category'), key(g), key(p)) if x != y)

def span(text, c):
    s = text.find(c['evidence'])
    return (s, s + len(c['evidence'])) if s >= 0 else None

def overlaps(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]

def closest(text, c, others, c_is_gold):
    """The other claim overlapping c with the fewest core fields differing, as
    (fields that differ, its index), or None when none overlaps."""
    near = []
    for k, o in enumerate(others):
        g, p = (c, o) if c_is_gold else (o, c)
        if overlaps(span(text, g), tuple(p['span'])):
            near.append((diff(g, p), k))
    return min(near, key=lambda x: x[0].count('+') + (x[0] != ''), default=None)

def words(s):
    return set(re.findall(r'[^\W_]+', s.lower()))

def jaccard(a, b):
    a, b = words(a), words(b)
    return len(a & b) / len(a | b) if a | b else 0.0

def same_bound(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.01 * max(abs(a), abs(b))

def same_quantity(a, b):
    if not a or not b:
        return not a and not b
    return a.get('unit') == b.get('unit') and same_bound(a.get('min'), b.get('min')) and same_bound(a.get('max'), b.get('max'))

def same_speaker(a, b):
    a, b = (a or '').strip().lower(), (b or '').strip().lower()
    return a == b if not a or not b else a in b or b in a

def pair(gold, pred):
    """Core pairing in the order `armsledger eval` uses (eval/match.go):
    strict pairs first, then the most overlapping evidence, then agreement on
    status, quantity and speaker, then input order. Returns (gold index ->
    pred index) and the reverse."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if key(g) != key(p):
                continue
            status, qty = g['status'] == p['status'], same_quantity(g.get('quantity'), p.get('quantity'))
            agree = status + qty + same_speaker(g.get('speaker'), p.get('speaker'))
            cands.append((-(status and qty), -jaccard(g['evidence'], p['evidence']), -agree, i, j))
    g2p, p2g = {}, {}
    for *_, i, j in sorted(cands):
        if i not in g2p and j not in p2g:
            g2p[i], p2g[j] = j, i
    return g2p, p2g

def main():
    args = [a for a in sys.argv[1:] if a not in ('-v', '--rule')]
    verbose, by_rule = '-v' in sys.argv, '--rule' in sys.argv
    if len(args) < 2 or args[0] not in ('misses', 'falses', 'statuses'):
        sys.exit(__doc__)
    kind, files = args[0], args[1:]
    if verbose and any(f.endswith('-held.jsonl') for f in files):
        sys.exit('tally.py: -v prints passages and gold; never on *-held.jsonl')
    tmp = tempfile.mkdtemp()
    binary = os.path.join(tmp, 'armsledger')
    subprocess.run(['go', 'build', '-o', binary, './cmd/armsledger'], check=True)
    counts, cases = collections.Counter(), collections.defaultdict(list)
    for f in files:
        out = subprocess.run([binary, 'extract', '--jsonl', f], capture_output=True, text=True, check=True).stdout
        preds = {d['id']: d['claims'] for d in map(json.loads, out.splitlines())}
        for line in open(f, encoding='utf-8'):
            if not line.strip():
                continue
            passage = json.loads(line)
            text, gold, pred = passage['text'], passage.get('claims', []), preds.get(passage['id'], [])
            g2p, p2g = pair(gold, pred)
            if kind == 'statuses':
                for i, j in g2p.items():
                    if gold[i]['status'] != pred[j]['status']:
                        label = f"{gold[i]['status']} -> {pred[j]['status']}"
                        counts[label] += 1
                        cases[label].append((passage['id'], gold[i]['evidence']))
                continue
            if kind == 'misses':
                for i, g in enumerate(gold):
                    if i in g2p:
                        continue
                    near = closest(text, g, pred, c_is_gold=True)
                    if near is None:
                        label = 'silent'
                    else:
                        d, j = near
                        label = (d or 'same key') + (' (pred used)' if j in p2g else '')
                    counts[label] += 1
                    cases[label].append((passage['id'], key(g), g['status'], g['evidence']))
            else:
                for j, p in enumerate(pred):
                    if j in p2g:
                        continue
                    near = closest(text, p, gold, c_is_gold=False)
                    label = 'spurious' if near is None else (near[0] or 'dup')
                    if by_rule:
                        label += f"  [{p.get('rule')}]"
                    counts[label] += 1
                    cases[label].append((passage['id'], key(p), p['status'], p.get('rule'), p['evidence']))
    total = sum(counts.values()) or 1
    for label, n in counts.most_common():
        print(f'{n:5d} {n / total:6.1%}  {label}')
    if verbose:
        for label, _ in counts.most_common():
            print(f'\n== {label}')
            for c in cases[label]:
                print('  ', c)

if __name__ == '__main__':
    main()
