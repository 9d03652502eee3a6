import sys
from load import text
path = sys.argv[1] if len(sys.argv) > 1 else 'wikinews-people-gold-2020b.tsv'
lines = open(path, encoding='utf-8').read().split('\n')
assert lines[0] == '# file\trow\tstart\tend\tsurface\tcluster', 'bad header'
assert lines[-1] == '', 'missing final newline'
recs = []; errs = []
for i, l in enumerate(lines[1:-1], 2):
    p = l.split('\t')
    if len(p) != 6: errs.append(f'line {i}: {len(p)} columns'); continue
    f, r, s, e, surf, c = p
    r, s, e = int(r), int(s), int(e)
    t = text(f, r)
    if t[s:e] != surf: errs.append(f'line {i}: surface {surf!r} != {t[s:e]!r}')
    if not surf or surf != surf.strip(): errs.append(f'line {i}: whitespace at edge')
    if surf.endswith("'s") or surf.endswith("’s") or "'s " in surf: errs.append(f'line {i}: possessive in span')
    if not c or c != c.lower() or ' ' in c: errs.append(f'line {i}: bad cluster {c!r}')
    if s > 0 and (t[s-1].isalnum()) or e < len(t) and t[e].isalnum(): errs.append(f'line {i}: span cuts a word')
    recs.append((f != 'wikinews_2019.csv', f, r, s, e, c))
if recs != sorted(recs): errs.append('not sorted (2019 first, then row, offset)')
for a, b in zip(recs, recs[1:]):
    if a[1:3] == b[1:3] and b[3] < a[4]: errs.append(f'overlap {a} {b}')
if errs:
    print('\n'.join(errs)); sys.exit(1)
arts = {(x[1], x[2]) for x in recs}; people = {(x[1], x[2], x[5]) for x in recs}
print(f'OK ({len(arts)} articles, {len(recs)} mentions, {len(people)} people)')
