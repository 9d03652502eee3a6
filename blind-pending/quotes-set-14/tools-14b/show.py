import sys
from load import rows
r = int(sys.argv[1]); f = sys.argv[2] if len(sys.argv) > 2 else 'wikinews_2020.csv'
m = rows(f)[r]
for k, v in m.items():
    if k != 'text': print(f'{k}: {v[:200]}')
t = m['text']; print('length:', len(t)); print()
pos = 0
for para in t.split('\n'):
    if para.strip(): print(f'[{pos}] {para}')
    pos += len(para) + 1
