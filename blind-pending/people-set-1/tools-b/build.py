"""Spec format (spec.txt):
@ FILE ROW            start an article
Surface => cluster    (UPPER-CASE cluster = blocker: claims the span, not output) every word-bounded occurrence of Surface is a mention (longer surfaces win overlaps)
! START               exclude the occurrence starting at START (for the current article)
# comment
Writes wikinews-people-gold-2020b.tsv and prints every mention with context."""
import sys, re
from load import text
arts = []
cur = None
for line in open(sys.argv[1] if len(sys.argv) > 1 else 'spec.txt', encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    if line.startswith('@'):
        _, f, r = line.split(); cur = {'file': f, 'row': int(r), 'surf': [], 'excl': set()}; arts.append(cur)
    elif line.startswith('!'):
        cur['excl'].add(int(line[1:].strip()))
    else:
        s, c = line.split('=>'); cur['surf'].append((s.strip(), c.strip()))
out = []
for a in arts:
    t = text(a['file'], a['row'])
    cands = []
    for s, c in a['surf']:
        for m in re.finditer(r'(?<![\w])' + re.escape(s) + r'(?![\w])', t):
            cands.append((m.start(), m.end(), s, c))
    cands.sort(key=lambda x: (-(x[1]-x[0]), x[0]))
    taken = []
    for st, en, s, c in cands:
        if st in a['excl']: continue
        if any(st < e2 and s2 < en for s2, e2, *_ in taken): continue
        taken.append((st, en, s, c))
    used = {x[0] for x in taken} | set()
    for e in a['excl']:
        if not any(x[0] == e for x in cands): print('WARNING unused exclusion', a['row'], e)
    taken.sort()
    real = [x for x in taken if not x[3].isupper()]
    print(f"=== {a['file']} {a['row']}: {len(real)} mentions, {len(set(x[3] for x in real))} people")
    for st, en, s, c in taken:
        ctx = t[max(0, st-40):st] + '[' + t[st:en] + ']' + t[en:en+40]
        print(f"  {st:6d} {en:6d} {c:14s} {ctx!r}")
    for st, en, s, c in cands:
        if st in a['excl']: print(f"  EXCLUDED {st} {s!r}: {t[max(0,st-40):en+40]!r}")
    for x in taken:
        if x[3].isupper(): continue  # blocker (work/org/excluded non-person), not a mention
        out.append((a['file'], a['row'], *x))
out.sort(key=lambda x: (x[0] != 'wikinews_2019.csv', x[1], x[2]))
with open('wikinews-people-gold-2020b.tsv', 'w', encoding='utf-8') as f:
    f.write('# file\trow\tstart\tend\tsurface\tcluster\n')
    for fi, r, st, en, s, c in out:
        f.write(f'{fi}\t{r}\t{st}\t{en}\t{s}\t{c}\n')
