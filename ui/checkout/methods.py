"""The ways to pay at the counter as its screens show them: each method's key (F1–F5, the same in
the payment and the refund dialog), its name in the screen's language, and its colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos.sale import PaymentMethod

METHOD_KEYS: tuple[tuple[PaymentMethod, str], ...] = (
    ("cash", "F1"),
    ("wechat", "F2"),
    ("alipay", "F3"),
    ("card", "F4"),
    ("other", "F5"),
)
METHOD_COLOURS: dict[str, str] = {
    "cash": "#2e7d32",
    "wechat": "#1aad19",
    "alipay": "#1677ff",
    "card": "#5c6bc0",
    "other": "#757575",
}


def method_name(method: str) -> str:
    """A payment method in the screen's language (literal calls, for pyside6-lupdate)."""
    names = {
        "cash": QCoreApplication.translate("Payment", "Cash"),
        "wechat": QCoreApplication.translate("Payment", "WeChat Pay"),
        "alipay": QCoreApplication.translate("Payment", "Alipay"),
        "card": QCoreApplication.translate("Payment", "Bank card"),
        "other": QCoreApplication.translate("Payment", "Other"),
    }
    return names.get(method, method)
