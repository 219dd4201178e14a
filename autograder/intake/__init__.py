"""The intake: what a submission holds, read as text, never run, never through a link.

A submission is a folder of modules, a ``.zip`` of one, an nbgrader notebook or a
folder of notebooks (a student's folder of an nbgrader tree). ``load.load_submission``
tells them apart and gives one ``submission.Submission``: its modules' text and the
notes on what was skipped and where it was found, which reach the student's report.

- ``safe_files``: folders and files opened without following links;
- ``modules``: the bounds, the bounded reading of modules, the one folder chooser;
- ``folders``, ``zips``: the modules of a folder, of a zip;
- ``notebook_json``: a notebook's JSON, bounded in size and nesting;
- ``notebook_cells``: the module made of a notebook's answer cells;
- ``notebooks``: a notebook, or a folder of them, as modules;
- ``submission``: the ``Submission``, its error and its fingerprint;
- ``load``: one entry point, and the student ids.
"""
