<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit exchange account</source>
        <translation>编辑交易所账户</translation>
    </message>
    <message>
        <source>Add exchange account</source>
        <translation>添加交易所账户</translation>
    </message>
    <message>
        <source>Other ccxt exchange…</source>
        <translation>其他 ccxt 交易所…</translation>
    </message>
    <message>
        <source>ccxt exchange id, e.g. bitget</source>
        <translation>ccxt 交易所 ID，例如 bitget</translation>
    </message>
    <message>
        <source>e.g. Binance main</source>
        <translation>例如：币安主账户</translation>
    </message>
    <message>
        <source>read-only API key</source>
        <translation>只读 API 密钥</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API 私钥</translation>
    </message>
    <message>
        <source>API passphrase</source>
        <translation>API 密码短语</translation>
    </message>
    <message>
        <source>0x… public wallet address</source>
        <translation>0x… 公开钱包地址</translation>
    </message>
    <message>
        <source>Portfolio Margin account (positions and balance from /papi)</source>
        <translation>统一账户（组合保证金，从 /papi 读取持仓和余额）</translation>
    </message>
    <message>
        <source>Tick this for a Binance Portfolio Margin account, so Undertow reads its unified account (uniMMR) rather than the USD-M wallet.</source>
        <translation>如果是 Binance 组合保证金账户请勾选，Undertow 将读取统一账户（uniMMR），而不是 U 本位合约钱包。</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>子账户</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>金库</translation>
    </message>
    <message>
        <source>0x… address to read instead (optional)</source>
        <translation>改为读取的 0x… 地址（可选）</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>全仓</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>逐仓</translation>
    </message>
    <message>
        <source>https://… (empty = the exchange&apos;s own API)</source>
        <translation>https://…（留空 = 交易所官方 API）</translation>
    </message>
    <message>
        <source>Only for proxies and mirrors. Every request, signed ones included, goes here.</source>
        <translation>仅用于代理和镜像。所有请求（包括签名请求）都会发往这里。</translation>
    </message>
    <message>
        <source>Keep the key for this session only (re-enter it after a restart)</source>
        <translation>仅在本次会话中保留密钥（重启后需重新输入）</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Wallet address</source>
        <translation>钱包地址</translation>
    </message>
    <message>
        <source>Read instead</source>
        <translation>改为读取</translation>
    </message>
    <message>
        <source>Margin mode</source>
        <translation>保证金模式</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基础 URL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the stored value)</source>
        <translation>不变（留空则保留已保存的值）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <source>Test failed: {reason}</source>
        <translation>测试失败：{reason}</translation>
    </message>
    <message>
        <source>choose an exchange</source>
        <translation>请选择交易所</translation>
    </message>
</context>
<context>
    <name>AccountRiskModel</name>
    <message>
        <source>Single-asset</source>
        <extracomment>core.model.ACCOUNT_MODES in the interface language (tests check both stay in step).</extracomment>
        <translation>单币种保证金</translation>
    </message>
    <message>
        <source>Multi-Assets</source>
        <translation>联合保证金（多资产）</translation>
    </message>
    <message>
        <source>Portfolio Margin</source>
        <translation>组合保证金</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>经典账户</translation>
    </message>
    <message>
        <source>Unified, isolated</source>
        <translation>统一账户，逐仓</translation>
    </message>
    <message>
        <source>Unified, cross</source>
        <translation>统一账户，全仓</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>现货模式</translation>
    </message>
    <message>
        <source>Futures (single-currency)</source>
        <translation>合约模式（单币种）</translation>
    </message>
    <message>
        <source>Multi-currency</source>
        <translation>跨币种保证金</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Unified account</source>
        <translation>统一账户</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>单向持仓</translation>
    </message>
    <message>
        <source>hedge</source>
        <translation>双向持仓</translation>
    </message>
    <message>
        <source>MM ÷ equity</source>
        <translation>维持保证金 ÷ 权益</translation>
    </message>
    <message>
        <source>per position</source>
        <translation>按仓位</translation>
    </message>
    <message>
        <source>none within ±90 %</source>
        <translation>±90 % 内无</translation>
    </message>
    <message>
        <source>{move} · whole account</source>
        <translation>{move} · 整个账户</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <source>No collateral haircut table was read for this account: its collateral counts at full value.</source>
        <translation>未读取到该账户的抵押品折价表：其抵押品按全额计算。</translation>
    </message>
    <message>
        <source>{account}: collateral valued at {rules}
Source: {source}</source>
        <translation>{account}：抵押品按 {rules} 计价
来源：{source}</translation>
    </message>
    <message>
        <source>{ratio}: ours {ours}, the exchange reports {reported} (more than 0.5 % apart).</source>
        <translation>{ratio}：我们算得 {ours}，交易所报告 {reported}（相差超过 0.5 %）。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The account, under the name you gave it</source>
        <translation>账户（显示您起的名称）</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>The account&apos;s margin mode as the exchange reported it at the last sync (— = not detected: classic rules are used)</source>
        <translation>上次同步时交易所报告的账户保证金模式（— = 未检测到：按经典规则计算）</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Wallet balance plus unrealised PnL, at market value</source>
        <translation>钱包余额加未实现盈亏（按市值）</translation>
    </message>
    <message>
        <source>After haircuts</source>
        <translation>折价后</translation>
    </message>
    <message>
        <source>Equity with each collateral asset valued at the exchange&apos;s collateral rate (its haircut or discount)</source>
        <translation>各抵押资产按交易所的抵押率（折价率）计价后的权益</translation>
    </message>
    <message>
        <source>Maint. margin</source>
        <translation>维持保证金</translation>
    </message>
    <message>
        <source>Maintenance margin of the account&apos;s positions, by the exchange&apos;s rules</source>
        <translation>按交易所规则计算的账户持仓维持保证金</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>The account ratio the exchange liquidates on, in its own definition</source>
        <translation>交易所据以强平的账户比率（按交易所自己的定义）</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>我们</translation>
    </message>
    <message>
        <source>The ratio as Undertow computes it from the positions, balances and the exchange&apos;s rules</source>
        <translation>Undertow 根据持仓、余额和交易所规则算出的比率</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>交易所值</translation>
    </message>
    <message>
        <source>The same ratio as the exchange reports it (— = it reports none); a warning sign marks a gap over 0.5 %</source>
        <translation>交易所报告的同一比率（— = 未报告）；相差超过 0.5 % 时显示警告标志</translation>
    </message>
    <message>
        <source>Liq. at</source>
        <translation>强平线</translation>
    </message>
    <message>
        <source>The value of the ratio at which the exchange liquidates</source>
        <translation>交易所触发强平时该比率的数值</translation>
    </message>
    <message>
        <source>Liq. move</source>
        <translation>强平涨跌幅</translation>
    </message>
    <message>
        <source>The smallest move of the market (other assets following their betas, collateral revalued) that liquidates the account, in % of the asset in brackets; none is reported beyond ±90 %. &quot;Whole account&quot;: the exchange then liquidates every position of the account at once, not one position at a time</source>
        <translation>使账户被强平的最小市场涨跌幅（其他资产按其贝塔联动，抵押品重新计价），以括号内资产的 % 表示；超过 ±90 % 不显示。“整个账户”：届时交易所会一次强平该账户的所有仓位，而不是逐个仓位</translation>
    </message>
    <message>
        <source>Position mode: {mode}</source>
        <translation>持仓模式：{mode}</translation>
    </message>
    <message>
        <source>The exchange&apos;s own ratio could not be computed for this account: shown is maintenance margin ÷ equity, which liquidates at 100 %.</source>
        <translation>无法为该账户计算交易所自己的比率：此处显示维持保证金 ÷ 权益，达到 100 % 时强平。</translation>
    </message>
    <message>
        <source>{ratio}: the exchange liquidates at {at}</source>
        <translation>{ratio}：交易所在 {at} 时强平</translation>
    </message>
    <message>
        <source>The exchange reported no account ratio at the last sync.</source>
        <translation>上次同步时交易所未报告账户比率。</translation>
    </message>
    <message>
        <source>At a {move} move the exchange liquidates the whole account, every position at once.</source>
        <translation>在 {move} 的涨跌幅时，交易所会一次强平整个账户的所有仓位。</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基础 URL</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>仅本次会话</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>全仓</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>逐仓</translation>
    </message>
    <message>
        <source>OS keyring — locked</source>
        <extracomment>The Key column when the last sync could not use the key (core.freshness problems): four different states.</extracomment>
        <translation>系统密钥环 — 已锁定</translation>
    </message>
    <message>
        <source>no OS keyring available</source>
        <translation>无可用的系统密钥环</translation>
    </message>
    <message>
        <source>missing — re-enter it</source>
        <translation>缺失 — 请重新输入</translation>
    </message>
    <message>
        <source>rejected by the exchange</source>
        <translation>被交易所拒绝</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>stale — not refreshed since {when} UTC ({age})</source>
        <translation>数据过期 — 自 {when} UTC（{age}）起未刷新</translation>
    </message>
    <message>
        <source>fresh ({age})</source>
        <translation>最新（{age}）</translation>
    </message>
    <message>
        <source>stale — showing data from {when} UTC ({age}): {error}</source>
        <translation>数据过期 — 显示 {when} UTC（{age}）的数据：{error}</translation>
    </message>
    <message>
        <source>failed, no data yet: {error}</source>
        <translation>失败，暂无数据：{error}</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>You are looking at the demo: its three exchange accounts are bundled with Undertow and are not listed here. Accounts you add here are yours; they are used when Undertow runs without --demo.</source>
        <translation>您正在查看演示：演示中的三个交易所账户随 Undertow 一起提供，不会在此列出。您在这里添加的账户属于您自己，在不带 --demo 运行 Undertow 时使用。</translation>
    </message>
    <message>
        <source>Account risk at the last sync, by each exchange&apos;s rules</source>
        <translation>上次同步时的账户风险（按各交易所规则）</translation>
    </message>
    <message>
        <source>Our figures come from the positions, balances and the exchange&apos;s own rules; the exchange&apos;s column is what the exchange itself reported. A gap over 0.5 % is marked with a warning sign.</source>
        <translation>我们的数值来自持仓、余额和交易所自己的规则；交易所一栏是交易所自己报告的数值。相差超过 0.5 % 时显示警告标志。</translation>
    </message>
    <message>
        <source>Collateral haircuts: {tables}</source>
        <translation>抵押品折价：{tables}</translation>
    </message>
    <message>
        <source>Saved. Syncing…</source>
        <translation>已保存。正在同步…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove &apos;{label}&apos; and its stored key?
Revoke the key at the exchange as well.</source>
        <translation>删除“{label}”及其保存的密钥？
请同时在交易所撤销该密钥。</translation>
    </message>
    <message>
        <source>Removed &apos;{label}&apos;.</source>
        <translation>已删除“{label}”。</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{n} d ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Desktop notification</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>电子邮件（SMTP）</translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation>ntfy</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram 机器人</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Alert channels…</source>
        <translation>预警渠道…</translation>
    </message>
    <message>
        <source>Where alerts reach you away from the screen: desktop, e-mail, ntfy, Telegram, webhook</source>
        <translation>离开屏幕时接收预警的方式：桌面、电子邮件、ntfy、Telegram、Webhook</translation>
    </message>
    <message>
        <source>Alert channels</source>
        <translation>预警渠道</translation>
    </message>
    <message>
        <source>Alerts reach you through the channels you add here, and only those. No server of Undertow&apos;s sits in between: each channel talks to your own mail server, ntfy server, Telegram bot or webhook, or to this desktop.</source>
        <translation>预警只会通过您在此添加的渠道送达。中间没有任何 Undertow 的服务器：每个渠道直接连接您自己的邮件服务器、ntfy 服务器、Telegram 机器人或 Webhook，或者本机桌面。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation>送达至</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>发送测试预警</translation>
    </message>
    <message>
        <source>Send a test alert through the selected channel now</source>
        <translation>立即通过所选渠道发送测试预警</translation>
    </message>
    <message>
        <source>What alerts may carry</source>
        <translation>预警可包含的内容</translation>
    </message>
    <message>
        <source>Include amounts (position sizes, values, balances) in alert messages</source>
        <translation>在预警消息中包含金额（仓位规模、价值、余额）</translation>
    </message>
    <message>
        <source>Off: alerts say what needs attention and how close it is, never how much. Messages pass through your mail, ntfy or Telegram provider.</source>
        <translation>关闭时：预警只说明什么需要处理以及有多接近，从不说明金额。消息会经过您的邮件、ntfy 或 Telegram 服务商。</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> 条/小时</translation>
    </message>
    <message>
        <source>At most this many alerts per channel in any hour, so a fault cannot flood your phone; alerts held back are counted in the next message</source>
        <translation>每个渠道在任意一小时内最多发送的预警条数，以免故障时刷屏您的手机；被暂缓的预警会计入下一条消息</translation>
    </message>
    <message>
        <source>At most, per channel</source>
        <translation>上限（每个渠道）</translation>
    </message>
    <message>
        <source>Ticked: alerts go out through this channel</source>
        <translation>勾选：通过此渠道发送预警</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>sent {age}</source>
        <translation>已发送（{age}）</translation>
    </message>
    <message>
        <source>held back {age} (rate limit)</source>
        <translation>已暂缓（{age}，频率限制）</translation>
    </message>
    <message>
        <source>failed {age}: {reason}</source>
        <translation>失败（{age}）：{reason}</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <source>Remove the channel “{name}” and its secret from the keyring?</source>
        <translation>删除渠道“{name}”及其在密钥环中的凭据？</translation>
    </message>
    <message>
        <source>Sending a test alert through “{name}”…</source>
        <translation>正在通过“{name}”发送测试预警…</translation>
    </message>
    <message>
        <source>✔ The test alert went out through “{name}”. Check that it arrived.</source>
        <translation>✔ 测试预警已通过“{name}”发出。请确认是否已收到。</translation>
    </message>
    <message>
        <source>The test alert through “{name}” failed: {reason}</source>
        <translation>通过“{name}”发送测试预警失败：{reason}</translation>
    </message>
    <message>
        <source>({n} tries)</source>
        <translation>（尝试 {n} 次）</translation>
    </message>
    <message>
        <source>The test alert through “{name}” could not be sent: {reason}</source>
        <translation>无法通过“{name}”发送测试预警：{reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Undertow — unexpected error</source>
        <extracomment>the app&apos;s state, once there is one: a fault of the data folder that reaches the excepthook is shown there too</extracomment>
        <translation>Undertow — 意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Details were written to {log}. Your data is safe.</source>
        <translation>出现问题：{error}

详细信息已写入 {log}。您的数据是安全的。</translation>
    </message>
    <message>
        <source>Undertow — not saved</source>
        <translation>Undertow — 未保存</translation>
    </message>
    <message>
        <source>Undertow — cannot open the database</source>
        <extracomment>how long after start-up the weekly full check of the database may run (the first sync comes first)</extracomment>
        <translation>Undertow — 无法打开数据库</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>No accounts or wallets are configured yet.</source>
        <extracomment>Settings whose change alters the analysis (not just how it is drawn): a change re-analyses.</extracomment>
        <translation>尚未配置任何账户或钱包。</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>同步失败：{reason}</translation>
    </message>
    <message>
        <source>The full check of the database {path} found damage ({problem}). Nothing was changed; restore a backup, or run &apos;undertow db check&apos; for details.</source>
        <translation>对数据库 {path} 的完整检查发现了损坏（{problem}）。未做任何更改；请从备份恢复，或运行 &apos;undertow db check&apos; 查看详情。</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <source>Entry price</source>
        <translation>开仓价格</translation>
    </message>
    <message>
        <source>Average entry price (quote per base)</source>
        <translation>开仓均价（计价币/基础币）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Base units for linear contracts, number of contracts for inverse</source>
        <translation>U 本位合约为基础币数量，币本位合约为合约张数</translation>
    </message>
    <message>
        <source>Contract size</source>
        <translation>合约面值</translation>
    </message>
    <message>
        <source>Inverse: USD face value of one contract; linear: base per contract</source>
        <translation>币本位：每张合约的美元面值；U 本位：每张合约的基础币数量</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Isolated: margin defaults to position value / leverage</source>
        <translation>逐仓：保证金默认为仓位价值 ÷ 杠杆</translation>
    </message>
    <message>
        <source>Isolated margin</source>
        <translation>逐仓保证金</translation>
    </message>
    <message>
        <source>Quote units (linear) or coin (inverse)</source>
        <translation>计价币（U 本位）或币（币本位）</translation>
    </message>
    <message>
        <source>Cross wallet</source>
        <translation>全仓钱包余额</translation>
    </message>
    <message>
        <source>Cross: wallet balance in the settle currency</source>
        <translation>全仓：以结算币计的钱包余额</translation>
    </message>
    <message>
        <source>Other positions&apos; MM</source>
        <translation>其他仓位的维持保证金</translation>
    </message>
    <message>
        <source>Cross: maintenance margin of the other positions</source>
        <translation>全仓：其他仓位的维持保证金</translation>
    </message>
    <message>
        <source>Other positions&apos; uPnL</source>
        <translation>其他仓位的未实现盈亏</translation>
    </message>
    <message>
        <source>Cross: unrealised PnL of the other positions</source>
        <translation>全仓：其他仓位的未实现盈亏</translation>
    </message>
    <message>
        <source>Maintenance rate</source>
        <translation>维持保证金率</translation>
    </message>
    <message>
        <source>Fraction (0.005 = 0.5 %); empty: the symbol&apos;s tier table</source>
        <translation>小数（0.005 = 0.5 %）；留空则使用该合约的阶梯表</translation>
    </message>
    <message>
        <source>Maintenance amount</source>
        <translation>维持保证金速算额</translation>
    </message>
    <message>
        <source>Binance cum / Bybit MM deduction</source>
        <translation>币安 cum / Bybit 维持保证金扣减额</translation>
    </message>
    <message>
        <source>Taker fee rate</source>
        <translation>吃单手续费率</translation>
    </message>
    <message>
        <source>OKX&apos;s formula includes it (default 0.0005)</source>
        <translation>OKX 的公式包含此项（默认 0.0005）</translation>
    </message>
    <message>
        <source>Max leverage</source>
        <translation>最大杠杆</translation>
    </message>
    <message>
        <source>Hyperliquid: maintenance = 1 / (2 × max leverage)</source>
        <translation>Hyperliquid：维持保证金率 = 1 / (2 × 最大杠杆)</translation>
    </message>
    <message>
        <source>Liquidation calculator</source>
        <translation>强平价格计算器</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>逐仓</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>全仓</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Margin mode</source>
        <translation>保证金模式</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Tier table</source>
        <translation>阶梯表</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Liquidation price</source>
        <translation>强平价格</translation>
    </message>
    <message>
        <source>Bankruptcy price</source>
        <translation>破产价格</translation>
    </message>
    <message>
        <source>Distance from entry</source>
        <translation>距开仓价距离</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计算规则</translation>
    </message>
    <message>
        <source>{venue} has no calculator rule; showing the closest inputs</source>
        <translation>{venue} 没有对应的计算规则；显示最接近的输入</translation>
    </message>
    <message>
        <source>{symbol}: {n} tiers (used when rate is empty)</source>
        <translation>{symbol}：{n} 档（费率留空时使用）</translation>
    </message>
    <message>
        <source>none: enter the maintenance rate</source>
        <translation>无：请输入维持保证金率</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number</source>
        <translation>{field}：{text} 不是数字</translation>
    </message>
    <message>
        <source>enter the entry price and the size</source>
        <translation>请输入开仓价格和数量</translation>
    </message>
</context>
<context>
    <name>CascadeGrid</name>
    <message>
        <source>Shock</source>
        <translation>冲击</translation>
    </message>
    <message>
        <source>The move you impose (the driver&apos;s shock × the symbol&apos;s beta, or the preset&apos;s own shock)</source>
        <translation>施加的价格变动（基准资产冲击 × 该合约的贝塔，或预设自带的冲击）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Where the price ends after the liquidation cascade has run its course</source>
        <translation>连环爆仓结束后价格最终所在位置</translation>
    </message>
    <message>
        <source>Price after</source>
        <translation>最终价格</translation>
    </message>
    <message>
        <source>Final price (USD) after the cascade</source>
        <translation>连环爆仓后的最终价格（USD）</translation>
    </message>
    <message>
        <source>Amplification</source>
        <translation>放大倍数</translation>
    </message>
    <message>
        <source>Final move ÷ imposed move: 1.00× means the cascade added nothing</source>
        <translation>最终变动 ÷ 施加变动：1.00× 表示连环爆仓没有额外影响</translation>
    </message>
    <message>
        <source>Longs liquidated</source>
        <translation>多头强平额</translation>
    </message>
    <message>
        <source>Market-wide long positions force-closed (USD notional, estimated from open interest)</source>
        <translation>全市场被强平的多头仓位（美元名义价值，根据未平仓量估算）</translation>
    </message>
    <message>
        <source>Shorts liquidated</source>
        <translation>空头强平额</translation>
    </message>
    <message>
        <source>Market-wide short positions force-closed (USD notional)</source>
        <translation>全市场被强平的空头仓位（美元名义价值）</translation>
    </message>
    <message>
        <source>Insurance fund</source>
        <translation>保险基金</translation>
    </message>
    <message>
        <source>Insurance fund spent covering liquidations that closed beyond their bankruptcy price</source>
        <translation>用于弥补在破产价格之外成交的强平损失的保险基金</translation>
    </message>
    <message>
        <source>ADL</source>
        <translation>ADL</translation>
    </message>
    <message>
        <source>Notional of profitable traders auto-deleveraged once the insurance fund ran dry</source>
        <translation>保险基金耗尽后被自动减仓（ADL）的盈利交易者名义价值</translation>
    </message>
    <message>
        <source>Runaway</source>
        <translation>失控</translation>
    </message>
    <message>
        <source>RUNAWAY: the forced orders emptied the modelled book — the price has no floor in this model</source>
        <translation>失控：强平单吃光了模型中的订单簿 — 该模型中价格没有底</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>仓位</translation>
    </message>
    <message>
        <source>Your position: asset, side and venue</source>
        <translation>您的仓位：资产、方向和交易所</translation>
    </message>
    <message>
        <source>Liq.</source>
        <translation>强平</translation>
    </message>
    <message>
        <source>Liquidated at this shock if only the shock moves the price?</source>
        <translation>仅由冲击推动价格时，在此冲击下是否被强平？</translation>
    </message>
    <message>
        <source>Liq. +casc.</source>
        <translation>强平+连环</translation>
    </message>
    <message>
        <source>Liquidated at this shock once the cascade has pushed the price further?</source>
        <translation>连环爆仓进一步推动价格后，在此冲击下是否被强平？</translation>
    </message>
    <message>
        <source>Dies at</source>
        <translation>强平点</translation>
    </message>
    <message>
        <source>Smallest driver shock (within ±50 %) that liquidates it without the cascade</source>
        <translation>不计连环爆仓时导致其强平的最小冲击（±50 % 以内）</translation>
    </message>
    <message>
        <source>Dies at +casc.</source>
        <translation>强平点+连环</translation>
    </message>
    <message>
        <source>Smallest driver shock that liquidates it with the cascade: the real distance</source>
        <translation>计入连环爆仓时导致其强平的最小冲击：真实距离</translation>
    </message>
    <message>
        <source>ADL risk: profitable while its market needs auto-deleveraging — it may be closed for you</source>
        <translation>ADL 风险：在市场需要自动减仓时处于盈利状态 — 可能被强制平仓</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>当前 {price}</translation>
    </message>
    <message>
        <source>RUNAWAY</source>
        <translation>失控</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{symbol}: mark {price}</source>
        <translation>{symbol}：标记价格 {price}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>liquidation price {price} (venue rules)</source>
        <translation>强平价格 {price}（交易所规则）</translation>
    </message>
    <message>
        <source>ADL risk</source>
        <translation>ADL 风险</translation>
    </message>
    <message>
        <source>Profitable while its market needs ADL</source>
        <translation>在市场需要 ADL 时处于盈利</translation>
    </message>
    <message>
        <source>your equity {without} without the cascade, &lt;b&gt;{with_}&lt;/b&gt; with it</source>
        <translation>您的权益：无连环爆仓 {without}，有连环爆仓 &lt;b&gt;{with_}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{dead} of {total} positions liquidated</source>
        <translation>{total} 个仓位中 {dead} 个被强平</translation>
    </message>
    <message>
        <source>market: longs {longs} and shorts {shorts} liquidated, insurance fund {fund}, ADL {adl}</source>
        <translation>市场：多头强平 {longs}，空头强平 {shorts}，保险基金 {fund}，ADL {adl}</translation>
    </message>
    <message>
        <source>runaway in {symbols}</source>
        <translation>{symbols} 失控</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>A notification on this computer&apos;s desktop while Undertow runs (the tray icon&apos;s message where the desktop has no notification service).</source>
        <translation>Undertow 运行时在本机桌面显示通知（桌面没有通知服务时改用托盘图标消息）。</translation>
    </message>
    <message>
        <source>Sent through your own mail server with STARTTLS or TLS; the password stays in the OS keyring.</source>
        <translation>通过您自己的邮件服务器以 STARTTLS 或 TLS 发送；密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>A push notification to the ntfy app on your phone, through ntfy.sh or your own ntfy server. On a public server the topic works like a password: pick one that is hard to guess.</source>
        <translation>通过 ntfy.sh 或您自己的 ntfy 服务器向手机上的 ntfy 应用推送通知。在公共服务器上，主题相当于密码：请选择一个难以猜到的主题。</translation>
    </message>
    <message>
        <source>A message from your own Telegram bot (create one with @BotFather, then send it a message and enter your chat id).</source>
        <translation>来自您自己的 Telegram 机器人的消息（用 @BotFather 创建机器人，先给它发一条消息，再填写您的聊天 ID）。</translation>
    </message>
    <message>
        <source>A JSON POST to a URL of yours (Home Assistant, n8n, your own script). With a signing secret, the body is signed with HMAC-SHA256 in the X-Undertow-Signature header.</source>
        <translation>向您的 URL 发送 JSON POST（Home Assistant、n8n、您自己的脚本）。设置签名密钥后，请求体会用 HMAC-SHA256 签名，签名放在 X-Undertow-Signature 头中。</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>机器人令牌</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>聊天 ID</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Bot API 服务器</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>例如：smtp.example.org</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>服务器无需登录时留空</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>发件地址</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas</source>
        <translation>一个或多个地址，用逗号分隔</translation>
    </message>
    <message>
        <source>optional: a PEM file for a self-hosted server</source>
        <translation>可选：自建服务器的 PEM 文件</translation>
    </message>
    <message>
        <source>a hard-to-guess topic name</source>
        <translation>难以猜到的主题名</translation>
    </message>
    <message>
        <source>optional, for a protected topic (tk_…)</source>
        <translation>可选，用于受保护的主题（tk_…）</translation>
    </message>
    <message>
        <source>123456789:AA… from @BotFather</source>
        <translation>来自 @BotFather 的 123456789:AA…</translation>
    </message>
    <message>
        <source>a number, or @channel</source>
        <translation>数字或 @channel</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Edit alert channel</source>
        <translation>编辑预警渠道</translation>
    </message>
    <message>
        <source>Add alert channel</source>
        <translation>添加预警渠道</translation>
    </message>
    <message>
        <source>Your name for this channel (letters, digits, - and _), also used by &apos;undertow alert test NAME&apos;</source>
        <translation>您为此渠道起的名称（字母、数字、- 和 _），也用于 &apos;undertow alert test NAME&apos;</translation>
    </message>
    <message>
        <source>Send alerts through this channel</source>
        <translation>通过此渠道发送预警</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS（端口 465）</translation>
    </message>
    <message>
        <source>Keep the secret for this session only (re-enter it after a restart)</source>
        <translation>仅在本次会话中保留凭据（重启后需重新输入）</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the stored value)</source>
        <translation>不变（留空则保留已保存的值）</translation>
    </message>
</context>
<context>
    <name>ColdMoveDialog</name>
    <message>
        <source>Move to cold storage</source>
        <translation>转入冷存储</translation>
    </message>
    <message>
        <source>I checked this address on my device&apos;s screen</source>
        <translation>我已在设备屏幕上核对此地址</translation>
    </message>
    <message>
        <source>I moved it</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出方</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>To wallet</source>
        <translation>转入钱包</translation>
    </message>
    <message>
        <source>Receive address</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>Only what is not needed as margin (beyond {multiple}× the required margin) is suggested.</source>
        <translation>仅建议转出保证金不需要的部分（超出所需保证金 {multiple}× 的部分）。</translation>
    </message>
    <message>
        <source>Nothing on this account is free of margin duties right now.</source>
        <translation>该账户目前没有可从保证金中释放的资产。</translation>
    </message>
    <message>
        <source>Add a watch-only wallet for this asset first.</source>
        <translation>请先为该资产添加一个只读（观察）钱包。</translation>
    </message>
    <message>
        <source>looking for the next unused address…</source>
        <translation>正在查找下一个未使用地址…</translation>
    </message>
    <message>
        <source>This is receive address #{index}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>这是收款地址 #{index}。请在设备上核对显示的地址完全一致，然后在交易所提币并点击“已转出”。</translation>
    </message>
    <message>
        <source>This is the wallet&apos;s address. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>这是钱包地址。请在设备上核对显示的地址完全一致，然后在交易所提币并点击“已转出”。</translation>
    </message>
    <message>
        <source>Could not find the next unused address: {reason}</source>
        <translation>无法找到下一个未使用地址：{reason}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>longs pay</source>
        <translation>多头付费</translation>
    </message>
    <message>
        <source>shorts pay</source>
        <translation>空头付费</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>合约</translation>
    </message>
    <message>
        <source>The perpetual contract you hold</source>
        <translation>您持有的永续合约</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>The exchange this market trades on (ccxt id)</source>
        <translation>该市场所在的交易所（ccxt ID）</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记价格</translation>
    </message>
    <message>
        <source>Mark price: the price liquidations are measured against</source>
        <translation>标记价格：判断强平所依据的价格</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>Funding rate per 8 h. Positive: longs pay shorts to keep the position open, so the crowd is long. 0.01 % is the usual neutral rate.</source>
        <translation>每 8 小时资金费率。为正：多头向空头付费以维持仓位，说明市场偏多。0.01 % 为通常的中性费率。</translation>
    </message>
    <message>
        <source>Crowd</source>
        <translation>拥挤方向</translation>
    </message>
    <message>
        <source>One-sided funding (beyond ±0.03 % per 8 h) means most traders lean one way. A crowded side is the fuel of a cascade: if the price turns, their liquidations push it further.</source>
        <translation>资金费率单边（每 8 小时超过 ±0.03 %）说明多数交易者押注同一方向。拥挤的一方是连环爆仓的燃料：价格一旦反转，他们的强平会把价格推得更远。</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>未平仓量</translation>
    </message>
    <message>
        <source>Value of all open contracts on this venue, USD: the leverage sitting in the market</source>
        <translation>该交易所所有未平仓合约的价值（USD）：市场中积累的杠杆</translation>
    </message>
    <message>
        <source>OI change</source>
        <translation>持仓变化</translation>
    </message>
    <message>
        <source>Open-interest change since the previous snapshot. Rising open interest into a move means new leverage is piling in; more positions can be forced out later.</source>
        <translation>自上一快照以来的未平仓量变化。行情中未平仓量上升意味着新杠杆在涌入，之后可能有更多仓位被强平。</translation>
    </message>
    <message>
        <source>Depth 1 %</source>
        <translation>深度 1 %</translation>
    </message>
    <message>
        <source>Order-book depth within 1 % of the price, USD: buy orders below / sell orders above. The bids are how much selling the book absorbs before the price drops 1 %; thin books fall fast. Sorts by the thinner side.</source>
        <translation>价格 1 % 范围内的订单簿深度（USD）：下方买单 / 上方卖单。买单表示价格下跌 1 % 前订单簿能吸收多少卖出；薄的订单簿跌得快。按较薄一侧排序。</translation>
    </message>
    <message>
        <source>Depth 2 %</source>
        <translation>深度 2 %</translation>
    </message>
    <message>
        <source>Order-book depth within 2 % of the price, USD: bids below / asks above. Sorts by the thinner side.</source>
        <translation>价格 2 % 范围内的订单簿深度（USD）：下方买单 / 上方卖单。按较薄一侧排序。</translation>
    </message>
    <message>
        <source>Cluster below</source>
        <translation>下方强平带</translation>
    </message>
    <message>
        <source>Nearest dense band of long liquidations below the price (estimated from open interest, like the public heatmaps): price, distance and USD that would be force-sold there. Price tends to be pulled to these levels, and crossing one accelerates the fall.</source>
        <translation>价格下方最近的密集多头强平带（与公开热力图一样根据未平仓量估算）：价格、距离以及在那里将被强制卖出的美元金额。价格往往会被吸引到这些位置，一旦跌破会加速下跌。</translation>
    </message>
    <message>
        <source>Cluster above</source>
        <translation>上方强平带</translation>
    </message>
    <message>
        <source>Nearest dense band of short liquidations above the price: price, distance and USD that would be force-bought there (squeeze fuel).</source>
        <translation>价格上方最近的密集空头强平带：价格、距离以及在那里将被强制买入的美元金额（轧空的燃料）。</translation>
    </message>
    <message>
        <source>{notional} of liquidations around {price}, {distance} below the mark.</source>
        <translation>{price} 附近有 {notional} 的强平，位于标记价格下方 {distance}。</translation>
    </message>
    <message>
        <source>{notional} of liquidations around {price}, {distance} above the mark.</source>
        <translation>{price} 附近有 {notional} 的强平，位于标记价格上方 {distance}。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The exchange account holding it</source>
        <translation>持有该仓位的交易所账户</translation>
    </message>
    <message>
        <source>Exchange (ccxt id)</source>
        <translation>交易所（ccxt ID）</translation>
    </message>
    <message>
        <source>The perpetual contract</source>
        <translation>永续合约</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Long (bet up) or short (bet down)</source>
        <translation>多头（看涨）或空头（看跌）</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Cross: the whole account backs it. Isolated: only its own margin can be lost</source>
        <translation>全仓：整个账户为其担保。逐仓：最多只损失其自身保证金</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Size in the venue&apos;s contracts at that time</source>
        <translation>当时以交易所合约计的数量</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>开仓价</translation>
    </message>
    <message>
        <source>Average entry price then</source>
        <translation>当时的开仓均价</translation>
    </message>
    <message>
        <source>Mark price at the snapshot (what liquidations are measured against)</source>
        <translation>快照时的标记价格（判断强平的依据）</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>名义价值</translation>
    </message>
    <message>
        <source>Position value at mark, in the display currency at that snapshot&apos;s rates: how much market exposure it carried</source>
        <translation>按标记价格计算的仓位价值（显示货币，按该快照时的汇率）：承担了多少市场敞口</translation>
    </message>
    <message>
        <source>uPnL</source>
        <translation>未实现盈亏</translation>
    </message>
    <message>
        <source>Unrealised profit or loss then, in the settle currency</source>
        <translation>当时的未实现盈亏（以结算币计）</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Leverage set on the venue</source>
        <translation>在交易所设置的杠杆</translation>
    </message>
    <message>
        <source>Liq. (reported)</source>
        <translation>强平（交易所）</translation>
    </message>
    <message>
        <source>Liquidation price the exchange reported at that time (— if it said nothing)</source>
        <translation>当时交易所报告的强平价格（未报告则为 —）</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Exchange account, wallet or manual entry</source>
        <translation>交易所账户、钱包或手动录入</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>托管方式</translation>
    </message>
    <message>
        <source>Who holds the keys: an exchange, your hardware or software wallet, or another custodian</source>
        <translation>谁持有私钥：交易所、您的硬件或软件钱包，或其他托管方</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Coin or token</source>
        <translation>币或代币</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Units held at the snapshot (exchange: wallet total as the venue reports it)</source>
        <translation>快照时持有的数量（交易所：交易所报告的钱包总额）</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Not locked as margin or in orders (exchange balances only)</source>
        <translation>未被保证金或挂单占用（仅限交易所余额）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>USD per unit then</source>
        <translation>当时每单位的美元价格</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Amount × price, in the display currency at that snapshot&apos;s rates (— when no price was known)</source>
        <translation>数量 × 价格，显示货币，按该快照时的汇率（价格未知时为 —）</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>硬件钱包</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>软件钱包</translation>
    </message>
    <message>
        <source>Other custodian</source>
        <translation>其他托管方</translation>
    </message>
</context>
<context>
    <name>CustodyChart</name>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>硬件钱包</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>软件钱包</translation>
    </message>
    <message>
        <source>Other custodian</source>
        <translation>其他托管方</translation>
    </message>
</context>
<context>
    <name>CustodyView</name>
    <message>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <source>Long-term in self-custody</source>
        <translation>长期持有中自托管占比</translation>
    </message>
    <message>
        <source>Long-term on exchanges</source>
        <translation>存放在交易所的长期持有</translation>
    </message>
    <message>
        <source>Collateral not needed as margin</source>
        <translation>保证金不需要的抵押品</translation>
    </message>
    <message>
        <source>Largest exchange share</source>
        <translation>最大交易所占比</translation>
    </message>
    <message>
        <source>Snooze 1 day</source>
        <translation>推迟 1 天</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Move to cold storage…</source>
        <translation>转入冷存储…</translation>
    </message>
    <message>
        <source>I verified on my device</source>
        <translation>已在设备上核对</translation>
    </message>
    <message>
        <source>Watch a wallet…</source>
        <translation>观察钱包…</translation>
    </message>
    <message>
        <source>Holdings by place</source>
        <translation>按位置划分的持有资产</translation>
    </message>
    <message>
        <source>Where the money sits</source>
        <translation>资金所在位置</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>待处理提醒</translation>
    </message>
    <message>
        <source>{share} of net worth</source>
        <translation>占净资产 {share}</translation>
    </message>
    <message>
        <source>API key problem</source>
        <translation>API 密钥问题</translation>
    </message>
    <message>
        <source>details hidden</source>
        <translation>详情已隐藏</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>没有需要处理的事项。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <source>Everything you own, in the display currency chosen in Settings: exchange equity (balances including unrealised PnL), watch-only wallets and manual holdings</source>
        <translation>您拥有的全部资产（以设置中选择的显示货币计）：交易所权益（含未实现盈亏的余额）、只读钱包和手动录入的持仓</translation>
    </message>
    <message>
        <source>Nearest liquidation</source>
        <translation>最近的强平</translation>
    </message>
    <message>
        <source>The position that needs the smallest adverse move of its mark price to be liquidated, by the venue&apos;s own rules</source>
        <translation>按交易所自身规则，标记价格最小不利变动即被强平的仓位</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假如</translation>
    </message>
    <message>
        <source>The default what-if: an instant gap with the liquidation cascade, i.e. forced sells walking the order book and triggering more liquidations</source>
        <translation>默认情景：伴随连环爆仓的瞬间跳空，即强平卖单吃穿订单簿并引发更多强平</translation>
    </message>
    <message>
        <source>Where your money sits</source>
        <translation>资金所在位置</translation>
    </message>
    <message>
        <source>Exchange balances are in the blast radius of a venue failure; hardware and software wallets are self-custody</source>
        <translation>交易所余额处于交易所倒闭的波及范围内；硬件和软件钱包属于自托管</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Things worth doing now: moving idle collateral to cold storage, reducing exposure to one exchange, positions close to liquidation</source>
        <translation>现在值得做的事：把闲置抵押品转入冷存储、降低对单一交易所的敞口、处理接近强平的仓位</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>数据新鲜度</translation>
    </message>
    <message>
        <source>When each source was last synced successfully; a stale source shows its last good data</source>
        <translation>各数据源最近一次同步成功的时间；过期的数据源显示其最后一次的有效数据</translation>
    </message>
    <message>
        <source>Open the simulator…</source>
        <translation>打开模拟器…</translation>
    </message>
    <message>
        <source>First check: no earlier snapshot to compare with</source>
        <translation>首次检查：没有可比较的早期快照</translation>
    </message>
    <message>
        <source>{change} since {when}</source>
        <translation>自 {when} 以来 {change}</translation>
    </message>
    <message>
        <source>On exchanges {exchanges} · self-custody {self_custody}</source>
        <translation>交易所 {exchanges} · 自托管 {self_custody}</translation>
    </message>
    <message>
        <source>{share} % of long-term holdings are in self-custody</source>
        <translation>长期持有中 {share} % 为自托管</translation>
    </message>
    <message>
        <source>{currency} rate unavailable, amounts shown in USD</source>
        <translation>没有 {currency} 汇率，金额以 USD 显示</translation>
    </message>
    <message>
        <source>Price unknown, left out of the totals: {assets}</source>
        <translation>价格未知，未计入合计：{assets}</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>无持仓</translation>
    </message>
    <message>
        <source>({n} daily σ)</source>
        <translation>（{n} 个日波动 σ）</translation>
    </message>
    <message>
        <source>liquidation at {liquidation}, mark {mark}</source>
        <translation>强平价 {liquidation}，标记价格 {mark}</translation>
    </message>
    <message>
        <source>{mark} Stale: the last good data of {account}, {age}</source>
        <translation>{mark} 数据过期：{account} 的最后一次有效数据，{age}</translation>
    </message>
    <message>
        <source>{n} position(s) would not survive a {gap} gap:</source>
        <translation>{n} 个仓位扛不住 {gap} 跳空：</translation>
    </message>
    <message>
        <source>Every position survives a {gap} gap.</source>
        <translation>所有仓位都能扛住 {gap} 跳空。</translation>
    </message>
    <message>
        <source>No positions to stress.</source>
        <translation>没有可做压力测试的仓位。</translation>
    </message>
    <message>
        <source>The what-if could not run: {error}</source>
        <translation>情景无法运行：{error}</translation>
    </message>
    <message>
        <source>{move} with the cascade</source>
        <translation>计入连环爆仓 {move}</translation>
    </message>
    <message>
        <source>{n} position(s) liquidated</source>
        <translation>{n} 个仓位被强平</translation>
    </message>
    <message>
        <source>({n} only because of the cascade)</source>
        <translation>（其中 {n} 个仅因连环爆仓）</translation>
    </message>
    <message>
        <source>Exchange equity after: {with_cascade} with the cascade, {without} without</source>
        <translation>之后的交易所权益：有连环爆仓 {with_cascade}，无连环爆仓 {without}</translation>
    </message>
    <message>
        <source>API key problem</source>
        <translation>API 密钥问题</translation>
    </message>
    <message>
        <source>Nothing due. ✓</source>
        <translation>没有待办事项。✓</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No sources configured.</source>
        <translation>未配置数据源。</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>自托管</translation>
    </message>
    <message>
        <source>Other custodians</source>
        <translation>其他托管方</translation>
    </message>
    <message>
        <source>{symbol} {side} on {venue}</source>
        <translation>{venue} 上的 {symbol} {side}</translation>
    </message>
</context>
<context>
    <name>DepthChart</name>
    <message>
        <source>bids (absorb forced selling)</source>
        <translation>买单（承接强平卖出）</translation>
    </message>
    <message>
        <source>asks (absorb forced buying)</source>
        <translation>卖单（承接强平买入）</translation>
    </message>
    <message>
        <source>distance from mid (%, log)</source>
        <translation>距中间价距离（%，对数）</translation>
    </message>
    <message>
        <source>cumulative depth (log)</source>
        <translation>累计深度（对数）</translation>
    </message>
    <message>
        <source>{symbol} book depth × {factor}</source>
        <translation>{symbol} 订单簿深度 × {factor}</translation>
    </message>
    <message>
        <source>cascade push {push}</source>
        <translation>连环爆仓推动 {push}</translation>
    </message>
</context>
<context>
    <name>EquityChart</name>
    <message>
        <source>without cascade</source>
        <translation>无连环爆仓</translation>
    </message>
    <message>
        <source>with cascade</source>
        <translation>有连环爆仓</translation>
    </message>
    <message>
        <source>liquidated (cascade)</source>
        <translation>强平（连环）</translation>
    </message>
    <message>
        <source>liquidated (no cascade)</source>
        <translation>强平（无连环）</translation>
    </message>
    <message>
        <source>driver shock (%)</source>
        <translation>基准资产冲击（%）</translation>
    </message>
    <message>
        <source>your exchange equity</source>
        <translation>您的交易所权益</translation>
    </message>
    <message>
        <source>Equity vs shock</source>
        <translation>权益与冲击</translation>
    </message>
    <message>
        <source>Drag to set the shock (the same as the slider)</source>
        <translation>拖动以设置冲击（与滑块相同）</translation>
    </message>
    <message>
        <source>Liquidated at {shock} with the cascade:</source>
        <translation>计入连环爆仓，在 {shock} 时被强平：</translation>
    </message>
    <message>
        <source>Liquidated at {shock} without the cascade:</source>
        <translation>不计连环爆仓，在 {shock} 时被强平：</translation>
    </message>
    <message>
        <source>equity just before: {equity}</source>
        <translation>强平前权益：{equity}</translation>
    </message>
    <message>
        <source>Runaway: forced orders emptied the modelled order book here; the cascade has no floor in this model and the equity shown is not meaningful</source>
        <translation>失控：此处强平单吃光了模型中的订单簿；该模型中连环爆仓没有底，显示的权益没有意义</translation>
    </message>
</context>
<context>
    <name>FragilityView</name>
    <message>
        <source>Signals traders watch before a cascade, for every market you hold: one-sided funding, open interest piling up, thin order books near the price and dense liquidation clusters close to it. Hover a column title for what it means.</source>
        <translation>交易者在连环爆仓前关注的信号，覆盖您持有的每个市场：单边的资金费率、不断累积的未平仓量、价格附近稀薄的订单簿以及临近的密集强平带。将鼠标悬停在列标题上可查看含义。</translation>
    </message>
    <message>
        <source>Clusters are estimated from open interest and a typical leverage mix (like the public liquidation heatmaps), not read from the exchanges&apos; books; OI change is against the previous stored snapshot.</source>
        <translation>强平带根据未平仓量和典型的杠杆分布估算（与公开的强平热力图相同），并非读取自交易所账本；持仓变化与上一次保存的快照比较。</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>You hold no positions, so there is nothing to watch here.</source>
        <translation>您没有持仓，这里没有需要关注的内容。</translation>
    </message>
    <message>
        <source>No market data was synced for the markets you hold.</source>
        <translation>您持有市场的行情数据未能同步。</translation>
    </message>
    <message>
        <source>{symbol} on {venue} ({side})</source>
        <translation>{venue} 上的 {symbol}（{side}）</translation>
    </message>
    <message>
        <source>{n} markets</source>
        <translation>{n} 个市场</translation>
    </message>
    <message>
        <source>one-sided funding: {markets}</source>
        <translation>资金费率单边：{markets}</translation>
    </message>
    <message>
        <source>closest long-liquidation cluster: {symbol} {distance} below on {venue}</source>
        <translation>最近的多头强平带：{venue} 上的 {symbol}，下方 {distance}</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>The OS keyring is locked, so the API key of {label} could not be read. Unlock the keyring (log in to the desktop session, or unlock it in your password manager), then refresh.</source>
        <translation>系统密钥环已锁定，无法读取 {label} 的 API 密钥。请解锁密钥环（登录桌面会话，或在密码管理器中解锁），然后刷新。</translation>
    </message>
    <message>
        <source>No OS keyring is available (no Secret Service is running), so the API key of {label} could not be read. Install or start a Secret Service (e.g. gnome-keyring or KeePassXC), then refresh.</source>
        <translation>没有可用的系统密钥环（Secret Service 未运行），无法读取 {label} 的 API 密钥。请安装或启动 Secret Service（例如 gnome-keyring 或 KeePassXC），然后刷新。</translation>
    </message>
    <message>
        <source>No API key is stored for {label}. Re-enter the key in Accounts.</source>
        <translation>{label} 没有保存 API 密钥。请在“账户”中重新输入密钥。</translation>
    </message>
    <message>
        <source>The exchange rejected the API key of {label} (revoked, expired or mistyped). Create a new read-only key at the exchange and enter it in Accounts.</source>
        <translation>交易所拒绝了 {label} 的 API 密钥（已撤销、已过期或输入有误）。请在交易所创建新的只读密钥，并在“账户”中输入。</translation>
    </message>
    <message>
        <source>The API key of {label} may not read this account. Enable read access for it at the exchange, or create a new read-only key.</source>
        <translation>{label} 的 API 密钥无权读取该账户。请在交易所为其开启读取权限，或创建新的只读密钥。</translation>
    </message>
    <message>
        <source>{label} has not been refreshed since {when}. Refresh (F5).</source>
        <translation>{label} 自 {when} 起未刷新。请刷新（F5）。</translation>
    </message>
    <message>
        <source>keyring locked</source>
        <translation>密钥环已锁定</translation>
    </message>
    <message>
        <source>no keyring available</source>
        <translation>无可用密钥环</translation>
    </message>
    <message>
        <source>API key missing</source>
        <translation>缺少 API 密钥</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <source>no read permission</source>
        <translation>无读取权限</translation>
    </message>
    <message>
        <source>not refreshed</source>
        <translation>未刷新</translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No data: {label} has never synced successfully.</source>
        <translation>无数据：{label} 从未同步成功。</translation>
    </message>
    <message>
        <source>{mark} Stale: the last good data of {label}, from {when} ({age}).</source>
        <translation>{mark} 数据过期：{label} 的最后一次有效数据，来自 {when}（{age}）。</translation>
    </message>
    <message>
        <source>{mark} Includes stale data: {sources}</source>
        <translation>{mark} 含过期数据：{sources}</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data.</source>
        <translation>全部失联：没有任何交易所账户有最新数据。</translation>
    </message>
    <message>
        <source>Positions, distances and reminders shown are the last good data, from {age}.</source>
        <translation>显示的持仓、距离和提醒均为最后一次的有效数据，来自 {age}。</translation>
    </message>
    <message>
        <source>Nothing is known about your positions.</source>
        <translation>无法得知您的仓位情况。</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data.</source>
        <translation>部分失联：{total} 个交易所账户中有 {n} 个没有最新数据。</translation>
    </message>
    <message>
        <source>Their rows are marked {mark} and greyed.</source>
        <translation>其所在行以 {mark} 标记并显示为灰色。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <source>Exchange equity</source>
        <translation>交易所权益</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>自托管</translation>
    </message>
    <message>
        <source>Gross exposure</source>
        <translation>总敞口</translation>
    </message>
    <message>
        <source>Net exposure</source>
        <translation>净敞口</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Points drawn for one window at most: about a wide screen&apos;s width; a longer window is thinned in SQL. The time windows of the range box: (label, days back from now; None = everything stored).</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>Net worth, exchange equity and self-custody over time, with your gross and net exposure (position sizes at mark). Click a point to open that snapshot below.</source>
        <translation>净资产、交易所权益和自托管随时间的变化，以及您的总敞口和净敞口（按标记价格的仓位规模）。点击某个点可在下方打开该快照。</translation>
    </message>
    <message>
        <source>Self-custody share: the part of your long-term holdings that sits in your own wallets, not on an exchange. Exchanges are not vaults: this line should go up.</source>
        <translation>自托管占比：长期持有中存放在您自己钱包而非交易所的部分。交易所不是保险库：这条线应当上升。</translation>
    </message>
    <message>
        <source>Self-custody %</source>
        <translation>自托管 %</translation>
    </message>
    <message>
        <source>Stored snapshots, newest first: pick one to see its positions and balances</source>
        <translation>已保存的快照，最新在前：选择一个查看其持仓和余额</translation>
    </message>
    <message>
        <source>The time range of the charts. A long range is drawn from one snapshot per time step; a shorter one shows every snapshot in it.</source>
        <translation>图表的时间范围。长范围按每个时间步取一个快照绘制；较短的范围显示其中的每个快照。</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Balances and holdings</source>
        <translation>余额与持有资产</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Positions, balances and holdings of the picked snapshot in one CSV file (a &apos;section&apos; column tells them apart; exact numbers)</source>
        <translation>将所选快照的持仓、余额和持有资产导出到一个 CSV 文件（用 &apos;section&apos; 列区分；数值精确）</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>The whole picked snapshot as JSON, numbers as exact decimal text</source>
        <translation>将所选快照完整导出为 JSON，数值为精确的十进制文本</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <source>The history could not be read: {error}</source>
        <translation>无法读取历史：{error}</translation>
    </message>
    <message>
        <source>No snapshot in this time range.</source>
        <translation>此时间范围内没有快照。</translation>
    </message>
    <message>
        <source>No stored snapshots yet: refresh to take the first one.</source>
        <translation>还没有保存的快照：刷新以生成第一个。</translation>
    </message>
    <message>
        <source>1 snapshot from {first} to {last} UTC</source>
        <translation>1 个快照，{first} 至 {last} UTC</translation>
    </message>
    <message>
        <source>{n} snapshots from {first} to {last} UTC</source>
        <translation>{n} 个快照，{first} 至 {last} UTC</translation>
    </message>
    <message>
        <source>the line appears from the second snapshot on</source>
        <translation>从第二个快照起才会显示曲线</translation>
    </message>
    <message>
        <source>Exchange equity + wallets + manual holdings</source>
        <translation>交易所权益 + 钱包 + 手动录入持仓</translation>
    </message>
    <message>
        <source>What the exchanges hold for you</source>
        <translation>交易所为您保管的资产</translation>
    </message>
    <message>
        <source>Hardware and software wallets</source>
        <translation>硬件和软件钱包</translation>
    </message>
    <message>
        <source>Sum of all position sizes at mark</source>
        <translation>按标记价格计算的所有仓位规模之和</translation>
    </message>
    <message>
        <source>Longs minus shorts: your bet on the direction</source>
        <translation>多头减空头：您对方向的押注</translation>
    </message>
    <message>
        <source>The charts as you see them (in privacy mode without the amount scale)</source>
        <translation>所见即所得的图表（隐私模式下不含金额刻度）</translation>
    </message>
    <message>
        <source>{currency} (hidden)</source>
        <translation>{currency}（已隐藏）</translation>
    </message>
    <message>
        <source>drawn from one snapshot per time step of {total} stored; a shorter range shows every one</source>
        <translation>从已保存的 {total} 个快照中按每个时间步取一个绘制；较短的范围显示全部</translation>
    </message>
    <message>
        <source>{currency} rate unavailable for some snapshots, amounts shown in USD</source>
        <translation>部分快照没有 {currency} 汇率，金额以 USD 显示</translation>
    </message>
    <message>
        <source>Snapshot {id} could not be read: {error}</source>
        <translation>无法读取快照 {id}：{error}</translation>
    </message>
    <message>
        <source>No snapshot picked</source>
        <translation>未选择快照</translation>
    </message>
    <message>
        <source>Snapshot of {when} UTC · {positions} positions · {balances} balances and holdings</source>
        <translation>{when} UTC 的快照 · {positions} 个持仓 · {balances} 项余额与持有资产</translation>
    </message>
    <message>
        <source>Pick a snapshot first.</source>
        <translation>请先选择一个快照。</translation>
    </message>
    <message>
        <source>Export snapshot as {format}</source>
        <translation>将快照导出为 {format}</translation>
    </message>
    <message>
        <source>{format} files (*.{ext})</source>
        <translation>{format} 文件 (*.{ext})</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>Snapshot of {when} UTC written to {path}</source>
        <translation>{when} UTC 的快照已写入 {path}</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}: check the folder exists and is writable.</source>
        <translation>无法写入 {path}：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>HoldingsModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>价值（{currency}）</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>托管方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期持有</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押品</translation>
    </message>
</context>
<context>
    <name>LadderChart</name>
    <message>
        <source>price (USD)</source>
        <translation>价格（USD）</translation>
    </message>
    <message>
        <source>liquidation notional per 0.5 % bucket</source>
        <translation>每 0.5 % 区间的强平名义价值</translation>
    </message>
    <message>
        <source>{symbol} liquidation ladder (market)</source>
        <translation>{symbol} 强平分布（全市场）</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>当前 {price}</translation>
    </message>
    <message>
        <source>you ({venue}) {price}</source>
        <translation>您（{venue}）{price}</translation>
    </message>
    <message>
        <source>{position}: liquidated by venue rules at {price}</source>
        <translation>{position}：按交易所规则在 {price} 强平</translation>
    </message>
    <message>
        <source>after {price}</source>
        <translation>之后 {price}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Undertow — DEMO</source>
        <translation>Undertow — 演示</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sync every account and wallet now (F5)</source>
        <translation>立即同步所有账户和钱包（F5）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>停止正在进行的同步</translation>
    </message>
    <message>
        <source>Hide amounts</source>
        <translation>隐藏金额</translation>
    </message>
    <message>
        <source>Privacy mode: hide every amount in every view (Ctrl+Shift+H)</source>
        <translation>隐私模式：在所有视图中隐藏金额（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Refresh interval, servers, thresholds, theme, language (Ctrl+,)</source>
        <translation>刷新间隔、服务器、阈值、主题、语言（Ctrl+,）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Bundled demo data (market as of 2026-02-12), not your accounts</source>
        <translation>内置演示数据（2026-02-12 的行情），不是您的账户</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>打开账户</translation>
    </message>
    <message>
        <source>Each account&apos;s key, its last sync and why it failed</source>
        <translation>每个账户的密钥、上次同步及失败原因</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title}（Ctrl+{n}）</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Snapshot {when} ({age})</source>
        <translation>快照 {when}（{age}）</translation>
    </message>
    <message>
        <source>Snapshot {when} — oldest data {age} ({source})</source>
        <translation>快照 {when} — 最旧数据 {age}（{source}）</translation>
    </message>
    <message>
        <source>{source}: {state} from {age}</source>
        <translation>{source}：{state}，来自 {age}</translation>
    </message>
</context>
<context>
    <name>MarginMode</name>
    <message>
        <source>cross</source>
        <translation>全仓</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>逐仓</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>情景模拟</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>资产托管</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>survives</source>
        <translation>能扛住</translation>
    </message>
    <message>
        <source>liquidated</source>
        <translation>强平</translation>
    </message>
    <message>
        <source>{gap} gap</source>
        <translation>{gap} 跳空</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Exchange (ccxt id)</source>
        <translation>交易所（ccxt ID）</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Columns whose text depends on the row&apos;s account (their ``text``/``sort`` take ``(row, AccountOf)``).</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>全仓</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>逐仓</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>合约</translation>
    </message>
    <message>
        <source>Unified ccxt symbol</source>
        <translation>ccxt 统一合约代码</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Long or short</source>
        <translation>多头或空头</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Size in contracts</source>
        <translation>以合约张数计的数量</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>开仓价</translation>
    </message>
    <message>
        <source>Average entry price</source>
        <translation>开仓均价</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记价格</translation>
    </message>
    <message>
        <source>Mark price: liquidation is triggered by the mark, not the last trade</source>
        <translation>标记价格：强平由标记价格而非最新成交价触发</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Liquidation price computed by the venue&apos;s own rules (tier chosen at the liquidation price); &quot;account&quot; = the venue liquidates the whole account, not this position alone</source>
        <translation>按交易所自身规则计算的强平价（按强平价所在档位）；“账户” = 交易所会强平整个账户，而不只是这个仓位</translation>
    </message>
    <message>
        <source>How far the mark must move against you to liquidate this position, in %; signed where the venue liquidates the whole account: the account&apos;s liquidating move of the market</source>
        <translation>标记价格需向不利方向变动多少（%）才会强平该仓位；若交易所整体强平账户，则显示带符号的账户强平市场涨跌幅</translation>
    </message>
    <message>
        <source>Lev.</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>The leverage set for this position at the exchange</source>
        <translation>该仓位在交易所设置的杠杆</translation>
    </message>
    <message>
        <source>ADL</source>
        <translation>ADL</translation>
    </message>
    <message>
        <source>Auto-deleveraging rank the exchange publishes for this position: the higher, the nearer the front of the queue when a liquidation cannot be filled (the scale is the exchange&apos;s: Binance 0–4, Bybit and OKX 1–5). The What-if view simulates when ADL may hit.</source>
        <translation>交易所公布的该仓位自动减仓（ADL）排名：越高，在强平单无法成交时越靠近队列前端（刻度由交易所决定：Binance 0–4，Bybit 和 OKX 1–5）。“假设”视图会模拟 ADL 何时可能发生。</translation>
    </message>
    <message>
        <source>Cross or isolated margin, and the account&apos;s mode as the exchange reported it at the last sync</source>
        <translation>全仓或逐仓，以及上次同步时交易所报告的账户模式</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole; no move within ±90 % does.</source>
        <translation>交易所会整体强平该账户；±90 % 内的涨跌幅不会触发。</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole, at a {move} move of the market (see Accounts).</source>
        <translation>交易所会整体强平该账户，触发点为市场涨跌 {move}（见“账户”）。</translation>
    </message>
    <message>
        <source>The exchange liquidates the whole account, so the account&apos;s liquidating move stands here (a move of the market, other assets following). {method}</source>
        <translation>交易所会整体强平账户，因此这里显示账户的强平涨跌幅（市场整体变动，其他资产联动）。{method}</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>强平价</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>交易所值</translation>
    </message>
    <message>
        <source>Liquidation price the exchange reports; ⚠ = differs from the rules by more than 0.5 %</source>
        <translation>交易所报告的强平价格；⚠ = 与规则计算相差超过 0.5 %</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>The same distance in daily volatilities (standard deviation of daily returns)</source>
        <translation>以日波动率（日收益率标准差）表示的同一距离</translation>
    </message>
    <message>
        <source>Does the position survive an instant {gap} adverse gap? (the gap rule in Settings: a rule of thumb for leverage)</source>
        <translation>仓位能否扛住瞬间 {gap} 的不利跳空？（设置中的跳空规则：杠杆的经验法则）</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Filter by venue, account or symbol…</source>
        <translation>按交易所、账户或合约筛选…</translation>
    </message>
    <message>
        <source>Liquidation calculator…</source>
        <translation>强平计算器…</translation>
    </message>
    <message>
        <source>Open the calculator pre-filled with the selected position</source>
        <translation>打开计算器并预填所选仓位</translation>
    </message>
    <message>
        <source>Positions: {n}</source>
        <translation>持仓：{n} 个</translation>
    </message>
    <message>
        <source>nearest liquidation: {symbol} on {venue}, {distance} away</source>
        <translation>最近的强平：{venue} 上的 {symbol}，距离 {distance}</translation>
    </message>
    <message>
        <source>would not survive a {gap} gap: {n}</source>
        <translation>扛不住 {gap} 跳空：{n} 个</translation>
    </message>
    <message>
        <source>{mark} {n} from stale data (greyed; hover for the age and the reason)</source>
        <translation>{mark} {n} 个来自过期数据（灰色显示；悬停查看时长和原因）</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <source>Excess collateral</source>
        <translation>多余抵押品</translation>
    </message>
    <message>
        <source>Long-term coins on exchanges</source>
        <translation>存放在交易所的长期持币</translation>
    </message>
    <message>
        <source>Exchange concentration</source>
        <translation>交易所集中度</translation>
    </message>
    <message>
        <source>Idle exchange balance</source>
        <translation>交易所闲置余额</translation>
    </message>
    <message>
        <source>Self-custody drill</source>
        <translation>自托管演练</translation>
    </message>
    <message>
        <source>Stale wallet data</source>
        <translation>钱包数据过期</translation>
    </message>
    <message>
        <source>Security hygiene</source>
        <translation>安全习惯</translation>
    </message>
    <message>
        <source>Liquidation proximity</source>
        <translation>接近强平</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>2025-10-10 crash</source>
        <translation>2025-10-10 暴跌</translation>
    </message>
    <message>
        <source>BTC breaks the $70k support</source>
        <translation>BTC 跌破 $70k 支撑</translation>
    </message>
    <message>
        <source>BTC breaks the $75k support</source>
        <translation>BTC 跌破 $75k 支撑</translation>
    </message>
    <message>
        <source>Collateral haircut (USDe / wBETH off par)</source>
        <translation>抵押品折价（USDe / wBETH 脱锚）</translation>
    </message>
    <message>
        <source>Gap of -10 % (survival rule)</source>
        <translation>-10 % 跳空（生存规则）</translation>
    </message>
    <message>
        <source>Short squeeze (+15 %)</source>
        <translation>轧空（+15 %）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>manual only</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <source>How often every account and wallet is synced in the background (0 = only when you press Refresh)</source>
        <translation>后台同步所有账户和钱包的频率（0 = 仅在点击刷新时）</translation>
    </message>
    <message>
        <source>Esplora REST server for Bitcoin balances. A public server learns which addresses you own and your IP address; your own node or Tor avoids that.</source>
        <translation>用于查询比特币余额的 Esplora REST 服务器。公共服务器会得知您拥有哪些地址以及您的 IP 地址；使用自己的节点或 Tor 可以避免。</translation>
    </message>
    <message>
        <source>Ethereum JSON-RPC endpoint for ETH and token balances (read-only calls)</source>
        <translation>用于查询 ETH 和代币余额的以太坊 JSON-RPC 端点（只读调用）</translation>
    </message>
    <message>
        <source>socks5://127.0.0.1:9050 (optional)</source>
        <translation>socks5://127.0.0.1:9050（可选）</translation>
    </message>
    <message>
        <source>How long one request to an exchange or chain server may take before it counts as failed</source>
        <translation>对交易所或链服务器的单次请求在被视为失败前可持续的时间</translation>
    </message>
    <message>
        <source>How long one account&apos;s or wallet&apos;s whole refresh may take, retries included; then its last good data is shown, marked stale</source>
        <translation>单个账户或钱包整个刷新（含重试）可持续的时间；超时后显示最后一次的有效数据并标为过期</translation>
    </message>
    <message>
        <source>Remind me when a position is closer to liquidation than this adverse move</source>
        <translation>当仓位距强平的不利变动小于此值时提醒我</translation>
    </message>
    <message>
        <source>Alert when a position is closer to liquidation than this many daily standard deviations of its market (0 = off)</source>
        <translation>当仓位距强平小于其市场这么多个日标准差时发出预警（0 = 关闭）</translation>
    </message>
    <message>
        <source>Alert when an account&apos;s margin ratio has gone this far of the way to the level at which its exchange liquidates it (0 = off)</source>
        <translation>当账户的保证金率向交易所强平水平走完这么大比例时发出预警（0 = 关闭）</translation>
    </message>
    <message>
        <source>An alert fires again only after the position has first moved back this much beyond its threshold, so a price hovering there is quiet</source>
        <translation>仓位须先回到阈值之外这么远，预警才会再次触发，因此价格在阈值附近徘徊时不会反复提醒</translation>
    </message>
    <message>
        <source>Survival rule: a position should survive an instant adverse gap of this size</source>
        <translation>生存规则：仓位应能扛住这个幅度的瞬间不利跳空</translation>
    </message>
    <message>
        <source>Collateral beyond this multiple of the margin your positions need counts as &apos;not needed as margin&apos; and can go to cold storage</source>
        <translation>超出仓位所需保证金此倍数的抵押品视为“保证金不需要”，可转入冷存储</translation>
    </message>
    <message>
        <source>Language of the interface; numbers and dates follow it too</source>
        <translation>界面语言；数字和日期格式也随之变化</translation>
    </message>
    <message>
        <source>Hide every amount (privacy mode)</source>
        <translation>隐藏所有金额（隐私模式）</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>在系统托盘显示图标</translation>
    </message>
    <message>
        <source>Closing the window keeps Undertow in the tray</source>
        <translation>关闭窗口后 Undertow 仍驻留托盘</translation>
    </message>
    <message>
        <source>Keep watching positions and sending alerts while the window is closed (from the tray)</source>
        <translation>关闭窗口后继续监控仓位并发送预警（在托盘中）</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>启动时最小化</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>显示货币</translation>
    </message>
    <message>
        <source>Esplora server</source>
        <translation>Esplora 服务器</translation>
    </message>
    <message>
        <source>EVM RPC server</source>
        <translation>EVM RPC 服务器</translation>
    </message>
    <message>
        <source>SOCKS proxy</source>
        <translation>SOCKS 代理</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>Refresh timeout</source>
        <translation>刷新超时</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Liquidation alert</source>
        <translation>强平预警</translation>
    </message>
    <message>
        <source>Alert in daily σ</source>
        <translation>预警（日 σ）</translation>
    </message>
    <message>
        <source>Account ratio alert</source>
        <translation>账户比率预警</translation>
    </message>
    <message>
        <source>Alert hysteresis</source>
        <translation>预警回差</translation>
    </message>
    <message>
        <source>Gap rule</source>
        <translation>跳空规则</translation>
    </message>
    <message>
        <source>Margin buffer</source>
        <translation>保证金缓冲</translation>
    </message>
    <message>
        <source>Appearance and behaviour</source>
        <translation>外观与行为</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The Esplora server must be an http(s) URL</source>
        <translation>Esplora 服务器必须是 http(s) URL</translation>
    </message>
    <message>
        <source>The RPC server must be an http(s) URL</source>
        <translation>RPC 服务器必须是 http(s) URL</translation>
    </message>
    <message>
        <source>The proxy must look like socks5://host:port</source>
        <translation>代理格式必须为 socks5://host:port</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>long</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>short</source>
        <translation>空头</translation>
    </message>
</context>
<context>
    <name>SimulatorView</name>
    <message>
        <source>Scenario presets (with their sources) and the scenarios you saved.
A preset sets the shock, its own shocks for other assets, and may thin the order books or swell open interest.</source>
        <translation>情景预设（附来源）以及您保存的情景。
预设会设定冲击及其对其他资产的冲击，并可能让订单簿变薄或使未平仓量膨胀。</translation>
    </message>
    <message>
        <source>Order-book depth relative to the calibrated model (1.00× = fitted on 2025-10-10).
Lower it to model books that vanish in a panic: every forced order then moves the price further.</source>
        <translation>相对于校准模型的订单簿深度（1.00× = 按 2025-10-10 拟合）。
调低可模拟恐慌中消失的订单簿：每笔强平单都会把价格推得更远。</translation>
    </message>
    <message>
        <source>Open interest relative to today&apos;s. More leveraged positions means more forced orders when their liquidation levels are crossed.</source>
        <translation>相对于当前的未平仓量。杠杆仓位越多，触及强平价位时的强平单就越多。</translation>
    </message>
    <message>
        <source>The market whose liquidation ladder and order-book depth are drawn below</source>
        <translation>下方绘制其强平分布和订单簿深度的市场</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Depth factor</source>
        <translation>深度系数</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>未平仓量</translation>
    </message>
    <message>
        <source>Ladder / depth of</source>
        <translation>显示市场</translation>
    </message>
    <message>
        <source>Save scenario…</source>
        <translation>保存情景…</translation>
    </message>
    <message>
        <source>Keep the current shock, depth factor and open-interest multiplier as your own preset</source>
        <translation>将当前的冲击、深度系数和未平仓量倍数保存为您自己的预设</translation>
    </message>
    <message>
        <source>The exogenous shock to the driver (BTC), in steps of 0.1 %. Other assets follow with their betas; the cascade then adds what forced liquidations do.</source>
        <translation>施加于基准资产（BTC）的外生冲击，步长 0.1 %。其他资产按各自贝塔跟随；随后连环爆仓叠加强平带来的影响。</translation>
    </message>
    <message>
        <source>Your exchange equity at this shock, and what the market as a whole went through</source>
        <translation>在此冲击下您的交易所权益，以及整个市场的经历</translation>
    </message>
    <message>
        <source>Your exchange equity at each shock. Dashed: the shock alone. Solid: with the liquidation cascade. Markers: where your positions are liquidated.</source>
        <translation>各冲击下您的交易所权益。虚线：仅冲击。实线：计入连环爆仓。标记：您的仓位被强平的位置。</translation>
    </message>
    <message>
        <source>Where the market&apos;s leveraged positions get liquidated (estimated from open interest): longs below the price, shorts above. Dashed red lines: your liquidation prices.</source>
        <translation>市场杠杆仓位的强平位置（根据未平仓量估算）：多头在价格下方，空头在上方。红色虚线：您的强平价格。</translation>
    </message>
    <message>
        <source>How much can be sold (bids) or bought (asks) before the price moves this far. A thin book turns the same forced orders into a bigger move.</source>
        <translation>价格移动这么远之前可以卖出（买单）或买入（卖单）多少。订单簿越薄，同样的强平单造成的波动越大。</translation>
    </message>
    <message>
        <source>Market at this shock</source>
        <translation>此冲击下的市场</translation>
    </message>
    <message>
        <source>Your positions</source>
        <translation>您的仓位</translation>
    </message>
    <message>
        <source>{driver} shock</source>
        <translation>{driver} 冲击</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>冲击</translation>
    </message>
    <message>
        <source>Custom (the slider only)</source>
        <translation>自定义（仅滑块）</translation>
    </message>
    <message>
        <source>No data yet: refresh to load your positions and the market.</source>
        <translation>暂无数据：请刷新以加载您的仓位和市场。</translation>
    </message>
    <message>
        <source>Presets could not be read: {error}</source>
        <translation>无法读取预设：{error}</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}（我的）</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Computing the cascade…</source>
        <translation>正在计算连环爆仓…</translation>
    </message>
    <message>
        <source>The simulation could not run: {error}</source>
        <translation>模拟无法运行：{error}</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存情景</translation>
    </message>
    <message>
        <source>Name of your scenario:</source>
        <translation>情景名称：</translation>
    </message>
    <message>
        <source>The scenario was not saved: {error}</source>
        <translation>情景未保存：{error}</translation>
    </message>
    <message>
        <source>Saved as {file} in your scenario folder.</source>
        <translation>已保存为情景文件夹中的 {file}。</translation>
    </message>
</context>
<context>
    <name>SourceState</name>
    <message>
        <source>fresh</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Undertow: {kind} needs your attention.</source>
        <translation>Undertow：{kind} 需要您处理。</translation>
    </message>
    <message>
        <source>Undertow: {n} reminders need your attention.</source>
        <translation>Undertow：有 {n} 条提醒需要您处理。</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data</source>
        <translation>全部失联：没有任何交易所账户有最新数据</translation>
    </message>
    <message>
        <source>Partly blind: {n} of {total} exchange accounts have no fresh data</source>
        <translation>部分失联：{total} 个交易所账户中有 {n} 个没有最新数据</translation>
    </message>
    <message>
        <source>Show Undertow</source>
        <translation>显示 Undertow</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Automatic (from the key)</source>
        <translation>自动（根据密钥）</translation>
    </message>
    <message>
        <source>Native segwit p2wpkh (bc1q…)</source>
        <translation>原生隔离见证 p2wpkh (bc1q…)</translation>
    </message>
    <message>
        <source>Taproot p2tr (bc1p…)</source>
        <translation>Taproot p2tr (bc1p…)</translation>
    </message>
    <message>
        <source>Nested segwit p2sh-p2wpkh (3…)</source>
        <translation>嵌套隔离见证 p2sh-p2wpkh (3…)</translation>
    </message>
    <message>
        <source>Legacy p2pkh (1…)</source>
        <translation>传统 p2pkh (1…)</translation>
    </message>
    <message>
        <source>Watch a wallet</source>
        <translation>观察钱包</translation>
    </message>
    <message>
        <source>Paste an output descriptor (Sparrow: Settings → Export → Output Descriptor), a zpub/xpub, a Bitcoin or 0x address — or open an export file.</source>
        <translation>粘贴输出描述符（Sparrow：设置 → 导出 → Output Descriptor）、zpub/xpub、比特币或 0x 地址，或打开导出文件。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>e.g. OneKey vault</source>
        <translation>例如：OneKey 金库</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>硬件钱包</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>软件钱包</translation>
    </message>
    <message>
        <source>Verify on your device: its screen must show receive address #0 exactly as above before you send coins to this wallet.</source>
        <translation>请在设备上核对：向此钱包转币之前，设备屏幕显示的收款地址 #0 必须与上方完全一致。</translation>
    </message>
    <message>
        <source>Watch wallet</source>
        <translation>开始观察</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Script type</source>
        <translation>脚本类型</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>托管方式</translation>
    </message>
    <message>
        <source>Open a wallet export</source>
        <translation>打开钱包导出文件</translation>
    </message>
    <message>
        <source>Wallet exports (*.txt *.json);;All (*)</source>
        <translation>钱包导出文件 (*.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the file is too large to be a wallet export</source>
        <translation>文件太大，不可能是钱包导出文件</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>{kind} wallet ({chain}), from {source}, fingerprint {fingerprint}</source>
        <translation>{kind} 钱包（{chain}），来自 {source}，指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>{kind} wallet ({chain}), from {source}</source>
        <translation>{kind} 钱包（{chain}），来自 {source}</translation>
    </message>
    <message>
        <source>Balances come from the Esplora server in Settings ({url}). That server learns every address of this wallet, can link them to each other, and sees your IP address unless you set a SOCKS proxy such as Tor. Your own node&apos;s Esplora, or Tor, keeps this private.</source>
        <translation>余额来自设置中的 Esplora 服务器（{url}）。该服务器会得知此钱包的每一个地址，可以把它们相互关联，并且除非您设置 Tor 等 SOCKS 代理，它还能看到您的 IP 地址。使用您自己节点的 Esplora 或 Tor 可以保护隐私。</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Keep watching?</source>
        <translation>继续监控？</translation>
    </message>
    <message>
        <source>Keep watching in the background when the window closes?</source>
        <translation>关闭窗口后是否继续在后台监控？</translation>
    </message>
    <message>
        <source>Undertow can keep checking your positions and send alerts while its window is closed. It stays in the system tray; quit it from the tray menu.</source>
        <translation>Undertow 可以在窗口关闭后继续检查您的仓位并发送预警。它会驻留在系统托盘中；可从托盘菜单退出。</translation>
    </message>
</context>
</TS>
