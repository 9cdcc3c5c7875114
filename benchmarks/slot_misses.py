"""Session dates and member-sessions outside availability, computed without the engine (for availability_milp.py).

Rules, from docs/matching.md ("Meeting slots") and the model's SessionDates, restated here as plain loops:
  - A group meets on its slot's weekday on the dates the program's cadence gives from startDate (inclusive) to
    startDate + lengthMonths (exclusive): MONTHLY_BY_WEEKDAY the n-th weekday of each month (-1: the last);
    EVERY_N_WEEKS the first such weekday on or after the start, then every `interval` weeks. A blackout date is
    skipped (SKIP) or moved a week later until clear (NEXT_WEEK; a date moved to or past the end is dropped with every
    later one, and a later cadence date on or before a moved one is not used).
  - Those dates are local dates in the slot's reference zone; the session starts at the slot's time there.
  - Candidate slots, as the engine's: every 15 minutes of the week (96 starts x 7 days) in a reference zone; a group
    may use its members' zones and UTC. A session must start on the 15-minute UTC grid (the engine's timeline); an
    off-grid start (never one of ours: every zone used has whole quarter-hour offsets) is counted outside.
  - A member-session is inside availability when the whole session lies inside the member's windows (their own, else
    the program's matching.defaultAvailability, else Monday-Friday 08:00-18:00), laid on the real local dates in the
    member's zone; adjacent windows join (Tue 12-13 and Tue 13-14 hold a 12:30 session; so do Mon until 24:00 and
    Tue from 00:00).
"""
import calendar
import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
STARTS = 96  # every 15 minutes
WORKING_WEEK = [{"day": d, "start": "08:00", "end": "18:00"} for d in DAYS[:5]]


class InputError(Exception):
    """Bad or unsupported input: the message names the JSON path, what was wrong and what was expected."""


class Person:
    def __init__(self, pid, mentor, zone, windows, capacity, attributes):
        self.id, self.mentor, self.zone, self.windows = pid, mentor, zone, windows
        self.capacity, self.attributes = capacity, attributes


def _get(obj, key, path, kind=None):
    if not isinstance(obj, dict) or key not in obj:
        raise InputError(f"{path}.{key}: missing")
    value = obj[key]
    if kind is not None and not isinstance(value, kind):
        raise InputError(f"{path}.{key}: expected {kind.__name__}, got {json_type(value)}")
    return value


def _count(obj, key, path, default, low, high=None):
    """An optional whole number in low..high (true/false and strings are refused, as the model's reader does)."""
    value = obj.get(key, default) if isinstance(obj, dict) else default
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{path}.{key}: expected a whole number, got {json_type(value)}")
    if value < low or (high is not None and value > high):
        expected = f"at least {low}" if high is None else f"{low} to {high}"
        raise InputError(f"{path}.{key}: expected {expected}, got {value}")
    return value


def _list(obj, key, path):
    """An optional list (absent or null: empty); anything else is refused rather than iterated."""
    value = obj.get(key) if isinstance(obj, dict) else None
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"{path}.{key}: expected a list, got {json_type(value)}")
    return value


def _strings(obj, key, path):
    values = _list(obj, key, path)
    for i, v in enumerate(values):
        if not isinstance(v, str):
            raise InputError(f"{path}.{key}[{i}]: expected a string, got {json_type(v)}")
    return values


def json_type(v):
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(
        type(v), "a number")


def _date(text, path):
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise InputError(f"{path}: expected a date YYYY-MM-DD, got {text!r}") from None


def _minutes(text, path):
    try:
        h, m = text.split(":")
        value = int(h) * 60 + int(m)
    except (AttributeError, ValueError):
        raise InputError(f"{path}: expected a time HH:MM, got {text!r}") from None
    if not 0 <= value < 24 * 60 or int(m) >= 60:
        raise InputError(f"{path}: expected a time 00:00-23:59, got {text!r}")
    return value


def _zone(name, path):
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise InputError(f"{path}: unknown IANA time zone {name!r}") from None


def _windows(raw, path):
    out = []
    for i, w in enumerate(raw):
        p = f"{path}[{i}]"
        if not isinstance(w, dict):
            raise InputError(f"{p}: expected an object with day, start and end, got {json_type(w)}")
        day = _get(w, "day", p, str)
        if day not in DAYS:
            raise InputError(f"{p}.day: expected one of {', '.join(DAYS)}, got {day!r}")
        start = _minutes(_get(w, "start", p), p + ".start")
        end = _minutes(_get(w, "end", p), p + ".end")
        end = 24 * 60 if end == 0 else end  # "until midnight"
        if end <= start:
            raise InputError(f"{p}: end {w['end']} must be after start {w['start']}")
        out.append((DAYS.index(day), start, end))
    return out


class Cohort:
    """The parts of a cohort file the exact programme needs."""

    @staticmethod
    def read(data):
        c = Cohort()
        program = _get(data, "program", "$", dict)
        c.start = _date(_get(program, "startDate", "$.program"), "$.program.startDate")
        months = _count(program, "lengthMonths", "$.program", None, 1)
        c.end = _add_months(c.start, months)
        cadence = _get(program, "cadence", "$.program", dict)
        c.cadence = cadence
        c.minutes = _count(cadence, "sessionMinutes", "$.program.cadence", None, 1, 24 * 60)
        c.kind = _get(cadence, "kind", "$.program.cadence", str)
        if c.kind not in ("MONTHLY_BY_WEEKDAY", "EVERY_N_WEEKS"):
            raise InputError(f"$.program.cadence.kind: expected MONTHLY_BY_WEEKDAY or EVERY_N_WEEKS, got {c.kind!r}")
        if c.kind == "MONTHLY_BY_WEEKDAY":
            c.week = _count(cadence, "weekOfMonth", "$.program.cadence", 1, -1, 4)
            if c.week == 0:
                raise InputError("$.program.cadence.weekOfMonth: expected 1 to 4, or -1 for the last, got 0")
        else:
            c.interval = _count(cadence, "interval", "$.program.cadence", 1, 1)
        c.blackout = {_date(d, f"$.program.cadence.blackoutDates[{i}]")
                      for i, d in enumerate(_list(cadence, "blackoutDates", "$.program.cadence"))}
        c.skip = cadence.get("onBlackout", "NEXT_WEEK") == "SKIP"
        matching = program.get("matching") or {}
        default = _list(matching, "defaultAvailability", "$.program.matching") or WORKING_WEEK
        c.policy = _get(program, "groupPolicy", "$.program", dict)
        c.rules = _rules(program, matching)
        c.people, ids = [], {}
        for i, p in enumerate(_get(data, "participants", "$", list)):
            path = f"$.participants[{i}]"
            pid = _get(p, "id", path, str)
            if pid in ids:
                raise InputError(f"{path}.id: {pid!r} is already the id of $.participants[{ids[pid]}]")
            role = _get(p, "role", path, str)
            zone = _get(p, "timeZone", path, str)
            _zone(zone, path + ".timeZone")
            own = _list(p, "availability", path)
            windows = _windows(own or default, path + ".availability" if own else "$.program.matching.defaultAvailability")
            ids[pid] = len(c.people)
            capacity = _count(p, "capacity", path, 1, 0)
            if role == "MENTOR" and capacity != 1:
                # The programme gives each mentor exactly one group; the engine may give a capacity-2 mentor two.
                raise InputError(f"{path}.capacity: the exact programme handles mentors of capacity 1 (one group"
                                 f" each), got {capacity}")
            c.people.append(Person(pid, role == "MENTOR", zone, windows, capacity, _values(p, path)))
        c.ids = ids
        c.constraints = _constraints(data)
        c.groups = _groups(_list(data, "groups", "$"), ids)
        return c

    def dates(self, weekday):
        """The session dates of a slot on `weekday` (0 = Monday), in the slot's zone."""
        candidates = []
        if self.kind == "MONTHLY_BY_WEEKDAY":
            week = self.week
            y, m = self.start.year, self.start.month
            while dt.date(y, m, 1) <= self.end:
                days = [d for d in range(1, calendar.monthrange(y, m)[1] + 1)
                        if dt.date(y, m, d).weekday() == weekday]
                d = dt.date(y, m, days[-1] if week == -1 else days[week - 1])
                if self.start <= d < self.end:
                    candidates.append(d)
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        else:
            d = self.start + dt.timedelta(days=(weekday - self.start.weekday()) % 7)
            while d < self.end:
                candidates.append(d)
                d += dt.timedelta(weeks=self.interval)
        placed, previous = [], None
        for d in candidates:
            if previous is not None and d <= previous:
                continue
            if d not in self.blackout:
                placed.append(d)
                previous = d
            elif not self.skip:
                moved = d + dt.timedelta(weeks=1)
                while moved in self.blackout:
                    moved += dt.timedelta(weeks=1)
                if moved >= self.end:
                    break
                placed.append(moved)
                previous = moved
        return placed


def _add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _rules(program, matching):
    """Non-isolation rules: matching.nonIsolation, else one per vocabulary with underRepresented values (mentors
    counted), as Program.nonIsolationRules() in the model states."""
    explicit = _list(matching, "nonIsolation", "$.program.matching")
    rules = []
    for i, r in enumerate(explicit):
        path = f"$.program.matching.nonIsolation[{i}]"
        vocabulary = _get(r, "vocabulary", path, str)
        values = _strings(r, "values", path)
        if not values:
            raise InputError(f"{path}.values: expected at least one value")
        mentors = r.get("countMentors", False)
        if not isinstance(mentors, bool):
            raise InputError(f"{path}.countMentors: expected true/false, got {json_type(mentors)}")
        rules.append((vocabulary, set(values), mentors))
    if rules:
        return rules
    for i, v in enumerate(_list(program, "vocabularies", "$.program")):
        path = f"$.program.vocabularies[{i}]"
        values = _strings(v, "underRepresented", path)
        if values:
            rules.append((_get(v, "id", path, str), set(values), True))
    return rules


def _values(p, path):
    """A participant's values by vocabulary id, as the model's Participant.valuesOf gives them: careerStage and
    specialty are fields of their own (one value, "" for none), every other vocabulary is in attributes."""
    attributes = p.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise InputError(f"{path}.attributes: expected an object of value lists, got {json_type(attributes)}")
    values = {k: _strings(attributes, k, path + ".attributes") for k in attributes}
    for field in ("careerStage", "specialty"):
        value = p.get(field) or ""
        if not isinstance(value, str):
            raise InputError(f"{path}.{field}: expected a string, got {json_type(value)}")
        values[field] = [value] if value else []
    return values


def _constraints(data):
    """together, apart and pinned: lists of id lists (anything else is refused, never iterated character by character)."""
    raw = data.get("constraints") or {}
    if not isinstance(raw, dict):
        raise InputError(f"$.constraints: expected an object, got {json_type(raw)}")
    out = dict(raw)
    for key in ("together", "apart"):
        out[key] = []
        for i, members in enumerate(_list(raw, key, "$.constraints")):
            path = f"$.constraints.{key}[{i}]"
            if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
                raise InputError(f"{path}: expected a list of participant ids, got {json_type(members)}")
            out[key].append(members)
    return out


def _groups(raw, ids):
    out = []
    for i, g in enumerate(raw):
        path = f"$.groups[{i}]"
        if not isinstance(g, dict):
            raise InputError(f"{path}: expected a group object, got {json_type(g)}")
        members = {}
        for key in ("mentorIds", "menteeIds"):
            for j, pid in enumerate(_strings(g, key, path)):
                if pid not in ids:
                    raise InputError(f"{path}.{key}[{j}]: {pid!r} is not a participant of the cohort")
                members.setdefault(key, []).append(ids[pid])
        slot = g.get("slot")
        if slot is not None:
            if not isinstance(slot, dict):
                raise InputError(f"{path}.slot: expected an object with timeZone, day and time, got {json_type(slot)}")
            _zone(slot.get("timeZone"), path + ".slot.timeZone")
            day = _get(slot, "day", path + ".slot", str)
            if day not in DAYS:
                raise InputError(f"{path}.slot.day: expected one of {', '.join(DAYS)}, got {day!r}")
            slot = (slot["timeZone"], DAYS.index(day), _minutes(slot.get("time"), path + ".slot.time"),
                    slot.get("durationMinutes"))
        out.append({"id": g.get("id", str(i)), "mentors": members.get("mentorIds", []),
                    "mentees": members.get("menteeIds", []), "slot": slot})
    return out


def _epoch(date, minute, zone):
    """Epoch seconds of a local date and minute of the day in `zone`. A local time in a spring-forward gap takes the
    offset before the change (fold=0), i.e. it lands as much later as the gap is long, as java.time does."""
    naive = dt.datetime(date.year, date.month, date.day) + dt.timedelta(minutes=minute)
    return int(naive.replace(tzinfo=zone).timestamp())


class MissTable:
    """For every candidate slot (zone, weekday, start) and every participant: the sessions outside availability."""

    def __init__(self, cohort, sessions=None):
        """`sessions`: the Sessions a group holds (a curriculum's, as `match` counts them), or None for every date."""
        self.cohort = cohort
        self.held = sessions or Sessions(None, set(), None)
        self.minutes = self.held.minutes or cohort.minutes
        self.zones = sorted({p.zone for p in cohort.people} | {"UTC"})
        every = [cohort.dates(d) for d in range(7)]
        count = self.held.count
        self.dates = [dates[:count] if count else dates for dates in every]
        # A weekday that cannot hold every session is never offered while another can (the engine counts 1,000
        # misses per member there: docs/matching.md, "Meeting slots").
        self.too_few = [bool(count) and len(dates) < count for dates in every]
        if not any(every):
            raise InputError(f"$.program: no session date on any weekday from {cohort.start} to {cohort.end}"
                             " (expected a program that holds sessions)")
        if all(self.too_few):
            raise InputError(f"--sessions {count}: no weekday of the program's cadence has {count} session dates")
        self.free = [self._free_intervals(p) for p in cohort.people]
        rows = []
        for z in self.zones:
            zone = ZoneInfo(z)
            for d in range(7):
                for s in range(STARTS):
                    rows.append([_epoch(date, s * 15, zone) for date in self.dates[d]])
        width = max(len(r) for r in rows)
        starts = np.full((len(rows), width), -1, dtype=np.int64)
        for k, r in enumerate(rows):
            starts[k, :len(r)] = r
        used = starts >= 0
        # Mentors do not attend peer-only sessions (schedule does not invite them): not counted for them.
        mentor_used = used.copy()
        for number in self.held.peer_only:
            if number <= width:
                mentor_used[:, number - 1] = False
        on_grid = starts % 900 == 0
        length = self.minutes * 60
        self.misses = np.zeros((len(self.free), len(rows)), dtype=np.int16)
        self.attended = np.zeros((len(self.free), len(rows)), dtype=np.int16)
        for p, (a, b) in enumerate(self.free):
            attends = mentor_used if cohort.people[p].mentor else used
            # The interval that could hold each session: the last one starting at or before its start.
            i = np.searchsorted(a, starts, side="right") - 1
            inside = (i >= 0) & (b[np.maximum(i, 0)] >= starts + length) & on_grid
            self.misses[p] = (attends & ~inside).sum(axis=1)
            self.attended[p] = attends.sum(axis=1)

    def _free_intervals(self, person):
        """The member's availability as merged [start, end) epoch-second intervals over the program and a margin."""
        zone = ZoneInfo(person.zone)
        first = self.cohort.start - dt.timedelta(days=9)
        last = self.cohort.end + dt.timedelta(days=40)  # a blackout move can push a session past the end
        spans = []
        day = first
        while day <= last:
            for weekday, start, end in person.windows:
                if weekday == day.weekday():
                    spans.append((_epoch(day, start, zone), _epoch(day, end, zone)))
            day += dt.timedelta(days=1)
        spans.sort()
        merged = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        arr = np.array(merged, dtype=np.int64).reshape(-1, 2)
        return arr[:, 0], arr[:, 1]

    def count(self):
        return self.misses.shape[1]

    def zone_of(self, k):
        return self.zones[k // (7 * STARTS)]

    def describe(self, k):
        d, s = divmod(k % (7 * STARTS), STARTS)
        return f"{DAYS[d].title()[:3]} {s // 4:02d}:{(s % 4) * 15:02d} {self.zone_of(k)}"

    def zones_of(self, members):
        """The reference zones the engine tries for a group: its members' zones and UTC."""
        return {self.cohort.people[p].zone for p in members} | {"UTC"}

    def candidates_in(self, zones):
        """The candidates in these zones, without those on a weekday that cannot hold every session."""
        day = STARTS * 7
        return np.array([k for k in range(self.count())
                         if self.zone_of(k) in zones and not self.too_few[(k % day) // STARTS]])

    def best_slot(self, members, zones):
        """(candidate, outside, member-sessions) of the slot with the fewest member-sessions outside."""
        ks = self.candidates_in(zones)
        total = self.misses[members][:, ks].sum(axis=0)
        j = int(np.argmin(total))
        return ks[j], total[j], int(self.attended[members, ks[j]].sum())

    def count_slot(self, members, slot):
        """(outside, member-sessions) of a saved slot (zone, weekday, minute of the day, minutes)."""
        zone, d, minute, minutes = slot
        length = (minutes or self.minutes) * 60
        starts = [_epoch(date, minute, ZoneInfo(zone)) for date in self.dates[d]]
        outside = counted = 0
        for p in members:
            a, b = self.free[p]
            for number, s in enumerate(starts, 1):
                if self.cohort.people[p].mentor and number in self.held.peer_only:
                    continue
                counted += 1
                i = int(np.searchsorted(a, s, side="right")) - 1
                if not (i >= 0 and b[i] >= s + length and s % 900 == 0):
                    outside += 1
        return outside, counted


class Sessions:
    """The sessions a group holds: `count` (None: every cadence date), the peer-only numbers (1 = first), which
    mentors do not attend, and the longest session's minutes (None: the cadence's)."""

    def __init__(self, count, peer_only, minutes):
        self.count, self.peer_only, self.minutes = count, set(peer_only), minutes
