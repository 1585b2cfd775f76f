<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Checkout</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Printer: not configured</source>
        <translation>打印机：未配置</translation>
    </message>
    <message>
        <source>Scanner: not configured</source>
        <translation>扫码枪：未配置</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Database: not set</source>
        <translation>数据库：未设置</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Checkout</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>The counter: scan goods, take payment and print the receipt.</source>
        <translation>收银柜台：扫码、收款、打印小票。</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>The goods on sale, with each product&apos;s story and published cost breakdown.</source>
        <translation>在售的好货，以及每件商品背后的故事和公示的成本构成。</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Hosts, producers and recommenders, and the terms they sell on.</source>
        <translation>主理人、生产者和推介官，以及各自的合作条款。</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Receiving consignment goods and stock counts.</source>
        <translation>寄售商品入库与盘点。</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Settlement statements: what sold, what the co-op kept, what is paid out.</source>
        <translation>结算单：卖出了什么、合作社留存多少、应付多少。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The shop, the receipt printer, the scanner and the database.</source>
        <translation>店铺信息、小票打印机、扫码枪和数据库。</translation>
    </message>
    <message>
        <source>This screen is being built.</source>
        <translation>此页面正在建设中。</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>coop-pos cannot start</source>
        <translation>coop-pos 无法启动</translation>
    </message>
</context>
</TS>
