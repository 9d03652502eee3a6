import sys, load
i = int(sys.argv[1]); t = load.text(i)
print('ROW', i, 'len', len(t), 'title:', load.rows()[i]['title'])
pos = 0
for line in t.split('\n'):
    print(f'[{pos}] {line}')
    pos += len(line) + 1
