"""``python -m course``: the instructor's command line (catalog, release, execute, validate, grade, demo).

Every user error ends as one line on stderr and a non-zero exit, before anything is written.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from course.catalog import load_catalog
from course.errors import CourseError


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line (argparse prints usage plus the error)."""

    def error(self, message: str):  # noqa: D401 - argparse's hook
        self.exit(2, f"{self.prog}: error: {message} (see: python -m {self.prog} --help)\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {value}")
    return value


def cmd_catalog(args) -> int:
    catalog = load_catalog()
    for module in catalog.modules:
        print(f"{module.id}  {module.title}")
        for nb in module.notebooks:
            state = f"{len(nb.exercises)} exercises, {nb.points:g} points" if nb.built else "planned"
            print(f"  {nb.name:36} {nb.title:40} covers {', '.join(nb.covers):22} {state}")
    return 0


def cmd_release(args) -> int:
    from course.authoring.course_dir import find_course_root, resolve_modules
    from course.authoring.release import publish_release

    root = find_course_root()
    for folder in publish_release(root, resolve_modules(args.modules)):
        print(f"wrote {folder.relative_to(root)}")
    return 0


def _notebooks(args) -> tuple[Path, list[Path]]:
    """The source notebooks named: modules (every built notebook of each) or single notebook files."""
    from course.authoring.course_dir import find_course_root, resolve_modules, source_notebooks
    from course.authoring.notebooks import read_notebook

    root = find_course_root()
    files = [Path(name) for name in args.modules if name.endswith(".ipynb")]
    modules = [name for name in args.modules if not name.endswith(".ipynb")]
    paths = [p for m in resolve_modules(modules) for p in source_notebooks(root, m)] if modules or not files else []
    for file in files:
        path = (Path.cwd() / file).resolve()
        if path.parent.parent != root / "source":
            raise CourseError(f"{file} is not a notebook in {root / 'source'}/<module>/")
        read_notebook(path)  # one line naming the file if it is missing or broken
        paths.append(path)
    return root, paths


def cmd_execute(args) -> int:
    from course.authoring.execute import execute_notebook

    root, paths = _notebooks(args)
    for path in paths:
        seconds = execute_notebook(path, write=True).run_all
        print(f"{path.relative_to(root)}  executed and saved in {seconds:.1f} s")
    return 0


def cmd_validate(args) -> int:
    from course.authoring.execute import execute_notebook

    root, paths = _notebooks(args)
    if args.durations:
        times = []
        print(f"{'notebook':48} {'seconds':>8}   (device: {os.environ.get('COURSE_DEVICE', 'auto')})")
        for path in paths:
            times.append(execute_notebook(path).run_all)
            print(f"{str(path.relative_to(root)):48} {times[-1]:8.1f}", flush=True)
        print(f"{'median':48} {statistics.median(times):8.1f}\n{'max':48} {max(times):8.1f}")
    # the sanitizer comes from pyproject.toml's pytest options, as for `make test`
    # one pytest worker per core (pytest-xdist), each notebook's cells kept together in one kernel
    jobs = min(args.jobs, len(paths))
    parallel = ["-n", str(jobs), "--dist", "loadfile"] if jobs > 1 else []
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *parallel, "--nbval",
               *map(str, paths)]
    # with a kernel per core, more torch threads per kernel only fight each other (as in `make test`)
    environment = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")} if parallel else None
    return subprocess.call(command, cwd=root, env=environment)


def cmd_grade(args) -> int:
    from course.authoring.course_dir import find_course_root, resolve_modules
    from course.grading.autograde import check_ready_to_grade, check_student_ids, grade_modules, submitted_students
    from course.grading.limits import load_limits
    from course.grading.class_report import write_class_report
    from course.grading.report import format_report, write_report
    from course.sandbox.bubblewrap import describe_protections, sandbox_kind

    root = find_course_root()
    module = resolve_modules([args.module])[0]
    limits = load_limits(root)
    sandbox = sandbox_kind(limits.sandbox)
    students = submitted_students(root, module.id)
    if not students:
        raise CourseError(f"nothing to grade: no submitted/*/{module.id} folders in {root}; "
                          f"run `nbgrader collect {module.id}` first")
    check_student_ids(students)
    check_ready_to_grade(root, [module.id])
    print(f"grading {len(students)} submission(s) of {module.id}; protections: {describe_protections(sandbox, limits)}; limits: "
          f"{limits.cell_timeout_s} s per cell, {limits.memory_mb} MB, {limits.output_kb} KB of output per cell")
    logs = root / "logs" / "grade"
    if args.scheduler:
        print(f"on the Dask cluster at {args.scheduler} (its workers share {root} and the gradebook)")
    (graded,) = grade_modules(root, [module.id], logs, students={module.id: students}, jobs=args.jobs,
                              limits=limits, sandbox=sandbox, scheduler=args.scheduler)
    write_report(graded.report, logs / f"{module.id}.json")  # what `course report` draws the class report from
    if args.report:
        write_report(graded.report, Path(args.report))
    page = write_class_report(graded.report, root / "reports" / f"{module.id}.html")
    print(format_report(graded.report))
    print(f"feedback: {root / 'feedback'}/<student>/{module.id}/")
    print(f"class report: {page}")
    if args.report:
        print(f"report: {args.report}")
    failed = graded.failed
    if failed:
        print(f"the grader itself failed for {', '.join(failed)}: see {logs}", file=sys.stderr)
    return 1 if failed else 0


def cmd_lab(args) -> int:
    from course.authoring.course_dir import find_course_root
    from course import jupyter

    root = find_course_root()
    command, env = (jupyter.formgrader if args.command == "formgrader" else jupyter.student_lab)(root, args.lab_args)
    os.execve(command[0], command, env)  # JupyterLab in this process's place: Ctrl-C reaches it directly
    return 0


def cmd_report(args) -> int:
    import json

    from course.authoring.course_dir import find_course_root, resolve_modules
    from course.grading.class_report import write_class_report

    root = find_course_root()
    module = resolve_modules([args.module])[0]
    saved = root / "logs" / "grade" / f"{module.id}.json"
    if not saved.is_file():
        raise CourseError(f"{module.id} has not been graded here yet ({saved} is missing); "
                          f"run `python -m course grade {module.id}` first")
    page = write_class_report(json.loads(saved.read_text(encoding="utf-8")), root / "reports" / f"{module.id}.html")
    print(f"class report: {page}")
    return 0


def cmd_handout(args) -> int:
    from course.authoring.course_dir import find_course_root
    from course.authoring.handout import write_handout

    root = find_course_root()
    output = Path(args.output) if args.output else root / "course-handout.zip"
    members = write_handout(root, args.modules, output)
    notebooks = sum(name.endswith(".ipynb") for name in members)
    print(f"wrote {output}: {notebooks} release notebooks, the course package, requirements.txt, README.md "
          "(no source/, no tests, no hidden tests)")
    return 0


def cmd_new(args) -> int:
    from course.authoring.course_dir import find_course_root
    from course.authoring.scaffold import scaffold

    root = find_course_root()
    for path in scaffold(root, args.number, args.exercise):
        print(f"wrote {path.relative_to(root)}")
    print("next: write the explanation, the reference solution and the tests (every TODO), "
          "the mutants and honest variants; then `make execute release test`")
    return 0


def cmd_readme(args) -> int:
    from course.authoring.course_dir import find_course_root
    from course.authoring.readme import update_readme

    path = find_course_root() / "README.md"
    print(f"{path.name}: {'derived sections updated' if update_readme(path) else 'up to date'}")
    return 0


def cmd_demo(args) -> int:
    from course.authoring.course_dir import REPOSITORY_ROOT, resolve_modules
    from course.demo.run import format_table, run_demo

    from course.demo.run import default_modules

    if args.all and args.modules:
        raise CourseError("name modules or pass --all, not both")
    modules = resolve_modules(args.modules) if args.modules or args.all else default_modules(resolve_modules([]))
    rows = run_demo(modules, Path(args.dir), REPOSITORY_ROOT, jobs=args.jobs)
    print(format_table(rows))
    return 0


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="course", description="Instructor tools of the CNN course.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    commands.add_parser("catalog", help="list the modules and notebooks, built and planned").set_defaults(run=cmd_catalog)

    release = commands.add_parser("release", help="regenerate release/<module> from source/ with nbgrader")
    release.add_argument("modules", nargs="*", metavar="MODULE", help="default: every built module")
    release.set_defaults(run=cmd_release)

    execute = commands.add_parser("execute", help="run source notebooks and save their outputs (for nbval)")
    execute.add_argument("modules", nargs="*", metavar="MODULE|NOTEBOOK",
                         help="modules, or source notebook files (default: every built module)")
    execute.set_defaults(run=cmd_execute)

    validate = commands.add_parser("validate", help="nbval over source/ (honours COURSE_DEVICE=cpu|cuda)")
    validate.add_argument("modules", nargs="*", metavar="MODULE|NOTEBOOK",
                          help="modules, or source notebook files (default: every built module)")
    validate.add_argument("--durations", action="store_true", help="also time each notebook's execution")
    validate.add_argument("--jobs", type=_positive_int, default=os.cpu_count() or 1,
                          help="notebooks checked at once (default: one per core)")
    validate.set_defaults(run=cmd_validate)

    grade = commands.add_parser("grade", help="autograde submitted/*/MODULE with nbgrader")
    grade.add_argument("module", metavar="MODULE")
    grade.add_argument("--report", metavar="FILE.json", help="write per-student, per-exercise results as JSON")
    grade.add_argument("--jobs", type=_positive_int, default=default_jobs(), metavar="N",
                       help="students graded at the same time (default: the number of CPUs)")
    grade.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="grade every submission as a task on this Dask cluster (see the README); --jobs is ignored")
    grade.set_defaults(run=cmd_grade)

    lab = commands.add_parser("lab", help="JupyterLab for a student: student/ (a working copy of release/, never "
                              "overwritten), no instructor tools")
    lab.set_defaults(run=cmd_lab, passes_on=True)  # every further argument goes to jupyter lab
    formgrader = commands.add_parser("formgrader", help="JupyterLab for the instructor in the course root, "
                                                        "with nbgrader's Formgrader")
    formgrader.set_defaults(run=cmd_lab, passes_on=True)

    report = commands.add_parser("report", help="the class report of a graded module: an HTML page with plots "
                                                "(scores, statuses, flags, slowest notebooks)")
    report.add_argument("module", metavar="MODULE")
    report.set_defaults(run=cmd_report)

    handout = commands.add_parser("handout", help="a zip for a student working alone: release notebooks, the course "
                                                  "package, requirements, a README; no solutions")
    handout.add_argument("modules", nargs="*", metavar="MODULE", help="default: every built module")
    handout.add_argument("--output", metavar="FILE.zip", help="default: course-handout.zip in the course root")
    handout.set_defaults(run=cmd_handout)

    new = commands.add_parser("new", help="start notebook NN: the anatomy, one exercise, its mutants and honest files")
    new.add_argument("number", type=_positive_int, metavar="NN", help="the notebook's number in the catalog (1–50)")
    new.add_argument("--exercise", default="exercise_1", metavar="NAME",
                     help="the first exercise's function name (SYLLABUS fixes the bold ones)")
    new.set_defaults(run=cmd_new)

    commands.add_parser("readme", help="regenerate the derived parts of README.md (built notebooks, course map)"
                        ).set_defaults(run=cmd_readme)

    demo = commands.add_parser("demo", help="the whole instructor pipeline with three sample students")
    demo.add_argument("modules", nargs="*", metavar="MODULE",
                      help="default: the first and the newest built module (a few minutes); --all for every one")
    demo.add_argument("--all", action="store_true", help="every built module")
    demo.add_argument("--dir", default=".demo", help="scratch folder, replaced on each run (default: .demo)")
    demo.add_argument("--jobs", type=_positive_int, default=default_jobs(), metavar="N",
                      help="students graded at the same time (default: the number of CPUs)")
    demo.set_defaults(run=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "passes_on", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.lab_args = extra
    try:
        return args.run(args)
    except CourseError as error:
        print(f"course: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("course: interrupted", file=sys.stderr)
        return 130
