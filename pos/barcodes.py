"""Barcodes: EAN-8, UPC-A, EAN-13 check digits, in-store codes, scanner input (docs/domain.md)."""

from __future__ import annotations

import unicodedata

from pos.errors import InputError

MAX_FREE_CODE = 32
INSTORE_PREFIX = "2"


def gs1_check_digit(body: str) -> int:
    """The GS1 check digit for ``body`` (the code without its last digit)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def clean_scan(text: str) -> str:
    """Scanner input, trimmed of white space and control characters (a wedge may add CR, TAB, GS)."""
    s = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in s if not unicodedata.category(ch).startswith("C")).strip()


def normalise_barcode(text: str) -> str:
    """The one stored form of a code, or an :class:`InputError` a cashier understands.

    8, 12 and 13 digit codes must carry a valid check digit; a 12-digit UPC-A is stored as
    its EAN-13 form (a leading 0), so both scan to the same product. Anything else printable
    up to 32 characters is kept as it is (a host's own Code 128 label).
    """
    code = clean_scan(text)
    if not code:
        raise InputError("条码为空", "the barcode is empty")
    if code.isdigit() and code.isascii() and len(code) in (8, 12, 13):
        if gs1_check_digit(code[:-1]) != int(code[-1]):
            raise InputError(
                f"条码 {code} 校验位不对（可能扫错或输错）",
                f"barcode {code} has a wrong check digit (a misread or a typo)",
            )
        return "0" + code if len(code) == 12 else code
    if len(code) > MAX_FREE_CODE:
        raise InputError(
            f"条码 {code[:40]} 超过 {MAX_FREE_CODE} 个字符",
            f"barcode {code[:40]} is longer than {MAX_FREE_CODE} characters",
        )
    if not code.isprintable() or not code.isascii():
        raise InputError(
            f"条码 {code} 含有不能打印的字符", f"barcode {code} contains characters that cannot be printed"
        )
    return code


def instore_ean13(sequence: int) -> str:
    """The in-store EAN-13 for the ``sequence``-th allocation: ``2`` + 11 digits + check digit."""
    if not 1 <= sequence < 10**11:
        raise ValueError("in-store sequence out of range")
    body = INSTORE_PREFIX + f"{sequence:011d}"
    return body + str(gs1_check_digit(body))
