import sys, re, load
row = int(sys.argv[1]); file = sys.argv[2] if len(sys.argv) > 2 else 'wikinews_2019.csv'
r = load.rows(file)[row]; t = r['text']
print('#', file, row, '|', r['title'], '|', r['date'], '|', len(t), 'code points')
pos = 0
for para in t.split('\n'):
    if para.strip():
        print(f'[{pos}] {para}')
    pos += len(para) + 1
