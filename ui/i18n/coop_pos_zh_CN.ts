<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>A manager&apos;s approval</source>
        <translation>店长批准</translation>
    </message>
    <message>
        <source>A manager approves with their PIN</source>
        <translation>请店长输入 PIN 批准</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;login</source>
        <translation>店长账号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. M01</source>
        <translation>例如 M01</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4 到 8 位数字</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not approved: go back to the cart (Esc)</source>
        <translation>不批准，回到购物车（Esc）</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s login</source>
        <translation>请输入店长的账号</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>操作(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Login, e.g. M01</source>
        <translation>账号，例如 M01</translation>
    </message>
    <message>
        <source>Entries this user made or approved</source>
        <translation>此用户操作或批准的记录</translation>
    </message>
    <message>
        <source>Receipt, barcode, login…</source>
        <translation>小票号、条码、账号…</translation>
    </message>
    <message>
        <source>Text in what the entry is about, or in its note</source>
        <translation>在操作对象或备注中查找</translation>
    </message>
    <message>
        <source>&lt; &amp;Newer</source>
        <translation>&lt; 较新(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Older &gt;</source>
        <translation>较早(&amp;O) &gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entries %1–%2, newest first</source>
        <translation>第 %1–%2 条，最新的在前</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>没有符合条件的记录</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation>关闭这条消息</translation>
    </message>
</context>
<context>
    <name>CartChanges</name>
    <message>
        <source>Pick a line first (Up/Down)</source>
        <translation>请先选择一行（上/下方向键）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>单品折扣</translation>
    </message>
    <message>
        <source>%1: %2 before discount</source>
        <translation>%1：折前 %2</translation>
    </message>
    <message>
        <source>An amount (5 or 5.50) or a percentage (10%); 0 takes the discount off</source>
        <translation>输入金额（5 或 5.50）或百分比（10%）；输入 0 取消折扣</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>改价</translation>
    </message>
    <message>
        <source>%1: list price %2</source>
        <translation>%1：标价 %2</translation>
    </message>
    <message>
        <source>Empty: back to the list price. A cashier&apos;s price cut over the limit needs a manager.</source>
        <translation>留空：恢复标价。收银员降价超过上限需要店长批准。</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>小计 %1</translation>
    </message>
    <message>
        <source>Suspend the cart</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>A name to find it again (the customer&apos;s name, or leave as it is)</source>
        <translation>起个名字方便取单（顾客称呼，或保留默认）</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation>已挂单：%1</translation>
    </message>
    <message>
        <source>No suspended carts</source>
        <translation>没有挂起的单</translation>
    </message>
    <message>
        <source>Void the cart</source>
        <translation>作废购物车</translation>
    </message>
    <message>
        <source>Void all %1 items (%2)? This is logged. Why?</source>
        <translation>作废全部 %1 件商品（%2）？此操作会被记录。原因：</translation>
    </message>
    <message>
        <source>Cart voided</source>
        <translation>购物车已作废</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>was</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Paid in</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>e.g. more change</source>
        <translation>例如：补充零钱</translation>
    </message>
    <message>
        <source>e.g. bought milk for the shop</source>
        <translation>例如：给店里买牛奶</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>推介官</translation>
    </message>
    <message>
        <source>Comm. %</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Rec. %</source>
        <translation>推介比例</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The co-op&apos;s commission rate (does not sort)</source>
        <translation>合作社佣金比例（不能排序）</translation>
    </message>
    <message>
        <source>The recommender&apos;s share rate (does not sort)</source>
        <translation>推介官分成比例（不能排序）</translation>
    </message>
    <message>
        <source>Stock on hand (does not sort)</source>
        <translation>现有库存（不能排序）</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>This column does not sort</source>
        <translation>这一列不能排序</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>Scan or type a barcode (3* then scan: three of it)</source>
        <translation>扫码或输入条码（先输 3* 再扫码：数量 3）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>the cart was not changed</source>
        <translation>购物车没有改动</translation>
    </message>
    <message>
        <source>Finish the open window first: the scan %1 was not rung up</source>
        <translation>请先完成打开的窗口：扫码 %1 没有加入购物车</translation>
    </message>
    <message>
        <source>Search for “%1”  F5</source>
        <translation>搜索“%1”  F5</translation>
    </message>
    <message>
        <source>Refund %1 recorded</source>
        <translation>退货 %1 已记录</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <source>Settle and close the period</source>
        <translation>结算并关账</translation>
    </message>
    <message>
        <source>Close %1 (%2)?</source>
        <translation>结账 %1（%2）？</translation>
    </message>
    <message>
        <source>%1 hosts · net sales %2 · host share %3 · charges %4
Payable to hosts %5 · carried forward %6 · recommender fees %7</source>
        <translation>%1 位主理人 · 净销售 %2 · 主理人所得 %3 · 费用 %4
应付主理人 %5 · 结转 %6 · 推介费 %7</translation>
    </message>
    <message>
        <source>Closing stores these figures and statements as they are. It cannot be undone: the period can never be reopened or overlapped, and no sale, refund or charge dated in it can be added.</source>
        <translation>结账会按现在的样子保存这些数字和结算单，不能撤销：这个结算期不能再打开，也不能与其他结算期重叠，期内不能再添加销售、退货或费用。</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A manager approves with their PIN next.</source>
        <translation>接下来由店长输入 PIN 批准。</translation>
    </message>
    <message>
        <source>Ask a manager…</source>
        <translation>请店长批准…</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>输入“%1”确认：</translation>
    </message>
    <message>
        <source>Close the period</source>
        <translation>结账</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it by denomination. What the drawer should hold is shown only after the shift is closed.</source>
        <translation>清点钱箱里的现金，按面额逐项输入。应有现金在交班之后才会显示。</translation>
    </message>
    <message>
        <source>Close shift with this count</source>
        <translation>按此点钞交班</translation>
    </message>
    <message>
        <source>Closing cannot be undone.</source>
        <translation>交班后无法撤销。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <source>Cost</source>
        <translation>成本项</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Add cost</source>
        <translation>添加成本项(&amp;C)</translation>
    </message>
    <message>
        <source>Add a row: 原料, 人工, 包装, 物流, … or a name of your own</source>
        <translation>添加一行：原料、人工、包装、物流……或自己起名</translation>
    </message>
    <message>
        <source>Remove cost</source>
        <translation>删除成本项</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>Choose a counted product first.</source>
        <translation>请先选一件已盘点的商品。</translation>
    </message>
    <message>
        <source>Correct the number</source>
        <translation>修改数量</translation>
    </message>
    <message>
        <source>How many of %1 are there?</source>
        <translation>%1 实际有多少件？</translation>
    </message>
    <message>
        <source>Post the variances as stock adjustments? This cannot be undone.</source>
        <translation>按差异调整库存？调整后不能撤销。</translation>
    </message>
    <message>
        <source>%1 products in scope were not counted: they count as zero.</source>
        <translation>范围内有 %1 种商品没有盘点：按 0 件计。</translation>
    </message>
    <message>
        <source>Approve the count</source>
        <translation>审核盘点</translation>
    </message>
    <message>
        <source>Count %1 approved: %2 products adjusted.</source>
        <translation>盘点 %1 已审核：调整了 %2 种商品的库存。</translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Cancel this count? Nothing is posted; what was scanned is dropped.</source>
        <translation>取消这次盘点？不会调整库存，已扫描的数量作废。</translation>
    </message>
</context>
<context>
    <name>CountSheet</name>
    <message>
        <source>&amp;Scan</source>
        <translation>扫码(&amp;S)</translation>
    </message>
    <message>
        <source>Scan: each scan adds one</source>
        <translation>扫码：每扫一次加 1 件</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>Type how many first for many of one product; it goes back to 1</source>
        <translation>同一商品很多件时先输入件数再扫码；扫完自动回到 1</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已盘点</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>尚未盘点</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Correct the &amp;number…</source>
        <translation>修改数量(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Variance report &amp;PDF…</source>
        <translation>盘点差异表 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Approve and adjust stock…</source>
        <translation>审核并调整库存(&amp;A)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the count…</source>
        <translation>取消盘点(&amp;N)…</translation>
    </message>
    <message>
        <source>The count is kept as you go: leave this screen or close the app at any time and carry on later. Sales and refunds made while counting are taken into account.</source>
        <translation>盘点随扫随存：随时可以离开此页面或关闭程序，下次打开继续。盘点期间的销售和退货会自动计入。</translation>
    </message>
    <message>
        <source>Count %1 · %2 · started %3 by %4</source>
        <translation>盘点 %1 · %2 · %3 由 %4 开始</translation>
    </message>
    <message>
        <source>+%1  %2 — counted %3 of %4 expected (%5)</source>
        <translation>+%1  %2 — 已盘 %3 件，应有 %4 件（%5）</translation>
    </message>
    <message>
        <source>%1 of %2 products counted, %3 units scanned · %4 not counted yet</source>
        <translation>已盘 %1 / %2 种商品，扫描 %3 件 · 还有 %4 种未盘</translation>
    </message>
</context>
<context>
    <name>CountStart</name>
    <message>
        <source>&amp;Count</source>
        <translation>盘点范围(&amp;C)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>One host</source>
        <translation>一位主理人</translation>
    </message>
    <message>
        <source>One tag</source>
        <translation>一个标签</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主理人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start counting</source>
        <translation>开始盘点(&amp;S)</translation>
    </message>
    <message>
        <source>Earlier counts</source>
        <translation>以往盘点</translation>
    </message>
    <message>
        <source>Variance report &amp;PDF…</source>
        <translation>盘点差异表 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CounterDevices</name>
    <message>
        <source>Printer: starting</source>
        <translation>打印机：正在启动</translation>
    </message>
    <message>
        <source>Pole display: not set up</source>
        <translation>客显：未设置</translation>
    </message>
    <message>
        <source>Pole display: working</source>
        <translation>客显：正常</translation>
    </message>
    <message>
        <source>Pole display: nothing sent yet</source>
        <translation>客显：尚未显示</translation>
    </message>
    <message>
        <source>Receipt %1 not printed: %2</source>
        <translation>小票 %1 未能打印：%2</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>钱箱没有打开：%1</translation>
    </message>
    <message>
        <source>an error in the program (see the log)</source>
        <translation>程序出错（详见日志）</translation>
    </message>
</context>
<context>
    <name>DenominationEntry</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Receipt printer and cash drawer</source>
        <translation>小票打印机与钱箱</translation>
    </message>
    <message>
        <source>Customer pole display</source>
        <translation>客显屏</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>%1 mm, %2 columns</source>
        <translation>%1 毫米，%2 列</translation>
    </message>
    <message>
        <source>the printer&apos;s own font</source>
        <translation>打印机自带字库</translation>
    </message>
    <message>
        <source>printed as images</source>
        <translation>以图片打印</translation>
    </message>
    <message>
        <source>pin %1, pulse %2 ms</source>
        <translation>针脚 %1，脉冲 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 at %2 baud</source>
        <translation>%1，波特率 %2</translation>
    </message>
    <message>
        <source>English letters and digits</source>
        <translation>英文字母和数字</translation>
    </message>
    <message>
        <source>Chinese (%1)</source>
        <translation>中文（%1）</translation>
    </message>
    <message>
        <source>%1, %2 columns × 2 lines</source>
        <translation>%1，每行 %2 列 × 2 行</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>测试打印(&amp;T)</translation>
    </message>
    <message>
        <source>Print a test page now, to see the printer, the paper and the Chinese</source>
        <translation>现在打印一张测试页，看看打印机、纸张和中文是否正常</translation>
    </message>
    <message>
        <source>&amp;Retry printing</source>
        <translation>重试打印(&amp;R)</translation>
    </message>
    <message>
        <source>Print the receipts waiting now, without waiting for the next try</source>
        <translation>现在就打印等待中的小票，不等下一次自动重试</translation>
    </message>
    <message>
        <source>Open the &amp;drawer</source>
        <translation>打开钱箱(&amp;D)</translation>
    </message>
    <message>
        <source>Open the cash drawer without a sale (written to the audit log)</source>
        <translation>无销售打开钱箱（记入操作记录）</translation>
    </message>
    <message>
        <source>Show the &amp;greeting</source>
        <translation>显示欢迎语(&amp;G)</translation>
    </message>
    <message>
        <source>Put the shop&apos;s greeting on the pole display, to see that it works</source>
        <translation>在客显上显示欢迎语，看看它是否正常</translation>
    </message>
    <message>
        <source>These settings are in the settings file %1. Change them there and restart the app.</source>
        <translation>这些设置在设置文件 %1 里：在那里修改，然后重启程序。</translation>
    </message>
    <message>
        <source>none (receipts are not printed)</source>
        <translation>无（不打印小票）</translation>
    </message>
    <message>
        <source>not connected to this screen</source>
        <translation>未连接到本界面</translation>
    </message>
    <message>
        <source>The test page went to %1. Check that it reads well, Chinese included.</source>
        <translation>测试页已发送到 %1。请检查打印是否清楚，包括中文。</translation>
    </message>
    <message>
        <source>Trying the printer again now.</source>
        <translation>正在重新尝试打印。</translation>
    </message>
    <message>
        <source>Recorded; the drawer is opening.</source>
        <translation>已记录，钱箱正在打开。</translation>
    </message>
    <message>
        <source>Recorded; the drawer is open.</source>
        <translation>已记录，钱箱已打开。</translation>
    </message>
    <message>
        <source>Recorded, but the drawer did not open: %1</source>
        <translation>已记录，但钱箱没有打开：%1</translation>
    </message>
</context>
<context>
    <name>ExportAll</name>
    <message>
        <source>Export all</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>Reading the books…</source>
        <translation>正在读取账目…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Written %1 of %2: %3</source>
        <translation>已写入 %1 / %2：%3</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>A new shop: its administrator</source>
        <translation>新店铺：设置管理员</translation>
    </message>
    <message>
        <source>This shop has no administrator yet. Choose the administrator&apos;s login and PIN: there is no default PIN, so keep it somewhere safe. The administrator adds the other users afterwards.</source>
        <translation>这个店铺还没有管理员。请设置管理员的账号和 PIN：没有默认 PIN，请妥善保管。其他用户由管理员之后添加。</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>账号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再输一次 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. A01</source>
        <translation>例如 A01</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4 到 8 位数字</translation>
    </message>
    <message>
        <source>The same PIN once more</source>
        <translation>再输入一次相同的 PIN</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>Create the administrator and log in (Ctrl+S)</source>
        <translation>创建管理员并登录（Ctrl+S）</translation>
    </message>
    <message>
        <source>Quit coop-pos</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>Close the app without creating the administrator</source>
        <translation>不创建管理员，关闭程序</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>两次输入的 PIN 不一致</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>GoodsFilters</name>
    <message>
        <source>Search: barcode, name or pinyin initials (sgz finds 手工皂)</source>
        <translation>搜索：条码、品名或拼音首字母（sgz 找到 手工皂）</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>全部主理人</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>GoodsPage</name>
    <message>
        <source>&amp;New product</source>
        <translation>新建商品(&amp;N)</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>新建商品（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected product (Enter, F2)</source>
        <translation>打开选中的商品（回车、F2）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除/停用(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the selected product if it was never sold, else make it inactive (Del)</source>
        <translation>选中的商品从未售出则删除，否则停用（Del）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入…(&amp;I)</translation>
    </message>
    <message>
        <source>Import goods from a CSV or XLSX file, with a preview first</source>
        <translation>从 CSV 或 XLSX 文件导入商品，先预览</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>打印标签…(&amp;L)</translation>
    </message>
    <message>
        <source>Barcode labels for the selected product; with none selected, for the host chosen above, or for every active product</source>
        <translation>为选中的商品打印条码标签；没有选中时，为上面选的主理人或全部在售商品打印</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?

A product that was never sold or received is deleted; one with sales or stock history is made inactive instead.</source>
        <translation>删除 %1（%2）？

从未售出也未入库的商品会被删除；有销售或库存记录的商品改为停用。</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <source>%1 was deleted: it had never been sold or received.</source>
        <translation>已删除 %1：它从未售出也未入库。</translation>
    </message>
    <message>
        <source>%1 has sales or stock history, so it was made inactive instead of deleted.</source>
        <translation>%1 已有销售或库存记录，不能删除，已改为停用。</translation>
    </message>
</context>
<context>
    <name>GoodsTabs</name>
    <message>
        <source>&amp;Goods</source>
        <translation>商品(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <source>New host</source>
        <translation>新建主理人</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>主理人 %1</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Co&amp;mmission rate</source>
        <translation>佣金比例(&amp;M)</translation>
    </message>
    <message>
        <source>Monthly &amp;rent</source>
        <translation>月租(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>加入日期(&amp;J)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系方式(&amp;O)</translation>
    </message>
    <message>
        <source>Count &amp;losses borne by</source>
        <translation>盘点损耗承担(&amp;L)</translation>
    </message>
    <message>
        <source>Host (rents a module unit)</source>
        <translation>主理人（租用模块单元）</translation>
    </message>
    <message>
        <source>Producer (supplies goods, no unit)</source>
        <translation>生产者（供货，不租单元）</translation>
    </message>
    <message>
        <source>e.g. H09</source>
        <translation>例如 H09</translation>
    </message>
    <message>
        <source>The code cannot change once the host is saved</source>
        <translation>主理人保存后编号不能再改</translation>
    </message>
    <message>
        <source>0.00 (none)</source>
        <translation>0.00（无）</translation>
    </message>
    <message>
        <source>Person and phone</source>
        <translation>联系人和电话</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>The host (goods missing at a count are theirs)</source>
        <translation>主理人（盘点缺少的商品由主理人承担）</translation>
    </message>
    <message>
        <source>The co-op (credits the host&apos;s share of missing goods)</source>
        <translation>合作社（按主理人应得部分补偿缺少的商品）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Enter the co-op&apos;s commission, e.g. 20%</source>
        <translation>请填写合作社佣金，例如 20%</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租</translation>
    </message>
</context>
<context>
    <name>HostLines</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Rec. fee</source>
        <translation>推介费</translation>
    </message>
    <message>
        <source>Host share</source>
        <translation>主理人所得</translation>
    </message>
    <message>
        <source>No sales, charges or balance in this period: no statement</source>
        <translation>本期没有销售、费用或结转：没有结算单</translation>
    </message>
    <message>
        <source>Net sales %1 · commission %2 · recommender fees %3 · host share %4 · charges %5 · opening balance %6 · payable %7</source>
        <translation>净销售 %1 · 佣金 %2 · 推介费 %3 · 主理人所得 %4 · 费用 %5 · 期初余额 %6 · 应付 %7</translation>
    </message>
    <message>
        <source>%1 (refund of %2)</source>
        <translation>%1（退货，原小票 %2）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 笔</translation>
    </message>
    <message>
        <source>Charges: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>No charges in this period</source>
        <translation>本期没有费用</translation>
    </message>
</context>
<context>
    <name>HostLinesDialog</name>
    <message>
        <source>Open statement PDF</source>
        <translation>打开结算单 PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Search hosts: code, name or contact</source>
        <translation>搜索主理人：编号、名称或联系方式</translation>
    </message>
    <message>
        <source>&amp;New host</source>
        <translation>新建主理人(&amp;N)</translation>
    </message>
    <message>
        <source>Add a host or producer (Ctrl+N)</source>
        <translation>新建主理人或生产者（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Recommenders</source>
        <translation>推介官</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售单</translation>
    </message>
    <message>
        <source>A .csv (UTF-8 or GB18030) or .xlsx file</source>
        <translation>CSV（UTF-8 或 GB18030）或 XLSX 文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Update records that exist</source>
        <translation>更新已有记录</translation>
    </message>
    <message>
        <source>Preview (F5)</source>
        <translation>预览（F5）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Pay</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>单品折扣</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>改价</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>取单</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>最近销售</translation>
    </message>
    <message>
        <source>Void cart</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>Chosen products: %1</source>
        <translation>已选商品：%1 件</translation>
    </message>
    <message>
        <source>Every active product of host %1</source>
        <translation>主理人 %1 的全部在售商品</translation>
    </message>
    <message>
        <source>Every active product</source>
        <translation>全部在售商品</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>每件商品打印份数</translation>
    </message>
    <message>
        <source>As many as are in stock</source>
        <translation>按库存数量打印</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>生成后打开 PDF</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Save labels as</source>
        <translation>标签另存为</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — coop-pos</source>
        <translation>登录 — coop-pos</translation>
    </message>
    <message>
        <source>Enter your login and PIN</source>
        <translation>请输入账号和 PIN</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>账号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. C01</source>
        <translation>例如 C01</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4 到 8 位数字</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stay logged in as before (Esc)</source>
        <translation>保持原来的用户登录（Esc）</translation>
    </message>
    <message>
        <source>Quit coop-pos</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>关闭程序</translation>
    </message>
    <message>
        <source>Enter your login</source>
        <translation>请输入账号</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>Your PIN is changed.</source>
        <translation>你的 PIN 已修改。</translation>
    </message>
</context>
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
        <source>Change my PIN</source>
        <translation>修改我的 PIN</translation>
    </message>
    <message>
        <source>Change the PIN you log in with</source>
        <translation>修改你登录用的 PIN</translation>
    </message>
    <message>
        <source>Switch user (F11)</source>
        <translation>切换用户 (F11)</translation>
    </message>
    <message>
        <source>Another cashier logs in, without closing the app (F11 or Ctrl+L)</source>
        <translation>换一位收银员登录，不用关闭程序（F11 或 Ctrl+L）</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Lock the counter until someone logs in</source>
        <translation>锁定收银台，直到有人登录</translation>
    </message>
    <message>
        <source>Nobody is logged in at this counter.</source>
        <translation>这台收银机现在没有人登录。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
</context>
<context>
    <name>OpenDrawerDialog</name>
    <message>
        <source>Open the drawer</source>
        <translation>打开钱箱</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale is written to the audit log, with why.</source>
        <translation>无销售打开钱箱会连同原因记入操作记录。</translation>
    </message>
    <message>
        <source>e.g. change for the market stall next door</source>
        <translation>例如：给隔壁摊位换零钱</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Count the float in the drawer, note by note, coin by coin.</source>
        <translation>清点钱箱里的备用金，按面额逐项输入纸币和硬币。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>Paying</name>
    <message>
        <source>No shift is open at this counter: a cashier opens one first</source>
        <translation>本收银台还没有开班：请收银员先开班</translation>
    </message>
    <message>
        <source>Open a shift first: the float is counted before the first sale</source>
        <translation>请先开班：第一笔销售前要清点备用金</translation>
    </message>
    <message>
        <source>%1 paid %2. Change: %3</source>
        <translation>%1 已收款（%2）。找零：%3</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>待付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Amount received (Enter: cash)</source>
        <translation>实收金额（回车：现金）</translation>
    </message>
    <message>
        <source>Remove last payment (Ctrl+Z)</source>
        <translation>撤销上一笔付款 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Back to the cart (Esc)</source>
        <translation>返回购物车 (Esc)</translation>
    </message>
    <message>
        <source>the sale was not recorded</source>
        <translation>这笔销售没有记录</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>正好</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
</context>
<context>
    <name>PeopleTabs</name>
    <message>
        <source>&amp;Hosts</source>
        <translation>主理人(&amp;H)</translation>
    </message>
    <message>
        <source>R&amp;ecommenders</source>
        <translation>推介官(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PeriodClosing</name>
    <message>
        <source>Close the period %1 (%2): its statements become final</source>
        <translation>结账 %1（%2）：结算单从此不再改变</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period &amp;from</source>
        <translation>结算期 从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>上月(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;his month</source>
        <translation>本月(&amp;H)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>A closed period shows its statements exactly as stored</source>
        <translation>已结算的结算期按结账时保存的结算单显示</translation>
    </message>
    <message>
        <source>Closed periods…</source>
        <translation>已结算的结算期…</translation>
    </message>
    <message>
        <source>No closed periods yet</source>
        <translation>还没有已结算的结算期</translation>
    </message>
</context>
<context>
    <name>PeriodSummary</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售</translation>
    </message>
    <message>
        <source>Co-op commission</source>
        <translation>合作社佣金</translation>
    </message>
    <message>
        <source>Recommender fees</source>
        <translation>推介费</translation>
    </message>
    <message>
        <source>Host share</source>
        <translation>主理人所得</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Closed · %1 · by %2 on %3</source>
        <translation>已结算 · %1 · %2 于 %3 结账</translation>
    </message>
    <message>
        <source>Draft · %1 · the figures follow the books until the period is closed</source>
        <translation>草稿 · %1 · 结账前数字随账目变化</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>修改我的 PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation>现在的 PIN(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>新 PIN(&amp;N)</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>再输一次新 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4 到 8 位数字</translation>
    </message>
    <message>
        <source>The same PIN once more</source>
        <translation>再输入一次相同的 PIN</translation>
    </message>
    <message>
        <source>Setting a PIN also unlocks a user locked after too many wrong tries.</source>
        <translation>设置 PIN 同时会解锁因输错太多次而被锁定的用户。</translation>
    </message>
    <message>
        <source>Enter the PIN you have now</source>
        <translation>请输入你现在的 PIN</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>两次输入的 PIN 不一致</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>删除最后一位（退格键）</translation>
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
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>Public cost breakdown</source>
        <translation>公开成本</translation>
    </message>
    <message>
        <source>What one unit&apos;s price pays for, as the recommender or the staff listed it.</source>
        <translation>一件商品的售价都花在哪里：由推介官或店员列出。</translation>
    </message>
    <message>
        <source>How the price splits today</source>
        <translation>按今天的比例，售价如何分配</translation>
    </message>
    <message>
        <source>&amp;Print price card</source>
        <translation>打印价签(&amp;D)</translation>
    </message>
    <message>
        <source>Saves first if needed, then opens the price card as a PDF</source>
        <translation>如有改动先保存，再以 PDF 打开透明价签</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Enter a valid price and rates to see how it splits.</source>
        <translation>填好售价和比例后，这里显示售价如何分配。</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>&amp;Barcode</source>
        <translation>条码(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>品名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>售价(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主理人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Recommender</source>
        <translation>推介官(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;mmission rate</source>
        <translation>佣金比例(&amp;M)</translation>
    </message>
    <message>
        <source>Recommender ra&amp;te</source>
        <translation>推介比例(&amp;T)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>Ne&amp;w tags</source>
        <translation>新标签(&amp;W)</translation>
    </message>
    <message>
        <source>Leave empty for an in-store code (2…).</source>
        <translation>留空则自动分配店内码（2 开头）。</translation>
    </message>
    <message>
        <source>A product with sales or stock keeps its barcode.</source>
        <translation>有销售或库存记录的商品不能改条码。</translation>
    </message>
    <message>
        <source>As on the shelf, e.g. 手工皂</source>
        <translation>与货架上一致，例如 手工皂</translation>
    </message>
    <message>
        <source>New tag names, separated by commas</source>
        <translation>新标签名称，用逗号分隔</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Active (on sale)</source>
        <translation>在售(&amp;A)</translation>
    </message>
    <message>
        <source>Host&apos;s rate: %1</source>
        <translation>按主理人：%1</translation>
    </message>
    <message>
        <source>No recommender</source>
        <translation>没有推介官</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Choose the host who owns this product.</source>
        <translation>请选择这件商品的主理人。</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Recommender rate</source>
        <translation>推介比例</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <source>Find a product</source>
        <translation>查找商品</translation>
    </message>
    <message>
        <source>Name, pinyin initials (sgz) or part of the barcode</source>
        <translation>品名、拼音首字母（sgz）或部分条码</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Add to cart (Enter)</source>
        <translation>加入购物车（回车）</translation>
    </message>
    <message>
        <source>First %1 found: type more to narrow</source>
        <translation>只显示前 %1 个：多输几个字缩小范围</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到 %1 个</translation>
    </message>
    <message>
        <source>Nothing to add: type a name or part of a barcode</source>
        <translation>没有可加入的商品：请输入品名或部分条码</translation>
    </message>
</context>
<context>
    <name>RecentSalesDialog</name>
    <message>
        <source>Recent sales</source>
        <translation>最近销售</translation>
    </message>
    <message>
        <source>Receipt number (scan or part of it) or amount, e.g. 35.50 or 30~40</source>
        <translation>单号（扫描或输入一部分）或金额，如 35.50 或 30~40</translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation>销售和退货</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Search (F5)</source>
        <translation>查找 (F5)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source> · received {tendered}, change {change}</source>
        <translation> · 实收 {tendered}，找零 {change}</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Receipt total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>重印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>No receipt printer is set up at this counter</source>
        <translation>这台收银机没有连接小票打印机</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>退货 (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>{count} receipts, newest first</source>
        <translation>共 {count} 单，最新的在前</translation>
    </message>
    <message>
        <source>No receipt selected</source>
        <translation>没有选中单据</translation>
    </message>
    <message>
        <source>Total {total} · paid {paid}</source>
        <translation>合计 {total} · 付款 {paid}</translation>
    </message>
    <message>
        <source>Refund of {receipt}</source>
        <translation>原单 {receipt}</translation>
    </message>
    <message>
        <source> (damaged)</source>
        <translation>（损坏）</translation>
    </message>
    <message>
        <source> (discount {amount})</source>
        <translation>（优惠 {amount}）</translation>
    </message>
    <message>
        <source>A refund cannot be refunded; choose the original sale</source>
        <translation>退货单不能再退，请选择原销售单</translation>
    </message>
    <message>
        <source>Reprinting {number}</source>
        <translation>正在重印 {number}</translation>
    </message>
</context>
<context>
    <name>RecommenderDialog</name>
    <message>
        <source>New recommender</source>
        <translation>新建推介官</translation>
    </message>
    <message>
        <source>Recommender %1</source>
        <translation>推介官 %1</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Default &amp;rate</source>
        <translation>默认比例(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系方式(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. R05</source>
        <translation>例如 R05</translation>
    </message>
    <message>
        <source>The code cannot change once the recommender is saved</source>
        <translation>推介官保存后编号不能再改</translation>
    </message>
    <message>
        <source>0% (none)</source>
        <translation>0%（无）</translation>
    </message>
    <message>
        <source>Phone or WeChat</source>
        <translation>电话或微信</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>默认比例</translation>
    </message>
</context>
<context>
    <name>RecommenderList</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>默认比例</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Search recommenders: code, name or contact</source>
        <translation>搜索推介官：编号、名称或联系方式</translation>
    </message>
    <message>
        <source>&amp;New recommender</source>
        <translation>新建推介官(&amp;N)</translation>
    </message>
    <message>
        <source>Add a recommender (Ctrl+N)</source>
        <translation>新建推介官（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected one (Enter, F2)</source>
        <translation>打开选中的一项（回车、F2）</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入…(&amp;I)</translation>
    </message>
    <message>
        <source>Import from a CSV or XLSX file, with a preview first</source>
        <translation>从 CSV 或 XLSX 文件导入，先预览</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number</source>
        <translation>扫描小票条码或输入单号</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>查找 (Enter)</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>原收银单号</translation>
    </message>
    <message>
        <source>Refund all that is left (F6)</source>
        <translation>全部退 (F6)</translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation>退款合计</translation>
    </message>
    <message>
        <source>Confirm refund (F12)</source>
        <translation>确认退款 (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Scan or type the original receipt number first.</source>
        <translation>请先扫描或输入原收银单号。</translation>
    </message>
    <message>
        <source>Everything on this receipt has been refunded already.</source>
        <translation>这张单上的商品已经全部退过了。</translation>
    </message>
    <message>
        <source>No receipt loaded.</source>
        <translation>还没有找到原单。</translation>
    </message>
    <message>
        <source>{time} · cashier {cashier} · total {total} · paid {paid}</source>
        <translation>{time} · 收银员 {cashier} · 合计 {total} · 付款 {paid}</translation>
    </message>
    <message>
        <source>Refunded before: {refunds}</source>
        <translation>已退过：{refunds}</translation>
    </message>
    <message>
        <source>Hand back cash {amount}</source>
        <translation>退还现金 {amount}</translation>
    </message>
    <message>
        <source>Back by {method} {amount}</source>
        <translation>原路退回 {method} {amount}</translation>
    </message>
    <message>
        <source>Choose how many units of which item come back.</source>
        <translation>请选择要退的商品和数量。</translation>
    </message>
    <message>
        <source>No shift is open at counter {counter}: open one first, then refund.</source>
        <translation>收银台 {counter} 还没有开班：请先开班再退货。</translation>
    </message>
    <message>
        <source>Refund receipt {number}</source>
        <translation>退货单号 {number}</translation>
    </message>
    <message>
        <source>Refund {number} recorded: {amount} back by {method}.</source>
        <translation>退货完成，退货单号 {number}：{method}退回 {amount}。</translation>
    </message>
</context>
<context>
    <name>RefundLinesTable</name>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>可退</translation>
    </message>
    <message>
        <source>Refund now</source>
        <translation>本次退</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Not back in stock</source>
        <translation>不回库存</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z 报表 %1</translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation>X 报表（未交班）</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>多 %1</translation>
    </message>
    <message>
        <source>Short %1</source>
        <translation>少 %1</translation>
    </message>
    <message>
        <source>Even: the count matches</source>
        <translation>平：点钞与应有现金一致</translation>
    </message>
    <message>
        <source>Over/short: %1</source>
        <translation>差额（多/少）：%1</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume a suspended cart</source>
        <translation>取单</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>挂单时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Resume (Enter)</source>
        <translation>取单（回车）</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Scanner {port}: connected</source>
        <translation>扫码枪 {port}：已连接</translation>
    </message>
    <message>
        <source>Scanner {port}: not connected, retrying</source>
        <translation>扫码枪 {port}：未连接，正在重试</translation>
    </message>
    <message>
        <source>Scanner {port}: disconnected, reconnecting…</source>
        <translation>扫码枪 {port}：已断开，正在重连…</translation>
    </message>
    <message>
        <source>Scanner {port}: connecting…</source>
        <translation>扫码枪 {port}：正在连接…</translation>
    </message>
    <message>
        <source>Scanner {port}: stopped</source>
        <translation>扫码枪 {port}：已停止</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>操作记录(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>设备(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <source>My statements</source>
        <translation>我的结算单</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Lines (Enter)</source>
        <translation>明细 (Enter)</translation>
    </message>
    <message>
        <source>Open statement PDF (Ctrl+P)</source>
        <translation>打开结算单 PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export all… (Ctrl+E)</source>
        <translation>全部导出… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Settle and close… (Ctrl+Shift+K)</source>
        <translation>结算并关账… (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Double-click a host or press Enter for its lines</source>
        <translation>双击主理人或按 Enter 查看明细</translation>
    </message>
    <message>
        <source>Statement written: %1</source>
        <translation>结算单已生成：%1</translation>
    </message>
    <message>
        <source>Export all statements into</source>
        <translation>全部结算单导出到</translation>
    </message>
    <message>
        <source>%1 files written to %2</source>
        <translation>已写入 %1 个文件到 %2</translation>
    </message>
    <message>
        <source>Closed: %1. Its statements are final.</source>
        <translation>已结算：%1。结算单从此不再改变。</translation>
    </message>
</context>
<context>
    <name>SettlementTables</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Rec. fees</source>
        <translation>推介费</translation>
    </message>
    <message>
        <source>Host share</source>
        <translation>主理人所得</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Opening bal.</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Carried fwd.</source>
        <translation>结转</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>推介官</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>推介费</translation>
    </message>
    <message>
        <source>Ho&amp;sts</source>
        <translation>主理人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recommenders</source>
        <translation>推介官(&amp;R)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 位主理人</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>coop-pos cannot start</source>
        <translation>coop-pos 无法启动</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>未开班</translation>
    </message>
    <message>
        <source>Current shift: %1 opened at %2 by %3</source>
        <translation>当前班次：%1，%3 于 %2 开班</translation>
    </message>
</context>
<context>
    <name>SlipPanel</name>
    <message>
        <source>&amp;Scan</source>
        <translation>扫码(&amp;S)</translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a name (pinyin initials), then Enter</source>
        <translation>扫码，或输入条码、品名（拼音首字母），按回车</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>说明(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. second delivery of November</source>
        <translation>例如：十一月第二批</translation>
    </message>
    <message>
        <source>e.g. end of season</source>
        <translation>例如：季末退回</translation>
    </message>
    <message>
        <source>Remove &amp;line</source>
        <translation>删除此行(&amp;L)</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>清空(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Receive and save the slip…</source>
        <translation>入库并保存入库单(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Return and save the slip…</source>
        <translation>退货并保存退货单(&amp;R)…</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>No goods match “%1”</source>
        <translation>没有商品符合“%1”</translation>
    </message>
    <message>
        <source>Pick the product</source>
        <translation>选择商品</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>找到的商品：</translation>
    </message>
    <message>
        <source>%1 belongs to %2: one slip holds the goods of one host (%3).</source>
        <translation>%1 属于 %2：一张单据只能有一位主理人的商品（%3）。</translation>
    </message>
    <message>
        <source>%1 goods, %2 units, %3</source>
        <translation>%1 种商品，%2 件，%3</translation>
    </message>
    <message>
        <source>Save the slip as</source>
        <translation>保存单据</translation>
    </message>
    <message>
        <source>%1 made: %2 units of %3.</source>
        <translation>已生成 %1：%3 的 %2 件商品。</translation>
    </message>
    <message>
        <source>%1 saved as %2</source>
        <translation>%1 已保存为 %2</translation>
    </message>
</context>
<context>
    <name>SplitPanel</name>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Co-op commission (%1)</source>
        <translation>合作社佣金（%1）</translation>
    </message>
    <message>
        <source>Recommender&apos;s share (%1)</source>
        <translation>推介官分成（%1）</translation>
    </message>
    <message>
        <source>Host&apos;s share</source>
        <translation>主理人所得</translation>
    </message>
    <message>
        <source>Maker&apos;s margin</source>
        <translation>主理人利润</translation>
    </message>
    <message>
        <source>The listed costs are more than the host&apos;s share.</source>
        <translation>列出的成本超过了主理人所得。</translation>
    </message>
    <message>
        <source>Enter a price to see how it splits.</source>
        <translation>填好售价后，这里显示售价如何分配。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
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
    <name>StockList</name>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Barcode, name or pinyin initials</source>
        <translation>条码、品名或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主理人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>All goods</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>负库存</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>有库存</translation>
    </message>
    <message>
        <source>None on hand</source>
        <translation>无库存</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; 上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一页(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Low-stock level…</source>
        <translation>库存预警线(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a l&amp;oss…</source>
        <translation>登记损耗(&amp;O)…</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>预警线</translation>
    </message>
    <message>
        <source>Days on shelf</source>
        <translation>在架天数</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品种数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负库存</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Losses borne by</source>
        <translation>损耗承担方</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>全部主理人</translation>
    </message>
    <message>
        <source>Co-op</source>
        <translation>合作社</translation>
    </message>
    <message>
        <source>%1 units on the shelf, worth %2 at price · %3 negative · %4 low</source>
        <translation>货架上共 %1 件，按售价值 %2 · 负库存 %3 种 · 低库存 %4 种</translation>
    </message>
    <message>
        <source>Negative: count it</source>
        <translation>负库存：请盘点</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Goods %1–%2 of %3</source>
        <translation>第 %1–%2 种，共 %3 种</translation>
    </message>
    <message>
        <source>No goods match</source>
        <translation>没有符合条件的商品</translation>
    </message>
    <message>
        <source>Choose a product in the list first.</source>
        <translation>请先在列表中选一件商品。</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>库存预警线</translation>
    </message>
    <message>
        <source>Flag %1 as low at or below this many units (0: never):</source>
        <translation>%1 库存不高于多少件时提示低库存（0：不提示）：</translation>
    </message>
    <message>
        <source>Record a loss</source>
        <translation>登记损耗</translation>
    </message>
    <message>
        <source>How many of %1 are broken or gone?</source>
        <translation>%1 损坏或丢失了几件？</translation>
    </message>
    <message>
        <source>Why (e.g. broken in the shop):</source>
        <translation>原因（例如：店内摔碎）：</translation>
    </message>
</context>
<context>
    <name>StockTabs</name>
    <message>
        <source>&amp;Stock</source>
        <translation>库存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>入库(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Return to host</source>
        <translation>退货给主理人(&amp;R)</translation>
    </message>
    <message>
        <source>Stock &amp;count</source>
        <translation>盘点(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>The co-op&apos;s social-innovation tags. An inactive tag stays on its goods but is no longer offered for new ones.</source>
        <translation>合作社的社会创新标签。停用的标签仍留在已有商品上，但不再供新商品选择。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>新标签名称</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name (F2)</source>
        <translation>改名(&amp;N)（F2）</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>账号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主理人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再输一次 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>(only for a host&apos;s login)</source>
        <translation>（仅用于主理人账号）</translation>
    </message>
    <message>
        <source>e.g. C02</source>
        <translation>例如 C02</translation>
    </message>
    <message>
        <source>The login cannot change once the user is saved</source>
        <translation>用户保存后账号不能再改</translation>
    </message>
    <message>
        <source>A host&apos;s login sees only this host&apos;s goods and statements</source>
        <translation>主理人账号只能看到这位主理人的商品和结算单</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4 到 8 位数字</translation>
    </message>
    <message>
        <source>The same PIN once more</source>
        <translation>再输入一次相同的 PIN</translation>
    </message>
    <message>
        <source>&amp;Active (may log in)</source>
        <translation>在用（可以登录）(&amp;A)</translation>
    </message>
    <message>
        <source>Choose the host this login belongs to</source>
        <translation>请选择这个账号所属的主理人</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>两次输入的 PIN 不一致</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;New user</source>
        <translation>新增用户(&amp;N)</translation>
    </message>
    <message>
        <source>Add a user (Ctrl+N)</source>
        <translation>添加一位用户（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>Change the name, role or whether the user is active (F2)</source>
        <translation>修改姓名、角色或是否在用（F2）</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>设置 PIN(&amp;P)</translation>
    </message>
    <message>
        <source>Give the selected user a new PIN; this unlocks them too</source>
        <translation>给选中的用户设置新 PIN，同时解锁</translation>
    </message>
    <message>
        <source>Change &amp;my PIN</source>
        <translation>修改我的 PIN(&amp;M)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 位用户</translation>
    </message>
    <message>
        <source>The PIN of %1 is set.</source>
        <translation>%1 的 PIN 已设置。</translation>
    </message>
</context>
<context>
    <name>VarianceFiles</name>
    <message>
        <source>Save the variance report as</source>
        <translation>保存盘点差异表</translation>
    </message>
    <message>
        <source>Choose a count in the list first.</source>
        <translation>请先在列表中选一次盘点。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
</TS>
