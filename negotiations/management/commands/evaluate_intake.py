"""`manage.py evaluate_intake FOLDER`: how well intake drafts what analysts annotated."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from negotiations.intake.evaluation import SCORED_KINDS, annotated_articles, evaluate_folder


class Command(BaseCommand):
    help = (
        "Draft candidates from every NAME.txt in FOLDER and score them against NAME.json "
        "(tests/intake/articles/README.md): precision and recall per kind and speaker "
        "attribution, per article and in total. Records the annotations list as known are "
        "created in a transaction that is rolled back."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)
        parser.add_argument("--json", action="store_true", help="print the scores as JSON")
        parser.add_argument(
            "--details", action="store_true", help="also list what was missed or wrong"
        )

    def handle(self, *args, folder: Path, json: bool, details: bool, **options):
        if not folder.is_dir():
            raise CommandError(f"folder: {folder} is not a folder.")
        if not annotated_articles(folder):
            raise CommandError(f"folder: {folder} holds no NAME.txt with a NAME.json beside it.")
        scores, total = evaluate_folder(folder)
        if json:
            self.stdout.write(
                _dumps({"articles": [s.as_dict() for s in scores], "total": total.as_dict()})
            )
            return
        self.stdout.write(table(scores + [total]))
        if details:
            for score in scores:
                for kind, kind_score in score.kinds.items():
                    for index, missed in enumerate(kind_score.missed):
                        why = kind_score.missed_why[index] if kind_score.missed_why else ""
                        why = f" ({why})" if why else ""
                        self.stdout.write(f"{score.name}: missed {kind}: {missed}{why}")
                    for wrong in kind_score.wrong:
                        self.stdout.write(f"{score.name}: wrong {kind}: {wrong}")
                for wrong in score.wrong_speakers:
                    self.stdout.write(f"{score.name}: wrong speaker: {wrong}")
            for kind, kind_score in total.kinds.items():
                if kind_score.missed_because:
                    causes = ", ".join(
                        f"{cause} {count}"
                        for cause, count in kind_score.missed_because.most_common()
                    )
                    self.stdout.write(f"total: {kind} missed because: {causes}")


def _dumps(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def _figure(value) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def table(scores) -> str:
    """One row per article: P/R for each kind, then speaker accuracy."""
    width = max(len(score.name) for score in scores)
    header = f"{'article':<{width}} " + " ".join(f"{kind[:13]:>13}" for kind in SCORED_KINDS)
    header += f" {'speaker':>7}"
    under = f"{'':<{width}} " + " ".join(f"{'P     R':>13}" for _ in SCORED_KINDS) + f" {'':>7}"
    lines = [header, under]
    for score in scores:
        cells = [
            f"{_figure(s.precision)} {_figure(s.recall)}".rjust(13) for s in score.kinds.values()
        ]
        lines.append(
            f"{score.name:<{width}} " + " ".join(cells) + f" {_figure(score.speaker_accuracy):>7}"
        )
    return "\n".join(lines)
