from django.contrib.auth import views as auth_views
from django.urls import path

from accounts.views import AccountView

app_name = "accounts"

urlpatterns = [
    path("", AccountView.as_view(), name="account"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="registration/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    # Signing out is a POST (a form button in the page header), as Django requires.
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
]
