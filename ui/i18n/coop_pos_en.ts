<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>Recommender</translation>
    </message>
    <message>
        <source>Comm. %</source>
        <translation>Comm. %</translation>
    </message>
    <message>
        <source>Rec. %</source>
        <translation>Rec. %</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The co-op&apos;s commission rate (does not sort)</source>
        <translation>The co-op&apos;s commission rate (does not sort)</translation>
    </message>
    <message>
        <source>The recommender&apos;s share rate (does not sort)</source>
        <translation>The recommender&apos;s share rate (does not sort)</translation>
    </message>
    <message>
        <source>Stock on hand (does not sort)</source>
        <translation>Stock on hand (does not sort)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>This column does not sort</source>
        <translation>This column does not sort</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Add cost</source>
        <translation>&amp;Add cost</translation>
    </message>
    <message>
        <source>Add a row: 原料, 人工, 包装, 物流, … or a name of your own</source>
        <translation>Add a row: 原料, 人工, 包装, 物流, … or a name of your own</translation>
    </message>
    <message>
        <source>Remove cost</source>
        <translation>Remove cost</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
</context>
<context>
    <name>GoodsFilters</name>
    <message>
        <source>Search: barcode, name or pinyin initials (sgz finds 手工皂)</source>
        <translation>Search: barcode, name or pinyin initials (sgz finds 手工皂)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>All hosts</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
</context>
<context>
    <name>GoodsPage</name>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Add a product (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected product (Enter, F2)</source>
        <translation>Open the selected product (Enter, F2)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Delete the selected product if it was never sold, else make it inactive (Del)</source>
        <translation>Delete the selected product if it was never sold, else make it inactive (Del)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import goods from a CSV or XLSX file, with a preview first</source>
        <translation>Import goods from a CSV or XLSX file, with a preview first</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>Print &amp;labels…</translation>
    </message>
    <message>
        <source>Barcode labels for the selected product; with none selected, for the host chosen above, or for every active product</source>
        <translation>Barcode labels for the selected product; with none selected, for the host chosen above, or for every active product</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 products</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?

A product that was never sold or received is deleted; one with sales or stock history is made inactive instead.</source>
        <translation>Remove %1 (%2)?

A product that was never sold or received is deleted; one with sales or stock history is made inactive instead.</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Remove product</translation>
    </message>
    <message>
        <source>%1 was deleted: it had never been sold or received.</source>
        <translation>%1 was deleted: it had never been sold or received.</translation>
    </message>
    <message>
        <source>%1 has sales or stock history, so it was made inactive instead of deleted.</source>
        <translation>%1 has sales or stock history, so it was made inactive instead of deleted.</translation>
    </message>
</context>
<context>
    <name>GoodsTabs</name>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Goods</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <source>New host</source>
        <translation>New host</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Co&amp;mmission rate</source>
        <translation>Co&amp;mmission rate</translation>
    </message>
    <message>
        <source>Monthly &amp;rent</source>
        <translation>Monthly &amp;rent</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>&amp;Joined</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>Host (rents a module unit)</source>
        <translation>Host (rents a module unit)</translation>
    </message>
    <message>
        <source>Producer (supplies goods, no unit)</source>
        <translation>Producer (supplies goods, no unit)</translation>
    </message>
    <message>
        <source>e.g. H09</source>
        <translation>e.g. H09</translation>
    </message>
    <message>
        <source>The code cannot change once the host is saved</source>
        <translation>The code cannot change once the host is saved</translation>
    </message>
    <message>
        <source>0.00 (none)</source>
        <translation>0.00 (none)</translation>
    </message>
    <message>
        <source>Person and phone</source>
        <translation>Person and phone</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>Commission rate</translation>
    </message>
    <message>
        <source>Enter the co-op&apos;s commission, e.g. 20%</source>
        <translation>Enter the co-op&apos;s commission, e.g. 20%</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Monthly rent</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Search hosts: code, name or contact</source>
        <translation>Search hosts: code, name or contact</translation>
    </message>
    <message>
        <source>&amp;New host</source>
        <translation>&amp;New host</translation>
    </message>
    <message>
        <source>Add a host or producer (Ctrl+N)</source>
        <translation>Add a host or producer (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Recommenders</source>
        <translation>Recommenders</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>A .csv (UTF-8 or GB18030) or .xlsx file</source>
        <translation>A .csv (UTF-8 or GB18030) or .xlsx file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Update records that exist</source>
        <translation>Update records that exist</translation>
    </message>
    <message>
        <source>Preview (F5)</source>
        <translation>Preview (F5)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <source>Chosen products: %1</source>
        <translation>Chosen products: %1</translation>
    </message>
    <message>
        <source>Every active product of host %1</source>
        <translation>Every active product of host %1</translation>
    </message>
    <message>
        <source>Every active product</source>
        <translation>Every active product</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>Copies of each</translation>
    </message>
    <message>
        <source>As many as are in stock</source>
        <translation>As many as are in stock</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Open the PDF when it is ready</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Save labels as</source>
        <translation>Save labels as</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
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
    <name>Operations</name>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>PeopleTabs</name>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Hosts</translation>
    </message>
    <message>
        <source>R&amp;ecommenders</source>
        <translation>R&amp;ecommenders</translation>
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
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <source>Public cost breakdown</source>
        <translation>Public cost breakdown</translation>
    </message>
    <message>
        <source>What one unit&apos;s price pays for, as the recommender or the staff listed it.</source>
        <translation>What one unit&apos;s price pays for, as the recommender or the staff listed it.</translation>
    </message>
    <message>
        <source>How the price splits today</source>
        <translation>How the price splits today</translation>
    </message>
    <message>
        <source>&amp;Print price card</source>
        <translation>&amp;Print price card</translation>
    </message>
    <message>
        <source>Saves first if needed, then opens the price card as a PDF</source>
        <translation>Saves first if needed, then opens the price card as a PDF</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>Enter a valid price and rates to see how it splits.</source>
        <translation>Enter a valid price and rates to see how it splits.</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Barcode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Recommender</source>
        <translation>&amp;Recommender</translation>
    </message>
    <message>
        <source>Co&amp;mmission rate</source>
        <translation>Co&amp;mmission rate</translation>
    </message>
    <message>
        <source>Recommender ra&amp;te</source>
        <translation>Recommender ra&amp;te</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Ne&amp;w tags</source>
        <translation>Ne&amp;w tags</translation>
    </message>
    <message>
        <source>Leave empty for an in-store code (2…).</source>
        <translation>Leave empty for an in-store code (2…).</translation>
    </message>
    <message>
        <source>A product with sales or stock keeps its barcode.</source>
        <translation>A product with sales or stock keeps its barcode.</translation>
    </message>
    <message>
        <source>As on the shelf, e.g. 手工皂</source>
        <translation>As on the shelf, e.g. 手工皂</translation>
    </message>
    <message>
        <source>New tag names, separated by commas</source>
        <translation>New tag names, separated by commas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Active (on sale)</source>
        <translation>&amp;Active (on sale)</translation>
    </message>
    <message>
        <source>Host&apos;s rate: %1</source>
        <translation>Host&apos;s rate: %1</translation>
    </message>
    <message>
        <source>No recommender</source>
        <translation>No recommender</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Choose the host who owns this product.</source>
        <translation>Choose the host who owns this product.</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>Commission rate</translation>
    </message>
    <message>
        <source>Recommender rate</source>
        <translation>Recommender rate</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>RecommenderDialog</name>
    <message>
        <source>New recommender</source>
        <translation>New recommender</translation>
    </message>
    <message>
        <source>Recommender %1</source>
        <translation>Recommender %1</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Default &amp;rate</source>
        <translation>Default &amp;rate</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>e.g. R05</source>
        <translation>e.g. R05</translation>
    </message>
    <message>
        <source>The code cannot change once the recommender is saved</source>
        <translation>The code cannot change once the recommender is saved</translation>
    </message>
    <message>
        <source>0% (none)</source>
        <translation>0% (none)</translation>
    </message>
    <message>
        <source>Phone or WeChat</source>
        <translation>Phone or WeChat</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>Default rate</translation>
    </message>
</context>
<context>
    <name>RecommenderList</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>Default rate</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Search recommenders: code, name or contact</source>
        <translation>Search recommenders: code, name or contact</translation>
    </message>
    <message>
        <source>&amp;New recommender</source>
        <translation>&amp;New recommender</translation>
    </message>
    <message>
        <source>Add a recommender (Ctrl+N)</source>
        <translation>Add a recommender (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected one (Enter, F2)</source>
        <translation>Open the selected one (Enter, F2)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import from a CSV or XLSX file, with a preview first</source>
        <translation>Import from a CSV or XLSX file, with a preview first</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>coop-pos cannot start</source>
        <translation>coop-pos cannot start</translation>
    </message>
</context>
<context>
    <name>SplitPanel</name>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Co-op commission (%1)</source>
        <translation>Co-op commission (%1)</translation>
    </message>
    <message>
        <source>Recommender&apos;s share (%1)</source>
        <translation>Recommender&apos;s share (%1)</translation>
    </message>
    <message>
        <source>Host&apos;s share</source>
        <translation>Host&apos;s share</translation>
    </message>
    <message>
        <source>Maker&apos;s margin</source>
        <translation>Maker&apos;s margin</translation>
    </message>
    <message>
        <source>The listed costs are more than the host&apos;s share.</source>
        <translation>The listed costs are more than the host&apos;s share.</translation>
    </message>
    <message>
        <source>Enter a price to see how it splits.</source>
        <translation>Enter a price to see how it splits.</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>The co-op&apos;s social-innovation tags. An inactive tag stays on its goods but is no longer offered for new ones.</source>
        <translation>The co-op&apos;s social-innovation tags. An inactive tag stays on its goods but is no longer offered for new ones.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>New tag name</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>&amp;Add tag</translation>
    </message>
    <message>
        <source>Re&amp;name (F2)</source>
        <translation>Re&amp;name (F2)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tivate</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Deac&amp;tivate</translation>
    </message>
</context>
</TS>
