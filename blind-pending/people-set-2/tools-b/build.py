"""Build gold TSV from per-article surface lists.
For each article: list of (surface, cluster); every whole-word occurrence of each surface is
annotated, longest surfaces first (shorter ones don't overlap longer spans).
EXCLUDE: list of (surface-context-regex) spans to skip: any match of regex in text whose
group 'x' covers an occurrence removes it.
Usage: python3 build.py        -> writes wikinews-people-gold-2.tsv
       python3 build.py review -> per article, capitalised words not covered
"""
import re, sys
from load import rows

ROWS = [9, 21, 33, 45, 57, 69, 81, 93]
SKIPPED = {105: 'over 10,000 code points (21,213)', 117: 'over 10,000 code points (30,278)'}

ANN = {
 9: [('Nancy Pelosi','pelosi'),('Pelosi','pelosi'),('Donald Trump','trump'),('Trump','trump'),
     ('Mitch McConnell','mcconnell'),('McConnell','mcconnell'),('Bill Clinton','clinton')],
 21: [('Kristian Andersen','andersen')],
 33: [],
 45: [('Bernie Sanders','sanders'),('Sanders','sanders'),('Joe Biden','biden'),('Biden','biden'),
      ('Donald Trump','trump'),('Hillary Clinton','hclinton'),('Stephen Colbert','colbert')],
 57: [],
 69: [('Khairi Saadallah','saadallah'),('Saadallah','saadallah'),('Neil Basu','basu'),('Basu','basu')],
 81: [('Joe Biden','biden'),('Biden','biden'),('Kamala Harris','harris'),('Harris','harris'),
      ('Trump','trump'),('Mike Pence','pence'),('Sarah Palin','palin'),('John McCain','mccain'),
      ('Geraldine Ferraro','ferraro'),('Ferraro','ferraro'),('Walter Mondale','mondale'),
      ('Gloria Steinem','steinem'),('Barack Obama','obama')],
 93: [('Matiu "Matt" Ratana','ratana'),('Ratana','ratana'),('Louis De Zoysa','dezoysa'),('De Zoysa','dezoysa')],
}
# regexes; an occurrence lying inside a match of group 'x' is excluded
EXCLUDE = {
 45: [r'(?P<x>The Late Show with Stephen Colbert)'],   # TV show title (work), see NOTES
}

def spans(n, t):
    out = []
    excl = []
    for rx in EXCLUDE.get(n, []):
        for m in re.finditer(rx, t):
            excl.append((m.start('x'), m.end('x')))
    taken = []
    for surf, cl in sorted(ANN[n], key=lambda p: -len(p[0])):
        for m in re.finditer(r'(?<!\w)' + re.escape(surf) + r'(?!\w)', t):
            s, e = m.start(), m.end()
            if any(a <= s and e <= b for a, b in excl): continue
            if any(s < b and a < e for a, b in taken): continue
            taken.append((s, e)); out.append((s, e, surf, cl))
    return sorted(out)

def main():
    R = rows()
    if len(sys.argv) > 1 and sys.argv[1] == 'review':
        for n in ROWS:
            t = R[n]['text']; sp = spans(n, t)
            print(f'=== row {n}: {len(sp)} mentions')
            for s, e, surf, cl in sp:
                ctx = t[max(0,s-25):e+15].replace('\n',' ')
                print(f'   {s:5d} {e:5d} {cl:10s} {surf!r:28s} ...{ctx}...')
            unc = []
            for m in re.finditer(r"[A-Z][\w'\-\.]*", t):
                if not any(s <= m.start() < e for s, e, _, _ in sp):
                    unc.append(m.group())
            print('   uncovered caps:', ' '.join(sorted(set(unc))))
        return
    with open('wikinews-people-gold-2.tsv', 'w', encoding='utf-8') as f:
        f.write('# file\trow\tstart\tend\tsurface\tcluster\n')
        for n in ROWS:
            t = R[n]['text']
            f.write(f'# wikinews_2020.csv row {n}\n')
            for s, e, surf, cl in spans(n, t):
                assert t[s:e] == surf
                f.write(f'wikinews_2020.csv\t{n}\t{s}\t{e}\t{surf}\t{cl}\n')
    print('written')
main()
