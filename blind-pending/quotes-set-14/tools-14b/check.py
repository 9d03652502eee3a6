# validates a set-14b gold file; prints OK (n articles, m quotes) or the problems
import sys
from load import text
f = sys.argv[1] if len(sys.argv) > 1 else 'wikinews-quotes-gold-14b.tsv'
ROWS = [7, 28, 38, 41, 43]
FILE = 'wikinews_2020.csv'
HEADER = '# file\trow\tstart\tend\tkind\tspeaker\tspeaker type\thead\ttail'
err = []
lines = open(f, encoding='utf-8').read().split('\n')
if lines and lines[-1] == '': lines.pop()
if not lines or lines[0] != HEADER: err.append('bad header line')
seen = []; cur = None; last_end = None; n = 0; counts = {}
for i, l in enumerate(lines[1:], 2):
    if l.startswith('#'):
        p = l.split(' ')
        if len(p) != 4 or p[0] != '#' or p[1] != FILE or p[2] != 'row' or not p[3].isdigit():
            err.append(f'line {i}: bad comment line {l!r}'); continue
        cur = int(p[3]); seen.append(cur); last_end = None; counts[cur] = 0; continue
    c = l.split('\t')
    if len(c) != 9: err.append(f'line {i}: {len(c)} columns'); continue
    fi, r, s, e, k, sp, st, h, tl = c
    if cur is None: err.append(f'line {i}: quote before any article line'); continue
    if fi != FILE: err.append(f'line {i}: file {fi}')
    if not (r.isdigit() and int(r) == cur): err.append(f'line {i}: row {r} under article {cur}'); continue
    if not (s.isdigit() and e.isdigit()): err.append(f'line {i}: offsets'); continue
    s, e = int(s), int(e); t = text(cur, FILE)
    if not (0 <= s < e <= len(t)): err.append(f'line {i}: offsets out of range'); continue
    q = t[s:e]
    if q != q.strip(): err.append(f'line {i}: white space at span edge')
    if '\n' in q or '\t' in q: err.append(f'line {i}: newline/tab in span')
    if h != q[:24] or tl != q[-12:]: err.append(f'line {i}: head/tail mismatch')
    if k not in ('direct', 'mixed', 'indirect'): err.append(f'line {i}: kind {k}')
    if st not in ('person', 'group'): err.append(f'line {i}: speaker type {st}')
    if not sp or sp != sp.strip(): err.append(f'line {i}: speaker {sp!r}')
    if sp.lower().startswith(('the ', 'a ', 'an ')): err.append(f'line {i}: leading determiner in speaker')
    if last_end is not None and s < last_end: err.append(f'line {i}: not in text order or overlapping')
    last_end = e; n += 1; counts[cur] += 1
if seen != ROWS: err.append(f'article lines {seen} != {ROWS}')
for r, m in counts.items():
    if m == 0: err.append(f'article {r} has no quotes')
if err:
    print('\n'.join(err)); sys.exit(1)
print(f'OK ({len(seen)} articles, {n} quotes)')
