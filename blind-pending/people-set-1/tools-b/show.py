import sys, re
from load import rows, text
fname, row = sys.argv[1], int(sys.argv[2])
r = rows(fname)[row]
print({k: (v if k != 'text' else len(v)) for k, v in r.items()})
t = r['text']
# print with line offsets
pos = 0
for line in t.split('\n'):
    print(f'[{pos}] {line}')
    pos += len(line) + 1
# capitalised tokens summary
caps = sorted(set(re.findall(r"\b[A-Z][\w'\-\.]*(?:\s+[A-Z][\w'\-\.]*)*", t)))
print('\nCAPS:', ' | '.join(caps))
