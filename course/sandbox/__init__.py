"""What runs beside student code (the worker, the guard, the integrity snapshot) and the process that talks to it.

The modules that run inside the sandbox (worker, guard, integrity) import nothing from ``course`` but this package:
a test enforces it.
"""
