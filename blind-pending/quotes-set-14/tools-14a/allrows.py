import load, re
G='/work/main/Tests/NewsroomKitTests/Fixtures/quotes/wikinews-quotes-gold.tsv'
gold=set()
for l in open(G, encoding='utf-8'):
    m=re.match(r'# wikinews_2019\.csv row (\d+)', l)
    if m: gold.add(int(m.group(1)))
USED={1,3,5,6,8,9,10,13,15,16,18,20,21,23}
BASE={7,31,55,79,103,127,151}
rs=load.rows()
for i,r in enumerate(rs):
    t=r['text']; fl=[]
    if i in gold: fl.append('GOLD')
    if i%12==0: fl.append('mod12')
    if i%24 in USED: fl.append('used%d'%(i%24))
    if i in BASE: fl.append('BASE')
    if re.search('wikinews', r['title'], re.I): fl.append('WN')
    if len(t)>10000: fl.append('LONG')
    q=t.count('"')+t.count('“')+t.count('”')
    s=len(re.findall(r'\b(said|says|told|according to|stated|reported|announced)\b',t,re.I))
    print(f"{i}\t{len(t)}\tq={q}\ts={s}\t{' '.join(fl)}\t{r['title'][:90]}")
