"""The feed addresses (see negotiations/feeds.py): each takes the account's `?key=`."""

from django.urls import path

from negotiations import feeds

app_name = "feeds"

urlpatterns = [
    path("changes.atom", feeds.ChangesFeed(), name="changes"),
    path("processes/<slug:slug>.atom", feeds.ProcessChangesFeed(), name="process"),
    path("proposals/<slug:slug>.atom", feeds.ProposalChangesFeed(), name="proposal"),
    path("actors/<slug:slug>.atom", feeds.ActorChangesFeed(), name="actor"),
    path("meetings.ics", feeds.meetings_calendar, name="meetings"),
]
