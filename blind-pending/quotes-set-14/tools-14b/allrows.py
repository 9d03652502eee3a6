import re
from load import rows
gold = set()
for l in open('/work/main/Tests/NewsroomKitTests/Fixtures/quotes/wikinews-quotes-gold.tsv'):
    if l.startswith('# wikinews_2020.csv row'): gold.add(int(l.split()[-1]))
used = {1,3,5,6,8,9,10,13,15,16,18,20,21,23}
for i, m in enumerate(rows()):
    t = m['text']
    q = len(re.findall('["“”]', t))
    s = len(re.findall(r'\b(said|says|told|according to|stated|reported|announced)\b', t, re.I))
    fl = []
    if i in gold: fl.append('GOLD')
    if i % 12 == 0: fl.append('mod12')
    if i % 24 in used: fl.append('res%d' % (i % 24))
    if 'wikinews' in m['title'].lower(): fl.append('WN')
    if len(t) > 10000: fl.append('LONG')
    print(f'{i:3d} r24={i%24:2d} len={len(t):6d} q={q:3d} s={s:3d} {",".join(fl):22s} {m["title"][:90]}')
