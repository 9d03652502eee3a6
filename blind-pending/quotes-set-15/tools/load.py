import csv, sys
csv.field_size_limit(sys.maxsize)
D = '/work/shared/corpus/wikinews/'
_cache = {}
def rows(file):
    if file not in _cache:
        with open(D + file, newline='', encoding='utf-8') as f:
            _cache[file] = list(csv.DictReader(f))
    return _cache[file]
def text(row, file):
    return rows(file)[row]['text']
def fname(y):
    return 'wikinews_%s.csv' % y
