"""The timeline chart of the process and proposal pages, laid out in Python.

`build_timeline` places meetings, statements, events and status changes on a date axis, one lane
per kind, and each response's wait as a bar, so that the template only draws what is computed
here. The chart is plain SVG: it reads without JavaScript, and every mark carries its text for
screen readers and tooltips (the template escapes it like any other text).
"""

import datetime
import math
from dataclasses import dataclass

from django.db.models import Count, F, Max, Min
from django.db.models.functions import TruncMonth, TruncQuarter, TruncWeek, TruncYear

from negotiations.models import Response

WIDTH = 960
LABEL_WIDTH = 170
RIGHT_MARGIN = 24
TOP = 16
LANE_HEIGHT = 34
BAR_HEIGHT = 26
BAR_THICKNESS = 16
AXIS_HEIGHT = 40
# Marks closer than this (in px) in the same lane are stacked so none hides another.
STACK_DISTANCE = 8
MIN_SPAN_DAYS = 14

LANES = (
    ("event", "Events"),
    ("meeting", "Meetings"),
    ("statement", "Statements"),
    ("status", "Status changes"),
)


@dataclass
class Mark:
    kind: str
    date: datetime.date
    date_label: str
    text: str
    # What the mark links to: a record, or a Tally's filtered list (anything with
    # get_absolute_url()).
    record: object
    # How many records the mark stands for: 1, or a Tally's count.
    count: int = 1
    x: float = 0
    y: float = 0

    @property
    def radius(self) -> float:
        """Half the mark's size: a tally of many records is drawn larger, up to twice."""
        return round(min(12.0, 5 + 1.5 * math.log2(self.count)), 1)

    @property
    def left(self) -> float:
        return round(self.x - self.radius, 1)

    @property
    def top(self) -> float:
        return round(self.y - self.radius, 1)

    @property
    def side(self) -> float:
        return round(2 * self.radius, 1)


# Periods a tally counts records by, finest first, with their length in days (at most).
PERIODS = (("day", 1), ("week", 7), ("month", 31), ("quarter", 92), ("year", 366))
# At most this many periods on the axis: about one mark per STACK_DISTANCE pixels of the plot.
MAX_PERIODS = (WIDTH - LABEL_WIDTH - RIGHT_MARGIN) // STACK_DISTANCE
_TRUNCATE = {"week": TruncWeek, "month": TruncMonth, "quarter": TruncQuarter, "year": TruncYear}
_ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}


def period_for(first: datetime.date | None, last: datetime.date | None) -> str:
    """The finest period that cuts the span from `first` to `last` into at most MAX_PERIODS."""
    if first is None or last is None:
        return PERIODS[0][0]
    days = (last - first).days + 1
    for period, length in PERIODS:
        if days / length <= MAX_PERIODS:
            return period
    return PERIODS[-1][0]


def period_end(start: datetime.date, period: str) -> datetime.date:
    """The last day of the `period` that begins on `start`."""
    if period == "day":
        return start
    if period == "week":
        return start + datetime.timedelta(days=6)
    months = {"month": 1, "quarter": 3, "year": 12}[period]
    month_index = start.year * 12 + start.month - 1 + months
    if month_index // 12 > datetime.MAXYEAR:
        return datetime.date.max
    return datetime.date(month_index // 12, month_index % 12 + 1, 1) - datetime.timedelta(days=1)


def period_label(start: datetime.date, period: str) -> str:
    if period == "day":
        return f"on {_day(start)}"
    if period == "week":
        return f"in the week of {_day(start)}"
    if period == "month":
        return f"in {start:%B %Y}"
    if period == "quarter":
        return f"in the {_ORDINALS[(start.month - 1) // 3 + 1]} quarter of {start.year}"
    return f"in {start.year}"


@dataclass
class Tally:
    """Records of one kind counted over one period, drawn as one mark: it links to the list of
    those records (the list page filtered to the period), so each one is a click away."""

    kind: str
    start: datetime.date
    end: datetime.date
    count: int
    list_url: str

    def get_absolute_url(self) -> str:
        return self.list_url


def date_span(queryset, field: str = "date") -> tuple:
    """The first and last `field` dates of `queryset` (None when empty) and its count, in one
    aggregate query."""
    span = queryset.order_by().aggregate(first=Min(field), last=Max(field), count=Count("pk"))
    return span["first"], span["last"], span["count"]


def tally(kind: str, queryset, period: str, list_url, field: str = "date") -> list[Tally]:
    """`queryset` counted by `period` in the database (one query, one row per period, however
    many records), each tally linking to `list_url(start, end)`."""
    if period == "day":
        rows = queryset.order_by().values(start=F(field))
    else:
        rows = queryset.order_by().annotate(start=_TRUNCATE[period](field)).values("start")
    rows = rows.annotate(count=Count("pk")).order_by("start")
    tallies = []
    for row in rows:
        start = row["start"]
        if isinstance(start, datetime.datetime):
            start = start.date()
        end = period_end(start, period)
        tallies.append(Tally(kind, start, end, row["count"], list_url(start, end)))
    return tallies


def tally_marks(tallies: list[Tally], period: str, nouns: dict[str, tuple[str, str]]) -> list[Mark]:
    """One mark per tally, its text the count of records and the period ("3 meetings in May
    2024"), `nouns` giving each kind's singular and plural."""
    marks = []
    for item in tallies:
        singular, plural = nouns[item.kind]
        label = period_label(item.start, period)
        noun = singular if item.count == 1 else plural
        marks.append(
            Mark(
                item.kind,
                item.start,
                label[0].upper() + label[1:],
                f"{item.count} {noun} {label}",
                item,
                count=item.count,
            )
        )
    return marks


@dataclass
class Bar:
    response: Response
    text: str
    start: datetime.date
    end: datetime.date
    awaited: bool
    overdue: bool
    label: str = ""
    # The wait runs on past the chart's right edge (to a date shown far beyond the items).
    continues: bool = False
    x: float = 0
    y: float = 0
    width: float = 0
    label_y: float = 0


@dataclass
class Lane:
    kind: str
    label: str
    y: float
    label_y: float = 0


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class Timeline:
    title: str
    description: str
    start: datetime.date
    end: datetime.date
    width: int
    height: int
    plot_left: int
    plot_right: int
    axis_y: float
    bar_height: int
    as_of_x: float | None
    as_of_label: str
    as_of_beyond: bool
    lanes: list[Lane]
    marks: list[Mark]
    bars: list[Bar]
    ticks: list[Tick]

    @property
    def is_empty(self) -> bool:
        return not self.marks and not self.bars


def _shift(date: datetime.date, days: int) -> datetime.date:
    """`date` moved by `days`, kept inside the calendar (an analyst may record year 1)."""
    ordinal = date.toordinal() + days
    return datetime.date.fromordinal(
        min(max(ordinal, datetime.date.min.toordinal()), datetime.date.max.toordinal())
    )


def _day(date: datetime.date) -> str:
    return f"{date.day} {date:%B %Y}"


def build_timeline(
    *,
    title: str,
    as_of: datetime.date,
    meetings=(),
    statements=(),
    events=(),
    status_changes=(),
    responses=(),
    tallies=(),
) -> Timeline:
    """Lay out the records (already limited to those on or before `as_of`) on one date axis.

    `tallies` are marks that each stand for many records counted by period (tally_marks()): a
    page with thousands of records passes those instead of the records themselves."""
    marks = list(tallies) + [
        Mark("meeting", m.date, m.date_display, m.title, m) for m in meetings if m.date <= as_of
    ]
    marks += [
        Mark("statement", s.date, _day(s.date), f"{s.speaker}: “{s.text}”", s)
        for s in statements
        if s.date <= as_of
    ]
    marks += [Mark("event", e.date, e.date_display, e.title, e) for e in events if e.date <= as_of]
    marks += [
        Mark("status", c.changed_on, _day(c.changed_on), f"{c.record}: {c.get_status_display()}", c)
        for c in status_changes
        if c.changed_on <= as_of and not c.is_retracted  # the status history shows those
    ]
    marks.sort(key=lambda mark: (mark.date, mark.kind))

    bars = []
    for response in responses:
        if response.requested_on is None or response.requested_on > as_of:
            continue
        awaited = response.is_awaited_on(as_of)
        answered = response.responded_on is not None and response.responded_on <= as_of
        end = response.responded_on if answered and not awaited else as_of
        days = response.days_pending(as_of)
        bars.append(
            Bar(
                response=response,
                text=(
                    f"{response}: {response.status_label_on(as_of)}, {days} days "
                    + ("pending" if awaited else "until the answer")
                ),
                start=response.requested_on,
                end=end,
                awaited=awaited,
                overdue=response.is_overdue(as_of),
            )
        )

    # The axis spans the items. An awaited response runs on to the date shown; when that date is
    # far beyond the last item (a page read "as of today" long after the talks), the axis ends
    # with the items, the bar runs off its right edge and the "as of" line is marked there,
    # rather than squeezing every item into the left edge.
    dates = [mark.date for mark in marks] + [bar.start for bar in bars]
    dates += [bar.end for bar in bars if not bar.awaited]
    awaited = any(bar.awaited for bar in bars)
    as_of_beyond = False
    if awaited and dates:
        items_span = (max(dates) - min(dates)).days
        as_of_beyond = (as_of - max(dates)).days > max(MIN_SPAN_DAYS, items_span // 2)
    if awaited and not as_of_beyond:
        dates.append(as_of)
    end = max(dates, default=as_of)
    start = min(dates, default=_shift(end, -MIN_SPAN_DAYS))
    if (end - start).days < MIN_SPAN_DAYS:
        start = _shift(end, -MIN_SPAN_DAYS)
    # A little room on both sides so the first and last marks are not cut by the frame.
    pad_days = max(1, (end - start).days // 40)
    first, last = start, end
    start, end = _shift(start, -pad_days), _shift(end, pad_days)

    plot_left, plot_right = LABEL_WIDTH, WIDTH - RIGHT_MARGIN
    span = (end - start).days

    def x_of(date: datetime.date) -> float:
        return round(plot_left + (date - start).days / span * (plot_right - plot_left), 1)

    lanes = []
    for index, (kind, label) in enumerate(LANES):
        y = TOP + index * LANE_HEIGHT + LANE_HEIGHT / 2
        lanes.append(Lane(kind, label, y, label_y=y + 4))
    lane_y = {lane.kind: lane.y for lane in lanes}

    stacked: dict[tuple[str, int], int] = {}
    for mark in marks:
        mark.x = x_of(mark.date)
        slot = (mark.kind, int(mark.x // STACK_DISTANCE))
        depth = stacked.get(slot, 0)
        stacked[slot] = depth + 1
        # Alternate above and below the lane's centre line: 0, -7, +7, -14, ...
        offset = ((depth + 1) // 2) * 7 * (-1 if depth % 2 else 1)
        mark.y = lane_y[mark.kind] + max(-14, min(14, offset))

    bars_top = TOP + len(LANES) * LANE_HEIGHT + 8
    for index, bar in enumerate(bars):
        bar.x = x_of(bar.start)
        bar.continues = bar.end > end
        bar.width = max(3.0, round(min(x_of(bar.end), plot_right) - bar.x, 1))
        bar.y = bars_top + index * BAR_HEIGHT + (BAR_HEIGHT - BAR_THICKNESS) / 2
        bar.label_y = bar.y + BAR_THICKNESS / 2 + 4
        name = str(bar.response.respondent)
        bar.label = name if len(name) <= 22 else f"{name[:21]}…"

    axis_y = bars_top + len(bars) * BAR_HEIGHT + 8
    ticks = [Tick(x_of(date), label) for date, label in _ticks(start, end)]

    counts = {kind: sum(mark.count for mark in marks if mark.kind == kind) for kind, _ in LANES}
    description = (
        f"From {_day(first)} to {_day(last)}: {counts['meeting']} meetings, "
        f"{counts['statement']} statements, {counts['event']} events, {counts['status']} "
        f"status changes and {len(bars)} responses awaited or answered."
    )
    return Timeline(
        title=title,
        description=description,
        start=first,
        end=last,
        width=WIDTH,
        height=int(axis_y + AXIS_HEIGHT),
        plot_left=plot_left,
        plot_right=plot_right,
        axis_y=axis_y,
        bar_height=BAR_THICKNESS,
        as_of_x=plot_right if as_of > end else (x_of(as_of) if start <= as_of else None),
        as_of_label=f"As of {_day(as_of)}" + (", beyond the chart" if as_of > end else ""),
        as_of_beyond=as_of > end,
        lanes=lanes,
        marks=marks,
        bars=bars,
        ticks=ticks,
    )


def _ticks(start: datetime.date, end: datetime.date) -> list[tuple[datetime.date, str]]:
    """About eight evenly spaced, readable dates: weeks, months or years depending on the span."""
    span = (end - start).days
    if span <= 70:
        first = start + datetime.timedelta(days=(7 - start.weekday()) % 7)
        step = 7 * max(1, math.ceil(span / 7 / 8))
        dates = []
        day = first
        while day <= end:
            dates.append(day)
            day += datetime.timedelta(days=step)
        return [(day, f"{day.day} {day:%b}") for day in dates]
    if span > 3 * 366:
        years = [datetime.date(year, 1, 1) for year in range(start.year + 1, end.year + 1)]
        step = max(1, math.ceil(len(years) / 8))
        return [(day, f"{day:%Y}") for day in years[::step]]
    months = []
    year, month = start.year, start.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = datetime.date(year, month, 1)
        if day > end:
            break
        months.append(day)
    step = max(1, math.ceil(len(months) / 8))
    return [(day, f"{day:%b %Y}") for day in months[::step]]
