from django.urls import path

from negotiations import views

app_name = "negotiations"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("processes/", views.ProcessListView.as_view(), name="process-list"),
    path("processes/<slug:slug>/", views.ProcessDetailView.as_view(), name="process-detail"),
    path("proposals/", views.ProposalListView.as_view(), name="proposal-list"),
    path("proposals/<slug:slug>/", views.ProposalDetailView.as_view(), name="proposal-detail"),
    path("actors/", views.ActorListView.as_view(), name="actor-list"),
    path("actors/<slug:slug>/", views.ActorDetailView.as_view(), name="actor-detail"),
    path("meetings/", views.MeetingListView.as_view(), name="meeting-list"),
    path("meetings/<int:pk>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
    path("statements/", views.StatementListView.as_view(), name="statement-list"),
    path("trips/<int:pk>/", views.TripDetailView.as_view(), name="trip-detail"),
    path("sources/<int:pk>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("who-met-whom/", views.GraphView.as_view(), name="graph"),
]
