"""The sample students of the demo: what each one writes into the released notebooks."""

from __future__ import annotations

from pathlib import Path

import nbformat

from course.authoring.notebooks import answer_cells, fill_answers, read_notebook, reference_answers


def reference_student(release_nb, source_nb):
    """Writes the reference solution into every answer cell and the model answer into every written cell."""
    return fill_answers(release_nb, reference_answers(source_nb))


def untouched_student(release_nb, source_nb):
    """Submits the release exactly as fetched."""
    return release_nb


def partial_student(release_nb, source_nb):
    """Solves the first exercise of each notebook, leaves the others as released."""
    first = next(iter(answer_cells(source_nb)), None)
    if first is None:
        return release_nb
    return fill_answers(release_nb, {first: reference_answers(source_nb)[first]})


PERSONAS = {
    "ada": ("reference solutions", reference_student),
    "ben": ("untouched release", untouched_student),
    "cleo": ("first exercise of each notebook only", partial_student),
}


def write_submission(persona, fetched: Path, source: Path) -> None:
    """Rewrite every notebook in the fetched folder ``fetched`` as the persona would, in place."""
    for notebook in sorted(fetched.glob("*.ipynb")):
        answered = persona(read_notebook(notebook), read_notebook(source / notebook.name))
        nbformat.write(answered, notebook)
