<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>this user's folders</source>
            <translation>当前用户的文件夹</translation>
        </message>
        <message>
            <source>portable: everything in the app's folder</source>
            <translation>便携模式：全部保存在程序文件夹中</translation>
        </message>
        <message>
            <source>the folder CRM_DATA_DIR names</source>
            <translation>CRM_DATA_DIR 指定的文件夹</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>{version} ({build})</source>
            <translation>{version}（{build}）</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Store schema</source>
            <translation>数据库结构版本</translation>
        </message>
        <message>
            <source>{store} (this app: {app})</source>
            <translation>{store}（本程序：{app}）</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Program folder</source>
            <translation>程序文件夹</translation>
        </message>
        <message>
            <source>System</source>
            <translation>运行环境</translation>
        </message>
        <message>
            <source>built app</source>
            <translation>安装版</translation>
        </message>
        <message>
            <source>run from source</source>
            <translation>源代码运行</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>must have at most {count} characters</source>
            <translation>最多 {count} 个字符</translation>
        </message>
        <message>
            <source>may hold only letters, digits, '.', '_' and '-' (no spaces)</source>
            <translation>只能包含字母、数字、“.”、“_”和“-”（不能有空格）</translation>
        </message>
        <message>
            <source>holds characters that are not text</source>
            <translation>含有非文字字符</translation>
        </message>
        <message>
            <source>an officer works for one city</source>
            <translation>招商专员须属于一个科技城</translation>
        </message>
        <message>
            <source>is already taken</source>
            <translation>已被占用</translation>
        </message>
        <message>
            <source>set your own password first: once a second person can sign in, everyone does</source>
            <translation>请先设置您自己的密码：一旦有第二个人可以登录，所有人都需要登录</translation>
        </message>
        <message>
            <source>There is no person {id}.</source>
            <translation>不存在编号为 {id} 的人员。</translation>
        </message>
        <message>
            <source>{name} is the last active administrator; name another first</source>
            <translation>{name} 是最后一位在用的管理员；请先指定另一位管理员</translation>
        </message>
        <message>
            <source>the current password is wrong</source>
            <translation>当前密码不正确</translation>
        </message>
        <message>
            <source>choose a new password</source>
            <translation>请设置一个新密码</translation>
        </message>
        <message>
            <source>choose another active person</source>
            <translation>请选择另一位在用人员</translation>
        </message>
        <message>
            <source>a password is required</source>
            <translation>必须填写密码</translation>
        </message>
        <message>
            <source>must have at least {count} characters</source>
            <translation>至少 {count} 个字符</translation>
        </message>
        <message>
            <source>must not start or end with a space</source>
            <translation>首尾不能有空格</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>a file needs a name</source>
            <translation>文件名不能为空</translation>
        </message>
        <message>
            <source>a name cannot contain / or \ (a folder)</source>
            <translation>文件名不能包含 / 或 \（文件夹）</translation>
        </message>
        <message>
            <source>a name cannot contain &lt; &gt; : " | ? * (Windows forbids them)</source>
            <translation>文件名不能包含 &lt; &gt; : " | ? *（Windows 不允许）</translation>
        </message>
        <message>
            <source>a name cannot end with a dot or a space</source>
            <translation>文件名不能以点或空格结尾</translation>
        </message>
        <message>
            <source>{name} is a device name on Windows</source>
            <translation>{name} 是 Windows 的设备名</translation>
        </message>
        <message>
            <source>a name has at most {n} characters</source>
            <translation>文件名最多 {n} 个字符</translation>
        </message>
        <message>
            <source>The files of a confidential project are not shown outside it.</source>
            <translation>保密项目的附件不对项目以外的人员显示。</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>这是一个文件夹</translation>
        </message>
        <message>
            <source>the file no longer exists</source>
            <translation>文件已不存在</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>没有权限</translation>
        </message>
        <message>
            <source>{name} cannot be attached: {reason}.</source>
            <translation>无法添加附件 {name}：{reason}。</translation>
        </message>
        <message>
            <source>{name} is empty; nothing was attached.</source>
            <translation>{name} 是空文件，未添加。</translation>
        </message>
        <message>
            <source>{name} is {size}; a file kept with a lead is at most {limit}. Nothing was attached.</source>
            <translation>{name} 大小为 {size}；每个附件最大 {limit}。未添加。</translation>
        </message>
        <message>
            <source>The file {id} is no longer kept.</source>
            <translation>附件 {id} 已不存在。</translation>
        </message>
        <message>
            <source>The stored file {name} is damaged; it was not opened.</source>
            <translation>存储的附件 {name} 已损坏，未打开。</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>A store on a database server is backed up and restored by its administrator (pg_dump / pg_restore), not by the app.</source>
            <translation>数据库服务器上的数据由其管理员备份和恢复（pg_dump / pg_restore），不由本程序进行。</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <source>The backup of {name} failed its check, so it was not kept: the store itself may be damaged (run crm db check).</source>
            <translation>{name} 的备份未通过校验，因此未保留：数据库本身可能已损坏（请运行 crm db check）。</translation>
        </message>
    </context>
    <context>
        <name>Bulk</name>
        <message>
            <source>{count} of {total} leads cannot take this step; nothing was changed.</source>
            <translation>{total} 条线索中有 {count} 条不能执行此操作；未做任何修改。</translation>
        </message>
        <message>
            <source>the lead no longer exists</source>
            <translation>该线索已不存在</translation>
        </message>
        <message>
            <source>A bulk step takes at most {count} leads.</source>
            <translation>批量操作最多处理 {count} 条线索。</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>store maintenance: upgrade, check, backup, backups, restore, path</source>
            <translation>数据库维护：升级、检查、备份、备份列表、恢复、路径</translation>
        </message>
        <message>
            <source>upgrade the store to this version's schema (a SQLite file is backed up first)</source>
            <translation>将数据库升级到本版本的结构（SQLite 文件会先备份）</translation>
        </message>
        <message>
            <source>check the file's integrity, foreign keys, search index and schema version</source>
            <translation>检查文件完整性、外键、搜索索引和结构版本</translation>
        </message>
        <message>
            <source>rebuild what can be rebuilt without a backup (indexes, the search index)</source>
            <translation>重建无需备份即可重建的部分（索引、搜索索引）</translation>
        </message>
        <message>
            <source>quick_check only (faster)</source>
            <translation>只做快速检查（quick_check，更快）</translation>
        </message>
        <message>
            <source>a verified backup now: into the backup folder, or to FILE if given</source>
            <translation>立即做一次经过校验的备份：存入备份文件夹，或写到指定的 FILE</translation>
        </message>
        <message>
            <source>file to write</source>
            <translation>要写入的文件</translation>
        </message>
        <message>
            <source>list the store's backups</source>
            <translation>列出数据库的备份</translation>
        </message>
        <message>
            <source>put a backup in place of the store (number from crm db backups, or a file; default: the newest verified one); the store is copied aside first</source>
            <translation>用备份替换数据库（crm db backups 列出的编号或文件；默认为最新的已校验备份）；当前数据库会先另存一份</translation>
        </message>
        <message>
            <source>number or file</source>
            <translation>编号或文件</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>不再询问确认</translation>
        </message>
        <message>
            <source>print which store would be used</source>
            <translation>显示将使用哪个数据库</translation>
        </message>
        <message>
            <source>copy this SQLite store onto an empty team server (people get logins with one-time passwords); checked table by table, else rolled back</source>
            <translation>把这个 SQLite 库复制到空的团队服务器上（每人获得带一次性密码的登录）；逐表核对，不一致则全部回滚</translation>
        </message>
        <message>
            <source>postgresql://…</source>
            <translation>postgresql://…</translation>
        </message>
        <message>
            <source>crm db copy copies a SQLite store: give --db FILE.</source>
            <translation>crm db copy 复制的是 SQLite 库：请用 --db 文件 指定。</translation>
        </message>
        <message>
            <source>copied to {where}; every table checked against the store</source>
            <translation>已复制到 {where}；每张表均已与原库核对一致</translation>
        </message>
        <message>
            <source>one-time passwords (each person chooses their own at first sign-in):</source>
            <translation>一次性密码（每人首次登录时改成自己的密码）：</translation>
        </message>
        <message>
            <source>no login for {name}: the server has a login of that name</source>
            <translation>未给 {name} 建登录：服务器上已有同名登录</translation>
        </message>
        <message>
            <source>{store} is at schema {rev}</source>
            <translation>{store} 的结构版本为 {rev}</translation>
        </message>
        <message>
            <source>leads: {count}</source>
            <translation>线索：{count}</translation>
        </message>
        <message>
            <source>companies: {count}</source>
            <translation>企业：{count}</translation>
        </message>
        <message>
            <source>activities: {count}</source>
            <translation>跟进记录：{count}</translation>
        </message>
        <message>
            <source>contacts: {count}</source>
            <translation>联系人：{count}</translation>
        </message>
        <message>
            <source>audit log entries: {count}</source>
            <translation>审计日志：{count} 条</translation>
        </message>
        <message>
            <source>users: {count}</source>
            <translation>用户：{count}</translation>
        </message>
        <message>
            <source>backed up to {file} (verified)</source>
            <translation>已备份到 {file}（已校验）</translation>
        </message>
        <message>
            <source>Name the pg_dump file to restore into the server database.</source>
            <translation>请指定要恢复到服务器数据库的 pg_dump 文件。</translation>
        </message>
        <message>
            <source>restored {file} into {where}</source>
            <translation>已将 {file} 恢复到 {where}</translation>
        </message>
        <message>
            <source>search index rebuilt for {count} leads</source>
            <translation>已为 {count} 条线索重建搜索索引</translation>
        </message>
        <message>
            <source>store: {store}</source>
            <translation>数据库：{store}</translation>
        </message>
        <message>
            <source>{name} is a store in memory, without a file: there is nothing to check, back up or restore.</source>
            <translation>{name} 是内存中的数据库，没有文件：无可检查、备份或恢复。</translation>
        </message>
        <message>
            <source>schema: {rev} (this app: {head})</source>
            <translation>结构版本：{rev}（本程序：{head}）</translation>
        </message>
        <message>
            <source>problem: {text}</source>
            <translation>问题：{text}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>problems found</source>
            <translation>发现问题</translation>
        </message>
        <message>
            <source>repaired: {what}</source>
            <translation>已修复：{what}</translation>
        </message>
        <message>
            <source>The store is damaged and there is no verified backup of it; nothing will be written to it. Keep the file for a specialist.</source>
            <translation>数据库已损坏，且没有它的已校验备份；不会再向其中写入任何内容。请保留该文件交由专业人员处理。</translation>
        </message>
        <message>
            <source>The store is damaged; nothing will be written to it. Restore the newest verified backup ({when}, {leads} leads) with: crm db restore</source>
            <translation>数据库已损坏；不会再向其中写入任何内容。请用 crm db restore 恢复最新的已校验备份（{when}，{leads} 条线索）</translation>
        </message>
        <message>
            <source>backups of {store} in {folder}:</source>
            <translation>{store} 的备份，位于 {folder}：</translation>
        </message>
        <message>
            <source>  (none yet)</source>
            <translation>  （尚无备份）</translation>
        </message>
        <message>
            <source>{leads} leads, {activities} follow-ups, {contacts} contacts</source>
            <translation>{leads} 条线索，{activities} 条跟进，{contacts} 位联系人</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已校验</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>未校验</translation>
        </message>
        <message>
            <source>Replace {store} with the backup {backup}? The store is copied aside first. [y/N] </source>
            <translation>用备份 {backup} 替换 {store}？当前数据库会先另存一份。[y/N] </translation>
        </message>
        <message>
            <source>nothing was changed</source>
            <translation>未做任何改动</translation>
        </message>
        <message>
            <source>restored {backup} ({leads} leads); the store as it was is kept at {safety}</source>
            <translation>已恢复 {backup}（{leads} 条线索）；恢复前的数据库保存在 {safety}</translation>
        </message>
        <message>
            <source>fill an empty store with demo data</source>
            <translation>向空数据库写入演示数据</translation>
        </message>
        <message>
            <source>Write a realistic, deterministic demo store: the same seed and day give the same data.</source>
            <translation>生成逼真且可复现的演示数据：相同的种子和日期得到相同的数据。</translation>
        </message>
        <message>
            <source>number of leads (default 2000)</source>
            <translation>线索数量（默认 2000）</translation>
        </message>
        <message>
            <source>number of activities (default 20000)</source>
            <translation>跟进记录数量（默认 20000）</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>随机种子（默认 1）</translation>
        </message>
        <message>
            <source>the day the data is anchored to (default: today)</source>
            <translation>数据的基准日期（默认：今天）</translation>
        </message>
        <message>
            <source>The store {name} already holds {count} leads; demo data goes into an empty store. To write it into a new file: {command}</source>
            <translation>数据库 {name} 已有 {count} 条线索；演示数据只写入空数据库。写入新文件请运行：{command}</translation>
        </message>
        <message>
            <source>{leads} leads, {activities} activities, {companies} companies, {contacts} contacts, {users} users written to {store} in {seconds:.1f} s</source>
            <translation>已写入 {leads} 条线索、{activities} 条跟进记录、{companies} 家企业、{contacts} 位联系人、{users} 个用户到 {store}，用时 {seconds:.1f} 秒</translation>
        </message>
        <message>
            <source>Sign in as {admin} (the administrator) or any demo person (crm user list) with the password {password}.</source>
            <translation>登录：{admin}（管理员）或任一演示人员（见 crm user list），密码均为 {password}。</translation>
        </message>
        <message>
            <source>translations: update the .ts sources, list missing, build .qm</source>
            <translation>翻译：更新 .ts 源文件、列出缺失项、生成 .qm</translation>
        </message>
        <message>
            <source>extract strings from the sources into the .ts files</source>
            <translation>从源代码提取文本到 .ts 文件</translation>
        </message>
        <message>
            <source>list messages that have no Chinese translation</source>
            <translation>列出没有中文翻译的文本</translation>
        </message>
        <message>
            <source>fill translations from a JSON file {source: translation}</source>
            <translation>从 JSON 文件 {原文: 译文} 填入翻译</translation>
        </message>
        <message>
            <source>compile the .ts files into .qm files</source>
            <translation>将 .ts 文件编译为 .qm 文件</translation>
        </message>
        <message>
            <source>folder for the .qm files (default: the cache)</source>
            <translation>.qm 文件的目录（默认：缓存目录）</translation>
        </message>
        <message>
            <source>{problem}; run crm i18n from a checkout of the source.</source>
            <translation>{problem}；请在源代码目录中运行 crm i18n。</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>错误：{message}</translation>
        </message>
        <message>
            <source>Investment-attraction CRM of the Hangzhou City West Sci-Tech Innovation Corridor. Without a subcommand it opens the app.</source>
            <translation>杭州城西科创大走廊统一招商管理系统。不带子命令时打开桌面程序。</translation>
        </message>
        <message>
            <source>store to use: a SQLite file or a postgresql:// URL (default: CRM_DATABASE_URL, else the file in your data directory)</source>
            <translation>要使用的数据库：SQLite 文件或 postgresql:// 地址（默认：CRM_DATABASE_URL，否则为用户数据目录中的文件）</translation>
        </message>
        <message>
            <source>language (default: Chinese)</source>
            <translation>界面语言（默认：中文）</translation>
        </message>
        <message>
            <source>sign in as this person (the password from CRM_PASSWORD, or typed when asked)</source>
            <translation>以此人身份登录（密码取自 CRM_PASSWORD，或在提示时输入）</translation>
        </message>
        <message>
            <source>unknown language {lang}: use zh or en</source>
            <translation>未知语言 {lang}：请使用 zh 或 en</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <source>export leads to Excel</source>
            <translation>将线索导出到 Excel</translation>
        </message>
        <message>
            <source>export the lead list (filtered, sorted) to .xlsx</source>
            <translation>将线索列表（按筛选和排序）导出为 .xlsx</translation>
        </message>
        <message>
            <source>only this city (repeatable)</source>
            <translation>只含此城市（可重复）</translation>
        </message>
        <message>
            <source>only this field or sub-field (repeatable)</source>
            <translation>只含此领域或细分领域（可重复）</translation>
        </message>
        <message>
            <source>only this stage (repeatable)</source>
            <translation>只含此阶段（可重复）</translation>
        </message>
        <message>
            <source>only this owner (repeatable)</source>
            <translation>只含此负责人（可重复）</translation>
        </message>
        <message>
            <source>only key projects</source>
            <translation>只含重点项目</translation>
        </message>
        <message>
            <source>full-text search</source>
            <translation>全文搜索</translation>
        </message>
        <message>
            <source>only the leads of this import</source>
            <translation>只含此次导入的线索</translation>
        </message>
        <message>
            <source>sort key, comma-separated (default updated_at:desc)</source>
            <translation>排序字段，用逗号分隔（默认 updated_at:desc）</translation>
        </message>
        <message>
            <source>columns to write (default: all)</source>
            <translation>要写出的列（默认：全部）</translation>
        </message>
        <message>
            <source>Unknown city: {value} (known: {known})</source>
            <translation>未知的城市：{value}（可用：{known}）</translation>
        </message>
        <message>
            <source>Unknown field or sub-field: {value} (known: {known})</source>
            <translation>未知的领域或细分领域：{value}（可用：{known}）</translation>
        </message>
        <message>
            <source>Unknown stage: {value} (known: {known})</source>
            <translation>未知的阶段：{value}（可用：{known}）</translation>
        </message>
        <message>
            <source>Unknown owner: {value} (no active user has that name)</source>
            <translation>未知的负责人：{value}（没有这个名字的在用用户）</translation>
        </message>
        <message>
            <source>Unknown sort key: {value} (known: {known})</source>
            <translation>未知的排序字段：{value}（可用：{known}）</translation>
        </message>
        <message>
            <source>Unknown column: {value} (known: {known})</source>
            <translation>未知的列：{value}（可用：{known}）</translation>
        </message>
        <message>
            <source>Unknown user: {value} (no active user has that name)</source>
            <translation>未知的用户：{value}（没有这个名字的在用用户）</translation>
        </message>
        <message>
            <source>{rows} leads written to {file}</source>
            <translation>已将 {rows} 条线索写入 {file}</translation>
        </message>
        <message>
            <source>import a ledger (xlsx, xls, csv), preview it, or undo an import</source>
            <translation>导入台账（xlsx、xls、csv）、预览导入，或撤销一次导入</translation>
        </message>
        <message>
            <source>Import the leads of an Excel or CSV ledger in one transaction. Duplicates of companies someone already follows are skipped unless --duplicates says otherwise.</source>
            <translation>在一个事务中导入 Excel 或 CSV 台账中的线索。已有人跟进的企业默认跳过，除非 --duplicates 另行指定。</translation>
        </message>
        <message>
            <source>the ledger to import</source>
            <translation>要导入的台账</translation>
        </message>
        <message>
            <source>the sheet to read</source>
            <translation>要读取的工作表</translation>
        </message>
        <message>
            <source>say what would happen, write nothing</source>
            <translation>只说明将会发生什么，不写入任何内容</translation>
        </message>
        <message>
            <source>write the refused rows to this workbook</source>
            <translation>将被拒绝的行写入此工作簿</translation>
        </message>
        <message>
            <source>import nothing and exit with status 1 if any row is refused</source>
            <translation>如有任何行被拒绝，则不导入并以状态 1 退出</translation>
        </message>
        <message>
            <source>owner of the rows that name none; an officer given here follows them, so a row about a lead another officer follows is a duplicate</source>
            <translation>未注明负责人的行归此人；此处指定的招商专员即为这些行的跟进人，其他专员已在跟进的线索记为重复</translation>
        </message>
        <message>
            <source>city of the rows that name none</source>
            <translation>未注明城市的行的城市</translation>
        </message>
        <message>
            <source>what to do with companies someone already follows (default: skip)</source>
            <translation>对已有人跟进的企业如何处理（默认：跳过）</translation>
        </message>
        <message>
            <source>why second records are made (--duplicates create)</source>
            <translation>建立重复记录的理由（--duplicates create）</translation>
        </message>
        <message>
            <source>print every row, not only the refused</source>
            <translation>列出每一行，而不只是被拒绝的行</translation>
        </message>
        <message>
            <source>undo the import with this number</source>
            <translation>撤销此编号的导入</translation>
        </message>
        <message>
            <source>what a column imports into, e.g. --map "项目状态=stage" --map "对接人=owner" (a field's name or label in either language; - for not imported); repeatable</source>
            <translation>某列导入到哪个字段，如 --map "项目状态=stage" --map "对接人=owner"（字段名或中英文标签；- 表示不导入）；可重复</translation>
        </message>
        <message>
            <source>print how each column was read and how sure the match is</source>
            <translation>列出每一列的识别结果及匹配把握</translation>
        </message>
        <message>
            <source>keep this mapping for ledgers of the same layout (the app's wizard uses it too)</source>
            <translation>为同样版式的台账保存此列对应（应用内的导入向导也会使用）</translation>
        </message>
        <message>
            <source>do not create the officers the ledger names who have no account: their rows go to --owner (or the importing user), the name kept in the notes</source>
            <translation>不为台账中尚无账号的招商人员建号：这些行归 --owner（或导入人），原姓名记入备注</translation>
        </message>
        <message>
            <source>leave out the rows the sheet hides (by default they are imported like the others)</source>
            <translation>不导入工作表中隐藏的行（默认与其他行一样导入）</translation>
        </message>
        <message>
            <source>[hidden column]</source>
            <translation>[隐藏列]</translation>
        </message>
        <message>
            <source>[also reads as {field}; column {other} matched better]</source>
            <translation>[也可识别为{field}；列“{other}”匹配更好]</translation>
        </message>
        <message>
            <source>exact</source>
            <translation>精确</translation>
        </message>
        <message>
            <source>normalised</source>
            <translation>规范化</translation>
        </message>
        <message>
            <source>fuzzy</source>
            <translation>模糊</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>指定</translation>
        </message>
        <message>
            <source>remembered</source>
            <translation>沿用</translation>
        </message>
        <message>
            <source>{n} leads flagged needs review (需核实): a value kept out is in their notes</source>
            <translation>{n} 条线索标记为需核实：未能读取的值已记入其备注</translation>
        </message>
        <message>
            <source>officers without an account, created (they cannot sign in yet): {names}</source>
            <translation>为尚无账号的招商人员建号（暂不能登录）：{names}</translation>
        </message>
        <message>
            <source>There is no active user {name}.</source>
            <translation>没有名为 {name} 的在用用户。</translation>
        </message>
        <message>
            <source>{name} is not a known city.</source>
            <translation>{name} 不是已知的城市。</translation>
        </message>
        <message>
            <source>Name the file to import (or --undo ID).</source>
            <translation>请指定要导入的文件（或 --undo 编号）。</translation>
        </message>
        <message>
            <source>import {id} undone: {removed} leads removed, {restored} restored</source>
            <translation>已撤销导入 {id}：删除 {removed} 条线索，恢复 {restored} 条</translation>
        </message>
        <message>
            <source>mapping kept for ledgers laid out like {file}</source>
            <translation>已为与 {file} 同版式的台账保存列对应</translation>
        </message>
        <message>
            <source>refused rows written to {file}</source>
            <translation>被拒绝的行已写入 {file}</translation>
        </message>
        <message>
            <source> (dry run: nothing was written)</source>
            <translation>（试运行：未写入任何内容）</translation>
        </message>
        <message>
            <source> (--strict: nothing was imported)</source>
            <translation>（--strict：未导入任何内容）</translation>
        </message>
        <message>
            <source> (nothing to change)</source>
            <translation>（没有需要更改的内容）</translation>
        </message>
        <message>
            <source> (import {id}; undo with: crm import --undo {id})</source>
            <translation>（导入编号 {id}；撤销请运行：crm import --undo {id}）</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, header in row {row}</source>
            <translation>{file}，工作表 {sheet}，表头在第 {row} 行</translation>
        </message>
        <message>
            <source>not imported: {columns}</source>
            <translation>未导入的列：{columns}</translation>
        </message>
        <message>
            <source>row {row}: {what}</source>
            <translation>第 {row} 行：{what}</translation>
        </message>
        <message>
            <source>row {row}: left out ({why})</source>
            <translation>第 {row} 行：未导入（{why}）</translation>
        </message>
        <message>
            <source>reports for the management committee</source>
            <translation>向管委会报送的报告</translation>
        </message>
        <message>
            <source>the weekly report (PDF and Excel)</source>
            <translation>招商工作周报（PDF 和 Excel）</translation>
        </message>
        <message>
            <source>Write the weekly report of an ISO week (default: the last complete week). Without --pdf or --xlsx both files are written to the current folder.</source>
            <translation>生成某一 ISO 周的招商工作周报（默认：最近一个完整的周）。未指定 --pdf 或 --xlsx 时，两种文件都写入当前文件夹。</translation>
        </message>
        <message>
            <source>the ISO week, e.g. 2026-W20</source>
            <translation>ISO 周，例如 2026-W20</translation>
        </message>
        <message>
            <source>only this sci-tech city</source>
            <translation>只含此科技城</translation>
        </message>
        <message>
            <source>only this field</source>
            <translation>只含此领域</translation>
        </message>
        <message>
            <source>write the PDF here</source>
            <translation>PDF 写入此处</translation>
        </message>
        <message>
            <source>write the Excel workbook here</source>
            <translation>Excel 工作簿写入此处</translation>
        </message>
        <message>
            <source>write the Word document here</source>
            <translation>将 Word 文档写到此处</translation>
        </message>
        <message>
            <source>close a week: freeze its report</source>
            <translation>结周：固定该周报表</translation>
        </message>
        <message>
            <source>reopen a closed week (managers)</source>
            <translation>重新打开已结的周（管理人员）</translation>
        </message>
        <message>
            <source>why the week is reopened</source>
            <translation>重新打开的原因</translation>
        </message>
        <message>
            <source>check a report file against its closed week</source>
            <translation>核对报表文件与已结周是否一致</translation>
        </message>
        <message>
            <source>a PDF, workbook or .docx</source>
            <translation>PDF、Excel 工作簿或 .docx 文件</translation>
        </message>
        <message>
            <source>unknown city {name} (known: {known})</source>
            <translation>未知的城市 {name}（已知：{known}）</translation>
        </message>
        <message>
            <source>unknown field {name} (known: {known})</source>
            <translation>未知的领域 {name}（已知：{known}）</translation>
        </message>
        <message>
            <source>the store holds no leads for this scope: the report says so</source>
            <translation>该范围内没有线索：报告中已注明</translation>
        </message>
        <message>
            <source>{week} was already closed on {when} by {who}; fingerprint {fp}</source>
            <translation>{week} 已于 {when} 由{who}结周；指纹 {fp}</translation>
        </message>
        <message>
            <source>{week} closed on {when} by {who}; fingerprint {fp}</source>
            <translation>{week} 已于 {when} 由{who}结周；指纹 {fp}</translation>
        </message>
        <message>
            <source>{week} reopened</source>
            <translation>{week} 已重新打开</translation>
        </message>
        <message>
            <source>There is no file {name}.</source>
            <translation>文件 {name} 不存在。</translation>
        </message>
        <message>
            <source>note: took over the lock left by {holder} (it ended without closing)</source>
            <translation>提示：已接管 {holder} 遗留的锁（该进程未正常关闭）</translation>
        </message>
        <message>
            <source>This store has accounts: sign in with --user NAME (the password from CRM_PASSWORD, or typed when asked).</source>
            <translation>该数据库已设置账号：请用 --user 用户名 登录（密码取自 CRM_PASSWORD，或在提示时输入）。</translation>
        </message>
        <message>
            <source>No password: set CRM_PASSWORD or run the command at a terminal.</source>
            <translation>没有密码：请设置 CRM_PASSWORD，或在终端中运行该命令。</translation>
        </message>
        <message>
            <source>Password for {name}: </source>
            <translation>{name} 的密码：</translation>
        </message>
        <message>
            <source>{name} signs in with a one-time password: choose your own first (crm user password, or in the app).</source>
            <translation>{name} 使用的是一次性密码：请先设置自己的密码（crm user password，或在程序中设置）。</translation>
        </message>
        <message>
            <source>version, store schema and the folders the CRM writes to</source>
            <translation>版本、数据库结构版本以及系统写入的文件夹</translation>
        </message>
        <message>
            <source>build the app for this platform into one folder (from a checkout, PyInstaller)</source>
            <translation>为当前平台构建单文件夹程序（需在源代码目录中运行，使用 PyInstaller）</translation>
        </message>
        <message>
            <source>where the built folder goes (default: dist/ in the checkout)</source>
            <translation>构建结果的存放位置（默认：源代码目录下的 dist/）</translation>
        </message>
        <message>
            <source>also write the zip archive to hand out, and print its size</source>
            <translation>同时生成用于分发的 zip 压缩包，并显示其大小</translation>
        </message>
        <message>
            <source>crm build runs from a checkout of the source, where packaging/crm.spec is.</source>
            <translation>crm build 需在含有 packaging/crm.spec 的源代码目录中运行。</translation>
        </message>
        <message>
            <source>PyInstaller is not installed; run: pip install -e ".[build]"</source>
            <translation>未安装 PyInstaller；请运行：pip install -e ".[build]"</translation>
        </message>
        <message>
            <source>the build failed; PyInstaller said why above</source>
            <translation>构建失败，原因见上方 PyInstaller 的输出</translation>
        </message>
        <message>
            <source>built {folder}: {size} MB</source>
            <translation>已构建 {folder}：{size} MB</translation>
        </message>
        <message>
            <source>zipped {file}: {size} MB</source>
            <translation>已压缩 {file}：{size} MB</translation>
        </message>
        <message>
            <source>people and their accounts</source>
            <translation>人员与账号</translation>
        </message>
        <message>
            <source>add a person</source>
            <translation>新增人员</translation>
        </message>
        <message>
            <source>username (no spaces)</source>
            <translation>用户名（不含空格）</translation>
        </message>
        <message>
            <source>the name shown</source>
            <translation>显示的姓名</translation>
        </message>
        <message>
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>the person's city</source>
            <translation>所属科技城</translation>
        </message>
        <message>
            <source>also an administrator</source>
            <translation>同时为管理员</translation>
        </message>
        <message>
            <source>no password: the person cannot sign in yet</source>
            <translation>不设密码：此人暂不能登录</translation>
        </message>
        <message>
            <source>everyone, with role and city</source>
            <translation>全部人员及其角色、科技城</translation>
        </message>
        <message>
            <source>disable a person (they can no longer sign in)</source>
            <translation>停用人员（不能再登录）</translation>
        </message>
        <message>
            <source>enable a person again</source>
            <translation>重新启用人员</translation>
        </message>
        <message>
            <source>set a one-time password for a person</source>
            <translation>为人员设置一次性密码</translation>
        </message>
        <message>
            <source>change a person's role or city</source>
            <translation>修改人员的角色或科技城</translation>
        </message>
        <message>
            <source>no city</source>
            <translation>不属于任何科技城</translation>
        </message>
        <message>
            <source>change your own password</source>
            <translation>修改自己的密码</translation>
        </message>
        <message>
            <source>No new password: set CRM_NEW_PASSWORD or run the command at a terminal.</source>
            <translation>没有新密码：请设置 CRM_NEW_PASSWORD，或在终端中运行该命令。</translation>
        </message>
        <message>
            <source>New password for {name}: </source>
            <translation>{name} 的新密码：</translation>
        </message>
        <message>
            <source>The same again: </source>
            <translation>再输入一次：</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing changed.</source>
            <translation>两次输入的密码不一致；未做任何修改。</translation>
        </message>
        <message>
            <source>There is no person {name}.</source>
            <translation>没有名为 {name} 的人员。</translation>
        </message>
        <message>
            <source>added {name} ({role})</source>
            <translation>已新增 {name}（{role}）</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>cannot sign in</source>
            <translation>不能登录</translation>
        </message>
        <message>
            <source>{name} enabled</source>
            <translation>已启用 {name}</translation>
        </message>
        <message>
            <source>{name} disabled</source>
            <translation>已停用 {name}</translation>
        </message>
        <message>
            <source>{name} has a one-time password; they choose their own at the next sign-in</source>
            <translation>{name} 已设一次性密码；下次登录时需设置自己的密码</translation>
        </message>
        <message>
            <source>{name} changed</source>
            <translation>已修改 {name}</translation>
        </message>
        <message>
            <source>Say who you are with --user NAME.</source>
            <translation>请用 --user 用户名 说明您是谁。</translation>
        </message>
        <message>
            <source>Current password: </source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>密码已修改</translation>
        </message>
        <message>
            <source>the team server (PostgreSQL)</source>
            <translation>团队服务器（PostgreSQL）</translation>
        </message>
        <message>
            <source>set a PostgreSQL database up as the team's server: schema, roles, policies, the first administrator</source>
            <translation>把一个 PostgreSQL 数据库设为团队服务器：表结构、角色、访问策略、首位管理员</translation>
        </message>
        <message>
            <source>postgresql://LOGIN@HOST/DATABASE, as a login that may create roles</source>
            <translation>postgresql://登录名@主机/数据库，须为可创建角色的登录</translation>
        </message>
        <message>
            <source>the first administrator, with a login of their own (the password from CRM_NEW_PASSWORD, or typed when asked); default: the URL's login</source>
            <translation>首位管理员，使用其本人的登录（密码取自 CRM_NEW_PASSWORD，或在提示时输入）；默认为 URL 中的登录</translation>
        </message>
        <message>
            <source>{where} is a team server; its first administrator is {name}</source>
            <translation>{where} 已设为团队服务器；首位管理员为 {name}</translation>
        </message>
        <message>
            <source>{where}: roles and policies installed again (no one added)</source>
            <translation>{where}：已重新安装角色与访问策略（未新增人员）</translation>
        </message>
        <message>
            <source>Search: the index serves every search, the app's and other clients'.</source>
            <translation>搜索：所有搜索（本应用的和其他客户端的）都使用索引。</translation>
        </message>
        <message>
            <source>Search: the index serves the app's searches. Other SQL clients searching the view lead_search read every document, because the text-search match is not marked LEAKPROOF, which only a superuser may do. A superuser can run once in this database: ALTER FUNCTION ts_match_vq(tsvector, tsquery) LEAKPROOF; then run crm team init again (or run it as a superuser).</source>
            <translation>搜索：本应用的搜索使用索引。其他 SQL 客户端直接搜索视图 lead_search 时会读取全部文档，因为全文匹配函数未标记为 LEAKPROOF，而只有超级用户可以标记。超级用户可在该数据库中执行一次：ALTER FUNCTION ts_match_vq(tsvector, tsquery) LEAKPROOF; 然后再次运行 crm team init（或以超级用户身份运行）。</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>The contacts cannot be shown while the store is open read-only: showing them must be recorded.</source>
            <translation>数据库以只读方式打开时无法显示联系人：查看联系人必须留下记录。</translation>
        </message>
    </context>
    <context>
        <name>Dedup</name>
        <message>
            <source>{company} is already followed by {owner} ({city}) since {day}.</source>
            <translation>{company} 已由 {owner}（{city}）自 {day} 起跟进。</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The store {name} already holds {count} leads; demo data goes into an empty store.</source>
            <translation>数据库 {name} 已有 {count} 条线索；演示数据只写入空数据库。</translation>
        </message>
        <message>
            <source>Choose between 0 and 2,000,000 leads and 0 and 20,000,000 activities.</source>
            <translation>线索数量须在 0 至 2,000,000 之间，跟进记录须在 0 至 20,000,000 之间。</translation>
        </message>
        <message>
            <source>Activities need leads to belong to.</source>
            <translation>跟进记录必须属于某条线索。</translation>
        </message>
    </context>
    <context>
        <name>Designations</name>
        <message>
            <source>Global 500</source>
            <translation>世界500强</translation>
        </message>
        <message>
            <source>China 500</source>
            <translation>中国500强</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>上市</translation>
        </message>
        <message>
            <source>Unicorn or quasi-unicorn</source>
            <translation>独角兽/准独角兽</translation>
        </message>
        <message>
            <source>SRDI (专精特新)</source>
            <translation>专精特新</translation>
        </message>
        <message>
            <source>Gazelle</source>
            <translation>瞪羚</translation>
        </message>
        <message>
            <source>Unicorn</source>
            <translation>独角兽</translation>
        </message>
        <message>
            <source>Quasi-unicorn</source>
            <translation>准独角兽</translation>
        </message>
        <message>
            <source>SRDI little giant</source>
            <translation>专精特新小巨人</translation>
        </message>
        <message>
            <source>Provincial SRDI</source>
            <translation>省级专精特新</translation>
        </message>
        <message>
            <source>Listed ({where})</source>
            <translation>上市（{where}）</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>is required</source>
            <translation>必须填写</translation>
        </message>
        <message>
            <source>cannot be in the future</source>
            <translation>不能晚于今天</translation>
        </message>
        <message>
            <source>cannot be before the activity</source>
            <translation>不能早于本次跟进日期</translation>
        </message>
        <message>
            <source>The lead {id} does not exist.</source>
            <translation>线索 {id} 不存在。</translation>
        </message>
        <message>
            <source>The activity {id} does not exist.</source>
            <translation>跟进记录 {id} 不存在。</translation>
        </message>
        <message>
            <source>Only {name}, who logged this activity, or a manager of the lead's city may change it.</source>
            <translation>只有记录这条跟进的 {name} 或该线索所在科技城的领导可以修改。</translation>
        </message>
        <message>
            <source>is not an e-mail address</source>
            <translation>不是有效的电子邮箱</translation>
        </message>
        <message>
            <source>is not a phone number</source>
            <translation>不是有效的电话号码</translation>
        </message>
        <message>
            <source>You may not change this lead's contacts.</source>
            <translation>您无权修改该线索的联系人。</translation>
        </message>
        <message>
            <source>The contact {id} does not exist.</source>
            <translation>联系人 {id} 不存在。</translation>
        </message>
        <message>
            <source>You may not see this lead's contacts.</source>
            <translation>您无权查看该线索的联系人。</translation>
        </message>
        <message>
            <source>This record was changed by someone else since you opened it; reload it and apply your change again.</source>
            <translation>您打开此记录后，其他人已修改了它；请重新加载后再次修改。</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}：{problem}</translation>
        </message>
        <message>
            <source>handing a lead to another city needs a reason</source>
            <translation>将线索流转到其他科技城须填写理由</translation>
        </message>
        <message>
            <source>already belongs to {company}</source>
            <translation>已属于 {company}</translation>
        </message>
        <message>
            <source>'{text}' is not a known value</source>
            <translation>“{text}”不是可选的值</translation>
        </message>
        <message>
            <source>a lost project needs the reason</source>
            <translation>流失的项目必须填写流失原因</translation>
        </message>
        <message>
            <source>a project on hold needs a date to look again</source>
            <translation>搁置的项目必须填写再次跟进日期</translation>
        </message>
        <message>
            <source>must be after the day it is put on hold</source>
            <translation>必须晚于搁置日期</translation>
        </message>
        <message>
            <source>the lead is already at this stage</source>
            <translation>该线索已处于此阶段</translation>
        </message>
        <message>
            <source>cannot be before the current stage was reached ({day})</source>
            <translation>不能早于进入当前阶段的日期（{day}）</translation>
        </message>
        <message>
            <source>is required from the signing stage on</source>
            <translation>签约及以后阶段必须填写</translation>
        </message>
        <message>
            <source>must increase: officer &lt; manager &lt; at risk, all between 1 and 365 days</source>
            <translation>必须递增：提醒专员 &lt; 提醒主管 &lt; 风险，且都在 1 至 365 天之间</translation>
        </message>
        <message>
            <source>There is no active user {id}.</source>
            <translation>不存在有效用户 {id}。</translation>
        </message>
        <message>
            <source>is too long</source>
            <translation>过长</translation>
        </message>
        <message>
            <source>is not a known value</source>
            <translation>不是可选的值</translation>
        </message>
        <message>
            <source>{value} is no longer in use</source>
            <translation>{value} 已停用</translation>
        </message>
        <message>
            <source>{sub} does not belong to {field}</source>
            <translation>{sub} 不属于 {field}</translation>
        </message>
        <message>
            <source>a confidential project needs a codename</source>
            <translation>保密项目必须填写代号</translation>
        </message>
        <message>
            <source>is required (at most 64 characters)</source>
            <translation>为必填项（最多 64 个字符）</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>须为 {low} 到 {high} 之间的整数</translation>
        </message>
        <message>
            <source>must be a full path</source>
            <translation>须为完整路径</translation>
        </message>
        <message>
            <source>The company {id} does not exist.</source>
            <translation>企业 {id} 不存在。</translation>
        </message>
        <message>
            <source>This is a confidential project of another city; its company is not shown.</source>
            <translation>这是其他科技城的保密项目，不显示其企业。</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>{name} cannot be written: it is open in another program or read-only.</source>
            <translation>无法写入 {name}：文件已被其他程序打开或为只读。</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Company designations</source>
            <translation>企业称号</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Expected scale</source>
            <translation>预期规模</translation>
        </message>
        <message>
            <source>Flags and policies</source>
            <translation>标签与政策需求</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>流程</translation>
        </message>
        <message>
            <source>After signing</source>
            <translation>签约后</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>保密</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Origin (province or country)</source>
            <translation>来源地（省份或国家/地区）</translation>
        </message>
        <message>
            <source>Fortune Global 500</source>
            <translation>世界500强</translation>
        </message>
        <message>
            <source>China Top 500</source>
            <translation>中国500强</translation>
        </message>
        <message>
            <source>Listed company</source>
            <translation>上市公司</translation>
        </message>
        <message>
            <source>Listed on</source>
            <translation>上市地</translation>
        </message>
        <message>
            <source>Unicorn</source>
            <translation>独角兽</translation>
        </message>
        <message>
            <source>Specialised and innovative (专精特新)</source>
            <translation>专精特新</translation>
        </message>
        <message>
            <source>Gazelle company</source>
            <translation>瞪羚</translation>
        </message>
        <message>
            <source>Project name</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <source>Business type</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <source>Project type</source>
            <translation>项目类型</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Sub-field</source>
            <translation>细分领域</translation>
        </message>
        <message>
            <source>Sci-tech city</source>
            <translation>落地科技城</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Source channel</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <source>Planned investment</source>
            <translation>计划投资额</translation>
        </message>
        <message>
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <source>Expected annual output</source>
            <translation>预计年产值</translation>
        </message>
        <message>
            <source>Expected annual tax</source>
            <translation>预计年税收</translation>
        </message>
        <message>
            <source>Land needed</source>
            <translation>用地需求</translation>
        </message>
        <message>
            <source>Floor space needed</source>
            <translation>用房需求</translation>
        </message>
        <message>
            <source>Expected jobs</source>
            <translation>预计就业人数</translation>
        </message>
        <message>
            <source>High-level talent</source>
            <translation>高层次人才</translation>
        </message>
        <message>
            <source>Key project</source>
            <translation>重点项目</translation>
        </message>
        <message>
            <source>National high-tech enterprise</source>
            <translation>国家高新技术企业</translation>
        </message>
        <message>
            <source>National-level R&amp;D platform</source>
            <translation>国家级研发机构与平台</translation>
        </message>
        <message>
            <source>Foreign-funded</source>
            <translation>外资项目</translation>
        </message>
        <message>
            <source>Asks for industry policy</source>
            <translation>申请产业政策</translation>
        </message>
        <message>
            <source>Asks for talent policy</source>
            <translation>申请人才政策</translation>
        </message>
        <message>
            <source>Asks for science &amp; technology policy</source>
            <translation>申请科技专项政策</translation>
        </message>
        <message>
            <source>Competing regions</source>
            <translation>竞争地区</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>首次接洽日期</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Stage reached on</source>
            <translation>进入阶段日期</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
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
            <source>Lost to region</source>
            <translation>流失去向地区</translation>
        </message>
        <message>
            <source>Agreed investment</source>
            <translation>协议投资额</translation>
        </message>
        <message>
            <source>Funds in place</source>
            <translation>到位资金</translation>
        </message>
        <message>
            <source>Land supplied</source>
            <translation>供地面积</translation>
        </message>
        <message>
            <source>Confidential project</source>
            <translation>保密项目</translation>
        </message>
        <message>
            <source>Codename</source>
            <translation>代号</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>需核实</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>内容摘要</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>跟进方式</translation>
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
            <source>Contact name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Lost at stage</source>
            <translation>流失时所处阶段</translation>
        </message>
        <message>
            <source>Furthest stage</source>
            <translation>到达的最远阶段</translation>
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
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <source>Note on the move</source>
            <translation>阶段变更备注</translation>
        </message>
        <message>
            <source>Reason for a second record</source>
            <translation>重复登记的理由</translation>
        </message>
        <message>
            <source>Investment intensity</source>
            <translation>投资强度</translation>
        </message>
        <message>
            <source>Tax intensity</source>
            <translation>税收强度</translation>
        </message>
        <message>
            <source>Follow-up thresholds</source>
            <translation>跟进提醒阈值</translation>
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
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>上级领导</translation>
        </message>
        <message>
            <source>Hand the leads to</source>
            <translation>线索移交给</translation>
        </message>
        <message>
            <source>View name</source>
            <translation>视图名称</translation>
        </message>
        <message>
            <source>Lead ID</source>
            <translation>线索编号</translation>
        </message>
        <message>
            <source>First signed on</source>
            <translation>首次签约日期</translation>
        </message>
        <message>
            <source>Follow-up state</source>
            <translation>跟进状态</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最近跟进日期</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>停留天数</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>录入时间</translation>
        </message>
        <message>
            <source>Last changed at</source>
            <translation>最后修改时间</translation>
        </message>
        <message>
            <source>Contact's title</source>
            <translation>联系人职务</translation>
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
            <source>List</source>
            <translation>列表</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>The disk holding {path} is full; free some space and try again.</source>
            <translation>{path} 所在的磁盘已满；请腾出空间后重试。</translation>
        </message>
        <message>
            <source>{path} is open in another program; close it there and try again.</source>
            <translation>{path} 正被其他程序打开；请在那里关闭后重试。</translation>
        </message>
        <message>
            <source>{path} is on a read-only disk or share; choose another folder.</source>
            <translation>{path} 位于只读磁盘或共享上；请选择其他文件夹。</translation>
        </message>
        <message>
            <source>{path} cannot be written: permission denied (or the file is read-only).</source>
            <translation>无法写入 {path}：没有权限（或文件为只读）。</translation>
        </message>
        <message>
            <source>The path {path} is too long; choose a shorter folder or file name.</source>
            <translation>路径 {path} 太长；请选择较短的文件夹或文件名。</translation>
        </message>
        <message>
            <source>The folder for {path} does not exist.</source>
            <translation>{path} 所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} 是文件夹，不是文件。</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Followup</name>
        <message>
            <source>Not scheduled</source>
            <translation>未安排</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>已安排</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Overdue {days}+ days</source>
            <translation>逾期 {days} 天以上</translation>
        </message>
        <message>
            <source>Overdue {days}+ days, manager told</source>
            <translation>逾期 {days} 天以上，已提醒主管</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>有风险</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>stage moved</source>
            <translation>阶段变更</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>重新激活</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>handed over</source>
            <translation>移交</translation>
        </message>
        <message>
            <source>handed to another city</source>
            <translation>流转</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>contact shown</source>
            <translation>查看联系方式</translation>
        </message>
        <message>
            <source>signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>sign-in failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>password set</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>role changed</source>
            <translation>角色变更</translation>
        </message>
        <message>
            <source>week closed</source>
            <translation>关闭周报</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>reordered</source>
            <translation>调整顺序</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
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
            <source>Record</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Record no.</source>
            <translation>对象编号</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
    </context>
    <context>
        <name>Integrity</name>
        <message>
            <source>the leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>the companies</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>the follow-up records</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <source>the contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>the stage history</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <source>the change history (audit log)</source>
            <translation>变更记录（审计日志）</translation>
        </message>
        <message>
            <source>the people (user accounts)</source>
            <translation>人员（用户账号）</translation>
        </message>
        <message>
            <source>the reference lists</source>
            <translation>基础数据</translation>
        </message>
        <message>
            <source>the annual targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>the import history</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <source>the search index</source>
            <translation>搜索索引</translation>
        </message>
        <message>
            <source>the file is sound</source>
            <translation>文件完好</translation>
        </message>
        <message>
            <source>The file is not a readable database: its header is damaged.</source>
            <translation>该文件不是可读的数据库：文件头已损坏。</translation>
        </message>
        <message>
            <source>The file cannot be opened for reading (no permission, or it is gone).</source>
            <translation>无法读取该文件（没有权限，或文件已不存在）。</translation>
        </message>
        <message>
            <source>The file's structure is damaged so badly that SQLite cannot read it through ({error}).</source>
            <translation>文件结构损坏严重，SQLite 无法完整读取（{error}）。</translation>
        </message>
        <message>
            <source>Damaged data in {what} ({count} places in the file): some of it may be unreadable or lost.</source>
            <translation>{what}的数据已损坏（文件中 {count} 处）：部分内容可能无法读取或已丢失。</translation>
        </message>
        <message>
            <source>Parts of the file are damaged ({count} places).</source>
            <translation>文件的部分内容已损坏（{count} 处）。</translation>
        </message>
        <message>
            <source>An index of {what} ({index}) is damaged or out of step with its rows; no data is lost and it can be rebuilt (crm db check --repair).</source>
            <translation>{what}的一个索引（{index}）已损坏或与数据不一致；数据没有丢失，可以重建（crm db check --repair）。</translation>
        </message>
        <message>
            <source>The record of free space in the file is inconsistent ({count} pages); no data is lost and it can be rebuilt (crm db check --repair).</source>
            <translation>文件中的空闲空间记录不一致（{count} 页）；数据没有丢失，可以重建（crm db check --repair）。</translation>
        </message>
        <message>
            <source>{count} {what} refer to {parent} that no longer exist.</source>
            <translation>有 {count} 条{what}引用的{parent}已不存在。</translation>
        </message>
        <message>
            <source>indexes rebuilt</source>
            <translation>索引已重建</translation>
        </message>
        <message>
            <source>free-space record rebuilt</source>
            <translation>空闲空间记录已重建</translation>
        </message>
        <message>
            <source>The damage could not be put right here ({error}); restore a verified backup (crm db restore).</source>
            <translation>无法在此修复该损坏（{error}）；请恢复一份已校验的备份（crm db restore）。</translation>
        </message>
    </context>
    <context>
        <name>Location</name>
        <message>
            <source>The store {name} is on a network share ({fs}). SQLite cannot keep a store safe there: its write-ahead log needs one computer's shared memory and network locks are unreliable, so two computers can damage it. Keep the store on this computer's disk (backups may go to the share), or use the team server.</source>
            <translation>数据库 {name} 位于网络共享上（{fs}）。SQLite 无法在那里保证数据安全：它的预写日志需要同一台电脑的共享内存，网络锁也不可靠，两台电脑同时使用可能损坏数据库。请把数据库放在本机磁盘上（备份可以放到共享上），或使用团队服务器。</translation>
        </message>
        <message>
            <source>The store {name} is in a {service} sync folder. The sync client copies the store and its write-ahead log separately, in the middle of writes, and may put an older copy back: the store can be damaged or lose work. Keep the store outside the sync folder (backups may go into it), or use the team server.</source>
            <translation>数据库 {name} 位于{service}同步文件夹中。同步客户端会在写入过程中分别复制数据库及其预写日志，还可能用旧副本覆盖：数据库可能损坏或丢失工作成果。请把数据库放在同步文件夹之外（备份可以放进去），或使用团队服务器。</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>the CRM app</source>
            <translation>招商管理系统</translation>
        </message>
        <message>
            <source>a crm command</source>
            <translation>crm 命令</translation>
        </message>
        <message>
            <source>The store {name} is in use by {person} on {computer} ({program}, process {pid}, since {since}); only one program may write to it at a time.</source>
            <translation>数据库 {name} 正由 {person} 在 {computer} 上使用（{program}，进程 {pid}，自 {since} 起）；同一时间只能有一个程序写入。</translation>
        </message>
    </context>
    <context>
        <name>Parse</name>
        <message>
            <source>'{text}' is not a known value</source>
            <translation>“{text}”不是可选的值</translation>
        </message>
        <message>
            <source>not an amount</source>
            <translation>不是金额</translation>
        </message>
        <message>
            <source>too long to be an amount</source>
            <translation>太长，不是金额</translation>
        </message>
        <message>
            <source>an amount cannot be negative</source>
            <translation>金额不能为负数</translation>
        </message>
        <message>
            <source>amounts are in RMB; convert a foreign-currency amount to 万元 first</source>
            <translation>金额以人民币计；外币金额请先折算为万元</translation>
        </message>
        <message>
            <source>'{text}' is a range: write one amount (the one the project plans)</source>
            <translation>“{text}”是一个范围：请只填一个金额（项目计划的金额）</translation>
        </message>
        <message>
            <source>'{text}' is not an amount: write it like 5000万, 1.2亿 or 3,000</source>
            <translation>“{text}”不是金额：请写成 5000万、1.2亿 或 3,000 这样的形式</translation>
        </message>
        <message>
            <source>unknown unit '{unit}': use 元, 万元 or 亿元</source>
            <translation>无法识别的单位“{unit}”：请使用 元、万元 或 亿元</translation>
        </message>
        <message>
            <source>{text} is larger than any project could be</source>
            <translation>{text} 超出了合理的项目规模</translation>
        </message>
        <message>
            <source>a credit code has 18 characters, this one has {count}</source>
            <translation>统一社会信用代码应为 18 位，此处为 {count} 位</translation>
        </message>
        <message>
            <source>'{char}' cannot appear in a credit code (the letters I, O, S, V and Z are never used)</source>
            <translation>统一社会信用代码中不能出现“{char}”（不使用字母 I、O、S、V、Z）</translation>
        </message>
        <message>
            <source>characters 3 to 8 of a credit code are the region's 6 digits</source>
            <translation>统一社会信用代码第 3 至 8 位应为 6 位行政区划代码</translation>
        </message>
        <message>
            <source>the check character does not match the first 17 characters: one of them is mistyped</source>
            <translation>校验码与前 17 位不符：其中有字符输入错误</translation>
        </message>
        <message>
            <source>{text} is not a date</source>
            <translation>{text} 不是日期</translation>
        </message>
        <message>
            <source>too long to be a date</source>
            <translation>太长，不是日期</translation>
        </message>
        <message>
            <source>'{text}' is not a date: write it like 2026-05-18 or 2026年5月18日</source>
            <translation>“{text}”不是日期：请写成 2026-05-18 或 2026年5月18日</translation>
        </message>
        <message>
            <source>{text} is not a day of the calendar</source>
            <translation>{text} 不是有效的日期</translation>
        </message>
        <message>
            <source>the year {year} is out of range</source>
            <translation>年份 {year} 超出范围</translation>
        </message>
        <message>
            <source>{year} has no ISO week {week}</source>
            <translation>{year} 年没有第 {week} 周</translation>
        </message>
        <message>
            <source>'{text}' is not a week: write it like 2026-W20</source>
            <translation>“{text}”不是周次：请写成 2026-W20</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>不是整数</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>“{text}”不是整数</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <source>is implausibly large</source>
            <translation>数值大得不合理</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <source>'{text}' is not a number</source>
            <translation>“{text}”不是数字</translation>
        </message>
        <message>
            <source>'{text}' is not yes or no</source>
            <translation>“{text}”不是“是”或“否”</translation>
        </message>
        <message>
            <source>is too long ({count} characters, at most {limit})</source>
            <translation>过长（{count} 个字符，最多 {limit} 个）</translation>
        </message>
        <message>
            <source>'{text}' is not a known user</source>
            <translation>“{text}”不是系统中的用户</translation>
        </message>
    </context>
    <context>
        <name>Paths</name>
        <message>
            <source>permission denied</source>
            <translation>没有权限</translation>
        </message>
        <message>
            <source>the drive is read-only</source>
            <translation>该磁盘为只读</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>a file of that name is in the way</source>
            <translation>已有同名文件占用了该位置</translation>
        </message>
        <message>
            <source>The CRM cannot write to its folder {folder}: {reason}. Its data, settings and logs are kept there; ask your administrator for write access to it.</source>
            <translation>系统无法写入其文件夹 {folder}：{reason}。数据、设置和日志都保存在该文件夹中；请联系管理员开通该文件夹的写入权限。</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>{what} {why}</source>
            <translation>{what}{why}</translation>
        </message>
        <message>
            <source>Report staff read the leads but change none.</source>
            <translation>报表人员可以查看线索，但不能修改。</translation>
        </message>
        <message>
            <source>Administrators manage people and settings; leads are changed by officers and managers.</source>
            <translation>管理员负责人员和设置；线索由招商专员和领导修改。</translation>
        </message>
        <message>
            <source>You may change only the leads of your own city and the leads you own.</source>
            <translation>您只能修改本科技城的线索和您负责的线索。</translation>
        </message>
        <message>
            <source>This lead is outside your city; a manager changes the leads of their own city.</source>
            <translation>该线索不属于您所在的科技城；领导只能修改本科技城的线索。</translation>
        </message>
        <message>
            <source>Only a manager may do this.</source>
            <translation>只有领导可以执行此操作。</translation>
        </message>
        <message>
            <source>Only an administrator may do this.</source>
            <translation>只有管理员可以执行此操作。</translation>
        </message>
        <message>
            <source>Only a manager or an administrator may do this.</source>
            <translation>只有领导或管理员可以执行此操作。</translation>
        </message>
        <message>
            <source>Officers create leads of their own city.</source>
            <translation>招商专员只能登记本科技城的线索。</translation>
        </message>
        <message>
            <source>A new lead goes to you or a colleague of your city.</source>
            <translation>新线索只能由您本人或本科技城的同事负责。</translation>
        </message>
        <message>
            <source>This confidential project belongs to another city.</source>
            <translation>这是其他科技城的保密项目。</translation>
        </message>
        <message>
            <source>Only the person who logged it or a manager of the lead's city may change this activity.</source>
            <translation>只有记录人或该线索所在科技城的领导可以修改这条跟进记录。</translation>
        </message>
        <message>
            <source>Only the person who imported it or a manager may undo an import.</source>
            <translation>只有导入人或领导可以撤销导入。</translation>
        </message>
        <message>
            <source>Only report staff, managers and administrators may close a week.</source>
            <translation>只有报表人员、领导和管理员可以关闭周报。</translation>
        </message>
        <message>
            <source>Only report staff and managers may write the week's summary.</source>
            <translation>只有报表人员和领导可以填写本周工作小结。</translation>
        </message>
        <message>
            <source>Only managers may reopen a week.</source>
            <translation>只有领导可以重新打开已关闭的周报。</translation>
        </message>
        <message>
            <source>Your account has been disabled; nothing was changed.</source>
            <translation>您的账号已被停用；未做任何修改。</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>this list's values are fixed by the corridor</source>
            <translation>该列表的取值由大走廊统一规定</translation>
        </message>
        <message>
            <source>the list already has this value</source>
            <translation>列表中已有该值</translation>
        </message>
        <message>
            <source>There is no list value {id}.</source>
            <translation>没有编号为 {id} 的列表值。</translation>
        </message>
        <message>
            <source>a list keeps at least one value in use</source>
            <translation>列表至少保留一个在用的值</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>{n} follow-ups need you</source>
            <translation>{n} 条跟进需要您处理</translation>
        </message>
        <message>
            <source>{n} due today</source>
            <translation>今日到期 {n} 条</translation>
        </message>
        <message>
            <source>{n} overdue</source>
            <translation>逾期 {n} 条</translation>
        </message>
        <message>
            <source>{n} of your people's flagged to you</source>
            <translation>下属逾期提醒 {n} 条</translation>
        </message>
        <message>
            <source>{counts}.</source>
            <translation>{counts}。</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>另有 {n} 条</translation>
        </message>
        <message>
            <source>{a}, {b}</source>
            <translation>{a}，{b}</translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <source>The store {name} is open read-only here (another program holds it); restore it from the program that holds it.</source>
            <translation>数据库 {name} 在此处以只读方式打开（另一个程序正在使用）；请在正在使用它的程序中恢复。</translation>
        </message>
        <message>
            <source>There is no backup {name}.</source>
            <translation>没有备份 {name}。</translation>
        </message>
        <message>
            <source>The backup {name} is damaged ({what}); choose another one.</source>
            <translation>备份 {name} 已损坏（{what}）；请选择其他备份。</translation>
        </message>
        <message>
            <source>{name} is not a backup of a CRM store.</source>
            <translation>{name} 不是本系统数据库的备份。</translation>
        </message>
        <message>
            <source>The backup {name} was made by a newer version of the CRM (schema {rev}); update the app to restore it.</source>
            <translation>备份 {name} 由更新版本的系统生成（结构 {rev}）；请更新程序后再恢复。</translation>
        </message>
        <message>
            <source>The copy of {name} failed its check; the store was left as it was.</source>
            <translation>{name} 的副本未通过校验；数据库保持原样。</translation>
        </message>
        <message>
            <source>There is no verified backup of {name}.</source>
            <translation>{name} 没有已校验的备份。</translation>
        </message>
        <message>
            <source>There is no backup number {n}; crm db backups lists them.</source>
            <translation>没有编号为 {n} 的备份；crm db backups 可列出备份。</translation>
        </message>
        <message>
            <source>A restore replaces the store; add --yes to confirm it.</source>
            <translation>恢复会替换数据库；请加上 --yes 确认。</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Investment officer</source>
            <translation>招商专员</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>上级领导</translation>
        </message>
        <message>
            <source>Report staff</source>
            <translation>报表人员</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>The name or the password is wrong.</source>
            <translation>用户名或密码不正确。</translation>
        </message>
        <message>
            <source>This store already has people; sign in instead.</source>
            <translation>该数据库已有人员，请直接登录。</translation>
        </message>
        <message>
            <source>This store already has passwords; sign in instead.</source>
            <translation>该数据库已设置密码，请直接登录。</translation>
        </message>
        <message>
            <source>This account is disabled; ask an administrator.</source>
            <translation>该账号已停用，请联系管理员。</translation>
        </message>
        <message>
            <source>Too many failed attempts; try again in {seconds} seconds.</source>
            <translation>失败次数过多，请在 {seconds} 秒后重试。</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>{name} is a database, but not a CRM store; it was left untouched.</source>
            <translation>{name} 是数据库，但不是本系统的数据库；未做任何改动。</translation>
        </message>
        <message>
            <source>The store {name} was written by a newer version of the CRM (schema {rev}); update the app to open it. The store was left untouched.</source>
            <translation>数据库 {name} 由更新版本的系统写入（结构版本 {rev}）；请升级程序后再打开。数据库未做任何改动。</translation>
        </message>
        <message>
            <source>The store {name} needs an upgrade; run: crm db upgrade</source>
            <translation>数据库 {name} 需要升级；请运行：crm db upgrade</translation>
        </message>
        <message>
            <source>The team server {name} has an older schema than this app; its administrator upgrades it first (crm db upgrade, as the database's owner).</source>
            <translation>团队服务器 {name} 的表结构比本程序旧；请其管理员先升级（以数据库所有者身份运行 crm db upgrade）。</translation>
        </message>
        <message>
            <source>The upgrade of the store was rolled back: it would have left {count} rows without the rows they refer to. The store is unchanged; report this.</source>
            <translation>数据库升级已回滚：升级会使 {count} 行数据失去其引用的记录。数据库未做改动；请报告此问题。</translation>
        </message>
        <message>
            <source>The store {name} is open read-only.</source>
            <translation>数据库 {name} 以只读方式打开。</translation>
        </message>
        <message>
            <source>The store {name} is locked by another program; try again in a moment.</source>
            <translation>数据库 {name} 被其他程序锁定；请稍后再试。</translation>
        </message>
        <message>
            <source>The store {name} cannot be written: the file or its folder is read-only.</source>
            <translation>无法写入数据库 {name}：文件或所在目录为只读。</translation>
        </message>
        <message>
            <source>The disk holding {name} is full; nothing was saved.</source>
            <translation>{name} 所在磁盘已满；未保存任何内容。</translation>
        </message>
        <message>
            <source>The store {name} could not be written to its disk (input/output error); nothing was saved. Check that the disk has free space and is still connected.</source>
            <translation>数据库 {name} 无法写入磁盘（输入/输出错误）；未保存任何内容。请检查磁盘是否有空余空间、是否仍然连接。</translation>
        </message>
        <message>
            <source>The work on {name} was stopped because the app is closing; nothing of it was saved.</source>
            <translation>应用正在关闭，对 {name} 的操作已停止；该操作的内容均未保存。</translation>
        </message>
        <message>
            <source>The store {name} is damaged (SQLite found its structure broken); nothing was saved. Run crm db check, and restore a verified backup.</source>
            <translation>数据库 {name} 已损坏（SQLite 发现其结构被破坏）；未保存任何内容。请运行 crm db check，并恢复已校验的备份。</translation>
        </message>
        <message>
            <source>{name} is not a CRM store or is damaged.</source>
            <translation>{name} 不是本系统的数据库，或已损坏。</translation>
        </message>
        <message>
            <source>The store {name} cannot be opened.</source>
            <translation>无法打开数据库 {name}。</translation>
        </message>
        <message>
            <source>The database server {name} refused this change: your account may not make it. Nothing was saved.</source>
            <translation>数据库服务器 {name} 拒绝了此修改：您的账号无权进行。未保存任何内容。</translation>
        </message>
        <message>
            <source>The database server {name} refused the sign-in: the name or the password is wrong.</source>
            <translation>数据库服务器 {name} 拒绝登录：用户名或密码错误。</translation>
        </message>
        <message>
            <source>The database server {name} does not offer the encrypted connection (TLS) asked for; nothing was sent.</source>
            <translation>数据库服务器 {name} 不提供所要求的加密连接（TLS）；未发送任何内容。</translation>
        </message>
        <message>
            <source>The connection to the database server {name} was lost during this change; the server undid it, so nothing of it was saved. Try again.</source>
            <translation>与数据库服务器 {name} 的连接在本次修改中断开；服务器已撤销该修改，未保存任何内容。请重试。</translation>
        </message>
        <message>
            <source>Cannot reach the database server {name}.</source>
            <translation>无法连接数据库服务器 {name}。</translation>
        </message>
        <message>
            <source>{name} is a store in memory, without a file: the CRM keeps its data in a file (give its path, or sqlite:///path/to/file.sqlite).</source>
            <translation>{name} 是内存中的数据库，没有文件：本系统的数据保存在文件中（请给出文件路径，或 sqlite:///文件路径.sqlite）。</translation>
        </message>
        <message>
            <source>The database server {name} refused the connection.</source>
            <translation>数据库服务器 {name} 拒绝了连接。</translation>
        </message>
        <message>
            <source>'{name}' is not a database URL or a file path.</source>
            <translation>“{name}”不是数据库地址或文件路径。</translation>
        </message>
        <message>
            <source>{name} is a folder, not a store file.</source>
            <translation>{name} 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>The store {name} cannot be read: permission denied.</source>
            <translation>无法读取数据库 {name}：没有权限。</translation>
        </message>
        <message>
            <source>{name} is not a CRM store (it is not a SQLite database).</source>
            <translation>{name} 不是本系统的数据库（不是 SQLite 数据库文件）。</translation>
        </message>
        <message>
            <source>There is no store at {name}.</source>
            <translation>{name} 处没有数据库。</translation>
        </message>
        <message>
            <source>The folder for {name} does not exist.</source>
            <translation>{name} 所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>The store {name} cannot be created: the folder is read-only.</source>
            <translation>无法创建数据库 {name}：文件夹为只读。</translation>
        </message>
        <message>
            <source>{name} already exists; choose a new file.</source>
            <translation>{name} 已存在；请选择新的文件名。</translation>
        </message>
        <message>
            <source>The store {name} failed its integrity check ({when}: {what}). Nothing is written to it: restore a verified backup (crm db restore) or check it again (crm db check).</source>
            <translation>数据库 {name} 未通过完整性检查（{when}：{what}）。不会再向其中写入任何内容：请恢复已校验的备份（crm db restore）或重新检查（crm db check）。</translation>
        </message>
        <message>
            <source>There is no backup {name}.</source>
            <translation>没有备份 {name}。</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>Signed projects</source>
            <translation>签约项目</translation>
        </message>
        <message>
            <source>Signed investment</source>
            <translation>签约额</translation>
        </message>
        <message>
            <source>Landed projects</source>
            <translation>落地项目</translation>
        </message>
        <message>
            <source>Funds in place</source>
            <translation>到位资金</translation>
        </message>
        <message>
            <source>High-tech enterprises</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>就业人数</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Sci-tech city</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>(10k yuan)</source>
            <translation>（万元）</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>{name} is too large to be a targets workbook.</source>
            <translation>{name} 太大，不是年度目标工作簿。</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx).</source>
            <translation>{name} 不是 Excel 工作簿（.xlsx）。</translation>
        </message>
        <message>
            <source>{name} has more than {limit} rows.</source>
            <translation>{name} 超过 {limit} 行。</translation>
        </message>
        <message>
            <source>{name} has no header row with a Year column and at least one target column.</source>
            <translation>{name} 没有表头行：需要“年度”列和至少一个目标列。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {problem}</source>
            <translation>第 {row} 行，{column}：{problem}</translation>
        </message>
        <message>
            <source>must be a year between 2000 and 2100</source>
            <translation>必须是 2000 到 2100 之间的年份</translation>
        </message>
        <message>
            <source>this target is already on an earlier row</source>
            <translation>该目标在前面的行中已出现</translation>
        </message>
        <message>
            <source>{name}: {count} problems; nothing was imported.</source>
            <translation>{name}：{count} 处问题，未导入任何内容。</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>must be a number of zero or more</source>
            <translation>必须是大于或等于零的数</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Copy to a postgresql:// URL (the team server).</source>
            <translation>请复制到 postgresql:// 地址（团队服务器）。</translation>
        </message>
        <message>
            <source>{name} is not empty; copy only into a new, empty database. Nothing was changed.</source>
            <translation>{name} 不是空库；只能复制到新建的空数据库。未做任何更改。</translation>
        </message>
        <message>
            <source>The copy was rolled back: the table {table} on the server differs from the store. {name} is left empty.</source>
            <translation>复制已回滚：服务器上的表 {table} 与原库不一致。{name} 保持为空。</translation>
        </message>
        <message>
            <source>The copy failed and was rolled back ({detail}); {name} is left empty.</source>
            <translation>复制失败并已回滚（{detail}）；{name} 保持为空。</translation>
        </message>
        <message>
            <source>{tool} was not found: install PostgreSQL's client tools (Debian/Ubuntu: apt install postgresql-client) or put them on PATH.</source>
            <translation>找不到 {tool}：请安装 PostgreSQL 客户端工具（Debian/Ubuntu：apt install postgresql-client）或将其加入 PATH。</translation>
        </message>
        <message>
            <source>{tool} is version {mine}, older than the server's {theirs}: install the client tools of version {theirs} or newer.</source>
            <translation>{tool} 的版本是 {mine}，比服务器的 {theirs} 旧：请安装 {theirs} 或更新版本的客户端工具。</translation>
        </message>
        <message>
            <source>{what} failed: {detail}</source>
            <translation>{what} 失败：{detail}</translation>
        </message>
        <message>
            <source>{name} is not empty; restore only into a new, empty database. Nothing was changed.</source>
            <translation>{name} 不是空库；只能恢复到新建的空数据库。未做任何更改。</translation>
        </message>
        <message>
            <source>This server login is not a person of the team (or the person is disabled); ask an administrator.</source>
            <translation>此服务器登录不属于团队中的任何人（或此人已停用）；请联系管理员。</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
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
            <source>This database is not set up as a team server (crm team init).</source>
            <translation>此数据库尚未设为团队服务器（crm team init）。</translation>
        </message>
        <message>
            <source>A team server is a PostgreSQL database: give a postgresql:// URL.</source>
            <translation>团队服务器是 PostgreSQL 数据库：请给出 postgresql:// 地址。</translation>
        </message>
        <message>
            <source>Name the first administrator with --admin NAME.</source>
            <translation>请用 --admin 名字 指定首位管理员。</translation>
        </message>
        <message>
            <source>The login {name} may not create roles; run crm team init as the database's owner with CREATEROLE.</source>
            <translation>登录 {name} 无权创建角色；请以拥有 CREATEROLE 权限的数据库所有者身份运行 crm team init。</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>10k yuan</source>
            <translation>万元</translation>
        </message>
        <message>
            <source>10k yuan / year</source>
            <translation>万元/年</translation>
        </message>
        <message>
            <source>mu</source>
            <translation>亩</translation>
        </message>
        <message>
            <source>m²</source>
            <translation>平方米</translation>
        </message>
        <message>
            <source>people</source>
            <translation>人</translation>
        </message>
        <message>
            <source>10k yuan / mu</source>
            <translation>万元/亩</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>显示版本号并退出</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个参数值</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>必须提供参数 %s 之一</translation>
        </message>
    </context>
</TS>