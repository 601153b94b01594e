"""How much one record may hold: the longest text and the longest list a field takes.

Generous for real work (a whole agreement's text, a statement, fifty other names), small enough
that no request can fill the database or slow every page that shows the record. The API names
them in its schema (maxLength, maxItems) and the admin's forms enforce the same lengths.
"""

from django.core.validators import MaxLengthValidator

# Text without a length of its own (TextField): summaries, notes, descriptions, excerpts.
TEXT_MAX_LENGTH = 20_000
# Fields that hold whole documents or the full words of a statement.
LONG_TEXT_MAX_LENGTH = {
    ("proposal", "full_text"): 500_000,
    ("provision", "text"): 50_000,
    ("statement", "text"): 50_000,
}

# An actor's other names, and the length of each.
MAX_ALIASES = 50
ALIAS_MAX_LENGTH = 200
# Any other list a record takes: its sources, authors, parties, phases, participants, stops.
LIST_MAX_ITEMS = 200
# An article taken in for intake: a long feature is some 60,000 characters.
INTAKE_TEXT_MAX_LENGTH = 100_000


def text_max_length(model_field) -> int:
    key = (model_field.model._meta.model_name, model_field.name)
    return LONG_TEXT_MAX_LENGTH.get(key, TEXT_MAX_LENGTH)


def max_items_validator(limit: int) -> MaxLengthValidator:
    return MaxLengthValidator(
        limit, message=f"Ensure this list has at most {limit} items (it has %(show_value)d)."
    )
