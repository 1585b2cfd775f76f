"""The command line's words: every command, its arguments and its help (docs/formats.md).

Plain argparse: building the parser loads no Qt, database or document code, so ``--help`` and
``--version`` answer at once and on a machine without a screen.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from pos import __version__
from ui.cli.output import EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"coop-pos: 用法错误 / usage error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _common(p: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    p.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database URL (sqlite:///shop.sqlite, postgresql+psycopg://…); else $COOP_POS_DB, the config file, "
        "then an SQLite file in the user data folder",
    )
    p.add_argument(
        "--config", metavar="FILE", type=Path, default=default, help="settings file (default: user config)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="coop-pos", description="来!合作社 收银、库存与结算 / co-op point of sale")
    parser.add_argument("--version", action="version", version=f"coop-pos {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="create or upgrade the database schema / 创建或升级数据库")
    p.add_argument("--demo", action="store_true", help="fill an empty shop with a demo co-op / 填入演示数据")
    _common(p, top=False)

    p = sub.add_parser("backup", help="copy an SQLite shop safely while it sells / 备份")
    p.add_argument(
        "--to", metavar="DIR", type=Path, help="folder for the backup (default: backups beside the database)"
    )
    _common(p, top=False)

    p = sub.add_parser("restore", help="put a backup back, keeping the replaced file / 从备份恢复")
    p.add_argument("file", metavar="FILE", type=Path)
    _common(p, top=False)

    p = sub.add_parser("import", help="import hosts, recommenders, products, charges or sales / 导入")
    p.add_argument("kind", choices=["hosts", "recommenders", "products", "charges", "sales"])
    p.add_argument("file", metavar="FILE", type=Path, help=".csv (UTF-8 or GB18030) or .xlsx")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing / 只检查不写入")
    p.add_argument(
        "--update",
        action="store_true",
        help="update hosts, recommenders or products that exist / 更新已有记录",
    )
    _common(p, top=False)

    p = sub.add_parser("settle", help="settle a period: hosts, recommenders, payments / 结算")
    p.add_argument(
        "--from", dest="start", metavar="DATE", required=True, type=_date, help="first day, YYYY-MM-DD"
    )
    p.add_argument("--to", dest="end", metavar="DATE", required=True, type=_date, help="last day, YYYY-MM-DD")
    p.add_argument("--json", metavar="PATH", help="write the settlement JSON to PATH (- for standard output)")
    p.add_argument(
        "--pdf",
        metavar="DIR",
        type=Path,
        help="write every statement PDF into DIR: <number>-<code>.pdf per host and recommender, "
        "<number>-coop.pdf / 结算单 PDF",
    )
    p.add_argument(
        "--xlsx", metavar="FILE", type=Path, help="write the figures and every line as .xlsx / 导出 Excel"
    )
    p.add_argument(
        "--close", action="store_true", help="close the period: its figures never change again / 结账"
    )
    _common(p, top=False)

    p = sub.add_parser("labels", help="barcode labels as a PDF / 打印条码标签")
    p.add_argument("--pdf", metavar="FILE", type=Path, required=True)
    p.add_argument("--host", metavar="CODE", default="", help="only this host's active goods")
    p.add_argument(
        "--barcode", metavar="CODE", nargs="+", action="extend", default=[], help="only these goods"
    )
    many = p.add_mutually_exclusive_group()
    many.add_argument("--copies", metavar="N", type=int, default=1, help="labels per product (default 1)")
    many.add_argument("--stock", action="store_true", help="as many labels as are on hand")
    p.add_argument(
        "--preset", metavar="KEY", default="", help="sheet layout, e.g. a4-3x8, a4-4x10, roll-40x30"
    )
    _common(p, top=False)

    p = sub.add_parser("price-cards", help="transparent price cards as a PDF / 打印透明价签")
    p.add_argument("--pdf", metavar="FILE", type=Path, required=True)
    p.add_argument("--host", metavar="CODE", default="")
    p.add_argument("--barcode", metavar="CODE", nargs="+", action="extend", default=[])
    _common(p, top=False)

    p = sub.add_parser("shift", help="shift reports: X now, or a closed shift's Z again / 班次报表")
    shift = p.add_subparsers(dest="shift_command", metavar="REPORT", required=True, parser_class=_Parser)
    p = shift.add_parser("x-report", help="the open shift's figures now; changes nothing / X 报表")
    p.add_argument("--counter", metavar="C", default="", help="counter id (default: the configured one)")
    p.add_argument("--pdf", metavar="FILE", type=Path, help="also write it as an 80 mm wide PDF")
    _common(p, top=False)
    p = shift.add_parser("z-report", help="reprint a closed shift's Z report / 重印 Z 报表")
    p.add_argument("number", metavar="NUMBER", type=int, help="the Z number at that counter")
    p.add_argument("--counter", metavar="C", default="", help="counter id (default: the configured one)")
    p.add_argument("--pdf", metavar="FILE", type=Path, required=True)
    _common(p, top=False)

    _receipt_parser(sub)
    _stock_parsers(sub)

    p = sub.add_parser("gui", help="open the counter app (the default) / 打开收银程序")
    _common(p, top=False)
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” 不是日期 YYYY-MM-DD / not a date YYYY-MM-DD") from None


def _receipt_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "receipt", help="reprint a sale's or refund's receipt, or write it as a PDF / 重印小票"
    )
    p.add_argument("receipt_no", metavar="RECEIPT_NO", help="e.g. C1-20261123-0007")
    p.add_argument(
        "--printer",
        metavar="URI",
        help="tcp://HOST[:9100], serial:///dev/ttyUSB0?baudrate=19200, usb://VID:PID, "
        "file:///dev/usb/lp0 (default: the configured printer)",
    )
    p.add_argument("--pdf", metavar="FILE", type=Path, help="write it as a PDF e-receipt / 电子小票")
    _common(p, top=False)


def _stock_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("stock", help="on hand per product, or per host / 库存")
    p.add_argument(
        "--json",
        metavar="PATH",
        help='write [{"barcode", "name", "host", "on_hand"}] sorted by barcode to PATH (- for standard output)',
    )
    _common(p, top=False)
    p = sub.add_parser("count", help="a handheld scanner's memory as a stock count / 扫描枪盘点")
    p.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help="one code a line, or CODE,QTY or CODE<TAB>QTY (UTF-8 or GB18030)",
    )
    p.add_argument(
        "--host",
        metavar="CODE",
        default="",
        help="count this host's goods: those not scanned count as zero (else only the goods scanned)",
    )
    p.add_argument("--approve", action="store_true", help="approve it: post the variances / 审核并调整库存")
    p.add_argument(
        "--json", metavar="PATH", help="write the variance report JSON to PATH (- for standard output)"
    )
    _common(p, top=False)
