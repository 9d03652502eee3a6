import sys, load
path = sys.argv[1] if len(sys.argv) > 1 else 'wikinews-quotes-gold-15.tsv'
for l in open(path, encoding='utf-8'):
    if l.startswith('#'): print(l.rstrip()); continue
    f, r, s, e, kind, spk, typ, h, tl = l.rstrip('\n').split('\t')
    t = load.text(int(r), f); s, e = int(s), int(e)
    print('%s %s | %s (%s) | …%s⟦%s⟧%s…' % (kind[:3], s, spk, typ[0], t[max(0,s-40):s], t[s:e], t[e:e+15]))
