<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>A manager&apos;s approval</source>
        <translation>A manager&apos;s approval</translation>
    </message>
    <message>
        <source>A manager approves with their PIN</source>
        <translation>A manager approves with their PIN</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;login</source>
        <translation>Manager&apos;s &amp;login</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>e.g. M01</source>
        <translation>e.g. M01</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not approved: go back to the cart (Esc)</source>
        <translation>Not approved: go back to the cart (Esc)</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s login</source>
        <translation>Enter the manager&apos;s login</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Login, e.g. M01</source>
        <translation>Login, e.g. M01</translation>
    </message>
    <message>
        <source>Entries this user made or approved</source>
        <translation>Entries this user made or approved</translation>
    </message>
    <message>
        <source>Receipt, barcode, login…</source>
        <translation>Receipt, barcode, login…</translation>
    </message>
    <message>
        <source>Text in what the entry is about, or in its note</source>
        <translation>Text in what the entry is about, or in its note</translation>
    </message>
    <message>
        <source>&lt; &amp;Newer</source>
        <translation>&lt; &amp;Newer</translation>
    </message>
    <message>
        <source>&amp;Older &gt;</source>
        <translation>&amp;Older &gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Entries %1–%2, newest first</source>
        <translation>Entries %1–%2, newest first</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>No entries match</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Paid in</source>
        <translation>Paid in</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>e.g. more change</source>
        <translation>e.g. more change</translation>
    </message>
    <message>
        <source>e.g. bought milk for the shop</source>
        <translation>e.g. bought milk for the shop</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
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
    <name>CloseShiftDialog</name>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it by denomination. What the drawer should hold is shown only after the shift is closed.</source>
        <translation>Count the cash in the drawer and enter it by denomination. What the drawer should hold is shown only after the shift is closed.</translation>
    </message>
    <message>
        <source>Close shift with this count</source>
        <translation>Close shift with this count</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Closing cannot be undone.</source>
        <translation>Closing cannot be undone.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
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
    <name>DenominationEntry</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>A new shop: its administrator</source>
        <translation>A new shop: its administrator</translation>
    </message>
    <message>
        <source>This shop has no administrator yet. Choose the administrator&apos;s login and PIN: there is no default PIN, so keep it somewhere safe. The administrator adds the other users afterwards.</source>
        <translation>This shop has no administrator yet. Choose the administrator&apos;s login and PIN: there is no default PIN, so keep it somewhere safe. The administrator adds the other users afterwards.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <source>e.g. A01</source>
        <translation>e.g. A01</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <source>The same PIN once more</source>
        <translation>The same PIN once more</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Create and log in</translation>
    </message>
    <message>
        <source>Create the administrator and log in (Ctrl+S)</source>
        <translation>Create the administrator and log in (Ctrl+S)</translation>
    </message>
    <message>
        <source>Quit coop-pos</source>
        <translation>Quit coop-pos</translation>
    </message>
    <message>
        <source>Close the app without creating the administrator</source>
        <translation>Close the app without creating the administrator</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>The two PINs differ</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>Log in — coop-pos</source>
        <translation>Log in — coop-pos</translation>
    </message>
    <message>
        <source>Enter your login and PIN</source>
        <translation>Enter your login and PIN</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>e.g. C01</source>
        <translation>e.g. C01</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stay logged in as before (Esc)</source>
        <translation>Stay logged in as before (Esc)</translation>
    </message>
    <message>
        <source>Quit coop-pos</source>
        <translation>Quit coop-pos</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Close the app</translation>
    </message>
    <message>
        <source>Enter your login</source>
        <translation>Enter your login</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>Your PIN is changed.</source>
        <translation>Your PIN is changed.</translation>
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
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>Change the PIN you log in with</source>
        <translation>Change the PIN you log in with</translation>
    </message>
    <message>
        <source>Switch user (F11)</source>
        <translation>Switch user (F11)</translation>
    </message>
    <message>
        <source>Another cashier logs in, without closing the app (F11 or Ctrl+L)</source>
        <translation>Another cashier logs in, without closing the app (F11 or Ctrl+L)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Lock the counter until someone logs in</source>
        <translation>Lock the counter until someone logs in</translation>
    </message>
    <message>
        <source>Nobody is logged in at this counter.</source>
        <translation>Nobody is logged in at this counter.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
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
    <name>OpenShiftDialog</name>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Count the float in the drawer, note by note, coin by coin.</source>
        <translation>Count the float in the drawer, note by note, coin by coin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Set a PIN</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation>&amp;Current PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>&amp;New PIN</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>New PIN &amp;again</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <source>The same PIN once more</source>
        <translation>The same PIN once more</translation>
    </message>
    <message>
        <source>Setting a PIN also unlocks a user locked after too many wrong tries.</source>
        <translation>Setting a PIN also unlocks a user locked after too many wrong tries.</translation>
    </message>
    <message>
        <source>Enter the PIN you have now</source>
        <translation>Enter the PIN you have now</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>The two PINs differ</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Delete the last digit (Backspace)</translation>
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
    <name>ReportDialog</name>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z report %1</translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation>X report (shift still open)</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>Short %1</source>
        <translation>Short %1</translation>
    </message>
    <message>
        <source>Even: the count matches</source>
        <translation>Even: the count matches</translation>
    </message>
    <message>
        <source>Over/short: %1</source>
        <translation>Over/short: %1</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
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
    <name>ShiftPanel</name>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Paid in</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <source>Current shift: %1 opened at %2 by %3</source>
        <translation>Current shift: %1 opened at %2 by %3</translation>
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
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <source>(only for a host&apos;s login)</source>
        <translation>(only for a host&apos;s login)</translation>
    </message>
    <message>
        <source>e.g. C02</source>
        <translation>e.g. C02</translation>
    </message>
    <message>
        <source>The login cannot change once the user is saved</source>
        <translation>The login cannot change once the user is saved</translation>
    </message>
    <message>
        <source>A host&apos;s login sees only this host&apos;s goods and statements</source>
        <translation>A host&apos;s login sees only this host&apos;s goods and statements</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <source>The same PIN once more</source>
        <translation>The same PIN once more</translation>
    </message>
    <message>
        <source>&amp;Active (may log in)</source>
        <translation>&amp;Active (may log in)</translation>
    </message>
    <message>
        <source>Choose the host this login belongs to</source>
        <translation>Choose the host this login belongs to</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>The two PINs differ</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;New user</translation>
    </message>
    <message>
        <source>Add a user (Ctrl+N)</source>
        <translation>Add a user (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Change the name, role or whether the user is active (F2)</source>
        <translation>Change the name, role or whether the user is active (F2)</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>Set &amp;PIN</translation>
    </message>
    <message>
        <source>Give the selected user a new PIN; this unlocks them too</source>
        <translation>Give the selected user a new PIN; this unlocks them too</translation>
    </message>
    <message>
        <source>Change &amp;my PIN</source>
        <translation>Change &amp;my PIN</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
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
        <source>%1 users</source>
        <translation>%1 users</translation>
    </message>
    <message>
        <source>The PIN of %1 is set.</source>
        <translation>The PIN of %1 is set.</translation>
    </message>
</context>
</TS>
