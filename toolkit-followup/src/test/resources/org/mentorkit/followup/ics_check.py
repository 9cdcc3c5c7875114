# Reads iCalendar text from each file with the 'icalendar' package (not ical4j) and prints, as JSON, the METHOD
# and every VEVENT's UID, SUMMARY, DTSTART (ISO, with zone), ORGANIZER and attendees.
import json
import sys
import icalendar

result = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in cal.walk("VEVENT"):
        start = event.decoded("DTSTART")
        attendees = event.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        events.append({"uid": str(event["UID"]), "summary": str(event["SUMMARY"]),
                       "start": start.isoformat(), "zone": str(getattr(start, "tzinfo", "")),
                       "organizer": str(event.get("ORGANIZER", "")), "attendees": [str(a) for a in attendees]})
    result.append({"file": path, "method": str(cal.get("METHOD", "")), "events": events})
print(json.dumps(result, ensure_ascii=False))
