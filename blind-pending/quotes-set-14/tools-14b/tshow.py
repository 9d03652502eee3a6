# prints this set's spans with context
import sys
from load import text
f = sys.argv[1] if len(sys.argv) > 1 else 'wikinews-quotes-gold-14b.tsv'
for l in open(f, encoding='utf-8'):
    if l.startswith('#'): print(l.rstrip()); continue
    fi, r, s, e, k, sp, st, h, tl = l.rstrip('\n').split('\t')
    t = text(int(r), fi); s, e = int(s), int(e)
    print(f'{r} {s}-{e} {k} [{sp}/{st}] …{t[max(0,s-60):s]}⟦{t[s:e]}⟧{t[e:e+20]}…'.replace('\n', ' '))
