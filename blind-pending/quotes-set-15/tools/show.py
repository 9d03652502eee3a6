import sys, load
r=int(sys.argv[1]); f=load.fname(sys.argv[2] if len(sys.argv)>2 else '2019')
d=load.rows(f)[r]; t=d['text']
print('##', f, 'row', r, '|', d['title'], '|', d['date'], '|', len(t), 'code points')
pos=0
for para in t.split('\n'):
    if para.strip(): print('[%d] %s' % (pos, para))
    pos+=len(para)+1
