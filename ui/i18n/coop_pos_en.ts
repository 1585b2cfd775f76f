<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Printer: not configured</source>
        <translation>Printer: not configured</translation>
    </message>
    <message>
        <source>Scanner: not configured</source>
        <translation>Scanner: not configured</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Database: not set</source>
        <translation>Database: not set</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>The counter: scan goods, take payment and print the receipt.</source>
        <translation>The counter: scan goods, take payment and print the receipt.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>The goods on sale, with each product&apos;s story and published cost breakdown.</source>
        <translation>The goods on sale, with each product&apos;s story and published cost breakdown.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Hosts, producers and recommenders, and the terms they sell on.</source>
        <translation>Hosts, producers and recommenders, and the terms they sell on.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Receiving consignment goods and stock counts.</source>
        <translation>Receiving consignment goods and stock counts.</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Settlement statements: what sold, what the co-op kept, what is paid out.</source>
        <translation>Settlement statements: what sold, what the co-op kept, what is paid out.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The shop, the receipt printer, the scanner and the database.</source>
        <translation>The shop, the receipt printer, the scanner and the database.</translation>
    </message>
    <message>
        <source>This screen is being built.</source>
        <translation>This screen is being built.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>coop-pos cannot start</source>
        <translation>coop-pos cannot start</translation>
    </message>
</context>
</TS>
