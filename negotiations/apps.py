from django.apps import AppConfig


class NegotiationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "negotiations"
    verbose_name = "Negotiations"

    def ready(self):
        from negotiations.models import audit, base

        base.connect_citation_protection(self)
        audit.connect_part_auditing()
