"""check.py: validates wikinews-people-gold-4.tsv against the corpus and the format rules."""
import re, sys, collections, load
F = 'wikinews-people-gold-4.tsv'
errs, warns = [], []
lines = open(F, encoding='utf-8').read().split('\n')
if lines[-1] == '': lines.pop()
if lines[0] != '# file\trow\tstart\tend\tsurface\tcluster': errs.append('bad header')
expected = load.articles()
headers = []; cur = None; prev = None
per = collections.defaultdict(list)
for i, line in enumerate(lines[1:], 2):
    m = re.fullmatch(r'# wikinews_(20\d\d)\.csv row (\d+)', line)
    if m:
        cur = (m.group(1), int(m.group(2))); headers.append(cur); prev = None; continue
    f = line.split('\t')
    if len(f) != 6: errs.append(f'line {i}: {len(f)} fields'); continue
    fn, row, s, e, surf, cl = f
    y = fn[len('wikinews_'):-4]
    if fn != f'wikinews_{y}.csv' or cur is None or (y, int(row)) != cur:
        errs.append(f'line {i}: row/file does not match header {cur}'); continue
    s, e = int(s), int(e); t = load.text(y, int(row))
    if not (0 <= s < e <= len(t)): errs.append(f'line {i}: bad offsets'); continue
    if t[s:e] != surf: errs.append(f'line {i}: surface {surf!r} != text {t[s:e]!r}')
    if surf != surf.strip(): errs.append(f'line {i}: whitespace at edge')
    if (s > 0 and t[s-1].isalnum()) or (e < len(t) and t[e].isalnum()): errs.append(f'line {i}: cuts a word: {t[max(0,s-5):e+5]!r}')
    if re.search(r"['’]s$", surf): errs.append(f'line {i}: possessive in span')
    if not re.fullmatch(r'[a-z0-9]+', cl): errs.append(f'line {i}: bad cluster id {cl!r}')
    if prev and (s < prev[1]): errs.append(f'line {i}: overlap or unsorted')
    prev = (s, e)
    per[cur].append((s, e, surf, cl))
if headers != expected: errs.append(f'article headers {headers} != expected {expected}')
for a, ms in per.items():
    bys = collections.defaultdict(set)
    for s, e, surf, cl in ms: bys[surf].add(cl)
    for surf, cls in bys.items():
        if len(cls) > 1: warns.append(f'{a}: surface {surf!r} in clusters {sorted(cls)}')
n = sum(len(v) for v in per.values()); c = sum(len({x[3] for x in v}) for v in per.values())
for w in warns: print('WARN', w)
for x in errs: print('ERROR', x)
print(f'{len(headers)} articles, {n} mentions, {c} clusters')
print('CHECK OK' if not errs else f'CHECK FAILED ({len(errs)} errors)')
sys.exit(1 if errs else 0)
