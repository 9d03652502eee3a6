"""build.py [--review] : find every word-bounded occurrence of each listed surface per row,
longest-first, drop excluded (surface,start), write the TSV. --review prints each mention in
context plus capitalised words not covered by any mention (to catch misses)."""
import sys, re, load
from spec import SPEC
OUT = '/work/pblind1a/wikinews-people-gold-2019b.tsv'
def isword(c): return c.isalnum() or c in '_'
def find_all(t, s):
    i = 0
    while True:
        j = t.find(s, i)
        if j < 0: return
        k = j + len(s)
        if (j == 0 or not isword(t[j-1])) and (k == len(t) or not isword(t[k])):
            yield j, k
        i = j + 1
def build_row(row):
    t = load.text(row); sp = SPEC[row]
    excl = set(sp.get('exclude', []))
    used = [False]*len(t); out = []; hit_excl = set()
    for s, cl in sorted(sp['names'], key=lambda x: -len(x[0])):
        n = 0
        for j, k in find_all(t, s):
            if any(used[j:k]): continue
            for p in range(j, k): used[p] = True   # excluded spans still block shorter names
            n += 1
            if (s, j) in excl: hit_excl.add((s, j)); continue
            out.append((j, k, s, cl))
        if n == 0: print(f'WARNING row {row}: surface {s!r} not found', file=sys.stderr)
    for e in excl - hit_excl: print(f'WARNING row {row}: exclusion {e} not matched', file=sys.stderr)
    return sorted(out), used
def main():
    review = '--review' in sys.argv
    rows = [int(a) for a in sys.argv[1:] if a.isdigit()] or sorted(SPEC)
    lines = ['# file\trow\tstart\tend\tsurface\tcluster']
    for row in sorted(SPEC):
        out, used = build_row(row)
        for j, k, s, cl in out:
            lines.append(f'{load.FILE}\t{row}\t{j}\t{k}\t{s}\t{cl}')
        if review and row in rows:
            t = load.text(row)
            print(f'== row {row}: {len(out)} mentions, {len(set(c for *_, c in out))} people')
            for j, k, s, cl in out:
                print(f'  {j:5}-{k:<5} {cl:12} ...{t[max(0,j-30):j]!s}[[{s}]]{t[k:k+30]}...'.replace('\n',' '))
            unc = {}
            for m in re.finditer(r'\b[A-ZÀ-ÖØ-ÞА-Я][\w\'’-]*', t):
                if not any(used[m.start():m.end()]):
                    unc.setdefault(m.group(), []).append(m.start())
            print('  uncovered capitalised:', ', '.join(f'{w}×{len(v)}' for w, v in sorted(unc.items())))
    open(OUT, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    print('wrote', OUT, len(lines)-1, 'mentions')
main()
