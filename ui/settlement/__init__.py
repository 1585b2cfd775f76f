"""Settlement periods, their close and the statements (结算单).

settlement_page    the 结算 screen: a period picked, read and shown, and what can be done with it
period_picker      the period's dates, 上月 / 本月, the closed periods, 刷新
period_summary     whether the period is closed, what it sold and who gets what, payments
settlement_tables  one row per host and per recommender, with their totals
host_lines         one host's lines and charges, in a dialog or on a host's own page
statement_files    the files themselves: a host's PDF, everything 全部导出 writes
export_all         全部导出 with its progress dialog and 取消
closing            结算并关账: the confirmation, a manager's PIN, the close
close_dialog       the confirmation dialog
cells              the tables' cells: money, text, the totals row
"""
