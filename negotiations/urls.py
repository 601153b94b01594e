app_name = "negotiations"

urlpatterns = []
