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
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>DenominationEntry</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
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
    <name>OpenShiftDialog</name>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Count the float in the drawer, note by note, coin by coin.</source>
        <translation>清点钱箱里的备用金，按面额逐项输入纸币和硬币。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>SettingsTabs</name>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>操作记录(&amp;A)</translation>
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
        <translation>当前班次：%1 开班于 %2 by %3</translation>
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
</TS>
