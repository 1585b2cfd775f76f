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
    <name>CartChanges</name>
    <message>
        <source>Pick a line first (Up/Down)</source>
        <translation>Pick a line first (Up/Down)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>%1: %2 before discount</source>
        <translation>%1: %2 before discount</translation>
    </message>
    <message>
        <source>An amount (5 or 5.50) or a percentage (10%); 0 takes the discount off</source>
        <translation>An amount (5 or 5.50) or a percentage (10%); 0 takes the discount off</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Change price</translation>
    </message>
    <message>
        <source>%1: list price %2</source>
        <translation>%1: list price %2</translation>
    </message>
    <message>
        <source>Empty: back to the list price. A cashier&apos;s price cut over the limit needs a manager.</source>
        <translation>Empty: back to the list price. A cashier&apos;s price cut over the limit needs a manager.</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Subtotal %1</translation>
    </message>
    <message>
        <source>Suspend the cart</source>
        <translation>Suspend the cart</translation>
    </message>
    <message>
        <source>A name to find it again (the customer&apos;s name, or leave as it is)</source>
        <translation>A name to find it again (the customer&apos;s name, or leave as it is)</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation>Suspended: %1</translation>
    </message>
    <message>
        <source>No suspended carts</source>
        <translation>No suspended carts</translation>
    </message>
    <message>
        <source>Void the cart</source>
        <translation>Void the cart</translation>
    </message>
    <message>
        <source>Void all %1 items (%2)? This is logged. Why?</source>
        <translation>Void all %1 items (%2)? This is logged. Why?</translation>
    </message>
    <message>
        <source>Cart voided</source>
        <translation>Cart voided</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>was</source>
        <translation>was</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
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
    <name>CheckoutPage</name>
    <message>
        <source>Scan or type a barcode (3* then scan: three of it)</source>
        <translation>Scan or type a barcode (3* then scan: three of it)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>the cart was not changed</source>
        <translation>the cart was not changed</translation>
    </message>
    <message>
        <source>Finish the open window first: the scan %1 was not rung up</source>
        <translation>Finish the open window first: the scan %1 was not rung up</translation>
    </message>
    <message>
        <source>Search for “%1”  F5</source>
        <translation>Search for “%1”  F5</translation>
    </message>
    <message>
        <source>Refund %1 recorded</source>
        <translation>Refund %1 recorded</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <source>Settle and close the period</source>
        <translation>Settle and close the period</translation>
    </message>
    <message>
        <source>Close %1 (%2)?</source>
        <translation>Close %1 (%2)?</translation>
    </message>
    <message>
        <source>%1 hosts · net sales %2 · host share %3 · charges %4
Payable to hosts %5 · carried forward %6 · recommender fees %7</source>
        <translation>%1 hosts · net sales %2 · host share %3 · charges %4
Payable to hosts %5 · carried forward %6 · recommender fees %7</translation>
    </message>
    <message>
        <source>Closing stores these figures and statements as they are. It cannot be undone: the period can never be reopened or overlapped, and no sale, refund or charge dated in it can be added.</source>
        <translation>Closing stores these figures and statements as they are. It cannot be undone: the period can never be reopened or overlapped, and no sale, refund or charge dated in it can be added.</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>CLOSE</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A manager approves with their PIN next.</source>
        <translation>A manager approves with their PIN next.</translation>
    </message>
    <message>
        <source>Ask a manager…</source>
        <translation>Ask a manager…</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Type %1 to confirm:</translation>
    </message>
    <message>
        <source>Close the period</source>
        <translation>Close the period</translation>
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
    <name>CountPanel</name>
    <message>
        <source>Choose a counted product first.</source>
        <translation>Choose a counted product first.</translation>
    </message>
    <message>
        <source>Correct the number</source>
        <translation>Correct the number</translation>
    </message>
    <message>
        <source>How many of %1 are there?</source>
        <translation>How many of %1 are there?</translation>
    </message>
    <message>
        <source>Post the variances as stock adjustments? This cannot be undone.</source>
        <translation>Post the variances as stock adjustments? This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 products in scope were not counted: they count as zero.</source>
        <translation>%1 products in scope were not counted: they count as zero.</translation>
    </message>
    <message>
        <source>Approve the count</source>
        <translation>Approve the count</translation>
    </message>
    <message>
        <source>Count %1 approved: %2 products adjusted.</source>
        <translation>Count %1 approved: %2 products adjusted.</translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>Cancel the count</translation>
    </message>
    <message>
        <source>Cancel this count? Nothing is posted; what was scanned is dropped.</source>
        <translation>Cancel this count? Nothing is posted; what was scanned is dropped.</translation>
    </message>
</context>
<context>
    <name>CountSheet</name>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>Scan: each scan adds one</source>
        <translation>Scan: each scan adds one</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>&amp;Qty</translation>
    </message>
    <message>
        <source>Type how many first for many of one product; it goes back to 1</source>
        <translation>Type how many first for many of one product; it goes back to 1</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Not counted yet</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation>On shelf</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Correct the &amp;number…</source>
        <translation>Correct the &amp;number…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Variance report &amp;PDF…</source>
        <translation>Variance report &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX…</source>
        <translation>E&amp;xport XLSX…</translation>
    </message>
    <message>
        <source>&amp;Approve and adjust stock…</source>
        <translation>&amp;Approve and adjust stock…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the count…</source>
        <translation>Ca&amp;ncel the count…</translation>
    </message>
    <message>
        <source>The count is kept as you go: leave this screen or close the app at any time and carry on later. Sales and refunds made while counting are taken into account.</source>
        <translation>The count is kept as you go: leave this screen or close the app at any time and carry on later. Sales and refunds made while counting are taken into account.</translation>
    </message>
    <message>
        <source>Count %1 · %2 · started %3 by %4</source>
        <translation>Count %1 · %2 · started %3 by %4</translation>
    </message>
    <message>
        <source>+%1  %2 — counted %3 of %4 expected (%5)</source>
        <translation>+%1  %2 — counted %3 of %4 expected (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 products counted, %3 units scanned · %4 not counted yet</source>
        <translation>%1 of %2 products counted, %3 units scanned · %4 not counted yet</translation>
    </message>
</context>
<context>
    <name>CountStart</name>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>One host</source>
        <translation>One host</translation>
    </message>
    <message>
        <source>One tag</source>
        <translation>One tag</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Start counting</source>
        <translation>&amp;Start counting</translation>
    </message>
    <message>
        <source>Earlier counts</source>
        <translation>Earlier counts</translation>
    </message>
    <message>
        <source>Variance report &amp;PDF…</source>
        <translation>Variance report &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX…</source>
        <translation>E&amp;xport XLSX…</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Counting</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>CounterDevices</name>
    <message>
        <source>Printer: starting</source>
        <translation>Printer: starting</translation>
    </message>
    <message>
        <source>Pole display: not set up</source>
        <translation>Pole display: not set up</translation>
    </message>
    <message>
        <source>Pole display: working</source>
        <translation>Pole display: working</translation>
    </message>
    <message>
        <source>Pole display: nothing sent yet</source>
        <translation>Pole display: nothing sent yet</translation>
    </message>
    <message>
        <source>Receipt %1 not printed: %2</source>
        <translation>Receipt %1 not printed: %2</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>The drawer did not open: %1</translation>
    </message>
    <message>
        <source>an error in the program (see the log)</source>
        <translation>an error in the program (see the log)</translation>
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
    <name>DevicesPage</name>
    <message>
        <source>Receipt printer and cash drawer</source>
        <translation>Receipt printer and cash drawer</translation>
    </message>
    <message>
        <source>Customer pole display</source>
        <translation>Customer pole display</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>Chinese text</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>%1 mm, %2 columns</source>
        <translation>%1 mm, %2 columns</translation>
    </message>
    <message>
        <source>the printer&apos;s own font</source>
        <translation>the printer&apos;s own font</translation>
    </message>
    <message>
        <source>printed as images</source>
        <translation>printed as images</translation>
    </message>
    <message>
        <source>pin %1, pulse %2 ms</source>
        <translation>pin %1, pulse %2 ms</translation>
    </message>
    <message>
        <source>%1 at %2 baud</source>
        <translation>%1 at %2 baud</translation>
    </message>
    <message>
        <source>English letters and digits</source>
        <translation>English letters and digits</translation>
    </message>
    <message>
        <source>Chinese (%1)</source>
        <translation>Chinese (%1)</translation>
    </message>
    <message>
        <source>%1, %2 columns × 2 lines</source>
        <translation>%1, %2 columns × 2 lines</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Test print</translation>
    </message>
    <message>
        <source>Print a test page now, to see the printer, the paper and the Chinese</source>
        <translation>Print a test page now, to see the printer, the paper and the Chinese</translation>
    </message>
    <message>
        <source>&amp;Retry printing</source>
        <translation>&amp;Retry printing</translation>
    </message>
    <message>
        <source>Print the receipts waiting now, without waiting for the next try</source>
        <translation>Print the receipts waiting now, without waiting for the next try</translation>
    </message>
    <message>
        <source>Open the &amp;drawer</source>
        <translation>Open the &amp;drawer</translation>
    </message>
    <message>
        <source>Open the cash drawer without a sale (written to the audit log)</source>
        <translation>Open the cash drawer without a sale (written to the audit log)</translation>
    </message>
    <message>
        <source>Show the &amp;greeting</source>
        <translation>Show the &amp;greeting</translation>
    </message>
    <message>
        <source>Put the shop&apos;s greeting on the pole display, to see that it works</source>
        <translation>Put the shop&apos;s greeting on the pole display, to see that it works</translation>
    </message>
    <message>
        <source>These settings are in the settings file %1. Change them there and restart the app.</source>
        <translation>These settings are in the settings file %1. Change them there and restart the app.</translation>
    </message>
    <message>
        <source>none (receipts are not printed)</source>
        <translation>none (receipts are not printed)</translation>
    </message>
    <message>
        <source>not connected to this screen</source>
        <translation>not connected to this screen</translation>
    </message>
    <message>
        <source>The test page went to %1. Check that it reads well, Chinese included.</source>
        <translation>The test page went to %1. Check that it reads well, Chinese included.</translation>
    </message>
    <message>
        <source>Trying the printer again now.</source>
        <translation>Trying the printer again now.</translation>
    </message>
    <message>
        <source>Recorded; the drawer is opening.</source>
        <translation>Recorded; the drawer is opening.</translation>
    </message>
    <message>
        <source>Recorded; the drawer is open.</source>
        <translation>Recorded; the drawer is open.</translation>
    </message>
    <message>
        <source>Recorded, but the drawer did not open: %1</source>
        <translation>Recorded, but the drawer did not open: %1</translation>
    </message>
</context>
<context>
    <name>ExportAll</name>
    <message>
        <source>Export all</source>
        <translation>Export all</translation>
    </message>
    <message>
        <source>Reading the books…</source>
        <translation>Reading the books…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Written %1 of %2: %3</source>
        <translation>Written %1 of %2: %3</translation>
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
        <source>Count &amp;losses borne by</source>
        <translation>Count &amp;losses borne by</translation>
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
        <source>The host (goods missing at a count are theirs)</source>
        <translation>The host (goods missing at a count are theirs)</translation>
    </message>
    <message>
        <source>The co-op (credits the host&apos;s share of missing goods)</source>
        <translation>The co-op (credits the host&apos;s share of missing goods)</translation>
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
    <name>HostLines</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Rec. fee</source>
        <translation>Rec. fee</translation>
    </message>
    <message>
        <source>Host share</source>
        <translation>Host share</translation>
    </message>
    <message>
        <source>No sales, charges or balance in this period: no statement</source>
        <translation>No sales, charges or balance in this period: no statement</translation>
    </message>
    <message>
        <source>Net sales %1 · commission %2 · recommender fees %3 · host share %4 · charges %5 · opening balance %6 · payable %7</source>
        <translation>Net sales %1 · commission %2 · recommender fees %3 · host share %4 · charges %5 · opening balance %6 · payable %7</translation>
    </message>
    <message>
        <source>%1 (refund of %2)</source>
        <translation>%1 (refund of %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lines</translation>
    </message>
    <message>
        <source>Charges: %1</source>
        <translation>Charges: %1</translation>
    </message>
    <message>
        <source>No charges in this period</source>
        <translation>No charges in this period</translation>
    </message>
</context>
<context>
    <name>HostLinesDialog</name>
    <message>
        <source>Open statement PDF</source>
        <translation>Open statement PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <name>KeyPad</name>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Change price</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Recent sales</translation>
    </message>
    <message>
        <source>Void cart</source>
        <translation>Void cart</translation>
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
</context>
<context>
    <name>OpenDrawerDialog</name>
    <message>
        <source>Open the drawer</source>
        <translation>Open the drawer</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale is written to the audit log, with why.</source>
        <translation>Opening the drawer without a sale is written to the audit log, with why.</translation>
    </message>
    <message>
        <source>e.g. change for the market stall next door</source>
        <translation>e.g. change for the market stall next door</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
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
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>Paying</name>
    <message>
        <source>No shift is open at this counter: a cashier opens one first</source>
        <translation>No shift is open at this counter: a cashier opens one first</translation>
    </message>
    <message>
        <source>Open a shift first: the float is counted before the first sale</source>
        <translation>Open a shift first: the float is counted before the first sale</translation>
    </message>
    <message>
        <source>%1 paid %2. Change: %3</source>
        <translation>%1 paid %2. Change: %3</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total due</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Still to pay</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Amount received (Enter: cash)</source>
        <translation>Amount received (Enter: cash)</translation>
    </message>
    <message>
        <source>Remove last payment (Ctrl+Z)</source>
        <translation>Remove last payment (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Back to the cart (Esc)</source>
        <translation>Back to the cart (Esc)</translation>
    </message>
    <message>
        <source>the sale was not recorded</source>
        <translation>the sale was not recorded</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
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
    <name>PeriodClosing</name>
    <message>
        <source>Close the period %1 (%2): its statements become final</source>
        <translation>Close the period %1 (%2): its statements become final</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period &amp;from</source>
        <translation>Period &amp;from</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>&amp;Last month</translation>
    </message>
    <message>
        <source>T&amp;his month</source>
        <translation>T&amp;his month</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>A closed period shows its statements exactly as stored</source>
        <translation>A closed period shows its statements exactly as stored</translation>
    </message>
    <message>
        <source>Closed periods…</source>
        <translation>Closed periods…</translation>
    </message>
    <message>
        <source>No closed periods yet</source>
        <translation>No closed periods yet</translation>
    </message>
</context>
<context>
    <name>PeriodSummary</name>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <source>Co-op commission</source>
        <translation>Co-op commission</translation>
    </message>
    <message>
        <source>Recommender fees</source>
        <translation>Recommender fees</translation>
    </message>
    <message>
        <source>Host share</source>
        <translation>Host share</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Closed · %1 · by %2 on %3</source>
        <translation>Closed · %1 · by %2 on %3</translation>
    </message>
    <message>
        <source>Draft · %1 · the figures follow the books until the period is closed</source>
        <translation>Draft · %1 · the figures follow the books until the period is closed</translation>
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
    <name>ProductSearchDialog</name>
    <message>
        <source>Find a product</source>
        <translation>Find a product</translation>
    </message>
    <message>
        <source>Name, pinyin initials (sgz) or part of the barcode</source>
        <translation>Name, pinyin initials (sgz) or part of the barcode</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Add to cart (Enter)</source>
        <translation>Add to cart (Enter)</translation>
    </message>
    <message>
        <source>First %1 found: type more to narrow</source>
        <translation>First %1 found: type more to narrow</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>Nothing to add: type a name or part of a barcode</source>
        <translation>Nothing to add: type a name or part of a barcode</translation>
    </message>
</context>
<context>
    <name>RecentSalesDialog</name>
    <message>
        <source>Recent sales</source>
        <translation>Recent sales</translation>
    </message>
    <message>
        <source>Receipt number (scan or part of it) or amount, e.g. 35.50 or 30~40</source>
        <translation>Receipt number (scan or part of it) or amount, e.g. 35.50 or 30~40</translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation>Sales and refunds</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Search (F5)</source>
        <translation>Search (F5)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source> · received {tendered}, change {change}</source>
        <translation> · received {tendered}, change {change}</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Receipt total</source>
        <translation>Receipt total</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Line amount</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <source>No receipt printer is set up at this counter</source>
        <translation>No receipt printer is set up at this counter</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>Refund (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>{count} receipts, newest first</source>
        <translation>{count} receipts, newest first</translation>
    </message>
    <message>
        <source>No receipt selected</source>
        <translation>No receipt selected</translation>
    </message>
    <message>
        <source>Total {total} · paid {paid}</source>
        <translation>Total {total} · paid {paid}</translation>
    </message>
    <message>
        <source>Refund of {receipt}</source>
        <translation>Refund of {receipt}</translation>
    </message>
    <message>
        <source> (damaged)</source>
        <translation> (damaged)</translation>
    </message>
    <message>
        <source> (discount {amount})</source>
        <translation> (discount {amount})</translation>
    </message>
    <message>
        <source>A refund cannot be refunded; choose the original sale</source>
        <translation>A refund cannot be refunded; choose the original sale</translation>
    </message>
    <message>
        <source>Reprinting {number}</source>
        <translation>Reprinting {number}</translation>
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
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number</source>
        <translation>Scan the receipt&apos;s barcode or type its number</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>Find (Enter)</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Original receipt</translation>
    </message>
    <message>
        <source>Refund all that is left (F6)</source>
        <translation>Refund all that is left (F6)</translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation>Pay back by</translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation>Refund total</translation>
    </message>
    <message>
        <source>Confirm refund (F12)</source>
        <translation>Confirm refund (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Scan or type the original receipt number first.</source>
        <translation>Scan or type the original receipt number first.</translation>
    </message>
    <message>
        <source>Everything on this receipt has been refunded already.</source>
        <translation>Everything on this receipt has been refunded already.</translation>
    </message>
    <message>
        <source>No receipt loaded.</source>
        <translation>No receipt loaded.</translation>
    </message>
    <message>
        <source>{time} · cashier {cashier} · total {total} · paid {paid}</source>
        <translation>{time} · cashier {cashier} · total {total} · paid {paid}</translation>
    </message>
    <message>
        <source>Refunded before: {refunds}</source>
        <translation>Refunded before: {refunds}</translation>
    </message>
    <message>
        <source>Hand back cash {amount}</source>
        <translation>Hand back cash {amount}</translation>
    </message>
    <message>
        <source>Back by {method} {amount}</source>
        <translation>Back by {method} {amount}</translation>
    </message>
    <message>
        <source>Choose how many units of which item come back.</source>
        <translation>Choose how many units of which item come back.</translation>
    </message>
    <message>
        <source>No shift is open at counter {counter}: open one first, then refund.</source>
        <translation>No shift is open at counter {counter}: open one first, then refund.</translation>
    </message>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Refund receipt {number}</translation>
    </message>
    <message>
        <source>Refund {number} recorded: {amount} back by {method}.</source>
        <translation>Refund {number} recorded: {amount} back by {method}.</translation>
    </message>
</context>
<context>
    <name>RefundLinesTable</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Refund now</source>
        <translation>Refund now</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Not back in stock</source>
        <translation>Not back in stock</translation>
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
    <name>ResumeDialog</name>
    <message>
        <source>Resume a suspended cart</source>
        <translation>Resume a suspended cart</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Resume (Enter)</source>
        <translation>Resume (Enter)</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Scanner {port}: connected</source>
        <translation>Scanner {port}: connected</translation>
    </message>
    <message>
        <source>Scanner {port}: not connected, retrying</source>
        <translation>Scanner {port}: not connected, retrying</translation>
    </message>
    <message>
        <source>Scanner {port}: disconnected, reconnecting…</source>
        <translation>Scanner {port}: disconnected, reconnecting…</translation>
    </message>
    <message>
        <source>Scanner {port}: connecting…</source>
        <translation>Scanner {port}: connecting…</translation>
    </message>
    <message>
        <source>Scanner {port}: stopped</source>
        <translation>Scanner {port}: stopped</translation>
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
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <source>My statements</source>
        <translation>My statements</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Lines (Enter)</source>
        <translation>Lines (Enter)</translation>
    </message>
    <message>
        <source>Open statement PDF (Ctrl+P)</source>
        <translation>Open statement PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export all… (Ctrl+E)</source>
        <translation>Export all… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Settle and close… (Ctrl+Shift+K)</source>
        <translation>Settle and close… (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Double-click a host or press Enter for its lines</source>
        <translation>Double-click a host or press Enter for its lines</translation>
    </message>
    <message>
        <source>Statement written: %1</source>
        <translation>Statement written: %1</translation>
    </message>
    <message>
        <source>Export all statements into</source>
        <translation>Export all statements into</translation>
    </message>
    <message>
        <source>%1 files written to %2</source>
        <translation>%1 files written to %2</translation>
    </message>
    <message>
        <source>Closed: %1. Its statements are final.</source>
        <translation>Closed: %1. Its statements are final.</translation>
    </message>
</context>
<context>
    <name>SettlementTables</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Rec. fees</source>
        <translation>Rec. fees</translation>
    </message>
    <message>
        <source>Host share</source>
        <translation>Host share</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Opening bal.</source>
        <translation>Opening bal.</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Carried fwd.</source>
        <translation>Carried fwd.</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>Recommender</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Ho&amp;sts</source>
        <translation>Ho&amp;sts</translation>
    </message>
    <message>
        <source>&amp;Recommenders</source>
        <translation>&amp;Recommenders</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 hosts</translation>
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
    <name>ShiftDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>SlipPanel</name>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a name (pinyin initials), then Enter</source>
        <translation>Scan, or type a barcode or a name (pinyin initials), then Enter</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>&amp;Qty</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>e.g. second delivery of November</source>
        <translation>e.g. second delivery of November</translation>
    </message>
    <message>
        <source>e.g. end of season</source>
        <translation>e.g. end of season</translation>
    </message>
    <message>
        <source>Remove &amp;line</source>
        <translation>Remove &amp;line</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <source>&amp;Receive and save the slip…</source>
        <translation>&amp;Receive and save the slip…</translation>
    </message>
    <message>
        <source>&amp;Return and save the slip…</source>
        <translation>&amp;Return and save the slip…</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No goods match “%1”</source>
        <translation>No goods match “%1”</translation>
    </message>
    <message>
        <source>Pick the product</source>
        <translation>Pick the product</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>Goods found:</translation>
    </message>
    <message>
        <source>%1 belongs to %2: one slip holds the goods of one host (%3).</source>
        <translation>%1 belongs to %2: one slip holds the goods of one host (%3).</translation>
    </message>
    <message>
        <source>%1 goods, %2 units, %3</source>
        <translation>%1 goods, %2 units, %3</translation>
    </message>
    <message>
        <source>Save the slip as</source>
        <translation>Save the slip as</translation>
    </message>
    <message>
        <source>%1 made: %2 units of %3.</source>
        <translation>%1 made: %2 units of %3.</translation>
    </message>
    <message>
        <source>%1 saved as %2</source>
        <translation>%1 saved as %2</translation>
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
    <name>StatusLine</name>
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
    <name>StockList</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Barcode, name or pinyin initials</source>
        <translation>Barcode, name or pinyin initials</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>All goods</source>
        <translation>All goods</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>Negative stock</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>None on hand</source>
        <translation>None on hand</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Low-stock level…</source>
        <translation>&amp;Low-stock level…</translation>
    </message>
    <message>
        <source>Record a l&amp;oss…</source>
        <translation>Record a l&amp;oss…</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Low at</translation>
    </message>
    <message>
        <source>Days on shelf</source>
        <translation>Days on shelf</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Losses borne by</source>
        <translation>Losses borne by</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>All hosts</translation>
    </message>
    <message>
        <source>Co-op</source>
        <translation>Co-op</translation>
    </message>
    <message>
        <source>%1 units on the shelf, worth %2 at price · %3 negative · %4 low</source>
        <translation>%1 units on the shelf, worth %2 at price · %3 negative · %4 low</translation>
    </message>
    <message>
        <source>Negative: count it</source>
        <translation>Negative: count it</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Goods %1–%2 of %3</source>
        <translation>Goods %1–%2 of %3</translation>
    </message>
    <message>
        <source>No goods match</source>
        <translation>No goods match</translation>
    </message>
    <message>
        <source>Choose a product in the list first.</source>
        <translation>Choose a product in the list first.</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>Low-stock level</translation>
    </message>
    <message>
        <source>Flag %1 as low at or below this many units (0: never):</source>
        <translation>Flag %1 as low at or below this many units (0: never):</translation>
    </message>
    <message>
        <source>Record a loss</source>
        <translation>Record a loss</translation>
    </message>
    <message>
        <source>How many of %1 are broken or gone?</source>
        <translation>How many of %1 are broken or gone?</translation>
    </message>
    <message>
        <source>Why (e.g. broken in the shop):</source>
        <translation>Why (e.g. broken in the shop):</translation>
    </message>
</context>
<context>
    <name>StockTabs</name>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Return to host</source>
        <translation>&amp;Return to host</translation>
    </message>
    <message>
        <source>Stock &amp;count</source>
        <translation>Stock &amp;count</translation>
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
    <name>TotalsPanel</name>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
<context>
    <name>VarianceFiles</name>
    <message>
        <source>Save the variance report as</source>
        <translation>Save the variance report as</translation>
    </message>
    <message>
        <source>Choose a count in the list first.</source>
        <translation>Choose a count in the list first.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
</TS>
