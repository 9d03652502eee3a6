import csv, sys
csv.field_size_limit(sys.maxsize)
PATH='/work/shared/corpus/wikinews/wikinews_2020.csv'
def rows():
    with open(PATH, newline='', encoding='utf-8') as f:
        r = csv.DictReader(f)
        return list(r)
def text(n):
    return rows()[n]['text']
