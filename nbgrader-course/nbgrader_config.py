# nbgrader's configuration for the course 'Neural Networks with NumPy', written by `nnkit nbgrader build`.
# Generated from course.toml: rebuild rather than edit (your own settings can go in
# ~/.jupyter/nbgrader_config.py, which nbgrader also reads).
c = get_config()  # noqa: F821 - nbgrader defines get_config

# A test cell grades its whole exercise on its first call (in nnkit's sandbox, within the
# course's time budget), so a cell may take longer than nbgrader's 30 s default.
c.Execute.timeout = 360
# A test cell that a student deleted is put back before grading: every test counts.
c.OverwriteCells.add_missing_cells = True
