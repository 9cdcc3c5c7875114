"""Reads .ics files with Python's icalendar package (Debian python3-icalendar), an independent parser, and prints one
JSON object per event: the file, UID, SEQUENCE, start and end in UTC, attendees' names and e-mail addresses, the
description and summary and their LANGUAGE parameters. Used by the Java tests to check our calendars with code that shares nothing with ical4j."""
import json
import sys
from datetime import timezone

import icalendar


def text_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    for event in calendar.walk('VEVENT'):
        attendees = text_list(event.get('ATTENDEE'))
        print(json.dumps({
            'file': path,
            'uid': str(event.get('UID')),
            'sequence': int(event.get('SEQUENCE', 0)),
            'start': event.decoded('DTSTART').astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
            'end': event.decoded('DTEND').astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
            'tzid': event['DTSTART'].params.get('TZID', ''),
            'names': [str(a.params.get('CN', '')) for a in attendees],
            'emails': [str(a).replace('mailto:', '') for a in attendees],
            'description': str(event.get('DESCRIPTION', '')),
            'summary': str(event.get('SUMMARY', '')),
            'summary_language': event['SUMMARY'].params.get('LANGUAGE', '') if 'SUMMARY' in event else '',
            'description_language': event['DESCRIPTION'].params.get('LANGUAGE', '') if 'DESCRIPTION' in event else '',
        }, ensure_ascii=False))
