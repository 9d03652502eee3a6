import re, sys, load
G='/work/main/Tests/NewsroomKitTests/Fixtures/quotes/wikinews-quotes-gold.tsv'
gold=set()
for l in open(G, encoding='utf-8'):
    m=re.match(r'# (wikinews_\d+\.csv) row (\d+)', l)
    if m: gold.add((m.group(1), int(m.group(2))))
USED={1,3,5,6,7,8,9,10,13,15,16,18,20,21,23}
SET14={'wikinews_2019.csv':{4,31,55,76,103,127,151},'wikinews_2020.csv':{7,28,38,41,43}}
def flags(f, r):
    d=load.rows(f)[r]; t=d['text']; fl=[]
    if (f,r) in gold: fl.append('GOLD')
    if r in SET14[f]: fl.append('SET14')
    if r%12==0: fl.append('mod12')
    if r%24 in USED: fl.append('used%d'%(r%24))
    if 'wikinews' in d['title'].lower(): fl.append('WN')
    if len(t)>10000: fl.append('LONG')
    return fl
if __name__=='__main__':
    f=load.fname(sys.argv[1])
    for r,d in enumerate(load.rows(f)):
        t=d['text']
        nq=len(re.findall('["“”]',t)); ns=len(re.findall(r'\b(said|says|told|according to|stated|reported|announced)\b',t,re.I))
        print(r, r%24, len(t), nq, ns, ','.join(flags(f,r)) or 'OK', d['title'][:80], sep='\t')
