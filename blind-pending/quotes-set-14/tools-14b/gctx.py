# prints the existing gold's spans with 70 code points of context before each
import sys
from load import text
G = '/work/main/Tests/NewsroomKitTests/Fixtures/quotes/wikinews-quotes-gold.tsv'
for l in open(G):
    if l.startswith('#'): continue
    f, r, s, e, k, sp, st, h, tl = l.rstrip('\n').split('\t')
    t = text(int(r), f); s, e = int(s), int(e)
    print(f'{f[9:13]}:{r}\t{k}\t{sp}\t{st}\t…{t[max(0,s-70):s]}⟦{t[s:e]}⟧{t[e:e+15]}…'.replace('\n', ' '))
