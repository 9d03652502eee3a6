import csv, sys
csv.field_size_limit(sys.maxsize)
BASE = '/work/shared/corpus/wikinews/'
_cache = {}
def rows(fname):
    if fname not in _cache:
        with open(BASE + fname, newline='', encoding='utf-8') as f:
            _cache[fname] = list(csv.DictReader(f))
    return _cache[fname]
def text(fname, row):
    return rows(fname)[row]['text']
