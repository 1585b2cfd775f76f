"""The pole display on a real serial line: a pseudo-terminal stands in for the display, and the
bytes that reach it are read back and checked command by command."""

from __future__ import annotations

import contextlib
import os
import select
import sys
import termios
import tty
from collections.abc import Iterator

import pytest

from pos.pole_display import PoleLayout, greeting_screen, item_screen, total_screen
from receipts.pole_display import DisplayError, PoleDisplay, pinyin

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


class FakeDisplay:
    """The display's end of the line: reads what the counter sent."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave, termios.TCSANOW)
        self.port = os.ttyname(self.slave)

    def read(self, expected: int) -> bytes:
        data = b""
        while len(data) < expected:
            ready, _, _ = select.select([self.master], [], [], 5)
            if not ready:
                break
            data += os.read(self.master, 4096)
        return data

    def close(self) -> None:
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)


@pytest.fixture
def line() -> Iterator[FakeDisplay]:
    fake = FakeDisplay()
    yield fake
    fake.close()


def screens(data: bytes, encoding: str) -> list[tuple[str, str]]:
    """Each screen as a display shows it: CLR starts one, ``US $ 1 2`` moves to the second line."""
    out = []
    for chunk in data.split(b"\x0c")[1:]:
        top, bottom = chunk.split(b"\x1f$\x01\x02")
        out.append((top.decode(encoding), bottom.decode(encoding)))
    return out


def test_an_ascii_display_gets_init_then_each_screen(line: FakeDisplay) -> None:
    layout = PoleLayout(columns=20, encoding="ascii", transliterate=pinyin)
    display = PoleDisplay(line.port, baudrate=9600, layout=layout)
    first = item_screen(layout, name="手工皂", amount_fen=2500, total_fen=2500)
    display.show(first)
    display.show(total_screen(layout, total_fen=2500, paid_fen=5000, change_fen=2500))
    data = line.read(6 + 2 * (1 + 20 + 4 + 20))
    display.close()
    assert data.startswith(b"\x1b@\x1f\x01\x1fC\x00\x0c")  # init, overwrite mode, cursor off, clear
    assert b"\x1c&" not in data  # no Chinese mode on an ASCII display
    assert screens(data, "ascii") == [
        ("shou gong zao  25.00", "TOTAL          25.00"),
        ("PAID           50.00", "CHANGE         25.00"),
    ]


def test_a_chinese_display_gets_gb18030_in_chinese_mode(line: FakeDisplay) -> None:
    layout = PoleLayout(columns=20, encoding="gb18030")
    display = PoleDisplay(line.port, layout=layout)
    display.show(greeting_screen(layout, shop_name="来!合作社"))
    display.show(item_screen(layout, name="帆布袋", amount_fen=3990, total_fen=6490))
    setup = b"\x1b@\x1f\x01\x1fC\x00\x1c&"
    data = line.read(len(setup) + 2 * (1 + 20 + 4 + 20))
    display.close()
    assert data.startswith(setup)
    assert screens(data[len(setup) :], "gb18030") == [
        ("     来!合作社      ", "      欢迎光临      "),
        ("帆布袋       ￥39.90", "合计         ￥64.90"),
    ]


def test_an_unplugged_display_says_so_and_comes_back(line: FakeDisplay) -> None:
    layout = PoleLayout()
    gone = PoleDisplay("/dev/does-not-exist-coop-pos", layout=layout)
    with pytest.raises(DisplayError) as err:
        gone.show(greeting_screen(layout, shop_name="coop"))
    assert "找不到客显" in err.value.zh and "not found" in err.value.en
    gone.port = line.port  # plugged in (at the same name, as a USB adapter comes back)
    gone.show(greeting_screen(layout, shop_name="coop"))
    assert line.read(1)
    gone.close()
