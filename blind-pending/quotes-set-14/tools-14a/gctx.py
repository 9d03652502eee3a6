import load, sys
G='/work/main/Tests/NewsroomKitTests/Fixtures/quotes/wikinews-quotes-gold.tsv'
for l in open(G, encoding='utf-8'):
    if l.startswith('#'): continue
    f=l.rstrip('\n').split('\t')
    t=load.text(int(f[1]), f[0])
    s,e=int(f[2]),int(f[3])
    print(f"{f[0][9:13]} r{f[1]} {f[4]} [{f[5]}|{f[6]}] ...{t[max(0,s-70):s]!r} <<{t[s:e]}>> {t[e:e+15]!r}")
