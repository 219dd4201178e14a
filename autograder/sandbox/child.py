"""A sandbox child's request server: it runs student code and answers the grader.

The zygote (``zygote.py``) forks the child and walls it in (``walls.py``); then
``RequestServer.serve`` answers the requests that arrive on the child's socket, one
frame each (see ``wire``):

    load    {"files": {"gates.py": "..."}}    write the files, put them on sys.path
    import  {"module": "gates"}
    call    {"target": {...}, "args": [args, kwargs], "strict": bool, "echo": bool}
    get     {"target": {...}}
    set     {"target": {...}, "args": [[value], {}]}
    setmany / getmany   several attributes of one object at once
    signature {"target": {...}}   the positional parameters of a function or class, as plain data
    batch   {"steps": [{"op": "call", "target": {...}, ...}, ...], "args": [[args, kwargs], ...]}
            several call/get/set steps in order, stopping at the first that raises;
            answers {"values": [...]} and, after a failure, "failed" and "error"
    variants {"target": {"module": ..., "name": F}, "sources": ["def F(...): ...", ...],
              "args": [[[[args, kwargs], ...]], {}]}
            each source (a changed copy of the module's function F) run on every call given, in a
            namespace copied from the module's: one answer per source, a list per call of numbers
            (a float, or a list of float arrays) or None where it raised or gave something else
            (asked in a child of its own, thrown away after: see checking/repair.py)
    method_variants {"target": {"module": ..., "name": CLASS}, "method": M, "sources": [...],
              "args": [[[[history, args, kwargs], ...]], {}]}
            the same for a method: each call replays its object's history on a fresh
            object of CLASS, whose M is the changed copy meanwhile

A target names a module attribute (``{"module": "gates", "name": "xor"}``), an
attribute of an object the child holds (``{"obj": 3, "name": "fit"}``) or, within
a "batch" request, of the value an earlier step returned (``{"step": 0, "name":
"feedforward"}``). Nothing here decides whether an answer is right.

Runs inside the sandbox, imported by the zygote before any fork: standard library,
NumPy, ``wire`` and ``raising_line`` only, all imported at the top (a child under Landlock could not
read this folder to import anything later).
"""

import copy
import difflib
import importlib
import inspect
import os
import sys
import traceback
import types
import warnings

import numpy as np

import wire
from raising_line import raising_operands

MAX_TEXT = 4000


PLAIN_DEFAULTS = (int, float, bool, str, type(None))


def _copied(value):
    """A module's value as a changed copy of its function may use it: arrays and containers copied, so
    that what one copy changes in place no other sees."""
    if isinstance(value, (np.ndarray, list, dict, set)):
        try:
            return copy.deepcopy(value)
        except Exception:  # noqa: BLE001 - a container of something that cannot be copied
            return value
    return value


def _as_numbers(function, args, kwargs):
    """``function(*args, **kwargs)`` (on copies) as ``wire.number_parts``; None where it raises or gives
    anything but numbers."""
    try:
        return wire.number_parts(function(*copy.deepcopy(args), **copy.deepcopy(kwargs)))
    except BaseException:  # noqa: BLE001 - student code may raise anything
        return None


def _packed(answers):
    """A changed copy's answers to the calls as ``[shapes, numbers]``: per call, the shape of each part
    (``None`` for a plain number), and every number in one float64 array (a message holds a few thousand
    arrays, not one per part); None where a call gave no numbers."""
    if any(answer is None for answer in answers):
        return None
    parts = [[np.asarray(answer)] if isinstance(answer, float) else answer for answer in answers]
    shapes = [None if isinstance(answer, float) else [list(part.shape) for part in answer] for answer in answers]
    flat = [np.ravel(part) for call in parts for part in call]
    return [shapes, np.concatenate(flat) if flat else np.zeros(0)]


_ABSENT = object()


def _replayed(cls, method, history, args, kwargs):
    """``method``'s answer on a fresh ``cls`` object made and used as ``history`` says (copies of everything), as
    ``wire.number_parts``; None where anything raises or the answer is not numbers."""
    try:
        (_, _, made_args, made_kwargs), *steps = history
        obj = cls(*copy.deepcopy(made_args), **copy.deepcopy(made_kwargs))
        for op, name, step_args, step_kwargs in steps:
            if op == "setmany":
                for attribute, value in step_args[0].items():
                    setattr(obj, attribute, copy.deepcopy(value))
            elif op == "call":
                getattr(obj, name)(*copy.deepcopy(step_args), **copy.deepcopy(step_kwargs))
        return wire.number_parts(getattr(obj, method)(*copy.deepcopy(args), **copy.deepcopy(kwargs)))
    except BaseException:  # noqa: BLE001 - student code may raise anything
        return None


def _signature(function):
    """``function``'s first parameters as plain data, ``[[name, kind, has_default, default], ...]``
    (a default only when it is a short number, bool, text or None); None when no signature can be read
    (student code may make inspect raise: the grader takes this as plain data it checks, or nothing)."""
    try:
        rows = []
        for parameter in list(inspect.signature(function).parameters.values())[:12]:
            default = parameter.default
            plain = type(default) in PLAIN_DEFAULTS and not (type(default) is str and len(default) > 100)
            rows.append([str.__str__(parameter.name)[:100], parameter.kind.name,
                         default is not inspect.Parameter.empty, default if plain else None])
        return rows
    except BaseException:  # noqa: BLE001 - a hostile __signature__ and friends
        return None


def _misspelt(name, names):
    """The name of ``names`` that looks like ``name`` misspelt: close to it and with its first letter (a
    name with a letter before it or without its first, OR_WEIGHTS for NOR_WEIGHTS, is most often another
    name), the same name in other case first, then the same letters in another order; [] where there is none."""
    same = [n for n in names if n.lower() == name.lower()]  # the same name in another case
    close = same or [n for n in difflib.get_close_matches(name, names, n=5, cutoff=0.8) if n[:1].lower() == name[:1].lower()]
    close.sort(key=lambda n: (sorted(n.lower()) != sorted(name.lower()), -difflib.SequenceMatcher(None, name, n).ratio()))
    return close[:1]


def _own_names(holder, most=8):
    """The public functions and classes a student's module defines itself (not those it imports), or the
    public methods of an object's class: where the name a check asked for is missing, one may be it."""
    if isinstance(holder, types.ModuleType):
        module = holder.__name__
        found = [n for n, v in vars(holder).items()
                 if (inspect.isfunction(v) or isinstance(v, type)) and getattr(v, "__module__", None) == module]  # fmt: skip
    else:
        found = [n for n, v in vars(type(holder)).items() if inspect.isfunction(v)]
    return [n for n in found if type(n) is str and n.isidentifier() and not n.startswith("_") and len(n) <= 60][:most]


class MissingName(Exception):
    """The module or object has no attribute of the requested name."""


def _safe_text(produce, limit=MAX_TEXT):
    """Call ``produce()`` for a message; student objects may make that fail."""
    try:
        text = produce()
        if type(text) is not str:
            text = "<message that is not text>"
    except BaseException:  # noqa: BLE001 - hostile __str__ and friends
        text = "<message that could not be shown>"
    return text if len(text) <= limit else text[:limit] + " ..."


def _student_traceback(exc, scratch):
    """The traceback lines that point into the student's own files."""
    try:
        frames = [
            f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(scratch)
        ]
        lines = [
            f'  File "{os.path.basename(f.filename)}", line {f.lineno}, in {f.name}\n    {f.line}'
            for f in frames[-6:]
        ]
        return "\n".join(lines)
    except BaseException:  # noqa: BLE001
        return ""


class RequestServer:
    """Serves the grader's requests on ``sock`` (anything with ``recv_into`` and ``sendall``).

    ``before_answer(header)``, when given, is called before each answer is sent and returns
    the header to send (the subprocess level marks its output pipe there, see ``plain_child``).
    """

    def __init__(self, sock, scratch, before_answer=None):
        self.sock = sock
        self.scratch = scratch
        self.before_answer = before_answer
        self.objects = {}
        self.ids = {}
        self.inbox = bytearray()
        self.receive_buffer = bytearray(1 << 16)  # one reusable receive buffer
        self.receive_view = memoryview(self.receive_buffer)
        self.modules = {}
        self.step_values = []  # what the steps of the "batch" request under way returned

    # -- plumbing -------------------------------------------------------
    def next_frame(self):
        """The body of the next request, reading as much as is there at each recv."""
        while True:
            body = wire.take_frame(self.inbox)
            if body is not None:
                return body
            count = self.sock.recv_into(self.receive_buffer)
            if not count:
                raise EOFError
            self.inbox += self.receive_view[:count]

    def send(self, header, arrays=()):
        if self.before_answer is not None:
            header = self.before_answer(header)
        self.sock.sendall(wire.pack(header, arrays))

    def register(self, obj):
        key = id(obj)
        if key not in self.ids:
            self.ids[key] = len(self.objects) + 1
            self.objects[self.ids[key]] = obj
        type_name = _safe_text(lambda: type(obj).__name__, 100)
        return self.ids[key], type_name

    def resolve(self, tag):
        if tag["t"] != "ref" or tag["id"] not in self.objects:
            raise wire.WireError("unknown object")
        return self.objects[tag["id"]]

    # -- requests -------------------------------------------------------
    def target(self, spec):
        name = spec["name"]
        if "module" in spec:
            holder = self.modules[spec["module"]]
        elif "step" in spec:
            holder = self.step_values[spec["step"]]
        else:
            holder = self.objects[spec["obj"]]
        return holder, name

    @staticmethod
    def lookup(holder, name):
        try:
            return getattr(holder, name)
        except AttributeError:
            try:  # a name spelt almost like it, and the holder's own names, each on a line (see Session._error)
                close = _misspelt(name, [n for n in dir(holder) if isinstance(n, str) and not n.startswith("__")])
                own = _own_names(holder)
            except Exception:  # a hostile __dir__ or __dict__: say nothing more
                close, own = [], []
            raise MissingName(f"{name}\n{close[0] if close else ''}\n{' '.join(own)}") from None

    def handle(self, header, arrays):
        op = header["op"]
        if op == "load":
            for filename, text in header["files"].items():
                path = os.path.join(self.scratch, os.path.basename(filename))
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(text)
            sys.path.insert(0, self.scratch)
            return None
        if op == "import":
            self.modules[header["module"]] = importlib.import_module(header["module"])
            return None
        if op == "batch":
            return self.run_batch(header["steps"], wire.decode(header["args"], arrays, self.resolve))
        args, kwargs = wire.decode(header["args"], arrays, self.resolve)
        return self.run(header, args, kwargs)

    def run_batch(self, steps, arguments):
        """Run the steps in order; stop at the first that raises and say which it was."""
        try:
            for index, (step, (args, kwargs)) in enumerate(zip(steps, arguments)):
                try:
                    self.step_values.append(self.run(step, args, kwargs))
                except BaseException as exc:  # noqa: BLE001 - student code may raise anything
                    return {"values": self.step_values, "failed": index, "error": self.describe_error(exc)}
            return {"values": self.step_values}
        finally:
            self.step_values = []

    def run(self, header, args, kwargs):
        """One call, get or set (or several of the latter two) on a target."""
        op = header["op"]
        holder, name = self.target(header["target"])
        if op == "get":
            return self.lookup(holder, name)
        if op == "signature":
            return _signature(self.lookup(holder, name))
        if op == "set":
            setattr(holder, name, args[0])
            return None
        if op == "setmany":  # holder is an object; args[0] maps attribute names to values
            for attribute, value in args[0].items():
                setattr(holder, attribute, value)
            return None
        if op == "getmany":
            return {attribute: self.lookup(holder, attribute) for attribute in args[0]}
        if op == "variants":
            return self.variants(holder, name, header["sources"], args[0])
        if op == "method_variants":
            return self.method_variants(holder, name, header["method"], header["sources"], args[0])
        if op == "call":
            function = self.lookup(holder, name)
            if header.get("strict"):
                # Warnings become exceptions, so the grader can tell an overflow happened.
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    with np.errstate(over="raise", divide="raise", invalid="raise"):
                        value = function(*args, **kwargs)
            else:
                value = function(*args, **kwargs)
            # "echo" sends the arguments back too: did the call modify them?
            return [value, args, kwargs] if header.get("echo") else value
        raise ValueError(f"unknown op {op!r}")

    def variants(self, module, name, sources, calls):
        """The answers of each changed copy of ``module.name`` (its text in ``sources``) to ``calls``."""
        self.lookup(module, name)  # the function must be there, as for a call
        answers = []
        for source in sources:
            namespace = {key: _copied(value) for key, value in vars(module).items()}
            try:
                exec(compile(source, getattr(module, "__file__", None) or name, "exec"), namespace)  # noqa: S102
                function = namespace[name]
            except BaseException:  # noqa: BLE001 - a change may not compile
                answers.append(None)
                continue
            answers.append(_packed([_as_numbers(function, args, kwargs) for args, kwargs in calls]))
        return answers

    def method_variants(self, module, class_name, method, sources, calls):
        """The answers of ``class_name.method`` changed as each of ``sources`` says, to ``calls``: each call
        ``[history, args, kwargs]`` replays on a fresh object how the check made it and what it did to it
        (``history``: ``[op, name, args, kwargs]`` steps, ``new`` first) with the changed method in the class."""
        cls = self.lookup(module, class_name)
        if not isinstance(cls, type):
            raise TypeError(f"{class_name} is not a class")
        original = cls.__dict__.get(method, _ABSENT)
        answers = []
        for source in sources:
            namespace = {key: _copied(value) for key, value in vars(module).items()}
            try:
                exec(compile(source, getattr(module, "__file__", None) or method, "exec"), namespace)  # noqa: S102
                setattr(cls, method, namespace[method])
            except BaseException:  # noqa: BLE001 - a change may not compile, a class may refuse it
                answers.append(None)
                continue
            try:
                answers.append(_packed([_replayed(cls, method, *call) for call in calls]))
            finally:
                if original is _ABSENT:
                    delattr(cls, method)
                else:
                    setattr(cls, method, original)
        return answers

    def describe_error(self, exc):
        """What the grader is told about an exception."""
        return {
            "type": _safe_text(lambda: type(exc).__name__, 200),
            "message": _safe_text(lambda: str(exc)),
            "traceback": _student_traceback(exc, self.scratch),
            "operands": _safe_text(lambda: raising_operands(exc, self.scratch), 600),
        }

    def serve(self):
        while True:
            try:
                header, arrays = wire.unpack_body(self.next_frame(), wire.REQUEST)
            except EOFError:
                return
            reply = {"id": header.get("id")}
            try:
                value = self.handle(header, arrays)
            except BaseException as exc:  # noqa: BLE001 - student code may raise anything
                reply["error"] = self.describe_error(exc)
                self.send(reply)
                continue
            try:
                tree, blobs = wire.encode(value, self.register)
            except BaseException as exc:  # noqa: BLE001
                problem = exc
                reply["error"] = {"type": "UnsendableValue", "message": _safe_text(lambda: str(problem)), "traceback": ""}
                self.send(reply)
                continue
            reply["value"] = tree
            self.send(reply, blobs)
