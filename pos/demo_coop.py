"""The demo co-op's people and goods: tags, hosts and producers with what they sell, recommenders,
cashiers and the demo logins. Data only; :mod:`pos.demo` puts them in a shop."""

from __future__ import annotations

from dataclasses import dataclass

from pos.catalog import HostKind
from pos.money import parse_fen
from pos.users import Role

# Demo logins and PINs, printed in the README: a demo shop only, never a real one.
DEMO_USERS: tuple[tuple[str, str, Role, str, str], ...] = (
    ("A01", "管理员 老周", "admin", "9999", ""),
    ("M01", "店长 阿芳", "manager", "8888", ""),
    ("C01", "收银员 小林", "cashier", "1111", ""),
    ("S01", "店员 小陈", "staff", "2222", ""),
    ("H01", "主理人 布言布语", "host", "3333", "H01"),
)

TAGS = (
    "社区营造", "在地文化", "环保", "手作", "公平贸易", "乡村振兴", "旧物新生", "零废弃", "性别平等",
    "长者友好", "儿童友好", "残障共融", "可持续农业", "动物福利", "社区教育", "心理健康", "城市自然",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class HostSeed:
    code: str
    name: str
    kind: HostKind
    coop_bp: int
    rent: str  # yuan, "" for a producer
    person: str
    tags: tuple[str, ...]
    barcoded: float  # share of its goods that carry a maker's EAN-13


HOSTS = (
    HostSeed("H01", "布言布语手作工作室", "host", 2000, "1200.00", "周敏", ("手作", "旧物新生", "在地文化"), 0.2),
    HostSeed("H02", "崇明有机米合作社", "producer", 1500, "", "施建华", ("乡村振兴", "可持续农业"), 0.9),
    HostSeed("H03", "绿手指零废弃小铺", "host", 2000, "880.00", "李想", ("零废弃", "环保"), 0.4),
    HostSeed("H04", "新华路邻里纸品社", "host", 1800, "450.50", "王一帆", ("社区营造", "社区教育", "在地文化"), 0.2),
    HostSeed("H05", "普洱山茶农互助社", "producer", 1800, "", "岩温", ("公平贸易", "乡村振兴", "可持续农业"), 0.9),
    HostSeed("H06", "山野蜂语养蜂人", "producer", 1800, "", "马永强", ("可持续农业", "动物福利"), 0.8),
    HostSeed("H07", "慢慢来长者手工坊", "host", 1500, "650.00", "陈阿姨", ("长者友好", "手作", "社区营造"), 0.1),
    HostSeed("H08", "星星画室", "host", 1500, "1500.00", "林静", ("残障共融", "心理健康"), 0.3),
    HostSeed("H09", "城市自然观察社", "host", 2500, "2500.00", "张博", ("城市自然", "儿童友好", "社区教育", "环保"), 0.3),
    HostSeed("H10", "她山绣娘合作社", "producer", 2000, "", "杨秀兰", ("性别平等", "在地文化", "乡村振兴", "手作"), 0.3),
)  # fmt: skip


# What each host sells, in its order on the shelf: ``name price`` separated by ``;``; a line
# starting with a host's code begins its list, and indented lines go on with it.
_GOODS = """
H01 帆布袋 59.00; 扎染方巾 68.00; 拼布杯垫 25.00; 手缝零钱包 45.00; 蓝染围裙 128.00; 布艺书衣 58.00;
    旧衣改造抱枕套 88.00; 碎布发圈 15.00; 手工布面笔袋 39.90; 亚麻餐垫 49.00; 刺绣胸针 35.00;
    牛仔布再生托特包 168.00
H02 崇明有机大米 2.5kg 45.00; 崇明有机大米 5kg 86.00; 崇明糙米 1kg 22.00; 崇明香软米 1kg 19.90;
    有机糯米 1kg 24.00; 崇明黑米 1kg 26.00; 崇明糕 12.80; 桂花米酒 500ml 38.00; 崇明老白酒 58.00;
    米糠手工皂 28.00; 稻田鸭蛋 6枚 32.00; 崇明金瓜 16.80
H03 冷制手工皂 25.00; 固体洗发皂 42.00; 竹柄牙刷 12.90; 天然丝瓜络 9.90; 蜂蜡保鲜布 三片装 59.00;
    不锈钢吸管套装 29.90; 洗碗固体皂 19.90; 竹棉签 15.80; 玻璃储物罐 35.00; 棉布网兜 22.00;
    散装洗衣液 1L 18.00; 月经杯 148.00; 椰壳碗 39.00; 竹纤维抹布 3条 19.00
H04 再生纸笔记本 A5 28.00; 新华路明信片 套装 30.00; 新华路明信片 9.90; 社区手绘地图 15.00;
    梧桐叶书签 12.00; 外国弄堂手账本 46.00; 社区故事集《新华路上》 58.00; 活版印刷贺卡 18.00;
    再生纸信封套装 16.00; 新华路风景拼图 98.00; 邻里食谱小册 25.00; 新华路徽章 15.00
H05 古树普洱生茶饼 357g 388.00; 普洱熟茶砖 250g 168.00; 滇红金芽 100g 128.00; 月光白 50g 88.00;
    小青柑 10颗 68.00; 普洱茶包 20袋 39.90; 蜂蜜滇红茶包 29.90; 高山绿茶 100g 58.00;
    手工竹编茶则 45.00; 山茶籽油 500ml 118.00; 保山小粒咖啡豆 250g 78.00; 茶农手作茶点 22.00
H06 百花蜂蜜 500g 68.00; 椴树蜜 500g 78.00; 枣花蜜 250g 39.00; 巢蜜 400g 128.00; 蜂蜡润唇膏 22.00;
    蜂蜡蜡烛 45.00; 蜂花粉 200g 58.00; 蜂蜜柠檬膏 36.00; 蜂蜜试吃装 9.90; 蜂蜜手工皂 32.00;
    蜂蜜礼盒 3×250g 118.00
H07 钩针杯垫 18.00; 手织毛线帽 88.00; 老上海剪纸窗花 20.00; 绒线小猫挂件 25.00; 手织围巾 128.00;
    钩针花朵胸针 15.00; 布老虎 66.00; 盘扣耳环 35.00; 手缝香囊 19.90; 编织收纳篮 58.00; 手工鞋垫 30.00;
    虎头鞋 78.00
H08 画作明信片 10.00; 艺术帆布包 79.00; 画作冰箱贴 15.00; 艺术T恤 99.00; 装框画作复制品 A4 188.00;
    贴纸套装 12.00; 艺术丝巾 158.00; 画作马克杯 55.00; 艺术笔记本 32.00; 画作台历 45.00;
    艺术拼图 68.00; 画作钥匙扣 18.00
H09 植物拓印材料包 49.00; 自然观察笔记本 36.00; 种子纸书签 12.00; 昆虫旅馆 128.00; 苔藓微景观瓶 68.00;
    上海常见鸟类图鉴折页 20.00; 放大镜观察盒 35.00; 阳台堆肥桶 199.00; 香草种子套装 29.00;
    儿童自然寻宝卡 25.00; 蚯蚓堆肥入门包 58.00; 野花种子包 9.90; 植物标本相框 75.00
H10 苗绣香包 38.00; 蜡染围巾 168.00; 苗银耳环 128.00; 刺绣零钱包 58.00; 蜡染桌旗 98.00; 苗绣书签 22.00;
    蜡染抱枕套 88.00; 绣片胸针 45.00; 刺绣帆布包 138.00; 手工蜡染笔记本 39.00; 蜡染方巾 58.00
"""

RECOMMENDERS = (("R01", "林小满"), ("R02", "陈一鸣"), ("R03", "王秀英"), ("R04", "赵晓雯"))
CASHIERS = ("小周", "阿芳", "老陈", "Lily")


def goods_of(host_code: str) -> list[tuple[str, int]]:
    """What the host ``host_code`` sells, in its order on the shelf: (name, price in fen)."""
    lists: dict[str, str] = {}
    code = ""
    for line in _GOODS.strip().splitlines():
        if not line.startswith(" "):
            code, line = line.split(" ", 1)
            lists[code] = ""
        lists[code] += " " + line.strip()
    out = []
    for item in lists[host_code].split(";"):
        name, price = item.strip().rsplit(" ", 1)
        out.append((name, parse_fen(price, field="演示售价/demo price")))
    return out
