import sys, load
P = sys.argv[1] if len(sys.argv) > 1 else '/work/pblind1a/wikinews-people-gold-2019b.tsv'
HEADER = '# file\trow\tstart\tend\tsurface\tcluster'
errs = []
lines = open(P, encoding='utf-8').read().split('\n')
if lines and lines[-1] == '': lines.pop()
if not lines or lines[0] != HEADER: errs.append('bad header')
prev = None; people = set(); arts = set(); n = 0
for ln, line in enumerate(lines[1:], 2):
    c = line.split('\t')
    if len(c) != 6: errs.append(f'{ln}: {len(c)} columns'); continue
    f, row, s, e, surf, cl = c
    if f != load.FILE: errs.append(f'{ln}: file {f}')
    try: row, s, e = int(row), int(s), int(e)
    except ValueError: errs.append(f'{ln}: non-integer'); continue
    t = load.text(row)
    if not (0 <= s < e <= len(t)): errs.append(f'{ln}: bad range'); continue
    if t[s:e] != surf: errs.append(f'{ln}: surface {surf!r} != text {t[s:e]!r}')
    if surf != surf.strip(): errs.append(f'{ln}: whitespace at edge')
    if surf.endswith(("'s", "’s")) or "'s " in surf: errs.append(f'{ln}: possessive in span')
    if not cl or cl != cl.lower() or ' ' in cl: errs.append(f'{ln}: bad cluster {cl!r}')
    if s > 0 and t[s-1].isalnum(): errs.append(f'{ln}: starts mid-word')
    if e < len(t) and t[e].isalnum(): errs.append(f'{ln}: ends mid-word')
    if prev:
        pr, ps, pe = prev
        if (row, s) <= (pr, ps): errs.append(f'{ln}: not sorted')
        if row == pr and s < pe: errs.append(f'{ln}: overlaps previous')
    prev = (row, s, e); n += 1; arts.add(row); people.add((row, cl))
if errs:
    print('\n'.join(errs)); print(f'FAIL ({len(errs)} errors)'); sys.exit(1)
print(f'OK ({len(arts)} articles, {n} mentions, {len(people)} people)')
