import sys
from load import rows
R=rows()
if sys.argv[1]=='list':
    for n in map(int,sys.argv[2:]):
        r=R[n]; print(n, len(r['text']), repr(r.get('title','')[:80]))
else:
    n=int(sys.argv[1]); t=R[n]['text']
    print(t)
