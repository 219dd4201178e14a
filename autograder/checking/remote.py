"""The API the checks call: a student's module and the objects it made, seen from the grader.

``RemoteModule`` calls a module's functions and reads its names in the sandbox
child that holds it; ``RemoteObject`` drives an object living in that child;
``Batch`` sends several quick requests as one and ``Replies`` reads their
answers step by step. Every failure of student code is raised as the session's
``StudentError``.
"""

from __future__ import annotations

from functools import partial

import numpy as np

from ..sandbox import wire
from .plain_copy import plain_copy
from ..sandbox.session import BatchAnswer, ObjectMaker, Session, StudentError, StudentTimeout


def _short(value) -> str:
    if isinstance(value, RemoteObject):
        return f"a {value.type_name}"
    if isinstance(value, np.ndarray):
        if value.size <= 4 and value.ndim <= 1:
            return f"array({value.tolist()})"
        return f"array of shape {value.shape}"
    if isinstance(value, dict):
        return f"a dict of {len(value)}"
    if isinstance(value, (list, tuple)):
        text = repr(value)
        return text if len(text) <= 40 else f"a {type(value).__name__} of {len(value)}"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def describe_args(args, kwargs) -> str:
    """``0.5`` / ``array of shape (3, 4)`` / ``lr=0.1, epochs=10``: what a call was given, briefly."""
    parts = [_short(a) for a in args] + [f"{k}={_short(v)}" for k, v in (kwargs or {}).items()]
    return ", ".join(parts)


def _call_label(name: str, args, kwargs) -> str:
    """``fit(array of shape (4, 2), epochs=5)``: a call as a message to the student names it."""
    return f"{name}({describe_args(args, kwargs)})"


class RemoteModule:
    """A student's module seen from the grader: call its functions, read its names."""

    def __init__(self, session: Session, name: str):
        self.session = session
        self.name = name

    def _target(self, attr: str) -> dict:
        return {"module": self.name, "name": attr}

    def call(self, attr: str, *args, **kwargs):
        return self.invoke(attr, args, kwargs)

    def invoke(self, attr: str, args=(), kwargs=None, *, strict=False, echo=False, within=None):
        """Call ``attr``; ``strict`` turns warnings into errors, ``echo`` returns
        ``(value, args_after, kwargs_after)`` to show what the call modified, ``within``
        (seconds) stops it sooner than the limits would (StudentTooSlow)."""
        label = _call_label(attr, args, kwargs)
        value = self.session.request(self.name, "call", self._target(attr), label, args, kwargs,
                                     make_object=self._objects(), strict=strict, echo=echo, within=within)  # fmt: skip
        note_first_answer(self.session, self.name, attr, label, args, kwargs, value[0] if echo else value)
        if isinstance(made := value[0] if echo else value, RemoteObject) and self.session.requests == 1:
            made.history = started(attr, args, kwargs)
        return value

    def get(self, attr: str):
        return self.session.request(self.name, "get", self._target(attr), f"{self.name}.{attr}",
                                    make_object=self._objects())  # fmt: skip

    def _objects(self) -> ObjectMaker:
        """Objects its functions return (a class called makes one): RemoteObjects in its child."""
        return partial(RemoteObject, self.session, self.name)

    def map(self, attr: str, calls, kwargs=None, **options) -> "Replies":
        """``attr(*args, **kwargs)`` for each ``args`` in ``calls``, in one request
        (options: strict, echo).

        Iterating over the answer gives the values in order and raises the first
        failing call's StudentError where that call comes, as calling one by one would.
        """
        batch = self.batch()
        for args in calls:
            batch.invoke(attr, args, kwargs, **options)
        return batch.run()

    def batch(self) -> "Batch":
        return Batch(self)

    def new(self, cls: str, *args, **kwargs) -> "RemoteObject":
        obj = self.call(cls, *args, **kwargs)
        if not isinstance(obj, RemoteObject):
            raise StudentError(f"{cls}(...) did not create an object (got {type(obj).__name__})")
        return obj

    def ensure(self) -> None:
        """Raise StudentError now if the module is missing or does not import."""
        self.session.ensure(self.name)


class RemoteObject(wire.Handle):
    """An object living in the child (a Perceptron, an MLP), driven by requests."""

    __slots__ = ("session", "module", "generation", "history")

    def __init__(self, session: Session, module: str, generation: int, ident: int, type_name: str):
        super().__init__(ident, type_name)
        self.session = session
        self.module = module
        self.generation = generation
        self.history: list | None = None  # how the check made it and what it did to it (see ``started``)

    def _target(self, attr: str) -> dict:
        if self.generation != self.session.generation:
            raise StudentError(
                f"this {self.type_name} object was lost when the process running your code "
                "was stopped by an earlier failure"
            )
        return {"obj": self.id, "name": attr}

    def call(self, method: str, *args, **kwargs):
        return self.invoke(method, args, kwargs)

    def invoke(self, method: str, args=(), kwargs=None, *, strict=False, echo=False, within=None):
        label = _call_label(f"{self.type_name}.{method}", args, kwargs)
        value = self.session.request(self.module, "call", self._target(method), label, args, kwargs,
                                     make_object=self._objects(), strict=strict, echo=echo, within=within)  # fmt: skip
        if self.history is not None and self.session.requests == 1:
            note_method_answer(self.session, self.module, self.type_name, method, label, self.history, args, kwargs,
                               value[0] if echo else value)  # fmt: skip
            grow(self.history, "call", method, args, kwargs)
        return value

    def get(self, attr: str):
        label = f"{self.type_name}.{attr}"
        return self.session.request(self.module, "get", self._target(attr), label, make_object=self._objects())

    def set(self, attr: str, value) -> None:
        label = f"setting {self.type_name}.{attr}"
        self.session.request(self.module, "set", self._target(attr), label, (value,), make_object=self._objects())
        if self.history is not None and self.session.requests == 1:
            grow(self.history, "setmany", "", ({attr: value},), {})

    def _objects(self) -> ObjectMaker:
        """Objects this one's methods return: RemoteObjects in the same child."""
        return partial(RemoteObject, self.session, self.module)


class Replies:
    """The answers to a ``Batch``, by step: ``replies[k]`` is step ``k``'s value.

    Reading the step that raised raises its StudentError, and so does reading any
    step after it (those never ran). Iterating gives the values in order, so a
    check that looks at them one by one fails where calling one by one would have.
    """

    def __init__(self, values: list, failed: int | None, error: StudentError | None):
        self._values = values
        self._failed = failed
        self._error = error

    def __len__(self) -> int:
        return len(self._values) + (self._failed is not None)

    def __getitem__(self, step):
        if isinstance(step, slice):
            return [self[k] for k in range(len(self))[step]]
        if self._failed is not None and step >= self._failed:
            raise self._error
        if not 0 <= step < len(self._values):
            raise IndexError(f"no step {step} in this batch (was it added after the batch ran?)")
        return self._values[step]

    def __iter__(self):
        for step in range(len(self)):
            yield self[step]

    def before_failure(self) -> list:
        """The values of the steps that ran before the first one that raised (all, if none did)."""
        return list(self._values)


class Batch:
    """Several requests to one module's child, sent and answered as one.

    Each ``invoke``/``get`` returns the number of its step; ``on=`` that number
    makes a later step work on the object an earlier step returned, e.g.
    ``b.invoke("feedforward", (x,), on=b.invoke("Neuron", (w, bias)))``.
    The steps share one call's time limit, so batch only quick calls.
    """

    def __init__(self, module: RemoteModule):
        self.module = module
        self.steps: list[dict] = []
        self.arguments: list = []
        self.labels: list[str] = []
        self.kinds: list[str] = []  # for a step on an earlier step's object, what to call it
        self.owners: list = []  # what each step works on: None (the module), a RemoteObject or an earlier step

    def _target(self, attr: str, on) -> tuple[dict, str, str]:
        """The step's target, its name in messages, and the type its value is taken to have."""
        if on is None:  # a module attribute: a class called here makes one of its kind
            return {"module": self.module.name, "name": attr}, attr, attr
        if isinstance(on, RemoteObject):
            return on._target(attr), f"{on.type_name}.{attr}", on.type_name
        if type(on) is not int or not 0 <= on < len(self.steps):
            raise ValueError(f"no step {on!r} to work on")
        return {"step": on, "name": attr}, f"{self.kinds[on]}.{attr}", self.kinds[on]

    def invoke(self, attr: str, args=(), kwargs=None, *, on=None, strict=False, echo=False) -> int:
        target, name, kind = self._target(attr, on)
        step = {"op": "call", "target": target, "strict": strict, "echo": echo}
        return self._add(step, list(args), _call_label(name, args, kwargs), kind, kwargs, on)

    def get(self, attr: str, *, on=None) -> int:
        target, name, _ = self._target(attr, on)
        return self._add({"op": "get", "target": target}, [], name, owner=on)

    def set_many(self, values: dict, *, on) -> int:
        """Set several attributes of an object (one made by an earlier step, or a RemoteObject)."""
        target, name, _ = self._target("", on)
        return self._add({"op": "setmany", "target": target}, [dict(values)], f"setting {name}{', '.join(values)}",
                         owner=on)  # fmt: skip

    def get_many(self, names, *, on) -> int:
        """Read several attributes of an object: the step's value is a dict by name."""
        names = list(names)
        target, name, _ = self._target("", on)
        return self._add({"op": "getmany", "target": target}, [names], f"{name}{', '.join(names)}", owner=on)

    def _add(self, step: dict, args: list, label: str, kind: str = "object", kwargs=None, owner=None) -> int:
        self.steps.append(step)
        self.arguments.append([args, dict(kwargs or {})])
        self.labels.append(label)
        self.kinds.append(kind)
        self.owners.append(owner)
        return len(self.steps) - 1

    def run(self) -> Replies:
        """Send the steps as one request. If the child dies, they run again one by one,
        so the message names the call that killed it."""
        try:
            answer = self._send(self.steps, self.arguments, self.labels)
        except StudentTimeout:
            raise
        except StudentError:
            if len(self.steps) == 1:
                raise
            return self._one_by_one()
        self._note(answer.values)
        return Replies(answer.values, answer.failed, answer.error)

    def _note(self, values: list) -> None:
        """Keep the first answer of each module function the steps called (see ``note_first_answer``), and of each
        method called on an object whose making the steps (or earlier requests) saw (``note_method_answer``)."""
        session = self.module.session
        for step, (args, kwargs), label, owner, value in zip(self.steps, self.arguments, self.labels, self.owners, values):
            target, value = step["target"], value[0] if step.get("echo") else value
            if step["op"] == "call" and "module" in target:
                note_first_answer(session, target["module"], target["name"], label, args, kwargs, value)
                if isinstance(value, RemoteObject) and session.requests == 1:
                    value.history = started(target["name"], args, kwargs)
                continue
            if session.requests > 1:
                continue  # only the check's first request is kept for ``repair``: nothing to copy after it
            made = owner if isinstance(owner, RemoteObject) else values[owner] if type(owner) is int else None
            if not isinstance(made, RemoteObject) or made.history is None:
                continue
            if step["op"] == "call":
                note_method_answer(session, self.module.name, made.type_name, target["name"], label, made.history,
                                   args, kwargs, value)  # fmt: skip
                grow(made.history, "call", target["name"], args, kwargs)
            elif step["op"] == "setmany":
                grow(made.history, "setmany", "", args, {})

    def _send(self, steps: list[dict], arguments: list, labels: list[str]) -> BatchAnswer:
        module = self.module
        return module.session.run_batch(module.name, steps, arguments, labels, make_object=module._objects())

    def _one_by_one(self) -> Replies:
        """The steps as one request each, in a fresh child (after the batch's child died)."""
        values = []
        for index, (step, args, label) in enumerate(zip(self.steps, self.arguments, self.labels)):
            try:
                if "step" in step["target"]:  # the object an earlier step returned, now by its handle
                    holder = values[step["target"]["step"]]
                    if not isinstance(holder, RemoteObject):
                        raise StudentError(f"{label}: {step['target']['name']} is not defined")
                    step = dict(step, target=holder._target(step["target"]["name"]))
                answer = self._send([step], [args], [label])
                if answer.failed is not None:
                    raise answer.error
                values.append(answer.values[0])
            except StudentError as exc:
                self._note(values)
                return Replies(values, index, exc)
        self._note(values)
        return Replies(values, None, None)


MORE_ANSWERS = 2  # calls kept beside the first, per function and check (``repair`` asks them all again)
METHOD_ANSWERS = 3  # calls kept per method and check, each with how its object was made and used before


def started(cls: str, args, kwargs) -> list | None:
    """An object's history as its class was called: ``[("new", cls, args, kwargs)]`` (copies), or None where the
    arguments hold something that cannot be copied (an object of the child's). Kept in the check's first request
    only (``repair`` reads no other), so later requests copy nothing."""
    kept = plain_copy((list(args), dict(kwargs or {})), refuse_handles=True)
    return None if kept is None else [("new", cls, *kept)]


def grow(history: list, op: str, name: str, args, kwargs) -> None:
    """One more thing done to the object (``call`` a method, ``setmany`` attributes), copied; an object given
    something that cannot be copied has no history that can be replayed from then on (``None`` marks it)."""
    if history and history[-1] is None:
        return
    kept = plain_copy((list(args), dict(kwargs or {})), refuse_handles=True)
    history.append(None if kept is None else (op, name, *kept))


def note_method_answer(session, module: str, cls: str, method: str, label: str, history: list, args, kwargs,
                       value) -> None:  # fmt: skip
    """Keep, in ``session.method_answers``, the first METHOD_ANSWERS answers of ``cls.method`` in the check under
    way, each with a copy of its object's history before the call (``repair`` replays it)."""
    kept = session.method_answers.setdefault((module, f"{cls}.{method}"), [])
    if len(kept) >= METHOD_ANSWERS or (history and history[-1] is None) or session.requests > 1:
        return  # beyond the check's first request, a call may be asked with what the student answered before
    copied = plain_copy((list(args), dict(kwargs or {})), refuse_handles=True)
    if copied is not None:
        kept.append((label, list(history), *copied, value))


def note_first_answer(session, module: str, name: str, label: str, args, kwargs, value) -> None:
    """Keep, in ``session.first_answers``, the first answer a module function gave in the check under way, with
    a copy of its arguments as they were sent (the check may change its own later): once the check fails,
    ``asked_again`` asks the same question again. The next MORE_ANSWERS calls of the check's first request go to
    ``session.more_answers`` (label, args, kwargs, value): the check made those from its own seed, never from
    an answer, so the recording of a student's kit holds their reference answers (``repair``). A call given an
    object of the child's is not kept."""
    key = (module, name)
    more = session.more_answers.setdefault(key, []) if key in session.first_answers else None
    if more is not None and (len(more) >= MORE_ANSWERS or session.requests > 1):
        return  # beyond the check's first request, a call may be asked with what the student answered before
    kept = plain_copy((list(args), dict(kwargs or {})), refuse_handles=True)
    if kept is None:
        return
    if more is None:
        session.first_answers[key] = (label, *kept, value)
        if session.requests == 1:
            session.first_request.add(key)
    else:
        more.append((label, *kept, value))
