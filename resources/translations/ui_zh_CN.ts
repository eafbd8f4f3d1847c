<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <source>About the CRM</source>
            <translation>关于本系统</translation>
        </message>
        <message>
            <source>Unified Investment CRM</source>
            <translation>大走廊统一招商管理系统</translation>
        </message>
        <message>
            <source>Hangzhou City West Sci-Tech Innovation Corridor · one policy, one brand, one pool of leads</source>
            <translation>杭州城西科创大走廊 · 统一招商政策、统一招商品牌、同一线索池</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>打开数据文件夹</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>打开日志文件夹</translation>
        </message>
    </context>
    <context>
        <name>AccountActions</name>
        <message>
            <source>Change my password…</source>
            <translation>修改我的密码…</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>切换用户…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Nobody can sign in to this store yet: give people passwords on the People page.</source>
            <translation>此数据库尚无人可以登录：请先在“人员”页为人员设置密码。</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>您的密码已修改。</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>AccountsNav</name>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <source>Edit activity</source>
            <translation>编辑跟进记录</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参与人员</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>跟进内容</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
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
            <source>edit activity</source>
            <translation>编辑跟进记录</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>This activity has changes that are not saved.</source>
            <translation>这条跟进记录有未保存的修改。</translation>
        </message>
    </context>
    <context>
        <name>ActivityListDialog</name>
        <message>
            <source>{label}: {count} activities</source>
            <translation>{label}：共 {count} 条跟进记录</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>跟进记录</translation>
        </message>
    </context>
    <context>
        <name>ActivityListModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>招商专员</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>内容</translation>
        </message>
    </context>
    <context>
        <name>AddPersonDialog</name>
        <message>
            <source>Corridor committee (all cities)</source>
            <translation>大走廊管委会（全部科技城）</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>添加人员</translation>
        </message>
        <message>
            <source>They sign in with the username and a one-time password shown to you once next, and choose their own password at their first sign-in.</source>
            <translation>对方用用户名和接下来仅显示一次的一次性密码登录，首次登录时设置自己的密码。</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
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
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>e.g. zhangsan</source>
            <translation>例如 zhangsan</translation>
        </message>
        <message>
            <source>Also an administrator (people, reference lists, backups)</source>
            <translation>同时为系统管理员（人员、参考列表、备份）</translation>
        </message>
        <message>
            <source>May sign in (give a one-time password)</source>
            <translation>可以登录（发放一次性密码）</translation>
        </message>
        <message>
            <source>Untick for a colleague named in ledgers who does not use the app: their leads carry their name; a password can be given later.</source>
            <translation>台账中出现但不使用本系统的同事请取消勾选：其线索仍署其名；以后可再发放密码。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>AmountEdit</name>
        <message>
            <source>e.g. 5000万 or 1.2亿</source>
            <translation>如 5000万 或 1.2亿</translation>
        </message>
        <message>
            <source>10k yuan</source>
            <translation>万元</translation>
        </message>
        <message>
            <source>= {amount} 10k yuan</source>
            <translation>= {amount} 万元</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The CRM cannot start</source>
            <translation>系统无法启动</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>A program: kept, but opened only after a warning (opening it runs it).</source>
            <translation>可执行程序：已保存，打开前会提示（打开即运行）。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsView</name>
        <message>
            <source>Files ({n})</source>
            <translation>附件（{n}）</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>You may not add files to this lead.</source>
            <translation>您不能为此线索添加附件。</translation>
        </message>
        <message>
            <source>Attaching files…</source>
            <translation>正在添加附件…</translation>
        </message>
        <message>
            <source>{old} was kept as {new}.</source>
            <translation>{old} 已保存为 {new}。</translation>
        </message>
        <message>
            <source>{n} files attached.</source>
            <translation>已添加 {n} 个附件。</translation>
        </message>
        <message>
            <source>Open a program?</source>
            <translation>打开可执行程序？</translation>
        </message>
        <message>
            <source>{name} is a program: opening it runs it on this computer. Open it only if you trust where it came from. Open it?</source>
            <translation>{name} 是可执行程序：打开它会在本机运行。请仅在确认来源可信时打开。仍要打开吗？</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
        </message>
        <message>
            <source>No program on this computer opens {name}.</source>
            <translation>本机没有可以打开 {name} 的程序。</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>另存副本</translation>
        </message>
        <message>
            <source>Saving {name}…</source>
            <translation>正在保存 {name}…</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>已保存到 {path}。</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Delete file</source>
            <translation>删除附件</translation>
        </message>
        <message>
            <source>Delete {name} from this lead? Backups taken before keep it.</source>
            <translation>从此线索删除 {name}？之前的备份中仍保留该文件。</translation>
        </message>
        <message>
            <source>{name} deleted.</source>
            <translation>已删除 {name}。</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>添加附件…</translation>
        </message>
        <message>
            <source>Add files (or drop them on the list); at most {limit} each</source>
            <translation>添加文件（或拖放到列表中）；每个最大 {limit}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>另存副本…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Files of the lead</source>
            <translation>线索的附件</translation>
        </message>
    </context>
    <context>
        <name>AuditEntries</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>After</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>List value</source>
            <translation>列表值</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>数据库</translation>
        </message>
    </context>
    <context>
        <name>AuditNav</name>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Lead no.</source>
            <translation>线索编号</translation>
        </message>
        <message>
            <source>e.g. 1024</source>
            <translation>如 1024</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>所有操作</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>筛选</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>The entries the filter selects, all pages</source>
            <translation>导出筛选出的全部记录（所有页）</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel 工作簿 (.xlsx)</translation>
        </message>
        <message>
            <source>CSV text (.csv)</source>
            <translation>CSV 文本 (.csv)</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>较新</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>较早</translation>
        </message>
        <message>
            <source>{name} (disabled)</source>
            <translation>{name}（已停用）</translation>
        </message>
        <message>
            <source>A lead number is digits only, e.g. 1024.</source>
            <translation>线索编号只能是数字，如 1024。</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>{count} 条记录</translation>
        </message>
        <message>
            <source>{first}–{last} of {total}</source>
            <translation>{first}–{last} / 共 {total}</translation>
        </message>
        <message>
            <source>No entries match this filter.</source>
            <translation>没有符合条件的记录。</translation>
        </message>
        <message>
            <source>Audit log-{day}</source>
            <translation>审计日志-{day}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV text (*.csv)</source>
            <translation>CSV 文本 (*.csv)</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>正在导出 {name}…</translation>
        </message>
        <message>
            <source>{n} entries exported to {name}.</source>
            <translation>已将 {n} 条记录导出到 {name}。</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>A store on a database server is backed up and restored by its administrator (pg_dump / pg_restore), not by the app.</source>
            <translation>数据库服务器上的数据由其管理员备份和恢复（pg_dump / pg_restore），不由本程序进行。</translation>
        </message>
        <message>
            <source>Backup written and verified: {name}</source>
            <translation>备份已写入并校验：{name}</translation>
        </message>
        <message>
            <source>Restored the backup ({leads} leads). The store as it was is kept at {path}.</source>
            <translation>已恢复备份（{leads} 条线索）。恢复前的数据库保存在 {path}。</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Kept in {folder}</source>
            <translation>保存在 {folder}</translation>
        </message>
        <message>
            <source>Folder for the backups</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Backup settings saved</source>
            <translation>备份设置已保存</translation>
        </message>
        <message>
            <source>Backing up the store…</source>
            <translation>正在备份数据库…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Replace the store with the backup of {when}? Everything saved after it is replaced; the store as it is now is copied aside first.</source>
            <translation>用 {when} 的备份替换数据库？此后保存的内容都会被替换；当前数据库会先另存一份。</translation>
        </message>
        <message>
            <source>Restoring the backup of {when}…</source>
            <translation>正在恢复 {when} 的备份…</translation>
        </message>
        <message>
            <source>Backup &amp; Restore</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <source>Backups of this store</source>
            <translation>本数据库的备份</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>恢复选中的备份…</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Deleted contacts are gone from the store at once, but backups taken before keep them until they are thinned out.</source>
            <translation>删除的联系人会立即从数据库中清除，但之前的备份仍保留这些信息，直到备份被轮换清理。</translation>
        </message>
        <message>
            <source>Automatic backups (this store)</source>
            <translation>自动备份（本数据库）</translation>
        </message>
        <message>
            <source>Back up automatically when data changed (always before imports, upgrades and restores)</source>
            <translation>数据有变化时自动备份（导入、升级和恢复前总会备份）</translation>
        </message>
        <message>
            <source>At most every (minutes)</source>
            <translation>最短间隔（分钟）</translation>
        </message>
        <message>
            <source>Keep daily backups (days)</source>
            <translation>保留每日备份（天）</translation>
        </message>
        <message>
            <source>Keep weekly backups (weeks)</source>
            <translation>保留每周备份（周）</translation>
        </message>
        <message>
            <source>Keep monthly backups (months)</source>
            <translation>保留每月备份（月）</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Save backup settings</source>
            <translation>保存备份设置</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Taken</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已校验</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>未校验</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Pipeline board</source>
            <translation>项目看板</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>全部科技城</translation>
        </message>
        <message>
            <source>All fields</source>
            <translation>全部领域</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Largest first</source>
            <translation>金额大的在前</translation>
        </message>
        <message>
            <source>Longest at the stage first</source>
            <translation>停留最久的在前</translation>
        </message>
        <message>
            <source>Follow-up due first</source>
            <translation>跟进日期最近的在前</translation>
        </message>
        <message>
            <source>Recently updated first</source>
            <translation>最近更新的在前</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>排序：</translation>
        </message>
        <message>
            <source>Key projects only</source>
            <translation>只看重点项目</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Drag a card to another column to move its stage (Ctrl+Z undoes it); Ctrl+→ and Ctrl+← move the selected card; a column's count lists its leads.</source>
            <translation>把卡片拖到另一列即可变更阶段（Ctrl+Z 撤销）；Ctrl+→ / Ctrl+← 移动选中的卡片；点击列头数字列出该列线索。</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Order of the cards</source>
            <translation>卡片顺序</translation>
        </message>
        <message>
            <source>{count} leads in play · planned {amount}</source>
            <translation>在谈线索 {count} 条 · 计划投资 {amount}</translation>
        </message>
        <message>
            <source>Board: {stage}</source>
            <translation>看板：{stage}</translation>
        </message>
        <message>
            <source>Move “{name}”</source>
            <translation>变更阶段：{name}</translation>
        </message>
        <message>
            <source>Moved to {stage}; Ctrl+Z undoes it.</source>
            <translation>已移到{stage}；Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>移动到</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>打开线索</translation>
        </message>
    </context>
    <context>
        <name>BugDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>出现了问题</translation>
        </message>
        <message>
            <source>The CRM hit a problem it did not expect. Your data is safe and open forms keep what you typed. The details below were written to {log}; copy them for the administrator.</source>
            <translation>系统遇到了意外问题。您的数据是安全的，已打开的表单保留了您输入的内容。详细信息已写入 {log}；请复制后发给管理员。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>BulkBar</name>
        <message>
            <source>Owner…</source>
            <translation>负责人…</translation>
        </message>
        <message>
            <source>Stage…</source>
            <translation>阶段…</translation>
        </message>
        <message>
            <source>City…</source>
            <translation>科技城…</translation>
        </message>
        <message>
            <source>Key project…</source>
            <translation>重点项目…</translation>
        </message>
        <message>
            <source>Follow-up…</source>
            <translation>下次跟进…</translation>
        </message>
        <message>
            <source>Clear selection</source>
            <translation>取消选择</translation>
        </message>
        <message>
            <source>All {count} leads matching the filter are selected.</source>
            <translation>已选中符合筛选条件的全部 {count} 条线索。</translation>
        </message>
        <message>
            <source>{count} leads selected.</source>
            <translation>已选 {count} 条线索。</translation>
        </message>
        <message>
            <source>Select all {total} matching</source>
            <translation>选择全部 {total} 条符合条件的线索</translation>
        </message>
    </context>
    <context>
        <name>BulkDialog</name>
        <message>
            <source>Choose a value first.</source>
            <translation>请先选择一个值。</translation>
        </message>
        <message>
            <source>Say why the leads go to another city.</source>
            <translation>请说明线索流转到其他科技城的原因。</translation>
        </message>
    </context>
    <context>
        <name>BulkRunner</name>
        <message>
            <source>Applying the step to {n} leads…</source>
            <translation>正在对 {n} 条线索执行批量操作…</translation>
        </message>
        <message>
            <source>{n} leads changed; Ctrl+Z takes the whole step back.</source>
            <translation>已修改 {n} 条线索；按 Ctrl+Z 可整体撤销。</translation>
        </message>
        <message>
            <source>{n} skipped.</source>
            <translation>跳过 {n} 条。</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>未做任何修改。</translation>
        </message>
    </context>
    <context>
        <name>BulkStepDialog</name>
        <message>
            <source>Change the owner</source>
            <translation>更换负责人</translation>
        </message>
        <message>
            <source>Move the stage</source>
            <translation>推进阶段</translation>
        </message>
        <message>
            <source>Hand to another city (流转)</source>
            <translation>流转到其他科技城</translation>
        </message>
        <message>
            <source>Key project</source>
            <translation>重点项目</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <source>{title} of {count} leads, in one step that one undo takes back.</source>
            <translation>{title}：共 {count} 条线索，一步完成，可一次撤销。</translation>
        </message>
        <message>
            <source>New owner</source>
            <translation>新负责人</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Why the lead goes to that city</source>
            <translation>线索流转到该科技城的原因</translation>
        </message>
        <message>
            <source>Mark as key project</source>
            <translation>标为重点项目</translation>
        </message>
        <message>
            <source>Not a key project</source>
            <translation>取消重点项目</translation>
        </message>
        <message>
            <source>yyyy-mm-dd (empty: none)</source>
            <translation>yyyy-mm-dd（留空：无）</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>进入日期</translation>
        </message>
        <message>
            <source>Look again on</source>
            <translation>再次跟进日期</translation>
        </message>
        <message>
            <source>Reason lost</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Region that won it</source>
            <translation>胜出地区</translation>
        </message>
        <message>
            <source>Agreed investment (else each lead's own)</source>
            <translation>协议投资（留空则用各线索自己的）</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>执行</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Calendar</source>
            <translation>跟进日历</translation>
        </message>
        <message>
            <source>{day}: {n} follow-ups</source>
            <translation>{day}：{n} 条跟进</translation>
        </message>
        <message>
            <source>{month}: {n} follow-ups</source>
            <translation>{month}：{n} 条跟进</translation>
        </message>
        <message>
            <source>Week {week} ({start} – {end}): {n} follow-ups</source>
            <translation>第 {week} 周（{start} – {end}）：{n} 条跟进</translation>
        </message>
        <message>
            <source> (the first {n} shown)</source>
            <translation>（显示前 {n} 条）</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>我的跟进</translation>
        </message>
        <message>
            <source>All of {city}</source>
            <translation>{city}全部</translation>
        </message>
        <message>
            <source>Every lead I see</source>
            <translation>我可见的全部线索</translation>
        </message>
        <message>
            <source>Follow-up calendar</source>
            <translation>跟进日历</translation>
        </message>
        <message>
            <source>Enter or a double-click opens a lead</source>
            <translation>回车或双击打开线索</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>按日</translation>
        </message>
        <message>
            <source>By week</source>
            <translation>按周</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>按月</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Follow-ups by day</source>
            <translation>按日跟进数</translation>
        </message>
        <message>
            <source>Follow-ups of the chosen days</source>
            <translation>所选日期的跟进</translation>
        </message>
        <message>
            <source>Whose follow-ups</source>
            <translation>跟进范围</translation>
        </message>
        <message>
            <source>Blue: follow-ups to come; orange: {late}</source>
            <translation>蓝色：待跟进；橙色：{late}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <source>{name}, your password was set by an administrator. Choose your own password now; only you will know it.</source>
            <translation>{name}，您的密码由管理员设置。请现在设置您自己的密码，只有您本人知道。</translation>
        </message>
        <message>
            <source>{name}, choose a new password of at least 8 characters.</source>
            <translation>{name}，请设置至少 8 个字符的新密码。</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>ClaimAdminDialog</name>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>Who administers this store?</source>
            <translation>谁来管理此数据库？</translation>
        </message>
        <message>
            <source>The people of this store have no passwords yet, so anyone could act as anyone. Choose yourself and set your password: you become the store's administrator, and from now on everyone signs in. On the People page you then give each colleague a password of their own.</source>
            <translation>此数据库中的人员都还没有密码，任何人都可以冒充任何人。请选择您自己并设置密码：您将成为此数据库的管理员，此后每个人都须登录。随后请在“人员”页为每位同事设置各自的密码。</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>您是</translation>
        </message>
        <message>
            <source>Your new password</source>
            <translation>您的新密码</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>Become administrator</source>
            <translation>成为管理员</translation>
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message>
            <source>Select a lead first.</source>
            <translation>请先选择一条线索。</translation>
        </message>
        <message>
            <source>Company page</source>
            <translation>企业主页</translation>
        </message>
        <message>
            <source> (deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>进入阶段日期</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Planned (10k yuan)</source>
            <translation>计划投资（万元）</translation>
        </message>
        <message>
            <source>Agreed (10k yuan)</source>
            <translation>协议投资（万元）</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最近跟进</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Logged by</source>
            <translation>跟进人</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Edit designations…</source>
            <translation>编辑企业称号…</translation>
        </message>
        <message>
            <source>Enter or a double click opens the project.</source>
            <translation>按 Enter 或双击打开项目。</translation>
        </message>
        <message>
            <source>The company's projects</source>
            <translation>企业的项目</translation>
        </message>
        <message>
            <source>The company's people</source>
            <translation>企业的人员</translation>
        </message>
        <message>
            <source>Activities on its projects</source>
            <translation>项目的跟进记录</translation>
        </message>
        <message>
            <source>Company: {name}</source>
            <translation>企业：{name}</translation>
        </message>
        <message>
            <source>Credit code {code}</source>
            <translation>信用代码 {code}</translation>
        </message>
        <message>
            <source>No credit code (known by its name)</source>
            <translation>无信用代码（按名称识别）</translation>
        </message>
        <message>
            <source>From {origin}</source>
            <translation>来自{origin}</translation>
        </message>
        <message>
            <source>1 project in {cities}</source>
            <translation>1 个项目，分布于{cities}</translation>
        </message>
        <message>
            <source>{n} projects in {cities}</source>
            <translation>{n} 个项目，分布于{cities}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{n} activities</source>
            <translation>{n} 条跟进</translation>
        </message>
        <message>
            <source>1 activity</source>
            <translation>1 条跟进</translation>
        </message>
        <message>
            <source>No designation recorded</source>
            <translation>未登记企业称号</translation>
        </message>
        <message>
            <source>Not the same company: {name} (credit code {code}) has the same name.</source>
            <translation>另有同名企业：{name}（信用代码 {code}），不是同一家企业。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Projects ({n})</source>
            <translation>项目（{n}）</translation>
        </message>
        <message>
            <source>People ({n})</source>
            <translation>人员（{n}）</translation>
        </message>
        <message>
            <source>Activities ({n})</source>
            <translation>跟进记录（{n}）</translation>
        </message>
        <message>
            <source>Activities (latest {shown} of {n})</source>
            <translation>跟进记录（最近 {shown} 条，共 {n} 条）</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else saved this lead</source>
            <translation>此线索已被他人保存</translation>
        </message>
        <message>
            <source>{name} saved this lead while you were editing it. Their changes to other fields are kept; for each field you both changed, choose the value to keep.</source>
            <translation>您编辑期间，{name} 保存了此线索。对方对其他字段的修改已保留；对你们都修改过的字段，请逐项选择要保留的值。</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>有人</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>您打开时</translation>
        </message>
        <message>
            <source>Saved by {name}</source>
            <translation>{name} 保存的</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>他人</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>您的</translation>
        </message>
        <message>
            <source>Save with these choices</source>
            <translation>按所选保存</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>返回表单</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to team server</source>
            <translation>连接团队服务器</translation>
        </message>
        <message>
            <source>e.g. crm.corridor.local or 10.0.0.5</source>
            <translation>例如 crm.corridor.local 或 10.0.0.5</translation>
        </message>
        <message>
            <source>Encrypted when the server offers it</source>
            <translation>服务器支持时加密</translation>
        </message>
        <message>
            <source>Always encrypted</source>
            <translation>始终加密</translation>
        </message>
        <message>
            <source>Encrypted, server certificate checked</source>
            <translation>加密并校验服务器证书</translation>
        </message>
        <message>
            <source>Not encrypted (local network only)</source>
            <translation>不加密（仅限内网）</translation>
        </message>
        <message>
            <source>Remember the password (in the system's keyring)</source>
            <translation>记住密码（保存在系统钥匙串中）</translation>
        </message>
        <message>
            <source>This computer has no keyring the app can use.</source>
            <translation>此电脑没有可供本程序使用的钥匙串。</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>加密（TLS）</translation>
        </message>
        <message>
            <source>Your username</source>
            <translation>您的用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Choose your own password</source>
            <translation>设置您自己的密码</translation>
        </message>
        <message>
            <source>The same again</source>
            <translation>再输入一次</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>The team's shared pool on the committee's server. You sign in with your own account; the server itself keeps to what your role may see and change.</source>
            <translation>团队共享的项目库，位于管委会的服务器上。您用本人账号登录；服务器本身按您的角色限定可查看和可修改的内容。</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>Connecting to the team server…</source>
            <translation>正在连接团队服务器…</translation>
        </message>
        <message>
            <source>Your password is a one-time one: choose your own to go on.</source>
            <translation>您的密码是一次性密码：请先设置自己的密码再继续。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Click to copy</source>
            <translation>单击复制</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Add contact</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Show contacts</source>
            <translation>显示联系人</translation>
        </message>
        <message>
            <source>Shows the full names and numbers; the audit log records that you looked.</source>
            <translation>显示完整姓名和号码；审计日志会记录您的查看。</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contacts shown; this is recorded in the audit log.</source>
            <translation>已显示联系人；此操作已记入审计日志。</translation>
        </message>
        <message>
            <source>Copied {value}</source>
            <translation>已复制 {value}</translation>
        </message>
        <message>
            <source>Contact deleted from the store for good; backups taken before keep it until they are thinned out.</source>
            <translation>联系人已从数据库中彻底删除；之前的备份仍保留该信息，直到备份被轮换清理。</translation>
        </message>
    </context>
    <context>
        <name>CountsBar</name>
        <message>
            <source>All {n}</source>
            <translation>全部 {n}</translation>
        </message>
        <message>
            <source>New {n}</source>
            <translation>新建 {n}</translation>
        </message>
        <message>
            <source>Updates {n}</source>
            <translation>更新 {n}</translation>
        </message>
        <message>
            <source>Skipped {n}</source>
            <translation>跳过 {n}</translation>
        </message>
        <message>
            <source>Refused {n}</source>
            <translation>拒绝 {n}</translation>
        </message>
        <message>
            <source>{created} created + {updated} updated + {skipped} skipped + {refused} refused = {rows} data rows</source>
            <translation>新建 {created} + 更新 {updated} + 跳过 {skipped} + 拒绝 {refused} = 数据行 {rows}</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>驾驶舱</translation>
        </message>
        <message>
            <source>Year to date against the annual targets</source>
            <translation>本年累计与年度目标对比</translation>
        </message>
        <message>
            <source>amounts in 100 million yuan</source>
            <translation>金额单位：亿元</translation>
        </message>
        <message>
            <source>City × field</source>
            <translation>科技城 × 领域</translation>
        </message>
        <message>
            <source>Officers' activity</source>
            <translation>招商专员工作量</translation>
        </message>
        <message>
            <source>By city</source>
            <translation>按科技城</translation>
        </message>
        <message>
            <source>By field</source>
            <translation>按领域</translation>
        </message>
        <message>
            <source>Open pipeline (leads)</source>
            <translation>在谈线索（个数）</translation>
        </message>
        <message>
            <source>Open pipeline (planned investment)</source>
            <translation>在谈线索（计划投资额）</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>上周</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>近4周</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>本年累计</translation>
        </message>
        <message>
            <source>Progress against the targets</source>
            <translation>目标完成进度</translation>
        </message>
        <message>
            <source>City by field heat map</source>
            <translation>科技城 × 领域热力图</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>Computing the dashboard…</source>
            <translation>正在计算驾驶舱…</translation>
        </message>
        <message>
            <source>Year to date {start} – {end} · {share} of the year elapsed</source>
            <translation>本年累计 {start} 至 {end} · 全年时间已过 {share}</translation>
        </message>
        <message>
            <source>no targets set for {year}: set them on the Targets page</source>
            <translation>{year}年尚未设定目标：请在“年度目标”页设置</translation>
        </message>
        <message>
            <source>target {target} · {done}</source>
            <translation>目标 {target} · {done}</translation>
        </message>
        <message>
            <source>no target set</source>
            <translation>未设目标</translation>
        </message>
        <message>
            <source>in 100 million yuan</source>
            <translation>单位：亿元</translation>
        </message>
        <message>
            <source>year to date</source>
            <translation>本年累计</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>年-月-日</translation>
        </message>
    </context>
    <context>
        <name>DesignationsDialog</name>
        <message>
            <source>Designations of {name}</source>
            <translation>{name}的企业称号</translation>
        </message>
        <message>
            <source>They hold for every project of the company.</source>
            <translation>企业称号适用于该企业的所有项目。</translation>
        </message>
    </context>
    <context>
        <name>DuplicateBanner</name>
        <message>
            <source>Open that lead</source>
            <translation>打开该线索</translation>
        </message>
        <message>
            <source>Reason for a second record (e.g. capital increase, a new project)</source>
            <translation>重复登记的理由（如增资、新项目）</translation>
        </message>
        <message>
            <source>Create anyway</source>
            <translation>仍然新建</translation>
        </message>
        <message>
            <source>Already followed by {owner} ({city}) since {day}: {company} — {stage}.</source>
            <translation>已由 {owner}（{city}）自 {day} 起跟进：{company} —— {stage}。</translation>
        </message>
        <message>
            <source>Also followed by {people}.</source>
            <translation>另有{people}跟进。</translation>
        </message>
        <message>
            <source>{owner} ({city}) since {day}</source>
            <translation>{owner}（{city}）自 {day} 起</translation>
        </message>
        <message>
            <source>({count} records in all)</source>
            <translation>（共 {count} 条记录）</translation>
        </message>
        <message>
            <source>No record of this company yet, but some names are close:</source>
            <translation>尚无该企业的记录，但有名称相近的企业：</translation>
        </message>
        <message>
            <source>{company} ({owner}, {city})</source>
            <translation>{company}（{owner}，{city}）</translation>
        </message>
        <message>
            <source>Similar: </source>
            <translation>相近：</translation>
        </message>
    </context>
    <context>
        <name>EditPersonDialog</name>
        <message>
            <source>Corridor committee (all cities)</source>
            <translation>大走廊管委会（全部科技城）</translation>
        </message>
        <message>
            <source>{name} ({username})</source>
            <translation>{name}（{username}）</translation>
        </message>
        <message>
            <source>A change of role or city applies to their next action, even if they are signed in now.</source>
            <translation>角色或科技城的变更从其下一次操作起生效，即使对方此刻已登录。</translation>
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
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Also an administrator (people, reference lists, backups)</source>
            <translation>同时为系统管理员（人员、参考列表、备份）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>ExportTool</name>
        <message>
            <source>Leads-{day}.xlsx</source>
            <translation>线索-{day}.xlsx</translation>
        </message>
        <message>
            <source>Export the list to Excel</source>
            <translation>将列表导出为 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>正在导出 {name}…</translation>
        </message>
        <message>
            <source>Contacts are masked in {n} rows: you may not see them (personal information).</source>
            <translation>{n} 行的联系人已打码：您无权查看（个人信息）。</translation>
        </message>
        <message>
            <source>{n} confidential projects of other cities appear under their codename.</source>
            <translation>{n} 个其他城市的保密项目以代号显示。</translation>
        </message>
        <message>
            <source>Nothing was masked: you may see every value in these rows.</source>
            <translation>没有打码：这些行的每个值您都有权查看。</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>{n} leads exported to {name}.</source>
            <translation>已将 {n} 条线索导出到 {name}。</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>The leads the list shows, with its sort and columns</source>
            <translation>按列表当前的筛选、排序和列导出</translation>
        </message>
        <message>
            <source>The list's columns</source>
            <translation>列表中的列</translation>
        </message>
        <message>
            <source>All fields and the contact (imports back unchanged)</source>
            <translation>全部字段及联系人（可原样导回）</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a ledger</source>
            <translation>选择台账</translation>
        </message>
        <message>
            <source>Ledgers (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
            <translation>台账 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <source>Choose the ledger</source>
            <translation>选择台账文件</translation>
        </message>
        <message>
            <source>The Excel or CSV file you keep today. Nothing is written until you have seen the preview and pressed Import.</source>
            <translation>即您现在使用的 Excel 或 CSV 台账。在您查看预览并点击“导入”之前，不会写入任何数据。</translation>
        </message>
        <message>
            <source>Drop an Excel or CSV ledger here</source>
            <translation>将 Excel 或 CSV 台账拖到这里</translation>
        </message>
        <message>
            <source>.xlsx, .xls or .csv (UTF-8 or GBK). Title rows, merged cells, 合计 rows and notes are recognised; the columns are matched by their names.</source>
            <translation>支持 .xlsx、.xls 或 .csv（UTF-8 或 GBK）。标题行、合并单元格、合计行和备注说明都能识别；各列按列名自动对应。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Drop a ledger here</source>
            <translation>将台账拖到这里</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search leads</source>
            <translation>搜索线索</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>全部科技城</translation>
        </message>
        <message>
            <source>All fields</source>
            <translation>全部领域</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>全部阶段</translation>
        </message>
        <message>
            <source>Any designation</source>
            <translation>全部企业称号</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Any follow-up</source>
            <translation>全部跟进状态</translation>
        </message>
        <message>
            <source>Search leads (Ctrl+F)</source>
            <translation>搜索线索（Ctrl+F）</translation>
        </message>
        <message>
            <source>Searches company names (also by pinyin initials: hw finds 华为), credit codes, projects, contacts and notes</source>
            <translation>搜索企业名称（也可用拼音首字母：hw 可找到华为）、统一社会信用代码、项目、联系人和备注</translation>
        </message>
        <message>
            <source>Overdue (any)</source>
            <translation>已逾期（全部）</translation>
        </message>
        <message>
            <source>No activity for 30 days</source>
            <translation>30 天无跟进</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进状态</translation>
        </message>
        <message>
            <source>Company designation</source>
            <translation>企业称号</translation>
        </message>
        <message>
            <source>Key projects</source>
            <translation>重点项目</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>需核实</translation>
        </message>
        <message>
            <source>Leads an import flagged: a value it could not read is in the notes</source>
            <translation>导入时标记的线索：未能读取的值已记入备注</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>清除全部筛选</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Corridor committee (all cities)</source>
            <translation>大走廊管委会（全部科技城）</translation>
        </message>
        <message>
            <source>Set up this store</source>
            <translation>设置此数据库</translation>
        </message>
        <message>
            <source>This store has no people yet. Create the account of its first administrator: they add the other people, each with their own password, on the People page.</source>
            <translation>此数据库还没有任何人员。请创建第一位管理员的账号：管理员在“人员”页添加其他人员，每人使用自己的密码。</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>您的姓名</translation>
        </message>
        <message>
            <source>Your city</source>
            <translation>您所在的科技城</translation>
        </message>
        <message>
            <source>e.g. zhangsan (to sign in)</source>
            <translation>例如 zhangsan（用于登录）</translation>
        </message>
        <message>
            <source>e.g. 张三 (shown on your work)</source>
            <translation>例如 张三（显示在您的工作记录上）</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>创建并登录</translation>
        </message>
    </context>
    <context>
        <name>FunnelPage</name>
        <message>
            <source>Funnel</source>
            <translation>漏斗分析</translation>
        </message>
        <message>
            <source>How far the period's leads got</source>
            <translation>本期线索推进到哪一步</translation>
        </message>
        <message>
            <source>Stage by stage</source>
            <translation>分阶段明细</translation>
        </message>
        <message>
            <source>Where leads are lost</source>
            <translation>在哪个阶段流失</translation>
        </message>
        <message>
            <source>Lost to which region</source>
            <translation>流失去向</translation>
        </message>
        <message>
            <source>Why they were lost</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Funnel by stage</source>
            <translation>各阶段漏斗</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>all cities and fields</source>
            <translation>全部科技城和领域</translation>
        </message>
        <message>
            <source>{count} leads logged in the period ({period}, {where}): how far they got by {day}</source>
            <translation>本期（{period}，{where}）登记线索 {count} 条：截至 {day} 的推进情况</translation>
        </message>
        <message>
            <source>{count} lost</source>
            <translation>流失 {count} 条</translation>
        </message>
        <message>
            <source>Computing the funnel…</source>
            <translation>正在计算漏斗…</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>到达</translation>
        </message>
        <message>
            <source>reached {stage}</source>
            <translation>到达{stage}</translation>
        </message>
        <message>
            <source>stopped at {stage}</source>
            <translation>止步于{stage}</translation>
        </message>
        <message>
            <source>lost: {what}</source>
            <translation>流失：{what}</translation>
        </message>
    </context>
    <context>
        <name>FunnelTableModel</name>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>到达</translation>
        </message>
        <message>
            <source>To next</source>
            <translation>转化率</translation>
        </message>
        <message>
            <source>Stopped here</source>
            <translation>止步于此</translation>
        </message>
        <message>
            <source>Days to next</source>
            <translation>推进天数</translation>
        </message>
        <message>
            <source>Leads that reached this stage or a later one</source>
            <translation>到达过本阶段或之后阶段的线索</translation>
        </message>
        <message>
            <source>Share of them that went on to the next stage</source>
            <translation>其中进入下一阶段的比例</translation>
        </message>
        <message>
            <source>Reached this stage but not the next (click to list them)</source>
            <translation>到达本阶段但未进入下一阶段（点击列出）</translation>
        </message>
        <message>
            <source>Average days from reaching this stage to reaching the next, over the leads that went on</source>
            <translation>从到达本阶段到到达下一阶段的平均天数（只计已推进到下一阶段的线索）</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} 天</translation>
        </message>
        <message>
            <source>Over {count} leads that went on</source>
            <translation>基于 {count} 条已推进的线索</translation>
        </message>
    </context>
    <context>
        <name>Guardian</name>
        <message>
            <source>The store is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>The check of the store found damage: {what}. It is open read-only, so nothing more can be lost; nothing you do now is saved.</source>
            <translation>数据库检查发现损坏：{what}。现已以只读方式打开，不会再丢失更多数据；此时所做的操作不会保存。</translation>
        </message>
        <message>
            <source>A copy of the damaged file was kept at {path}.</source>
            <translation>损坏文件的副本已保存在 {path}。</translation>
        </message>
        <message>
            <source>The newest verified backup is from {when} ({leads} leads).</source>
            <translation>最新的已校验备份生成于 {when}（{leads} 条线索）。</translation>
        </message>
        <message>
            <source>Restore that backup…</source>
            <translation>恢复该备份…</translation>
        </message>
        <message>
            <source>An administrator of the CRM can restore it.</source>
            <translation>CRM 管理员可以恢复该备份。</translation>
        </message>
        <message>
            <source>There is no verified backup of this store.</source>
            <translation>该数据库没有已校验的备份。</translation>
        </message>
        <message>
            <source>Keep it read-only</source>
            <translation>保持只读</translation>
        </message>
        <message>
            <source>Backed up the store ({name})</source>
            <translation>已备份数据库（{name}）</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>Hand over leads</source>
            <translation>移交线索</translation>
        </message>
        <message>
            <source>Give all {count} leads of {name} to another person, in one step recorded in the audit log.</source>
            <translation>将 {name} 的全部 {count} 条线索一次移交给另一人，并记入审计日志。</translation>
        </message>
        <message>
            <source>Hand them to</source>
            <translation>移交给</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>移交</translation>
        </message>
    </context>
    <context>
        <name>HeatMapModel</name>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Target {target}; {done} done</source>
            <translation>目标 {target}；已完成 {done}</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>打开数据文件夹</translation>
        </message>
        <message>
            <source>About the CRM</source>
            <translation>关于本系统</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>History of the lead</source>
            <translation>线索的变更历史</translation>
        </message>
        <message>
            <source>Changes recorded: {count}</source>
            <translation>共记录 {count} 项变更</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>尚无变更记录。</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>导入已取消，未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>ImportFeature</name>
        <message>
            <source>Import ledger…</source>
            <translation>导入台账…</translation>
        </message>
        <message>
            <source>Recent imports…</source>
            <translation>最近的导入…</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>{n} refused rows saved to {name}: fix them in Excel and import that file again.</source>
            <translation>已将 {n} 行被拒绝的数据保存到 {name}：请在 Excel 中修改后再次导入该文件。</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
    </context>
    <context>
        <name>ImportResult</name>
        <message>
            <source>Import {id} undone: {removed} leads removed, {restored} restored.</source>
            <translation>第 {id} 次导入已撤销：删除 {removed} 条线索，恢复 {restored} 条。</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a ledger</source>
            <translation>导入台账</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>下一步 &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; 上一步</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>LeadColumns</name>
        <message>
            <source>Due</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>最近跟进</translation>
        </message>
    </context>
    <context>
        <name>LeadDetailPanel</name>
        <message>
            <source>Edit (Enter)</source>
            <translation>编辑（Enter）</translation>
        </message>
        <message>
            <source>Move stage…</source>
            <translation>推进阶段…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Company…</source>
            <translation>企业主页…</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>跟进时间线</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>Select a lead to see its timeline, log a follow-up or move its stage.</source>
            <translation>选择一条线索，查看跟进时间线、记录跟进或推进阶段。</translation>
        </message>
        <message>
            <source>Owner: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <source>Planned {amount}</source>
            <translation>计划投资 {amount}</translation>
        </message>
        <message>
            <source>Since {day}</source>
            <translation>自 {day}</translation>
        </message>
        <message>
            <source>Next follow-up {day} ({state})</source>
            <translation>下次跟进 {day}（{state}）</translation>
        </message>
        <message>
            <source>Key project</source>
            <translation>重点项目</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>restore activity</source>
            <translation>恢复跟进记录</translation>
        </message>
        <message>
            <source>Activity restored.</source>
            <translation>跟进记录已恢复。</translation>
        </message>
        <message>
            <source>delete activity</source>
            <translation>删除跟进记录</translation>
        </message>
        <message>
            <source>Activity deleted; Ctrl+Z brings it back.</source>
            <translation>跟进记录已删除；按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <source>restore lead</source>
            <translation>恢复线索</translation>
        </message>
        <message>
            <source>Lead restored.</source>
            <translation>线索已恢复。</translation>
        </message>
    </context>
    <context>
        <name>LeadForm</name>
        <message>
            <source>{name} (retired)</source>
            <translation>{name}（已停用）</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <source>Edit lead</source>
            <translation>编辑线索</translation>
        </message>
        <message>
            <source>The stage changes through “Move stage” so that every move is recorded in the history.</source>
            <translation>阶段通过“推进阶段”变更，以便每次变更都记入历史。</translation>
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
            <source>new lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <source>edit lead</source>
            <translation>编辑线索</translation>
        </message>
        <message>
            <source>{name} saved this lead meanwhile; choose what to keep.</source>
            <translation>{name} 在此期间保存了此线索；请选择要保留的值。</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>有人</translation>
        </message>
        <message>
            <source>{count} field(s) need attention; nothing was saved.</source>
            <translation>有 {count} 处需要修改；未保存任何内容。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>This lead has changes that are not saved.</source>
            <translation>这条线索有尚未保存的修改。</translation>
        </message>
        <message>
            <source>{name} ({city})</source>
            <translation>{name}（{city}）</translation>
        </message>
    </context>
    <context>
        <name>LeadMenu</name>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Move stage…</source>
            <translation>推进阶段…</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>记录跟进</translation>
        </message>
        <message>
            <source>Delete lead</source>
            <translation>删除线索</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>Audit log of this lead</source>
            <translation>此线索的审计日志</translation>
        </message>
        <message>
            <source>Owner of the {n} selected…</source>
            <translation>所选 {n} 条的负责人…</translation>
        </message>
        <message>
            <source>Stage of the {n} selected…</source>
            <translation>所选 {n} 条的阶段…</translation>
        </message>
        <message>
            <source>City of the {n} selected…</source>
            <translation>所选 {n} 条的科技城…</translation>
        </message>
        <message>
            <source>Key project of the {n} selected…</source>
            <translation>所选 {n} 条的重点项目标记…</translation>
        </message>
        <message>
            <source>Next follow-up of the {n} selected…</source>
            <translation>所选 {n} 条的下次跟进…</translation>
        </message>
    </context>
    <context>
        <name>LeadTableModel</name>
        <message>
            <source>Confidential project: shown by its codename</source>
            <translation>保密项目：仅显示代号</translation>
        </message>
    </context>
    <context>
        <name>LeadValues</name>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>{amount} a year</source>
            <translation>每年 {amount}</translation>
        </message>
    </context>
    <context>
        <name>LeadsPage</name>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>New lead (Ctrl+N)</source>
            <translation>新建线索（Ctrl+N）</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>已存视图</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Lead list</source>
            <translation>线索列表</translation>
        </message>
        <message>
            <source>{count} leads</source>
            <translation>共 {count} 条</translation>
        </message>
        <message>
            <source>{step} of {n} leads</source>
            <translation>{step}：{n} 条线索</translation>
        </message>
        <message>
            <source>Save current view…</source>
            <translation>保存当前视图…</translation>
        </message>
        <message>
            <source>Deleted leads (restore)</source>
            <translation>已删除的线索（可恢复）</translation>
        </message>
        <message>
            <source>Deleted leads</source>
            <translation>已删除的线索</translation>
        </message>
        <message>
            <source>Delete a view</source>
            <translation>删除视图</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <source>Name of this view:</source>
            <translation>视图名称：</translation>
        </message>
        <message>
            <source>View “{name}” saved</source>
            <translation>视图“{name}”已保存</translation>
        </message>
    </context>
    <context>
        <name>ListEmptyState</name>
        <message>
            <source>No lead matches “{text}”.</source>
            <translation>没有线索匹配“{text}”。</translation>
        </message>
        <message>
            <source>No lead matches these filters.</source>
            <translation>没有线索匹配这些筛选条件。</translation>
        </message>
        <message>
            <source>No leads yet.</source>
            <translation>还没有线索。</translation>
        </message>
        <message>
            <source>Check the spelling, search by a shorter part of the name, or clear the search and filters to see every lead.</source>
            <translation>请检查拼写，或只搜名称的一部分，或清除搜索和筛选以查看全部线索。</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>清除搜索和筛选</translation>
        </message>
        <message>
            <source>Add the first one with New lead (Ctrl+N).</source>
            <translation>用“新建线索（Ctrl+N）”添加第一条。</translation>
        </message>
    </context>
    <context>
        <name>LostModel</name>
        <message>
            <source>Other regions</source>
            <translation>其他地区</translation>
        </message>
        <message>
            <source>Not named</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>Lost at</source>
            <translation>流失阶段</translation>
        </message>
        <message>
            <source>Region that won</source>
            <translation>流失去向地区</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>My day</source>
            <translation>我的工作台</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>City West Corridor · Unified Investment CRM</source>
            <translation>城西科创大走廊 · 统一招商管理系统</translation>
        </message>
        <message>
            <source>Unified Investment</source>
            <translation>大走廊统一招商</translation>
        </message>
        <message>
            <source>Hangzhou City West Sci-Tech Innovation Corridor</source>
            <translation>杭州城西科创大走廊</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>线索(&amp;L)</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>记录跟进</translation>
        </message>
        <message>
            <source>Move stage…</source>
            <translation>推进阶段…</translation>
        </message>
        <message>
            <source>Delete lead</source>
            <translation>删除线索</translation>
        </message>
        <message>
            <source>Load demo data…</source>
            <translation>加载演示数据…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>数据库：{store}</translation>
        </message>
        <message>
            <source>{role}, administrator</source>
            <translation>{role}，系统管理员</translation>
        </message>
        <message>
            <source>{name} · {role} ({city})</source>
            <translation>{name} · {role}（{city}）</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>delete lead</source>
            <translation>删除线索</translation>
        </message>
        <message>
            <source>Lead deleted; Ctrl+Z brings it back.</source>
            <translation>线索已删除；按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>加载演示数据</translation>
        </message>
        <message>
            <source>Write 2,000 demo leads with a year of follow-ups into this store? Use a separate store for real work.</source>
            <translation>向当前数据库写入 2,000 条演示线索及一年的跟进记录？正式使用请另建数据库。</translation>
        </message>
        <message>
            <source>Writing demo data…</source>
            <translation>正在写入演示数据…</translation>
        </message>
        <message>
            <source>Unsaved lead</source>
            <translation>未保存的线索</translation>
        </message>
        <message>
            <source>A lead you were editing was not saved when the app last closed. Reopen it?</source>
            <translation>上次关闭程序时，有一条正在编辑的线索尚未保存。是否重新打开？</translation>
        </message>
    </context>
    <context>
        <name>MappingModel</name>
        <message>
            <source>(computed by the app, not imported)</source>
            <translation>（系统计算，不导入）</translation>
        </message>
        <message>
            <source>lost to {header}</source>
            <translation>让给“{header}”</translation>
        </message>
        <message>
            <source>✓ exact {p}%</source>
            <translation>✓ 精确 {p}%</translation>
        </message>
        <message>
            <source>≈ normalised {p}%</source>
            <translation>≈ 规范化 {p}%</translation>
        </message>
        <message>
            <source>? check: {p}%</source>
            <translation>? 请核对：{p}%</translation>
        </message>
        <message>
            <source>remembered</source>
            <translation>沿用上次</translation>
        </message>
        <message>
            <source>chosen by you</source>
            <translation>您指定</translation>
        </message>
        <message>
            <source>The header only resembles a known name: check the field.</source>
            <translation>表头只是近似已知名称：请核对字段。</translation>
        </message>
        <message>
            <source>This column also reads as {field}; column {header} matched it better.</source>
            <translation>此列也可识别为{field}；列“{header}”匹配更好。</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>示例值</translation>
        </message>
        <message>
            <source>Imports into</source>
            <translation>导入到</translation>
        </message>
        <message>
            <source>How sure</source>
            <translation>匹配把握</translation>
        </message>
        <message>
            <source>Unit of bare numbers</source>
            <translation>纯数字的单位</translation>
        </message>
        <message>
            <source>(no header)</source>
            <translation>（无列名）</translation>
        </message>
        <message>
            <source>(hidden column)</source>
            <translation>（隐藏列）</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Header found in row {row}; {rows} data rows.</source>
            <translation>表头在第 {row} 行；共 {rows} 行数据。</translation>
        </message>
        <message>
            <source>Rows left out (totals, notes, repeated headers): {n}.</source>
            <translation>未作为数据的行（合计、备注、重复表头）：{n} 行。</translation>
        </message>
        <message>
            <source>Above the header: {text}</source>
            <translation>表头上方：{text}</translation>
        </message>
        <message>
            <source>The mapping you chose for this layout last time is used.</source>
            <translation>已沿用您上次为同样格式的文件设定的列对应。</translation>
        </message>
        <message>
            <source>As the file's title says, else the owner's city</source>
            <translation>按文件标题注明的城市，否则为负责人所在城市</translation>
        </message>
        <message>
            <source>Me ({name})</source>
            <translation>我（{name}）</translation>
        </message>
        <message>
            <source>No column imports into the company name: every row would be refused. Choose the column that names the company.</source>
            <translation>没有列对应到企业名称：所有行都会被拒绝。请选择填写企业名称的那一列。</translation>
        </message>
        <message>
            <source>Click a field to change what a column imports into. A corrected mapping is remembered for files laid out the same way.</source>
            <translation>点击字段可更改该列导入到哪里。修改后的对应关系会为同样格式的文件记住。</translation>
        </message>
        <message>
            <source>Reading sheet {sheet}…</source>
            <translation>正在读取工作表 {sheet}…</translation>
        </message>
        <message>
            <source>Sheet and columns</source>
            <translation>工作表和列</translation>
        </message>
        <message>
            <source>Check what each column of the ledger imports into.</source>
            <translation>请核对台账中每一列导入到哪个字段。</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Rows without a city</source>
            <translation>未填科技城的行</translation>
        </message>
        <message>
            <source>Rows without an owner</source>
            <translation>未填负责人的行</translation>
        </message>
        <message>
            <source>Automatic mapping</source>
            <translation>自动对应</translation>
        </message>
        <message>
            <source>Create the officers the ledger names who have no account</source>
            <translation>为台账中尚无账号的招商人员建号</translation>
        </message>
        <message>
            <source>They become officers of their rows' city who cannot sign in until an admin sets them up. Unticked: their rows go to the owner above, the name in the notes.</source>
            <translation>建为所在行科技城的招商专员，管理员设置前不能登录。不勾选：这些行归上面选定的负责人，原姓名记入备注。</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>列对应</translation>
        </message>
    </context>
    <context>
        <name>MyDayPage</name>
        <message>
            <source>My day</source>
            <translation>我的工作台</translation>
        </message>
        <message>
            <source>{name} · {city}</source>
            <translation>{name} · {city}</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>Follow-ups due today</source>
            <translation>今日到期跟进</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>逾期跟进</translation>
        </message>
        <message>
            <source>At risk ({n}+ days overdue)</source>
            <translation>有风险（逾期 {n} 天以上）</translation>
        </message>
        <message>
            <source>Flagged to you ({n}+ days overdue)</source>
            <translation>已提醒您（逾期 {n} 天以上）</translation>
        </message>
        <message>
            <source>Yours: due today and overdue</source>
            <translation>我的今日到期与逾期跟进</translation>
        </message>
        <message>
            <source>Your people's follow-ups flagged to you ({n}+ days overdue)</source>
            <translation>下属跟进已提醒您（逾期 {n} 天以上）</translation>
        </message>
        <message>
            <source>None of your own follow-ups is due or overdue.</source>
            <translation>您本人没有到期或逾期的跟进。</translation>
        </message>
        <message>
            <source>Nothing of your people's is flagged to you.</source>
            <translation>没有提醒您的下属跟进。</translation>
        </message>
        <message>
            <source>Every lead of yours has had activity in the last 30 days.</source>
            <translation>您的每条线索在最近 30 天内都有跟进。</translation>
        </message>
        <message>
            <source>No activity for 30 days</source>
            <translation>30 天无跟进</translation>
        </message>
        <message>
            <source>Recently changed</source>
            <translation>最近变更</translation>
        </message>
        <message>
            <source>No leads of yours yet.</source>
            <translation>您还没有负责的线索。</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>OfficerModel</name>
        <message>
            <source>Officer</source>
            <translation>招商专员</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>洽谈会议</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>全部跟进</translation>
        </message>
        <message>
            <source>New leads</source>
            <translation>新增线索</translation>
        </message>
        <message>
            <source>Moved on</source>
            <translation>推进</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>Leads of the officer moved forward along the pipeline in the period</source>
            <translation>本期内该专员名下向前推进过的线索</translation>
        </message>
    </context>
    <context>
        <name>OneTimePasswordDialog</name>
        <message>
            <source>One-time password</source>
            <translation>一次性密码</translation>
        </message>
        <message>
            <source>{name} signs in as “{username}” with this password:</source>
            <translation>{name} 以“{username}”登录，密码为：</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>It is shown only now: copy it and hand it over in person or by phone. {name} chooses their own password at the first sign-in.</source>
            <translation>此密码仅显示这一次：请复制后当面或电话告知。{name} 首次登录时设置自己的密码。</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>The store cannot do this now</source>
            <translation>数据库暂时无法完成此操作</translation>
        </message>
        <message>
            <source>This cannot be done</source>
            <translation>无法完成</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>of {n}</source>
            <translation>/ {n}</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>Fit to width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>整页</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>页码</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>周报预览</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>There is nobody else active to hand the leads to.</source>
            <translation>没有其他在用人员可以接收这些线索。</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Leads owned</source>
            <translation>负责线索</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>None (cannot sign in)</source>
            <translation>无（不能登录）</translation>
        </message>
        <message>
            <source>One-time (to change)</source>
            <translation>一次性（待修改）</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从未</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Disable…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>{name} follows no leads.</source>
            <translation>{name} 没有负责的线索。</translation>
        </message>
        <message>
            <source>{name} was added.</source>
            <translation>已添加 {name}。</translation>
        </message>
        <message>
            <source>{name} was changed.</source>
            <translation>已修改 {name}。</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Give {name} a new one-time password? Their present password stops working at once; they choose a new one at their next sign-in.</source>
            <translation>为 {name} 生成新的一次性密码？其现有密码立即失效；下次登录时由其设置新密码。</translation>
        </message>
        <message>
            <source>{name} has a new one-time password.</source>
            <translation>{name} 已获得新的一次性密码。</translation>
        </message>
        <message>
            <source>Disable {name}? They can no longer sign in, and anything they try is refused; their name stays on everything they did.</source>
            <translation>停用 {name}？其将无法登录，任何操作都会被拒绝；其经办记录上仍保留其姓名。</translation>
        </message>
        <message>
            <source>Their {count} leads stay theirs until you hand them over.</source>
            <translation>其 {count} 条线索在您移交之前仍归其负责。</translation>
        </message>
        <message>
            <source>You are disabling yourself: your next action is refused.</source>
            <translation>您正在停用自己：您的下一次操作将被拒绝。</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>{name} was disabled.</source>
            <translation>已停用 {name}。</translation>
        </message>
        <message>
            <source>{name} was enabled.</source>
            <translation>已启用 {name}。</translation>
        </message>
        <message>
            <source>The leads of {name} were handed over.</source>
            <translation>{name} 的线索已移交。</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Add person…</source>
            <translation>添加人员…</translation>
        </message>
        <message>
            <source>Role and city…</source>
            <translation>角色与科技城…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>Hand over leads…</source>
            <translation>移交线索…</translation>
        </message>
        <message>
            <source>Show disabled people</source>
            <translation>显示已停用人员</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <source>Follow up today</source>
            <translation>今日跟进</translation>
        </message>
        <message>
            <source>{days}d overdue</source>
            <translation>逾期{days}天</translation>
        </message>
        <message>
            <source>{days}d at this stage</source>
            <translation>本阶段 {days} 天</translation>
        </message>
        <message>
            <source>{days}d</source>
            <translation>{days} 天</translation>
        </message>
    </context>
    <context>
        <name>PipelineNav</name>
        <message>
            <source>Pipeline board</source>
            <translation>项目看板</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>漏斗分析</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>驾驶舱</translation>
        </message>
        <message>
            <source>Follow-up review</source>
            <translation>跟进督办</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>年度目标</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>new</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>as for all</source>
            <translation>同全部的设置</translation>
        </message>
        <message>
            <source>update the existing lead</source>
            <translation>更新已有线索</translation>
        </message>
        <message>
            <source>create anyway</source>
            <translation>仍然新建</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处理</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>处理说明</translation>
        </message>
        <message>
            <source>If already followed</source>
            <translation>已有人跟进时</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Checking every row…</source>
            <translation>正在逐行检查…</translation>
        </message>
        <message>
            <source>Leads to be flagged needs review (需核实): {n}. A value the import could not read is left empty and kept in their notes.</source>
            <translation>将标记为“需核实”的线索：{n} 条。无法识别的值留空，并记入其备注。</translation>
        </message>
        <message>
            <source>Officers to create (they cannot sign in yet): {names}</source>
            <translation>将建号的招商人员（暂不能登录）：{names}</translation>
        </message>
        <message>
            <source>{stem} - refused rows.xlsx</source>
            <translation>{stem} - 被拒绝的行.xlsx</translation>
        </message>
        <message>
            <source>Save the refused rows</source>
            <translation>保存被拒绝的行</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving the refused rows…</source>
            <translation>正在保存被拒绝的行…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Preview: what the import will do</source>
            <translation>预览：导入将做什么</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Every data row is accounted for.</source>
            <translation>尚未写入任何数据。每一行数据都有交代。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Companies someone already follows:</source>
            <translation>已有人跟进的企业：</translation>
        </message>
        <message>
            <source>skip them</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>update the existing lead</source>
            <translation>更新已有线索</translation>
        </message>
        <message>
            <source>create a second record</source>
            <translation>另建一条记录</translation>
        </message>
        <message>
            <source>Reason for second records:</source>
            <translation>另建记录的原因：</translation>
        </message>
        <message>
            <source>What to do with companies someone already follows</source>
            <translation>已有人跟进的企业如何处理</translation>
        </message>
        <message>
            <source>Reason for second records</source>
            <translation>另建记录的原因</translation>
        </message>
        <message>
            <source>required to create a second record of a company</source>
            <translation>为同一企业另建记录时必填</translation>
        </message>
        <message>
            <source>Import the valid rows (refused rows are left out)</source>
            <translation>导入有效的行（被拒绝的行不导入）</translation>
        </message>
        <message>
            <source>Import nothing if any row is refused</source>
            <translation>只要有一行被拒绝就全部不导入</translation>
        </message>
        <message>
            <source>Save refused rows…</source>
            <translation>保存被拒绝的行…</translation>
        </message>
        <message>
            <source>Import preview</source>
            <translation>导入预览</translation>
        </message>
    </context>
    <context>
        <name>PublishedCard</name>
        <message>
            <source>The corridor's published targets for {year}</source>
            <translation>大走廊{year}年发展目标</translation>
        </message>
        <message>
            <source>for the whole corridor, as context</source>
            <translation>全走廊口径，供参考</translation>
        </message>
        <message>
            <source>{count} signed through investment attraction</source>
            <translation>其中招商签约 {count} 家</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷方式</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>替身</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QuickLog</name>
        <message>
            <source>Type</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <source>What happened? (Ctrl+Enter to log)</source>
            <translation>跟进情况？（Ctrl+Enter 保存）</translation>
        </message>
        <message>
            <source>Activity summary</source>
            <translation>跟进内容</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Log this activity (Ctrl+Enter)</source>
            <translation>记录本次跟进（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>log activity</source>
            <translation>记录跟进</translation>
        </message>
    </context>
    <context>
        <name>RecentImportsDialog</name>
        <message>
            <source>Imported from {file}</source>
            <translation>从 {file} 导入</translation>
        </message>
        <message>
            <source>Undo an import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <source>Undo import {id} of {file}? Its {n} new leads are removed and the leads it updated get their old values back.</source>
            <translation>撤销第 {id} 次导入（{file}）？它新建的 {n} 条线索将被删除，它更新过的线索恢复原值。</translation>
        </message>
        <message>
            <source>Undoing import {id}…</source>
            <translation>正在撤销第 {id} 次导入…</translation>
        </message>
        <message>
            <source>Recent imports</source>
            <translation>最近的导入</translation>
        </message>
        <message>
            <source>Show the leads</source>
            <translation>查看线索</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>撤销本次导入</translation>
        </message>
    </context>
    <context>
        <name>RecentImportsModel</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>undone {day}</source>
            <translation>已于 {day} 撤销</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>已导入</translation>
        </message>
    </context>
    <context>
        <name>ReferenceNav</name>
        <message>
            <source>Reference lists</source>
            <translation>基础数据</translation>
        </message>
    </context>
    <context>
        <name>ReferencePage</name>
        <message>
            <source>Sub-fields</source>
            <translation>细分领域</translation>
        </message>
        <message>
            <source>Source channels</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <source>Project types</source>
            <translation>项目类型</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Competing regions</source>
            <translation>竞争地区</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>跟进方式</translation>
        </message>
        <message>
            <source>Focus fields</source>
            <translation>重点领域</translation>
        </message>
        <message>
            <source>Sci-tech cities</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Business types</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <source>The corridor's own structure: its values may be renamed, not added or retired.</source>
            <translation>大走廊自身的架构：其值可以改名，不能新增或停用。</translation>
        </message>
        <message>
            <source>Reference lists</source>
            <translation>基础数据</translation>
        </message>
        <message>
            <source>The choices the lead form offers. A value in use is never deleted: retire it and the leads that have it keep it, while new input no longer offers it.</source>
            <translation>线索表单中提供的选项。已使用的值不会被删除：停用后，已有该值的线索保留它，新录入时不再提供。</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>改名…</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Values of the list</source>
            <translation>列表中的值</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>恢复使用</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>停用</translation>
        </message>
    </context>
    <context>
        <name>RefusedDialog</name>
        <message>
            <source>Some leads cannot take this step</source>
            <translation>部分线索不能执行此操作</translation>
        </message>
        <message>
            <source>{count} of {total} leads cannot take this step; nothing was changed yet. Skip them and apply it to the other {left}, or cancel.</source>
            <translation>{total} 条线索中有 {count} 条不能执行此操作，尚未做任何修改。可跳过这些线索，对其余 {left} 条执行，或取消。</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>…… 另有 {n} 条。</translation>
        </message>
        <message>
            <source>Skip those and go on</source>
            <translation>跳过这些并继续</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>RefusedModel</name>
        <message>
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Why not</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>ReportsFeature</name>
        <message>
            <source>Weekly report</source>
            <translation>周报</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>All cities and fields</source>
            <translation>全部城市和领域</translation>
        </message>
        <message>
            <source>Building the report for {week}…</source>
            <translation>正在生成 {week} 的周报…</translation>
        </message>
        <message>
            <source>The leads changed since this preview was built.</source>
            <translation>生成预览后线索有了变化。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Corridor investment weekly report</source>
            <translation>大走廊招商周报</translation>
        </message>
        <message>
            <source>Export the weekly report as PDF</source>
            <translation>将周报导出为 PDF</translation>
        </message>
        <message>
            <source>Export the weekly report as Excel</source>
            <translation>将周报导出为 Excel</translation>
        </message>
        <message>
            <source>Export the weekly report as Word</source>
            <translation>将周报导出为 Word</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>正在写入 {name}…</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>导出已取消，未写入文件。</translation>
        </message>
        <message>
            <source>Saved {name} in {folder}.</source>
            <translation>已保存 {name}，位于 {folder}。</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>{scope} · exactly the PDF the management committee receives</source>
            <translation>{scope} · 与报送管委会的 PDF 完全一致</translation>
        </message>
        <message>
            <source>Weekly report</source>
            <translation>周报</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Build the preview again from the current data</source>
            <translation>按当前数据重新生成预览</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <source>Export Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>Export Word…</source>
            <translation>导出 Word…</translation>
        </message>
        <message>
            <source>Export Word</source>
            <translation>导出 Word</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Imported from {file}</source>
            <translation>从 {file} 导入</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>撤销本次导入</translation>
        </message>
        <message>
            <source>Remove the {n} leads this import created and restore the leads it updated?</source>
            <translation>删除本次导入新建的 {n} 条线索，并恢复它更新过的线索？</translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Show imported leads</source>
            <translation>查看导入的线索</translation>
        </message>
        <message>
            <source>leads created</source>
            <translation>条线索新建</translation>
        </message>
        <message>
            <source>leads updated</source>
            <translation>条线索更新</translation>
        </message>
        <message>
            <source>rows skipped</source>
            <translation>行跳过</translation>
        </message>
        <message>
            <source>rows refused</source>
            <translation>行被拒绝</translation>
        </message>
        <message>
            <source>Nothing to change</source>
            <translation>没有需要更改的内容</translation>
        </message>
        <message>
            <source>Every row is already in the store as the file says, or was refused: nothing was written.</source>
            <translation>每一行要么已与文件所写一致，要么被拒绝：未写入任何数据。</translation>
        </message>
        <message>
            <source>{created} leads created, {updated} updated</source>
            <translation>新建 {created} 条线索，更新 {updated} 条</translation>
        </message>
        <message>
            <source>Import {id} of {file}: {created} created + {updated} updated + {skipped} skipped + {refused} refused = {rows} data rows. Every imported lead records this file and its row; File ▸ Recent imports… can undo the import later.</source>
            <translation>第 {id} 次导入（{file}）：新建 {created} + 更新 {updated} + 跳过 {skipped} + 拒绝 {refused} = 数据行 {rows}。每条导入的线索都记录了来源文件和行号；以后也可以在“文件 ▸ 最近的导入…”中撤销本次导入。</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>招商专员</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>{days}+ days</source>
            <translation>逾期{days}天以上</translation>
        </message>
        <message>
            <source>{days}+ days (manager)</source>
            <translation>{days}天以上（报领导）</translation>
        </message>
        <message>
            <source>{days}+ days (at risk)</source>
            <translation>{days}天以上（有风险）</translation>
        </message>
        <message>
            <source>All late</source>
            <translation>逾期合计</translation>
        </message>
        <message>
            <source>Quiet {days} days</source>
            <translation>{days}天无跟进</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Follow-up review</source>
            <translation>跟进督办</translation>
        </message>
        <message>
            <source>By officer</source>
            <translation>按招商专员</translation>
        </message>
        <message>
            <source>By city</source>
            <translation>按科技城</translation>
        </message>
        <message>
            <source>Open in the lead list</source>
            <translation>在线索列表中打开</translation>
        </message>
        <message>
            <source>Late follow-ups by officer</source>
            <translation>各招商专员逾期跟进</translation>
        </message>
        <message>
            <source>Late follow-ups by city</source>
            <translation>各科技城逾期跟进</translation>
        </message>
        <message>
            <source>Leads of the chosen cell</source>
            <translation>所选单元格的线索</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>On {day}: {late} late follow-ups, {risk} of them at risk; {stale} leads quiet for 30 days</source>
            <translation>{day}：逾期跟进 {late} 条，其中有风险 {risk} 条；30天无跟进 {stale} 条</translation>
        </message>
        <message>
            <source>Choose a number above to list its leads</source>
            <translation>点击上方数字，在此列出对应线索</translation>
        </message>
        <message>
            <source>Computing the follow-up review…</source>
            <translation>正在计算跟进督办…</translation>
        </message>
        <message>
            <source>{label}: {count} leads</source>
            <translation>{label}：共 {count} 条线索</translation>
        </message>
    </context>
    <context>
        <name>SafetyFeature</name>
        <message>
            <source>Backup &amp; Restore</source>
            <translation>备份与恢复</translation>
        </message>
    </context>
    <context>
        <name>SafetyStart</name>
        <message>
            <source>Cannot open the store</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Where the store is</source>
            <translation>数据库的位置</translation>
        </message>
        <message>
            <source>The store is in use</source>
            <translation>数据库正在使用中</translation>
        </message>
        <message>
            <source>You can open it read-only to look things up; nothing can be changed until the other program closes it.</source>
            <translation>您可以以只读方式打开以便查阅；在另一个程序关闭之前无法做任何修改。</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Read-only: the store failed its integrity check</source>
            <translation>只读：数据库未通过完整性检查</translation>
        </message>
        <message>
            <source>Read-only: another program holds the store</source>
            <translation>只读：另一个程序正在使用数据库</translation>
        </message>
    </context>
    <context>
        <name>ScopeBar</name>
        <message>
            <source>This year ({year})</source>
            <translation>今年（{year}）</translation>
        </message>
        <message>
            <source>Last year ({year})</source>
            <translation>去年（{year}）</translation>
        </message>
        <message>
            <source>Q{q} {year}</source>
            <translation>{year}年第{q}季度</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>近12个月</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>全部科技城</translation>
        </message>
        <message>
            <source>All fields</source>
            <translation>全部领域</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
    </context>
    <context>
        <name>ServerLive</name>
        <message>
            <source>Retry now</source>
            <translation>立即重试</translation>
        </message>
        <message>
            <source>Connecting to the team server for live updates…</source>
            <translation>正在连接团队服务器以接收实时更新…</translation>
        </message>
        <message>
            <source>Live: others' changes appear as they are saved</source>
            <translation>实时：他人保存的修改会随即显示</translation>
        </message>
        <message>
            <source>Connection to the team server lost; retrying. What you type is kept; save again once it is back.</source>
            <translation>与团队服务器的连接已断开，正在重试。您输入的内容会保留；连接恢复后请再次保存。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>You</source>
            <translation>当前用户</translation>
        </message>
        <message>
            <source>{name} · {city} · {role}</source>
            <translation>{name} · {city} · {role}</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>切换用户…</translation>
        </message>
        <message>
            <source>Follow-up reminders (whole team)</source>
            <translation>跟进提醒（全体适用）</translation>
        </message>
        <message>
            <source>Flag to the officer after (days overdue)</source>
            <translation>提醒专员（逾期天数）</translation>
        </message>
        <message>
            <source>Flag to the manager after (days overdue)</source>
            <translation>提醒主管（逾期天数）</translation>
        </message>
        <message>
            <source>Mark at risk after (days overdue)</source>
            <translation>标记为风险（逾期天数）</translation>
        </message>
        <message>
            <source>Idle after (days without activity)</source>
            <translation>视为停滞（无跟进天数）</translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>保存阈值</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Data is kept in {store}</source>
            <translation>数据保存在 {store}</translation>
        </message>
        <message>
            <source>Thresholds saved</source>
            <translation>阈值已保存</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>This computer has no password keyring (such as Windows Credential Manager, the macOS Keychain or GNOME Keyring), so the password cannot be remembered.</source>
            <translation>此电脑没有密码钥匙串（如 Windows 凭据管理器、macOS 钥匙串或 GNOME 密钥环），无法记住密码。</translation>
        </message>
        <message>
            <source>The password remembered on this computer no longer signs you in; please sign in again.</source>
            <translation>此电脑记住的密码已无法登录，请重新登录。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Sign in to {place}.</source>
            <translation>登录到 {place}。</translation>
        </message>
        <message>
            <source>Sign in with your username and password.</source>
            <translation>请用您的用户名和密码登录。</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>在此电脑上记住我</translation>
        </message>
        <message>
            <source>Your password is kept in this computer's password keyring.</source>
            <translation>您的密码保存在此电脑的密码钥匙串中。</translation>
        </message>
        <message>
            <source>Too many failed attempts: try again in {seconds} s.</source>
            <translation>失败次数过多，请在 {seconds} 秒后再试。</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>Planned {amount}</source>
            <translation>计划 {amount}</translation>
        </message>
        <message>
            <source>No planned investment</source>
            <translation>无计划投资额</translation>
        </message>
        <message>
            <source>List these leads</source>
            <translation>列出这些线索</translation>
        </message>
        <message>
            <source>Leads at {stage}</source>
            <translation>{stage}阶段的线索</translation>
        </message>
        <message>
            <source>Cards at {stage}</source>
            <translation>{stage}阶段的卡片</translation>
        </message>
    </context>
    <context>
        <name>StageMoveDialog</name>
        <message>
            <source>Move stage</source>
            <translation>推进阶段</translation>
        </message>
        <message>
            <source>Now at: {stage}</source>
            <translation>当前阶段：{stage}</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>进入日期</translation>
        </message>
        <message>
            <source>Look again on</source>
            <translation>再次跟进日期</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Region that won</source>
            <translation>流失去向地区</translation>
        </message>
        <message>
            <source>Agreed investment</source>
            <translation>协议投资额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>In 10k yuan; 1.2亿 and 5000万 are understood</source>
            <translation>单位万元；可输入 1.2亿、5000万</translation>
        </message>
    </context>
    <context>
        <name>StoreMenu</name>
        <message>
            <source>New store…</source>
            <translation>新建数据库…</translation>
        </message>
        <message>
            <source>Start an empty store in a file of its own</source>
            <translation>在单独的文件中新建一个空数据库</translation>
        </message>
        <message>
            <source>Open store…</source>
            <translation>打开数据库…</translation>
        </message>
        <message>
            <source>Recent stores</source>
            <translation>最近打开的数据库</translation>
        </message>
        <message>
            <source>No stores opened yet</source>
            <translation>尚未打开过其他数据库</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <source>New store</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <source>Investment leads.sqlite</source>
            <translation>招商线索.sqlite</translation>
        </message>
        <message>
            <source>Stores (*.sqlite)</source>
            <translation>数据库文件 (*.sqlite)</translation>
        </message>
        <message>
            <source>{name} already exists. Open it with File ▸ Open store…</source>
            <translation>{name} 已存在。请用“文件 ▸ 打开数据库…”打开它。</translation>
        </message>
        <message>
            <source>Open store</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>Stores (*.sqlite *.db);;All files (*)</source>
            <translation>数据库文件 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Export these tables to Excel</source>
            <translation>将这些表格导出为 Excel</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved {name} in {folder}.</source>
            <translation>已保存 {name}，位于 {folder}。</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>正在导出 {name}…</translation>
        </message>
    </context>
    <context>
        <name>TargetProgressModel</name>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>签约额</translation>
        </message>
        <message>
            <source>Landed</source>
            <translation>落地</translation>
        </message>
        <message>
            <source>Funds in place</source>
            <translation>到位资金</translation>
        </message>
        <message>
            <source>High-tech</source>
            <translation>高新企业</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>就业人数</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>No target set</source>
            <translation>未设目标</translation>
        </message>
        <message>
            <source>Target {target}; {done} done, {elapsed} of the year elapsed</source>
            <translation>目标 {target}；已完成 {done}，全年时间已过 {elapsed}</translation>
        </message>
    </context>
    <context>
        <name>TargetsModel</name>
        <message>
            <source>The whole corridor</source>
            <translation>大走廊合计</translation>
        </message>
        <message>
            <source>All cities · {field}</source>
            <translation>全部科技城 · {field}</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>{label} (10k yuan)</source>
            <translation>{label}（万元）</translation>
        </message>
        <message>
            <source>Set for exactly this scope; empty the cell to remove it</source>
            <translation>为此范围单独设置；清空单元格即删除</translation>
        </message>
        <message>
            <source>Not set: the sum of the finer targets stands for it</source>
            <translation>未单独设置：以下级目标之和代替</translation>
        </message>
        <message>
            <source>No target: type one</source>
            <translation>未设目标：直接输入</translation>
        </message>
        <message>
            <source>set target</source>
            <translation>设置目标</translation>
        </message>
    </context>
    <context>
        <name>TargetsPage</name>
        <message>
            <source>Annual targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Year of the targets</source>
            <translation>目标年度</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从 Excel 导入…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>Type a target into a cell (amounts in 10k yuan; 1.2亿 is understood), empty it to remove it; Ctrl+Z undoes. Grey figures are not set: the sum of the finer targets stands for them. Progress against these targets is on the Dashboard.</source>
            <translation>在单元格中直接输入目标（金额单位万元，可写“1.2亿”），清空即删除；Ctrl+Z 撤销。灰色数字表示未单独设置，以下级目标之和代替。完成进度见“驾驶舱”。</translation>
        </message>
        <message>
            <source>targets-{year}.xlsx</source>
            <translation>年度目标-{year}.xlsx</translation>
        </message>
        <message>
            <source>Export targets</source>
            <translation>导出年度目标</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{name} cannot be written: {reason}</source>
            <translation>无法写入 {name}：{reason}</translation>
        </message>
        <message>
            <source>{count} targets of {year} exported to {name}</source>
            <translation>已将{year}年的 {count} 个目标导出到 {name}</translation>
        </message>
        <message>
            <source>Import targets</source>
            <translation>导入年度目标</translation>
        </message>
        <message>
            <source>{name} holds no targets.</source>
            <translation>{name} 中没有目标数据。</translation>
        </message>
        <message>
            <source>{year}: {new} targets from the file replace the {old} set now</source>
            <translation>{year}年：用文件中的 {new} 个目标替换现有的 {old} 个</translation>
        </message>
        <message>
            <source>Import {name}?</source>
            <translation>导入 {name}？</translation>
        </message>
        <message>
            <source>{count} targets imported from {name}</source>
            <translation>已从 {name} 导入 {count} 个目标</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>TaskStrip</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Team server</source>
            <translation>团队服务器</translation>
        </message>
    </context>
    <context>
        <name>TeamMenu</name>
        <message>
            <source>Connect to team server…</source>
            <translation>连接团队服务器…</translation>
        </message>
        <message>
            <source>Work in the team's shared pool on the committee's server</source>
            <translation>在管委会服务器上的团队共享项目库中工作</translation>
        </message>
        <message>
            <source>Team server: {database} on {host}</source>
            <translation>团队服务器：{host} 上的 {database}</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>No activity yet.</source>
            <translation>暂无跟进记录。</translation>
        </message>
        <message>
            <source>deleted by {name} on {day}</source>
            <translation>{name} 于 {day} 删除</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>next follow-up {day}</source>
            <translation>下次跟进 {day}</translation>
        </message>
        <message>
            <source>edited by {name} on {day}</source>
            <translation>{name} 于 {day} 修改</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参与人员</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>look again {day}</source>
            <translation>{day} 再次跟进</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>TrendCard</name>
        <message>
            <source>Weekly trend</source>
            <translation>周趋势</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <source>New leads</source>
            <translation>新增线索</translation>
        </message>
        <message>
            <source>Signed and landed</source>
            <translation>签约与落地</translation>
        </message>
        <message>
            <source>last {n} ISO weeks (by week number)</source>
            <translation>近{n}周（按周次）</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>全部跟进</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>Landed</source>
            <translation>落地</translation>
        </message>
        <message>
            <source>{what}, week of {day}</source>
            <translation>{what}（{day} 所在周）</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>move stage</source>
            <translation>推进阶段</translation>
        </message>
    </context>
    <context>
        <name>ValueDialog</name>
        <message>
            <source>New value</source>
            <translation>新增值</translation>
        </message>
        <message>
            <source>Rename value</source>
            <translation>修改名称</translation>
        </message>
        <message>
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ValuesModel</name>
        <message>
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Retired: kept on the leads that have it, not offered for new input</source>
            <translation>已停用：已有该值的线索保留它，新录入时不再提供</translation>
        </message>
    </context>
    <context>
        <name>WeekPanel</name>
        <message>
            <source>Closed {when} by {who}: the report stays as it was on {day}. Fingerprint {fp}.</source>
            <translation>已于 {when} 由{who}结周：报表保持 {day} 时的数字。指纹 {fp}。</translation>
        </message>
        <message>
            <source>Not closed: the report is computed from today's data. Close the week to keep it as it stands.</source>
            <translation>未结周：报表按当前数据计算。结周后报表即固定为当前内容。</translation>
        </message>
        <message>
            <source>This week has not ended yet.</source>
            <translation>本周尚未结束。</translation>
        </message>
        <message>
            <source>{n} of at most {max} characters</source>
            <translation>已输入 {n} 字，最多 {max} 字</translation>
        </message>
        <message>
            <source>the PDF cannot draw {chars}: it prints 〓 and the character's code there (the workbook and the Word file keep them)</source>
            <translation>PDF 字体无法显示 {chars}：PDF 中以 〓 加字符编码代替（Excel 与 Word 文件中保留原字）</translation>
        </message>
        <message>
            <source>Weekly report</source>
            <translation>周报</translation>
        </message>
        <message>
            <source>Closing {week}…</source>
            <translation>正在结周：{week}…</translation>
        </message>
        <message>
            <source>Reopen the week</source>
            <translation>重新打开该周</translation>
        </message>
        <message>
            <source>Why is the week reopened? (kept in the audit log)</source>
            <translation>为什么重新打开该周？（记入审计日志）</translation>
        </message>
        <message>
            <source>The week</source>
            <translation>本周状态</translation>
        </message>
        <message>
            <source>Close the week</source>
            <translation>结周</translation>
        </message>
        <message>
            <source>Keep the report as it stands now, with a fingerprint</source>
            <translation>将报表固定为当前内容，并生成指纹</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新打开…</translation>
        </message>
        <message>
            <source>Managers: let the week's report change again</source>
            <translation>管理人员：让该周报表重新随数据变化</translation>
        </message>
        <message>
            <source>Summary of the week</source>
            <translation>本周工作小结</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>下一步工作</translation>
        </message>
        <message>
            <source>What the week achieved, for the committee…</source>
            <translation>本周工作成效，报管委会…</translation>
        </message>
        <message>
            <source>Save the summary</source>
            <translation>保存小结</translation>
        </message>
        <message>
            <source>The leads behind a figure (double-click)</source>
            <translation>数字背后的线索（双击打开）</translation>
        </message>
        <message>
            <source>Figures of the report</source>
            <translation>报表数字</translation>
        </message>
    </context>
    <context>
        <name>WeekPicker</name>
        <message>
            <source>{week} has not started yet.</source>
            <translation>{week} 还没有开始。</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>上一周</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>下一周</translation>
        </message>
        <message>
            <source>ISO week</source>
            <translation>ISO 周</translation>
        </message>
        <message>
            <source>Type a week like 2026-W20 and press Enter</source>
            <translation>输入周次（如 2026-W20）后按回车</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to the corridor's investment CRM</source>
            <translation>欢迎使用大走廊统一招商系统</translation>
        </message>
        <message>
            <source>This store has no leads yet. Log your first lead, bring in the Excel ledger you keep today, or load demo data to look around (it goes into this store: for real work, File ▸ New store… makes another).</source>
            <translation>这个数据库还没有线索。登记第一条线索，导入您现在使用的 Excel 台账，或者加载演示数据先看看（演示数据写入当前数据库；正式使用请通过“文件 ▸ 新建数据库…”另建一个）。</translation>
        </message>
        <message>
            <source>Create the first lead</source>
            <translation>新建第一条线索</translation>
        </message>
        <message>
            <source>Import a ledger…</source>
            <translation>导入台账…</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>加载演示数据</translation>
        </message>
    </context>
</TS>