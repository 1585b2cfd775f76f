"""What the host and recommender forms share: rows with their messages in place, a banner, Save and Cancel.

A subclass adds its rows with ``add_row``, reads them in ``read()`` (raising nothing: problems go
to ``problems``), and stores them in ``store(values)`` by calling a use case with a fresh unit of
work (``save_host(self.ctx.uow(), ...)``: the use case opens and commits it); saving runs off the
GUI thread, and a refusal from the shop's rules lands under its field or in the banner.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.errors import CoopError
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.widgets import Banner, FieldMessage, FormMessages, with_message


class FormDialog(QDialog):
    """A record's form; ``saved`` carries the record as stored."""

    saved = Signal(object)
    save_label = "save"  # names the saving in the log and in an unexpected error's message

    def __init__(
        self, ctx: AppContext, *, words: Mapping[str, tuple[str, ...]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.banner = Banner()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(8)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.messages = FormMessages(self.banner, {}, words)
        self.touched: set[str] = set()

        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)
        self.setMinimumWidth(520)

    def add_row(self, key: str, field: QWidget) -> None:
        """A labelled field with its message under it; typing in it checks it."""
        label = QLabel()
        label.setBuddy(field)
        message = FieldMessage()
        self.labels[key] = label
        self.fields[key] = field
        self.messages.fields[key] = message
        self.form.addRow(label, with_message(field, message))
        if isinstance(field, QLineEdit):
            field.textEdited.connect(lambda _text: self._edited(key))

    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.check(strict=False)

    def finish_rows(self) -> None:
        chain = [*self.fields.values(), self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- subclasses -------------------------------------------------------------------------------

    def read(self, problems: dict[str, str], language: str) -> Any:
        """The checked values, with what is wrong put in ``problems`` by field key."""
        raise NotImplementedError

    def store(self, values: Any) -> Any:
        """Save ``values`` through a use case (on a worker thread); returns the stored record."""
        raise NotImplementedError

    def retranslate(self) -> None:
        self.save_button.setText(QCoreApplication.translate("FormDialog", "&Save"))
        self.save_button.setToolTip(QCoreApplication.translate("FormDialog", "Save (Ctrl+S)"))
        self.cancel_button.setText(QCoreApplication.translate("FormDialog", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate("FormDialog", "Close without saving (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- checking and saving ----------------------------------------------------------------------

    def check(self, *, strict: bool) -> Any:
        """Say under each field what is wrong (every field when ``strict``); the values or None."""
        problems: dict[str, str] = {}
        values = self.read(problems, screen_language())
        for key in self.fields:
            if strict or key in self.touched:
                self.messages.set(key, problems.get(key, ""))
        return None if problems else values

    def focus_first_error(self) -> None:
        for key, field in self.fields.items():
            if not self.messages.fields[key].isHidden():
                field.setFocus()
                if isinstance(field, QLineEdit):
                    field.selectAll()
                return

    def save(self) -> None:
        if self.busy:
            return
        self.banner.clear()
        values = self.check(strict=True)
        if values is None:
            self.focus_first_error()
            return
        self._set_busy(True)
        store = self.store

        def done(record: Any) -> None:
            self.saved.emit(record)
            self.accept()

        def refused(error: CoopError) -> None:
            if self.messages.show(error, screen_language()) is not None:
                self.focus_first_error()

        run_op(
            self,
            lambda: store(values),
            on_done=done,
            on_error=refused,
            on_finally=lambda: self._set_busy(False),
            label=self.save_label,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)


def attempt(problems: dict[str, str], key: str, language: str, read: Callable[[], Any]) -> Any:
    """``read()``, or None with its refusal put in ``problems[key]``."""
    try:
        return read()
    except CoopError as error:
        problems[key] = error.message(language)
        return None
