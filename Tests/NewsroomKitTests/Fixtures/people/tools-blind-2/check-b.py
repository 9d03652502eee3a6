import sys
from load import rows
P = sys.argv[1] if len(sys.argv) > 1 else 'wikinews-people-gold-2.tsv'
R = rows()
lines = open(P, encoding='utf-8').read().split('\n')
assert lines[0] == '# file\trow\tstart\tend\tsurface\tcluster', 'bad header'
assert lines[-1] == '', 'no final newline'
arts = []; data = []; errs = []
cur = None
for i, L in enumerate(lines[1:-1], 2):
    if L.startswith('#'):
        assert L.startswith('# wikinews_2020.csv row '), f'line {i}: bad comment'
        cur = int(L.split()[-1]); arts.append(cur); continue
    c = L.split('\t')
    if len(c) != 6: errs.append(f'line {i}: {len(c)} columns'); continue
    f, r, s, e, surf, cl = c
    r, s, e = int(r), int(s), int(e)
    if f != 'wikinews_2020.csv': errs.append(f'line {i}: file')
    if r != cur: errs.append(f'line {i}: row {r} under header {cur}')
    t = R[r]['text']
    if t[s:e] != surf: errs.append(f'line {i}: surface {surf!r} != {t[s:e]!r}')
    if surf != surf.strip(): errs.append(f'line {i}: edge whitespace')
    if surf.endswith("'s") or surf.endswith("’s") or surf.endswith("'") : errs.append(f'line {i}: possessive')
    if not (cl and cl == cl.lower() and ' ' not in cl): errs.append(f'line {i}: cluster {cl!r}')
    if s >= e: errs.append(f'line {i}: empty span')
    data.append((r, s, e, cl, i))
if arts != sorted(arts) or len(set(arts)) != len(arts): errs.append('article headers not sorted/unique')
for a, b in zip(data, data[1:]):
    if (a[0], a[1]) >= (b[0], b[1]): errs.append(f'line {b[4]}: not sorted')
    elif a[0] == b[0] and b[1] < a[2]: errs.append(f'line {b[4]}: overlaps line {a[4]}')
if errs:
    print('\n'.join(errs)); sys.exit(1)
people = {(r, cl) for r, _, _, cl, _ in data}
print(f'OK ({len(arts)} articles, {len(data)} mentions, {len(people)} people)')
