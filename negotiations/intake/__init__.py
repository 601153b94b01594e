"""Article intake: from a news article's text to candidate records an analyst reviews.

`extract.draft_candidates()` reads the text (rules and gazetteers built from the database, no
model downloaded); the `Intake` model keeps the article and its candidates until the analyst
accepts them.
"""
