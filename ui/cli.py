"""``coop-pos``: the command line (docs/formats.md). No arguments opens the counter app.

Exit status: 0 done, 1 refused (bad data, a rule broken: a message, never a traceback),
2 bad usage. This module never imports Qt unless the GUI is asked for, so the commands
run on a machine without a screen.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pos import __version__
from pos.errors import CoopError

if TYPE_CHECKING:
    from ui.bootstrap import Shop

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("coop_pos")


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


def _say(text: str) -> None:
    print(text, flush=True)


def _cmd_init(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import apply_shop_settings, fill_demo, init_schema

    result = init_schema(shop)
    if result.backup is not None:
        _say(f"已备份到 / backed up to {result.backup}")
    if result.created:
        _say(f"已创建数据库 / created the database: {shop.label} (schema {result.after})")
    elif result.before != result.after:
        _say(f"已升级数据库 / upgraded the database: {result.before} -> {result.after}")
    else:
        _say(f"数据库已是最新 / the database is up to date (schema {result.after})")
    if apply_shop_settings(shop):
        limit = shop.config.discount_limit_percent
        _say(f"折扣上限已设为 {limit}%（各收银台共用）/ the discount limit is now {limit}% at every counter")
    if args.demo:
        summary = fill_demo(shop, progress=lambda m: _say(f"  {m}"))
        _say(
            f"演示店铺已就绪 / demo shop ready: {summary.tags} tags, {summary.hosts} hosts, "
            f"{summary.recommenders} recommenders, {summary.products} products, "
            f"{summary.sales} sales, {summary.refunds} refunds"
        )
    return EXIT_OK


def _cmd_backup(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import make_backup

    path = make_backup(shop, to=args.to)
    _say(f"已备份到 / backed up to {path}")
    return EXIT_OK


def _cmd_restore(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import restore_backup

    kept = restore_backup(shop, args.file)
    _say(f"已从 {args.file} 恢复 / restored from {args.file}")
    if kept is not None:
        _say(f"原数据库保留在 / the replaced database is kept at {kept}")
    return EXIT_OK


def _cmd_import(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import import_file

    report = import_file(shop, kind=args.kind, path=args.file, dry_run=args.dry_run, update=args.update)
    zh, en = report.summary()
    _say(f"{zh} / {en}")
    return EXIT_OK


def _cmd_settle(shop: Shop, args: argparse.Namespace) -> int:
    import json

    from ui.bootstrap import settle

    document, closed = settle(
        shop, start=args.start, end=args.end, close=args.close, closed_by=shop.actor.name
    )
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    if args.json == "-":
        sys.stdout.write(text)
    elif args.json:
        try:
            Path(args.json).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CoopError(
                f"无法写入 {args.json}：{exc.strerror}", f"cannot write {args.json}: {exc.strerror}"
            ) from exc
    status = sys.stderr if args.json == "-" else sys.stdout
    if args.close and closed is not None:
        status.write(f"已结账 / closed: {closed.number} ({closed.period})\n")
    elif closed is not None:
        status.write(
            f"此期已结账，显示结账时的数字 / this period is closed: figures as closed ({closed.number})\n"
        )
    if args.pdf is not None:
        from ui.bootstrap import write_statement_pdfs

        files = write_statement_pdfs(shop, start=args.start, end=args.end, folder=args.pdf)
        status.write(
            f"已生成 {len(files)} 份结算单 PDF / {len(files)} statement PDF(s) written to {args.pdf}\n"
        )
    if args.xlsx is not None:
        from ui.bootstrap import write_settlement_xlsx

        write_settlement_xlsx(shop, start=args.start, end=args.end, path=args.xlsx)
        status.write(f"已导出 / written: {args.xlsx}\n")
    return EXIT_OK


def _cmd_labels(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import print_labels

    n = print_labels(
        shop,
        pdf=args.pdf,
        host_code=args.host,
        barcodes=args.barcode,
        copies=args.copies,
        per_stock=args.stock,
        preset=args.preset,
    )
    _say(f"已生成 {n} 张标签 / {n} label(s) written to {args.pdf}")
    return EXIT_OK


def _cmd_price_cards(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import print_price_cards

    n = print_price_cards(shop, pdf=args.pdf, host_code=args.host, barcodes=args.barcode)
    _say(f"已生成 {n} 张价签 / {n} price card(s) written to {args.pdf}")
    return EXIT_OK


def _cmd_shift(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import shift_x_report, shift_z_report

    if args.shift_command == "x-report":
        sys.stdout.write(shift_x_report(shop, counter_id=args.counter, pdf=args.pdf))
    else:
        sys.stdout.write(shift_z_report(shop, number=args.number, counter_id=args.counter, pdf=args.pdf))
    if args.pdf is not None:
        sys.stderr.write(f"已写入 / written: {args.pdf}\n")
    return EXIT_OK


def _cmd_gui(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import CounterLeaseKeeper, app_context, daily_backup, init_schema, schema_problem

    problem = schema_problem(shop)
    lease = None
    if problem is None:
        init_schema(shop)  # creates a new, empty shop; never upgrades (that needs `coop-pos init`)
        lease = CounterLeaseKeeper(shop)
        try:  # one app per counter id: a second one is told where the first runs, and stops
            lease.claim()
        except CoopError as exc:
            problem, lease = exc, None
    if problem is None:
        shop.checkpoint_in_background()  # the log is merged between sales, never inside one

        def _backup() -> None:
            try:
                daily_backup(shop)
            except CoopError as exc:
                log.warning("daily backup failed: %s", exc)

        threading.Thread(target=_backup, name="daily-backup", daemon=False).start()
    from ui.app.shell import run_gui

    context = app_context(shop) if problem is None else None
    try:
        return run_gui(
            shop_name=shop.config.shop_name,
            language=shop.config.language,
            schema_problem=problem,
            database_label=shop.label,
            argv=sys.argv[:1],
            context=context,
        )
    finally:
        if lease is not None:
            lease.release()


COMMANDS = {
    "init": _cmd_init,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "import": _cmd_import,
    "settle": _cmd_settle,
    "labels": _cmd_labels,
    "price-cards": _cmd_price_cards,
    "shift": _cmd_shift,
    "gui": _cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        from ui.bootstrap import open_shop

        shop = open_shop(db_url=args.db, config_path=args.config)
        try:
            return COMMANDS[command](shop, args)
        finally:
            shop.close()
    except CoopError as exc:
        sys.stderr.write(f"错误：{exc.zh}\nError: {exc.en}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        sys.stderr.write("已中断 / interrupted\n")
        return EXIT_REFUSED


# ---------------------------------------------------------------- receipt: reprint or e-receipt


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


def _cmd_receipt(shop: Shop, args: argparse.Namespace) -> int:
    from ui.bootstrap import receipt_command

    for line in receipt_command(shop, receipt_no=args.receipt_no, printer_uri=args.printer, pdf=args.pdf):
        _say(line)
    return EXIT_OK


COMMANDS["receipt"] = _cmd_receipt


# ---------------------------------------------------------------- stock and counts


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


def _write_json(target: str, document: object) -> None:
    import json

    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CoopError(
            f"无法写入 {target}：{exc.strerror}", f"cannot write {target}: {exc.strerror}"
        ) from exc


def _cmd_stock(shop: Shop, args: argparse.Namespace) -> int:
    from pos.money import format_yuan
    from ui.bootstrap import stock_host_totals, stock_json

    if args.json:
        _write_json(args.json, stock_json(shop))
        if args.json != "-":
            _say(f"已写入 / written: {args.json}")
        return EXIT_OK
    for h in stock_host_totals(shop):
        _say(
            f"{h.host_code}\t{h.host_name}\t{h.products} 种 goods\t{h.units} 件 units\t"
            f"¥{format_yuan(h.value_fen)}\t负库存 negative {h.negative}\t低库存 low {h.low}"
        )
    return EXIT_OK


def _cmd_count(shop: Shop, args: argparse.Namespace) -> int:
    from pos.money import format_yuan
    from pos.stock import count_number, variance_document
    from ui.bootstrap import count_scanner_file

    report = count_scanner_file(shop, path=args.file, host_code=args.host, approve=args.approve)
    if args.json:
        _write_json(args.json, variance_document(report))
    status = sys.stderr if args.json == "-" else sys.stdout
    number = count_number(report.count.id or 0)
    lines = report.lines
    missing = sum(-ln.variance for ln in lines if ln.variance < 0)
    extra = sum(ln.variance for ln in lines if ln.variance > 0)
    done = (
        "已审核，库存已调整 / approved, stock adjusted" if args.approve else "待审核 / open, not yet approved"
    )
    status.write(
        f"盘点 {number}（{report.count.scope_label}）：{len(lines)} 种商品，缺 {missing} 件，多 {extra} 件，"
        f"差异 ¥{format_yuan(report.variance_fen)}；{done}\n"
        f"count {number}: {len(lines)} products, {missing} missing, {extra} extra, "
        f"variance {format_yuan(report.variance_fen)}\n"
    )
    if report.credit_fen:
        status.write(
            f"合作社承担损耗，记入主理人贷项 ¥{format_yuan(report.credit_fen)} / "
            f"credited to hosts for losses the co-op bears: {format_yuan(report.credit_fen)}\n"
        )
    return EXIT_OK


COMMANDS["stock"] = _cmd_stock
COMMANDS["count"] = _cmd_count

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
