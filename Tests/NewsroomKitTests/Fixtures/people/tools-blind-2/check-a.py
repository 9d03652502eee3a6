"""Validate wikinews-people-gold-2.tsv against the corpus text."""
import sys, load
PATH = sys.argv[1] if len(sys.argv) > 1 else '/work/pblind2a/wikinews-people-gold-2.tsv'
HEADER = '# file\trow\tstart\tend\tsurface\tcluster'
errs = []
lines = open(PATH, encoding='utf-8').read().split('\n')
if lines[-1] == '': lines.pop()
if lines[0] != HEADER: errs.append('bad header')
articles = []; cur = None; rows = []
for i, l in enumerate(lines[1:], 2):
    if l.startswith('# '):
        p = l.split()
        if len(p) != 4 or p[1] != 'wikinews_2019.csv' or p[2] != 'row' or not p[3].isdigit():
            errs.append(f'line {i}: bad article line {l!r}'); continue
        cur = int(p[3]); articles.append(cur); continue
    f = l.split('\t')
    if len(f) != 6: errs.append(f'line {i}: {len(f)} columns'); continue
    fn, row, a, b, s, c = f
    if fn != 'wikinews_2019.csv': errs.append(f'line {i}: file {fn}')
    try: row, a, b = int(row), int(a), int(b)
    except ValueError: errs.append(f'line {i}: non-integer'); continue
    if row != cur: errs.append(f'line {i}: row {row} under article line {cur}')
    t = load.text(row)
    if not (0 <= a < b <= len(t)): errs.append(f'line {i}: bad offsets'); continue
    if t[a:b] != s: errs.append(f'line {i}: surface {s!r} != text {t[a:b]!r}')
    if s != s.strip(): errs.append(f'line {i}: edge whitespace')
    if s.endswith("'s") or s.endswith('’s'): errs.append(f'line {i}: possessive in span')
    if not c or c != c.lower() or c != c.strip() or ' ' in c: errs.append(f'line {i}: bad cluster {c!r}')
    rows.append((row, a, b, s, c, i))
if articles != sorted(articles) or len(set(articles)) != len(articles): errs.append('article lines not sorted/unique')
if articles != load.ROWS: errs.append(f'article list {articles} != expected {load.ROWS}')
keys = [(r, a, b) for r, a, b, *_ in rows]
if keys != sorted(keys): errs.append('rows not sorted by row, offset')
for x, y in zip(rows, rows[1:]):
    if x[0] == y[0] and y[1] < x[2]: errs.append(f'line {y[5]}: overlaps line {x[5]}')
for r in set(articles):
    if len(load.text(r)) > load.MAXLEN and any(x[0] == r for x in rows): errs.append(f'row {r} over limit but annotated')
if errs:
    print('\n'.join(errs)); print(f'FAILED ({len(errs)} errors)'); sys.exit(1)
people = len({(r, c) for r, a, b, s, c, i in rows})
print(f'OK ({len(articles)} articles, {len(rows)} mentions, {people} people)')
