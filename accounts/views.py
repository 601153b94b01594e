from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView

from accounts.models import FeedKey
from accounts.roles import can_read


class AccountView(LoginRequiredMixin, TemplateView):
    """The signed-in account: its feed key and the feed addresses that carry it, and a button
    that replaces the key (every feed subscribed with the old one stops at once)."""

    template_name = "accounts/account.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if can_read(self.request.user):
            feed_key = FeedKey.of(self.request.user)
            query = f"?key={feed_key.key}"
            context.update(
                feed_key=feed_key,
                changes_feed=self.request.build_absolute_uri(reverse("feeds:changes") + query),
                meetings_feed=self.request.build_absolute_uri(reverse("feeds:meetings") + query),
            )
        return context

    def post(self, request, *args, **kwargs):
        if can_read(request.user):
            FeedKey.replace(request.user)
            messages.success(
                request, "Your feed key was replaced: subscribe your readers to the new addresses."
            )
        return redirect("accounts:account")
