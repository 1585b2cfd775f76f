"""The shop's settings: a TOML file the staff can read and edit, with commented defaults."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from pos.clock import DEFAULT_TIMEZONE, zone
from pos.errors import ConfigError
from pos.pole_display import check_display_settings

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    shop_name: str = "来!合作社"
    shop_address: str = "上海市长宁区新华路345弄4号楼 新华·社区营造中心"
    timezone: str = DEFAULT_TIMEZONE
    counter_id: str = "C1"
    database_url: str = ""  # empty: an SQLite file in the user's data folder
    printer_uri: str = "none"
    scanner_port: str = ""
    scanner_baudrate: int = 9600
    language: str = "zh_CN"
    backup_dir: str = ""  # empty: a backups folder beside the SQLite database
    backup_keep: int = 30
    discount_limit_percent: int = 10  # written into the shop by `coop-pos init`
    # the receipt printer ([printer]) and what the receipt says ([receipt]); see receipts/
    printer_paper_mm: int = 80  # 58 (32 columns) or 80 (48 columns)
    printer_encoding: str = "gb18030"  # gb18030 or gbk
    printer_render: str = "text"  # text: the printer's Chinese font; raster: text printed as images
    printer_cut: str = "partial"  # partial, full or none
    drawer_pin: int = 2  # the cash drawer's connector pin: 2 or 5
    drawer_pulse_ms: int = 100
    receipt_footer: str = "谢谢惠顾，欢迎再来！"
    receipt_footer_qr: str = ""  # text of a QR code under the footer (a URL, say); empty: none
    receipt_number_code: str = "barcode"  # the receipt number as a barcode, qr, or none
    # the customer-facing pole display ([display]); see pos/pole_display.py
    display_port: str = ""  # empty: no pole display
    display_baudrate: int = 9600
    display_encoding: str = "ascii"  # ascii, gb18030 or gbk
    display_columns: int = 20

    def __post_init__(self) -> None:
        zone(self.timezone)
        if self.language not in LANGUAGES:
            raise ConfigError(
                f"语言 “{self.language}” 应为 zh_CN 或 en", f'language "{self.language}" must be zh_CN or en'
            )
        if not self.counter_id or not self.counter_id.replace("_", "").isalnum() or len(self.counter_id) > 8:
            raise ConfigError(
                f"收银台编号 “{self.counter_id}” 须为不超过 8 个字母或数字",
                f'counter id "{self.counter_id}" must be up to 8 letters or digits',
            )
        if not 0 <= self.discount_limit_percent <= 100:
            raise ConfigError(
                "折扣上限应在 0 到 100 之间", "discount_limit_percent must be between 0 and 100"
            )
        if self.backup_keep < 1:
            raise ConfigError("backup_keep 至少为 1", "backup_keep must be at least 1")
        _check_receipt_settings(self)
        for zh, en in check_display_settings(
            encoding=self.display_encoding, columns=self.display_columns, baudrate=self.display_baudrate
        ):
            raise ConfigError(zh, en)


_PRINTER_CHOICES: tuple[tuple[str, str, tuple[object, ...]], ...] = (
    ("printer_paper_mm", "[printer] paper_mm", (58, 80)),
    ("printer_encoding", "[printer] encoding", ("gb18030", "gbk")),
    ("printer_render", "[printer] render", ("text", "raster")),
    ("printer_cut", "[printer] cut", ("partial", "full", "none")),
    ("drawer_pin", "[printer] drawer_pin", (2, 5)),
    ("receipt_number_code", "[receipt] number_code", ("barcode", "qr", "none")),
)


def _check_receipt_settings(config: Config) -> None:
    for attr, key, allowed in _PRINTER_CHOICES:
        value = getattr(config, attr)
        if value not in allowed:
            words = " / ".join(str(a) for a in allowed)
            raise ConfigError(f"{key} 应为 {words}，不是 {value}", f"{key} must be {words}, not {value}")
    if not 2 <= config.drawer_pulse_ms <= 510:
        raise ConfigError(
            "[printer] drawer_pulse_ms 应在 2 到 510 之间",
            "[printer] drawer_pulse_ms must be between 2 and 510",
        )


DEFAULT_TEXT = """\
# coop-pos settings (设置). Lines starting with # are comments.
# 改动后重启程序生效 / restart the app after changing this file.

[shop]
# 店名与地址，印在小票和结算单上 / printed on receipts and statements
name = "来!合作社"
address = "上海市长宁区新华路345弄4号楼 新华·社区营造中心"
# 时区：结算按这个时区的日历日 / settlement periods are calendar days in this zone
timezone = "Asia/Shanghai"

[counter]
# 收银台编号，出现在单号里，例如 C1-20261123-0007 / appears in receipt numbers
id = "C1"
# 界面语言 zh_CN 或 en / screen language
language = "zh_CN"
# 收银员的折扣或改价超过这个百分比需店长 PIN 批准；运行 coop-pos init 后写入店铺数据库，各收银台共用
# a cashier's markdown above this % needs a manager; `coop-pos init` writes it into the shop for every counter
discount_limit_percent = 10

[database]
# 空：用户数据文件夹里的 SQLite 文件 / empty: an SQLite file in the user's data folder
# 多台收银或共用后台时用 PostgreSQL / PostgreSQL for several counters:
# url = "postgresql+psycopg://user:password@host:5432/coop"
url = ""

[printer]
# none | tcp://192.168.1.50:9100 | serial:///dev/ttyUSB0?baudrate=19200 | usb://0x0416:0x5011 | file:///dev/usb/lp0
uri = "none"
# 纸宽 58 或 80（毫米）/ paper width in mm: 58 (32 columns) or 80 (48 columns)
paper_mm = 80
# 中文编码 gb18030 或 gbk（老打印机用 gbk）/ Chinese text encoding: gb18030, or gbk for older printers
encoding = "gb18030"
# text：用打印机自带中文字库；raster：把文字印成图片（打印机没有中文字库时）
# text: the printer's own Chinese font; raster: print text as images (printers without Chinese fonts)
render = "text"
# 切纸 partial（半切）| full（全切）| none / paper cut after each receipt
cut = "partial"
# 钱箱接口针脚 2 或 5，脉冲毫秒 / cash drawer: connector pin 2 or 5, pulse length in ms
drawer_pin = 2
drawer_pulse_ms = 100

[receipt]
# 小票底部的话 / the message at the foot of a receipt
footer = "谢谢惠顾，欢迎再来！"
# 底部二维码的内容（例如公众号网址），空则不印 / text of a QR code under the footer; empty: none
footer_qr = ""
# 单号印成条码 barcode、二维码 qr 或 none（退货时扫它）/ the receipt number as a barcode, qr or none
number_code = "barcode"

[scanner]
# 串口扫码枪（键盘式扫码枪无需设置）/ serial scanner; keyboard-wedge scanners need nothing here
port = ""
baudrate = 9600

[display]
# 顾客看的客显屏（串口），空则没有 / the customer-facing pole display on a serial port; empty: none
# port = "/dev/ttyUSB1"   (Windows: "COM3")
port = ""
baudrate = 9600
# ascii：只能显示英文数字；gb18030 或 gbk：能显示中文的客显
# ascii: English letters and digits only; gb18030 or gbk: a display that shows Chinese
encoding = "ascii"
# 每行字数（半角）/ columns per line (half-width characters)
columns = 20

[backup]
# 空：数据库旁边的 backups 文件夹 / empty: a backups folder beside the database
dir = ""
# 保留最近几份 / how many to keep
keep = 30
"""

_KEYS = {
    ("shop", "name"): "shop_name",
    ("shop", "address"): "shop_address",
    ("shop", "timezone"): "timezone",
    ("counter", "id"): "counter_id",
    ("counter", "language"): "language",
    ("counter", "discount_limit_percent"): "discount_limit_percent",
    ("database", "url"): "database_url",
    ("printer", "uri"): "printer_uri",
    ("printer", "paper_mm"): "printer_paper_mm",
    ("printer", "encoding"): "printer_encoding",
    ("printer", "render"): "printer_render",
    ("printer", "cut"): "printer_cut",
    ("printer", "drawer_pin"): "drawer_pin",
    ("printer", "drawer_pulse_ms"): "drawer_pulse_ms",
    ("receipt", "footer"): "receipt_footer",
    ("receipt", "footer_qr"): "receipt_footer_qr",
    ("receipt", "number_code"): "receipt_number_code",
    ("scanner", "port"): "scanner_port",
    ("scanner", "baudrate"): "scanner_baudrate",
    ("display", "port"): "display_port",
    ("display", "baudrate"): "display_baudrate",
    ("display", "encoding"): "display_encoding",
    ("display", "columns"): "display_columns",
    ("backup", "dir"): "backup_dir",
    ("backup", "keep"): "backup_keep",
}


def parse_config(text: str, *, source: str = "config.toml") -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"设置文件 {source} 格式有误：{exc}", f"the settings file {source} is malformed: {exc}"
        ) from exc
    values: dict[str, object] = {}
    types = {f.name: f.type for f in fields(Config)}
    for section, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(
                f"设置文件 {source}：未知项 {section}", f"settings file {source}: unknown entry {section}"
            )
        for key, value in table.items():
            attr = _KEYS.get((section, key))
            if attr is None:
                raise ConfigError(
                    f"设置文件 {source}：未知项 [{section}] {key}",
                    f"settings file {source}: unknown entry [{section}] {key}",
                )
            want = int if types[attr] in (int, "int") else str
            if not isinstance(value, want) or isinstance(value, bool):
                raise ConfigError(
                    f"设置文件 {source}：[{section}] {key} 的值类型不对",
                    f"settings file {source}: [{section}] {key} has the wrong type",
                )
            values[attr] = value
    return Config(**values)  # type: ignore[arg-type]


def load_config(path: Path) -> Config:
    """Read the settings, writing the commented defaults first if the file does not exist."""
    if not path.exists():
        try:
            # This user's only (0600, a new folder 0700): the file may come to hold a database password.
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(DEFAULT_TEXT)
        except OSError as exc:
            raise ConfigError(
                f"无法写入设置文件 {path}：{exc.strerror}",
                f"cannot write settings file {path}: {exc.strerror}",
            ) from exc
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"无法读取设置文件 {path}", f"cannot read settings file {path}") from exc
    return parse_config(text, source=str(path))
