from django.apps import AppConfig
from django.db.backends.signals import connection_created


class NegotiationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "negotiations"
    verbose_name = "Negotiations"

    def ready(self):
        from negotiations.models import audit, base

        base.connect_citation_protection(self)
        connection_created.connect(add_trigram_similarity_to_sqlite, dispatch_uid="sqlite-trigrams")
        audit.connect_part_auditing()


def add_trigram_similarity_to_sqlite(sender, connection, **kwargs) -> None:
    """SQLite has no pg_trgm: give it pg_trgm's similarity() in Python, so that duplicate checks
    run the same query and give the same scores on both databases."""
    if connection.vendor == "sqlite":
        from negotiations.names import trigram_similarity

        connection.connection.create_function(
            "SIMILARITY", 2, trigram_similarity, deterministic=True
        )
