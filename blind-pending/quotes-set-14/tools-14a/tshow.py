import load, sys
f = sys.argv[1] if len(sys.argv) > 1 else '/work/qblind14a/wikinews-quotes-gold-14a.tsv'
for l in open(f, encoding='utf-8'):
    if l.startswith('#'):
        print(l.rstrip()); continue
    c = l.rstrip('\n').split('\t'); t = load.text(int(c[1]), c[0]); s, e = int(c[2]), int(c[3])
    print(f"  {c[2]}-{c[3]} {c[4]} [{c[5]}|{c[6]}] ...{t[max(0,s-50):s]!r} <<{t[s:e]}>> {t[e:e+12]!r}")
