#!/usr/bin/env python3
"""Keeps the translations of strings whose code moved to another class.

lupdate files a string under its class (the tr() context); moving code to a new class files
its strings anew, untranslated, and -no-obsolete drops the old entries. Run around lupdate
(scripts/update-translations does):

    carry-translations.py snapshot SNAPSHOT.json TS...   before lupdate
    carry-translations.py fill SNAPSHOT.json TS...       after it

`fill` gives an untranslated string the translation it had in a context it vanished from
(same source text, comment and plural form), when all such vanished entries agree. A string
that merely matches one still translated elsewhere is left alone: the same English words may
want other words in another place."""
import json
import sys
import xml.etree.ElementTree as ET


def entries(path):
    """(context, source, comment, numerus) -> the translation element, for every message."""
    out = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            key = (name, message.findtext('source') or '', message.findtext('comment') or '',
                   message.get('numerus') == 'yes')
            out[key] = message.find('translation')
    return out


def finished(translation):
    return translation is not None and translation.get('type') not in ('unfinished', 'vanished', 'obsolete')


def content(translation):
    forms = [f.text or '' for f in translation.iter('numerusform')]
    return forms if forms else (translation.text or '')


def snapshot(out_path, ts_files):
    snap = {}
    for ts in ts_files:
        snap[ts] = [[list(key), content(t)] for key, t in entries(ts).items() if finished(t)]
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(snap, f)


def fill(snap_path, ts_files):
    with open(snap_path, encoding='utf-8') as f:
        snap = json.load(f)
    for ts in ts_files:
        before = {tuple(key): value for key, value in snap.get(ts, [])}
        now = entries(ts)
        vanished = {}
        for key, value in before.items():
            if key not in now:
                vanished.setdefault(key[1:], []).append(value)
        tree = ET.parse(ts)
        carried = 0
        for context in tree.getroot().iter('context'):
            for message in context.iter('message'):
                t = message.find('translation')
                if t is None or finished(t):
                    continue
                key = (message.findtext('source') or '', message.findtext('comment') or '',
                       message.get('numerus') == 'yes')
                values = vanished.get(key, [])
                if not values or any(v != values[0] for v in values):
                    continue
                value = values[0]
                t.attrib.pop('type', None)
                if isinstance(value, list):
                    for child in list(t):
                        t.remove(child)
                    t.text = None
                    for form in value:
                        ET.SubElement(t, 'numerusform').text = form
                else:
                    t.text = value
                carried += 1
        if carried:
            tree.write(ts, encoding='utf-8', xml_declaration=True)
        print(f'{ts}: {carried} translations carried to the class their code moved to')


if __name__ == '__main__':
    if len(sys.argv) < 4 or sys.argv[1] not in ('snapshot', 'fill'):
        sys.exit(__doc__)
    (snapshot if sys.argv[1] == 'snapshot' else fill)(sys.argv[2], sys.argv[3:])
