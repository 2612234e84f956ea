"""The sample students of the demo: what each one writes into the released notebooks."""

from __future__ import annotations

from pathlib import Path

import nbformat

from course.authoring.notebooks import answer_cells, fill_answers, read_notebook, reference_answers


def reference_student(release_nb, source_nb, known=None):
    """Writes the reference solution into every answer cell and the model answer into every written cell."""
    return fill_answers(release_nb, reference_answers(source_nb))


def untouched_student(release_nb, source_nb, known=None):
    """Submits the release exactly as fetched."""
    return release_nb


def partial_student(release_nb, source_nb, known=None):
    """Solves the first exercise of each notebook, makes a known mistake in the second (the first of
    ``known``'s, the course's ``tests/mutants/``, for it), and leaves the others as released."""
    exercises = list(answer_cells(source_nb))
    if not exercises:
        return release_nb
    answers = {exercises[0]: reference_answers(source_nb)[exercises[0]]}
    mistakes = (known or {}).get(exercises[1], []) if len(exercises) > 1 else []
    if mistakes:
        answers[exercises[1]] = mistakes[0]["source"]
    return fill_answers(release_nb, answers)


PERSONAS = {
    "ada": ("reference solutions", reference_student),
    "ben": ("untouched release", untouched_student),
    "cleo": ("first exercise right, second mistaken", partial_student),
}


def write_submission(persona, fetched: Path, source: Path) -> None:
    """Rewrite every notebook in the fetched folder ``fetched`` as the persona would, in place (``source``: the
    module's folder in the course, whose known mistakes the persona may make)."""
    from course.authoring.course_dir import known_mistakes
    for notebook in sorted(fetched.glob("*.ipynb")):
        known = known_mistakes(source.parent.parent, notebook.stem)
        answered = persona(read_notebook(notebook), read_notebook(source / notebook.name), known)
        nbformat.write(answered, notebook)
