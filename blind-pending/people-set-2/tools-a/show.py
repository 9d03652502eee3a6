import sys, load
# usage: show.py ROW  -> prints text, each line prefixed with its start offset
for a in sys.argv[1:]:
    n = int(a); t = load.text(n)
    print(f'===== row {n} len {len(t)} title: {load.rows()[n]["title"]}')
    pos = 0
    for line in t.split('\n'):
        print(f'[{pos}] {line}')
        pos += len(line) + 1
