#!/usr/bin/env python3
"""scripts/carry-translations.py: a string whose code moved to another class keeps its
translation (plural forms too); a new string that only matches one translated elsewhere, and a
string whose vanished entries disagree, stay to be translated."""
import os
import subprocess
import sys
import tempfile

SCRIPT = os.path.join(os.path.dirname(__file__), '..', '..', 'scripts', 'carry-translations.py')

BEFORE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Old</name>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
</context>
</TS>
"""

# What lupdate writes after Old's switching code moved to New, and a new "Open" appeared in
# Third while Old keeps its own; both "Clear"s moved to New.
AFTER = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>New</name>
    <message>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Old</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Third</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def main():
    import xml.etree.ElementTree as ET
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, 'x_de.ts')
        snap = os.path.join(tmp, 'snap.json')
        with open(ts, 'w', encoding='utf-8') as f:
            f.write(BEFORE)
        subprocess.run([sys.executable, SCRIPT, 'snapshot', snap, ts], check=True)
        with open(ts, 'w', encoding='utf-8') as f:
            f.write(AFTER)
        subprocess.run([sys.executable, SCRIPT, 'fill', snap, ts], check=True)
        got = {}
        for context in ET.parse(ts).getroot().iter('context'):
            for message in context.iter('message'):
                t = message.find('translation')
                forms = [f.text for f in t.iter('numerusform')]
                got[(context.findtext('name'), message.findtext('source'))] = (
                    t.get('type'), forms if forms else t.text)
    expected = {
        ('New', 'Switch to %1'): (None, 'Zu %1 wechseln'),
        ('New', '%n project(s)'): (None, ['%n Projekt', '%n Projekte']),
        ('New', 'Clear'): ('unfinished', None),  # "Leeren" and "Löschen": which one is unknown
        ('Old', 'Open'): (None, 'Öffnen'),
        ('Third', 'Open'): ('unfinished', None),  # Old's "Open" did not move: a new string
    }
    if got != expected:
        for key in sorted(set(got) | set(expected)):
            if got.get(key) != expected.get(key):
                print(f'{key}: got {got.get(key)}, expected {expected.get(key)}')
        sys.exit(1)
    print('carry-translations: all as expected')


if __name__ == '__main__':
    main()
