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
        <source>Where the key goes: your operating system&apos;s keyring ({backend}), never Undertow&apos;s database, which keeps only a reference to it.</source>
        <translation>密钥存放位置：操作系统的密钥环（{backend}），绝不存入 Undertow 的数据库，数据库只保存对它的引用。</translation>
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
        <source>No exchange account yet</source>
        <translation>还没有交易所账户</translation>
    </message>
    <message>
        <source>Add an account with a READ-ONLY API key (Binance, Bybit, OKX) or, for Hyperliquid, just your public wallet address. Undertow only reads positions, balances and market data. The key is kept in your operating system&apos;s keyring, never in Undertow&apos;s database, which holds only a reference to it.</source>
        <translation>使用只读 API 密钥（Binance、Bybit、OKX）添加账户；Hyperliquid 只需公开钱包地址。Undertow 只读取持仓、余额和行情数据。密钥保存在操作系统的密钥环中，绝不存入 Undertow 的数据库，数据库只保存对它的引用。</translation>
    </message>
    <message>
        <source>Add exchange account…</source>
        <translation>添加交易所账户…</translation>
    </message>
    <message>
        <source>All ways to start…</source>
        <translation>所有入门方式…</translation>
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
        <source>Undertow — demo</source>
        <translation>Undertow — 演示</translation>
    </message>
    <message>
        <source>The demo could not be started ({command}). Start it from a terminal with: undertow --demo</source>
        <translation>无法启动演示（{command}）。请在终端中运行：undertow --demo</translation>
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
        <source>Isolated margin</source>
        <translation>逐仓保证金</translation>
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
        <source>e.g. BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP</source>
        <translation>例如：BTCUSDT、BTC-USDT-SWAP、BTCUSD_PERP</translation>
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
        <source>Leverage; with a margin and no size it sets the size</source>
        <translation>杠杆；填写了保证金而未填数量时，用它确定数量</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>合约</translation>
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
        <source>More inputs (cross margin, your own rate)</source>
        <translation>更多输入（全仓保证金、自定义保证金率）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Fetch the table now</source>
        <translation>立即获取阶梯表</translation>
    </message>
    <message>
        <source>Ask the venue for the current tier table and save it with its date</source>
        <translation>向交易所获取当前阶梯表，并连同日期一起保存</translation>
    </message>
    <message>
        <source>Only in the app connected to the venues (not in the demo)</source>
        <translation>仅在连接交易所的应用中可用（演示中不可用）</translation>
    </message>
    <message>
        <source>Asking {venue}…</source>
        <translation>正在向 {venue} 请求…</translation>
    </message>
    <message>
        <source>Could not ask the venue: {reason}</source>
        <translation>无法向交易所请求：{reason}</translation>
    </message>
    <message>
        <source>{symbol} · inverse · {size} USD per contract</source>
        <translation>{symbol} · 币本位 · 每张 {size} USD</translation>
    </message>
    <message>
        <source>{symbol} · linear · {size} {base} per contract</source>
        <translation>{symbol} · U 本位 · 每张 {size} {base}</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>张</translation>
    </message>
    <message>
        <source>{symbol}: {n} tiers · {about}</source>
        <translation>{symbol}：{n} 档 · {about}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Enter the entry price, then the size or the margin.</source>
        <translation>请输入开仓价格，然后输入数量或保证金。</translation>
    </message>
    <message>
        <source>Or enter the asset&apos;s max leverage under “More inputs”.</source>
        <translation>或在“更多输入”中填写该资产的最大杠杆。</translation>
    </message>
    <message>
        <source>Or enter a maintenance rate of your own under “More inputs”.</source>
        <translation>或在“更多输入”中填写自定义的维持保证金率。</translation>
    </message>
    <message>
        <source>Type a symbol of the venue.</source>
        <translation>请输入该交易所的合约代码。</translation>
    </message>
    <message>
        <source>The calculator has no rule for this contract.</source>
        <translation>计算器没有适用于该合约的规则。</translation>
    </message>
    <message>
        <source>The maintenance rate is a fraction below 1 (0.005 = 0.5 %).</source>
        <translation>维持保证金率是小于 1 的小数（0.005 = 0.5 %）。</translation>
    </message>
    <message>
        <source>Cross margin: enter the cross wallet balance under “More inputs”.</source>
        <translation>全仓保证金：请在“更多输入”中填写全仓钱包余额。</translation>
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
        <source>Linear contracts: in the base coin (0.5 = 0.5 BTC); inverse: contracts. Leave empty to size the position from the margin and the leverage</source>
        <translation>U 本位合约：以基础币计（0.5 = 0.5 BTC）；币本位：合约张数。留空则根据保证金和杠杆确定仓位数量</translation>
    </message>
    <message>
        <source>Settle currency (USDT, or the coin for inverse). With the size it implies the leverage; above the initial margin it counts as added margin</source>
        <translation>结算币（USDT，币本位为对应币）。结合数量可推出杠杆；超出初始保证金的部分计为追加保证金</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>目标价格</translation>
    </message>
    <message>
        <source>A price to show the PnL and ROE at</source>
        <translation>用于显示盈亏和回报率的价格</translation>
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
        <source>Position</source>
        <translation>仓位</translation>
    </message>
    <message>
        <source>Initial margin</source>
        <translation>初始保证金</translation>
    </message>
    <message>
        <source>Maintenance margin</source>
        <translation>维持保证金</translation>
    </message>
    <message>
        <source>Max position at this leverage</source>
        <translation>此杠杆下的最大仓位</translation>
    </message>
    <message>
        <source>Max leverage at this size</source>
        <translation>此数量下的最大杠杆</translation>
    </message>
    <message>
        <source>PnL at the target</source>
        <translation>目标价位的盈亏</translation>
    </message>
    <message>
        <source>ROE at the target</source>
        <translation>目标价位的回报率</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计算规则</translation>
    </message>
    <message>
        <source>none (price alone cannot liquidate it)</source>
        <translation>无（仅靠价格变动不会被强平）</translation>
    </message>
    <message>
        <source>{n} contracts ({usd} USD)</source>
        <translation>{n} 张（{usd} USD）</translation>
    </message>
    <message>
        <source>{size} = {value}</source>
        <translation>{size} = {value}</translation>
    </message>
    <message>
        <source>{initial} (isolated margin {margin})</source>
        <translation>{initial}（逐仓保证金 {margin}）</translation>
    </message>
    <message>
        <source>{amount} at entry</source>
        <translation>{amount}（按开仓价）</translation>
    </message>
    <message>
        <source>{given} (the margin implies {implied}×)</source>
        <translation>{given}（按保证金推算为 {implied}×）</translation>
    </message>
    <message>
        <source>not in this table (no max leverage or cap recorded)</source>
        <translation>不在此表中（未记录最大杠杆或上限）</translation>
    </message>
    <message>
        <source>USD face</source>
        <translation>美元面值</translation>
    </message>
    <message>
        <source>{value} ({size} {unit} at entry)</source>
        <translation>{value}（按开仓价 {size} {unit}）</translation>
    </message>
    <message>
        <source>enter a target price</source>
        <translation>请输入目标价格</translation>
    </message>
    <message>
        <source>{venue} has no calculator rule; showing the closest inputs</source>
        <translation>{venue} 没有对应的计算规则；显示最接近的输入</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number</source>
        <translation>{field}：{text} 不是数字</translation>
    </message>
</context>
<context>
    <name>CascadeGrid</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
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
        <source>Per 1 % more</source>
        <translation>每 +1 %</translation>
    </message>
    <message>
        <source>How much further the price ends per 1 % more shock. About 1: the cascade adds little at the margin; 3 or more: a tipping point, where a slightly bigger shock runs much further</source>
        <translation>冲击每增加 1 %，最终价格多走多少。约为 1：连环爆仓的边际影响很小；3 或以上：临界点，稍大的冲击就会让价格走得远得多</translation>
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
        <source>Your accounts (equity with the cascade at this shock, and the change from now; a liquidated account is 0: the venue closes it) and their positions</source>
        <translation>您的账户（此冲击下计入连环爆仓的权益及相对当前的变化；被强平的账户计为 0：交易所会将其平仓）及其仓位</translation>
    </message>
    <message>
        <source>At this shock</source>
        <translation>此冲击下</translation>
    </message>
    <message>
        <source>Liquidated at this shock? &apos;yes&apos;: by the shock alone; &apos;cascade&apos;: only once the cascade has pushed the price further; &apos;no&apos;: it survives</source>
        <translation>此冲击下是否被强平？“是”：仅冲击即强平；“连环”：仅在连环爆仓进一步推动价格后强平；“否”：能扛住</translation>
    </message>
    <message>
        <source>Smallest driver shock (within ±50 %) that liquidates it without the cascade, the driver moving alone (other assets by their betas; a preset&apos;s own shocks and haircuts left out) — the same figure as &apos;undertow shock&apos;</source>
        <translation>不计连环爆仓时导致其强平的最小基准冲击（±50 % 以内），仅基准资产变动（其他资产按贝塔联动；不含预设自带的冲击和折价）— 与 &apos;undertow shock&apos; 的数值相同</translation>
    </message>
    <message>
        <source>Smallest driver shock that liquidates it with the cascade: the real distance. In brackets, the same under every leave-one-out fit of the event library: nearer to farther</source>
        <translation>计入连环爆仓时导致其强平的最小冲击：真实距离。括号内为事件库每次留一法拟合下的同一数值：由近到远</translation>
    </message>
    <message>
        <source>Moved by the preset&apos;s own shock: the driver does not move it</source>
        <translation>由预设自带的冲击驱动：基准资产不影响它</translation>
    </message>
    <message>
        <source>Its range is being computed…</source>
        <translation>正在计算其范围…</translation>
    </message>
    <message>
        <source>cascade</source>
        <translation>连环</translation>
    </message>
    <message>
        <source>Liquidated only because of the cascade</source>
        <translation>仅因连环爆仓而被强平</translation>
    </message>
    <message>
        <source>your equity &lt;b&gt;{with_}&lt;/b&gt; with the cascade, {without} without</source>
        <translation>您的权益：有连环爆仓 &lt;b&gt;{with_}&lt;/b&gt;，无连环爆仓 {without}</translation>
    </message>
    <message>
        <source>Market: longs {longs} and shorts {shorts} liquidated, insurance fund {fund}, ADL {adl}</source>
        <translation>市场：多头强平 {longs}，空头强平 {shorts}，保险基金 {fund}，ADL {adl}</translation>
    </message>
    <message>
        <source>{symbol} sits near a tipping point: its final move changes by {sensitivity} per 1 % more shock</source>
        <translation>{symbol} 接近临界点：冲击每增加 1 %，其最终变动改变 {sensitivity}</translation>
    </message>
    <message>
        <source>Dies at</source>
        <translation>强平点</translation>
    </message>
    <message>
        <source>Dies at +casc.</source>
        <translation>强平点+连环</translation>
    </message>
    <message>
        <source>ADL risk: profitable while its market needs auto-deleveraging — it may be closed for you</source>
        <translation>ADL 风险：在市场需要自动减仓时处于盈利状态 — 可能被强制平仓</translation>
    </message>
    <message>
        <source>Being computed…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Range under every leave-one-out fit of the event library: {range}</source>
        <translation>事件库每次留一法拟合下的范围：{range}</translation>
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
        <source>Equity now {now}; at this shock {with_} with the cascade, {without} without. A liquidated account counts 0: the venue closes it and the insurance fund takes any shortfall.</source>
        <translation>当前权益 {now}；在此冲击下，有连环爆仓 {with_}，无连环爆仓 {without}。被强平的账户计为 0：交易所将其平仓，亏空由保险基金承担。</translation>
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
        <source>(range {low} to {high})</source>
        <translation>（范围 {low} 至 {high}）</translation>
    </message>
    <message>
        <source>{dead} of {total} positions liquidated</source>
        <translation>{total} 个仓位中 {dead} 个被强平</translation>
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
        <source>Only what the account does not need as margin by its own rules (its mode and the venue&apos;s collateral haircuts) is suggested, keeping {multiple}× what its positions need (the margin buffer in Settings).</source>
        <translation>仅建议转出账户按其自身规则（账户模式和交易所的抵押品折价）不需要作为保证金的部分，并保留仓位所需的 {multiple}×（设置中的保证金缓冲）。</translation>
    </message>
    <message>
        <source>More than suggested: the account would keep less than {multiple}× the margin its positions need.</source>
        <translation>超过建议数额：账户保留的保证金将少于仓位所需的 {multiple}×。</translation>
    </message>
    <message>
        <source>First watch a wallet that can receive {asset} (Custody → Watch a wallet…): the move needs an address from your own device.</source>
        <translation>请先观察一个可接收 {asset} 的钱包（资产托管 → 观察钱包…）：转移需要使用您自己设备上的地址。</translation>
    </message>
    <message>
        <source>This is receive address #{index} of {wallet}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>这是 {wallet} 的收款地址 #{index}。请在设备上核对显示的地址完全一致，然后在交易所提币并点击“已转出”。</translation>
    </message>
    <message>
        <source>This is the address of {wallet}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>这是 {wallet} 的地址。请在设备上核对显示的地址完全一致，然后在交易所提币并点击“已转出”。</translation>
    </message>
    <message>
        <source>Nothing on this account is free of margin duties right now.</source>
        <translation>该账户目前没有可从保证金中释放的资产。</translation>
    </message>
    <message>
        <source>looking for the next unused address…</source>
        <translation>正在查找下一个未使用地址…</translation>
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
        <source>The exchange this market trades on</source>
        <translation>该市场所在的交易所</translation>
    </message>
    <message>
        <source>Funding rate per 8 h. Positive: longs pay shorts to keep the position open, so the crowd is long. 0.01 % is the usual neutral rate. Beyond ±0.03 % per 8 h the paying side is named: most traders lean one way, and a crowded side is the fuel of a cascade (if the price turns, their liquidations push it further).</source>
        <translation>每 8 小时资金费率。为正：多头向空头付费以维持仓位，说明市场偏多。0.01 % 为通常的中性费率。超过每 8 小时 ±0.03 % 时会标出付费方：多数交易者押注同一方向，拥挤的一方是连环爆仓的燃料（价格一旦反转，他们的强平会把价格推得更远）。</translation>
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
        <source>One-sided: {side}.</source>
        <translation>单边：{side}。</translation>
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
        <source>flagged</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>within range</source>
        <translation>在范围内</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>exchanges (open interest, spot tickers)</source>
        <extracomment>Where a locally computed signal comes from (core.fragility_score.LOCAL_SOURCES is English for the terminal).</extracomment>
        <translation>交易所（未平仓量、现货行情）</translation>
    </message>
    <message>
        <source>exchanges (funding rate)</source>
        <translation>交易所（资金费率）</translation>
    </message>
    <message>
        <source>local estimate from open interest</source>
        <translation>根据未平仓量的本地估算</translation>
    </message>
    <message>
        <source>stored order books</source>
        <translation>已保存的订单簿</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>One part of the fragility score</source>
        <translation>脆弱度评分的组成部分之一</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The signal now</source>
        <translation>信号当前值</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考范围</translation>
    </message>
    <message>
        <source>The range the value is judged against: outside it, the signal is flagged</source>
        <translation>判断该值所依据的范围：超出范围即标为异常</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flagged: outside its range, it adds its weight to the score. No data: it counts on neither side.</source>
        <translation>异常：超出其范围，其权重计入评分。无数据：两边都不计。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Its part of the score: score = 100 × weight flagged ÷ weight with data</source>
        <translation>在评分中的占比：评分 = 100 × 异常权重 ÷ 有数据的权重</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>The date of the data the signal was computed from</source>
        <translation>计算该信号所用数据的日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>数据来源</translation>
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
        <source>The exchange</source>
        <translation>交易所</translation>
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
    <name>Core</name>
    <message>
        <source>desktop notifications over D-Bus are for Linux desktops</source>
        <extracomment>freedesktop urgency levels: 0 low, 1 normal, 2 critical (stays until dismissed on most desktops). Well below the dispatcher&apos;s timeout, so a bus that tries to start a missing service still leaves time for the tray. ``(title, text, severity) -&gt; shown?``, safe to call from any thread.</extracomment>
        <translation>通过 D-Bus 的桌面通知仅适用于 Linux 桌面</translation>
    </message>
    <message>
        <source>the notification service did not answer within {seconds} s</source>
        <translation>通知服务未在 {seconds} 秒内响应</translation>
    </message>
    <message>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>没有 D-Bus 会话总线（未设置 DBUS_SESSION_BUS_ADDRESS）</translation>
    </message>
    <message>
        <source>no notification service answered ({error})</source>
        <translation>没有通知服务响应（{error}）</translation>
    </message>
    <message>
        <source>the D-Bus session bus cannot be reached ({error})</source>
        <translation>无法连接 D-Bus 会话总线（{error}）</translation>
    </message>
    <message>
        <source>the tray icon is off or cannot show messages</source>
        <translation>托盘图标已关闭或无法显示消息</translation>
    </message>
    <message>
        <source>no desktop notification could be shown: {reason}</source>
        <translation>无法显示桌面通知：{reason}</translation>
    </message>
    <message>
        <source>the ntfy server</source>
        <extracomment>A server asking us to wait longer than this gets no retry now (the next alert will try again). The services, as the errors name them.</extracomment>
        <translation>ntfy 服务器</translation>
    </message>
    <message>
        <source>the webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>{service} is limiting requests (HTTP 429); it asks to wait {minutes} min</source>
        <translation>{service} 正在限制请求（HTTP 429）；要求等待 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{service} is limiting requests (HTTP 429)</source>
        <translation>{service} 正在限制请求（HTTP 429）</translation>
    </message>
    <message>
        <source>{service} failed (HTTP {status})</source>
        <translation>{service} 出错（HTTP {status}）</translation>
    </message>
    <message>
        <source>{service} refused the credentials (HTTP {status})</source>
        <translation>{service} 拒绝了凭据（HTTP {status}）</translation>
    </message>
    <message>
        <source>{service} answered &apos;not found&apos; (HTTP 404): check the address</source>
        <translation>{service} 返回“未找到”（HTTP 404）：请检查地址</translation>
    </message>
    <message>
        <source>{service} rejected the message (HTTP {status})</source>
        <translation>{service} 拒绝了消息（HTTP {status}）</translation>
    </message>
    <message>
        <source>{service} at {host} did not answer within {seconds} s</source>
        <translation>{host} 上的 {service} 未在 {seconds} 秒内响应</translation>
    </message>
    <message>
        <source>could not reach {service} at {host} ({error})</source>
        <translation>无法连接 {host} 上的 {service}（{error}）</translation>
    </message>
    <message>
        <source>{service}: request failed ({error})</source>
        <translation>{service}：请求失败（{error}）</translation>
    </message>
    <message>
        <source>Telegram refused the bot token (Unauthorized): check it with @BotFather</source>
        <translation>Telegram 拒绝了机器人令牌（Unauthorized）：请通过 @BotFather 核对</translation>
    </message>
    <message>
        <source>the CA certificate file cannot be read ({error})</source>
        <translation>无法读取 CA 证书文件（{error}）</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer STARTTLS; Undertow does not send mail unencrypted (try security &apos;tls&apos; on port 465)</source>
        <translation>邮件服务器 {server} 不支持 STARTTLS；Undertow 不会发送未加密的邮件（请尝试在端口 465 上使用加密方式 &apos;tls&apos;）</translation>
    </message>
    <message>
        <source>the mail server {server} refused the user name or password</source>
        <translation>邮件服务器 {server} 拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>the mail server {server} does not support login over this connection</source>
        <translation>邮件服务器 {server} 不支持通过此连接登录</translation>
    </message>
    <message>
        <source>the mail server {server} refused the recipient address</source>
        <translation>邮件服务器 {server} 拒绝了收件地址</translation>
    </message>
    <message>
        <source>the mail server {server} refused the sender address (code {code})</source>
        <translation>邮件服务器 {server} 拒绝了发件地址（代码 {code}）</translation>
    </message>
    <message>
        <source>the mail server {server} temporarily refused the message (code {code})</source>
        <translation>邮件服务器 {server} 暂时拒绝了该邮件（代码 {code}）</translation>
    </message>
    <message>
        <source>the mail server {server} refused the message (code {code})</source>
        <translation>邮件服务器 {server} 拒绝了该邮件（代码 {code}）</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>邮件服务器 {server} 关闭了连接（{error}）</translation>
    </message>
    <message>
        <source>the mail server {server} failed ({error})</source>
        <translation>邮件服务器 {server} 出错（{error}）</translation>
    </message>
    <message>
        <source>the certificate of the mail server {server} could not be verified ({reason})</source>
        <translation>无法验证邮件服务器 {server} 的证书（{reason}）</translation>
    </message>
    <message>
        <source>TLS with the mail server {server} failed ({reason}): check the port and the security (465: tls, 587: starttls)</source>
        <translation>与邮件服务器 {server} 的 TLS 连接失败（{reason}）：请检查端口和加密方式（465：tls，587：starttls）</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds} s</source>
        <translation>邮件服务器 {server} 未在 {seconds} 秒内响应</translation>
    </message>
    <message>
        <source>could not connect to the mail server {server} ({error})</source>
        <translation>无法连接邮件服务器 {server}（{error}）</translation>
    </message>
    <message>
        <source>the Telegram bot token is missing: enter it again</source>
        <translation>缺少 Telegram 机器人令牌：请重新输入</translation>
    </message>
    <message>
        <source>the SMTP password is missing: enter it again</source>
        <translation>缺少 SMTP 密码：请重新输入</translation>
    </message>
    <message>
        <source>desktop notifications are shown by the Undertow app or &apos;undertow watch&apos; on this computer</source>
        <translation>桌面通知由本机上的 Undertow 应用或 &apos;undertow watch&apos; 显示</translation>
    </message>
    <message>
        <source>unknown channel type {kind}</source>
        <translation>未知的渠道类型 {kind}</translation>
    </message>
    <message>
        <source>{field} is required for a {kind} channel</source>
        <extracomment>The kinds of channel, in the order a front end offers them.</extracomment>
        <translation>{kind} 渠道必须填写 {field}</translation>
    </message>
    <message>
        <source>a channel name is 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>渠道名称为 1 到 40 个字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;，须以字母或数字开头</translation>
    </message>
    <message>
        <source>webhook URL</source>
        <extracomment>The addresses ``validate_url`` checks, as its errors name them.</extracomment>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>ntfy server</source>
        <translation>ntfy 服务器</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Bot API 服务器</translation>
    </message>
    <message>
        <source>the {what} must be an http:// or https:// URL</source>
        <translation>{what} 必须是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>the {what} must not contain a user name or password; use the secret field</source>
        <translation>{what} 中不得包含用户名或密码；请使用密钥字段</translation>
    </message>
    <message>
        <source>the sender address is missing</source>
        <translation>缺少发件地址</translation>
    </message>
    <message>
        <source>the recipient address is missing</source>
        <translation>缺少收件地址</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address</source>
        <translation>{address} 不是电子邮件地址</translation>
    </message>
    <message>
        <source>unknown channel type {kind}; choose one of {kinds}</source>
        <translation>未知的渠道类型 {kind}；请从 {kinds} 中选择</translation>
    </message>
    <message>
        <source>{fields} is a secret and is kept in the keyring, not here</source>
        <translation>{fields} 属于机密，保存在密钥环中，而不是这里</translation>
    </message>
    <message>
        <source>a {kind} channel has no setting {fields}</source>
        <translation>{kind} 渠道没有设置项 {fields}</translation>
    </message>
    <message>
        <source>the SMTP port must be a number</source>
        <translation>SMTP 端口必须是数字</translation>
    </message>
    <message>
        <source>the SMTP port must be between 1 and 65535</source>
        <translation>SMTP 端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>security must be starttls or tls (Undertow never sends mail unencrypted)</source>
        <translation>加密方式必须是 starttls 或 tls（Undertow 从不发送未加密的邮件）</translation>
    </message>
    <message>
        <source>{host} is not a server name</source>
        <translation>{host} 不是服务器名称</translation>
    </message>
    <message>
        <source>there is one sender address</source>
        <translation>发件地址只能有一个</translation>
    </message>
    <message>
        <source>an ntfy topic is 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>ntfy 主题为 1 到 64 个字母、数字、&apos;-&apos; 或 &apos;_&apos;</translation>
    </message>
    <message>
        <source>the chat id is a number (e.g. 123456789 or -100…) or an @channel name</source>
        <translation>聊天 ID 是数字（例如 123456789 或 -100…）或 @channel 名称</translation>
    </message>
    <message>
        <source>a {kind} channel has no secret {fields}</source>
        <translation>{kind} 渠道没有机密项 {fields}</translation>
    </message>
    <message>
        <source>a password is required when a user name is given</source>
        <translation>填写了用户名时必须填写密码</translation>
    </message>
    <message>
        <source>a bot token looks like 123456789:AA… (from @BotFather)</source>
        <translation>机器人令牌形如 123456789:AA…（来自 @BotFather）</translation>
    </message>
    <message>
        <source>({n} earlier alerts were held back by the rate limit on this channel; open Undertow to see everything.)</source>
        <extracomment>Three tries of up to ``DEFAULT_TIMEOUT_S`` with pauses of about 2 and 4 s fit in the budget; a server&apos;s ``Retry-After`` up to a minute is honoured. How long the in-memory log (statuses, rate limit, de-duplication) keeps deliveries.</extracomment>
        <translation>（此渠道因频率限制暂缓了之前的 {n} 条预警；打开 Undertow 查看全部内容。）</translation>
    </message>
    <message>
        <source>(1 earlier alert was held back by the rate limit on this channel; open Undertow to see everything.)</source>
        <translation>（此渠道因频率限制暂缓了之前的 1 条预警；打开 Undertow 查看全部内容。）</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>{seconds} 秒内无响应</translation>
    </message>
    <message>
        <source>no answer within {seconds} s (all tries)</source>
        <translation>{seconds} 秒内无响应（所有尝试）</translation>
    </message>
    <message>
        <source>unexpected error ({error})</source>
        <translation>意外错误（{error}）</translation>
    </message>
    <message>
        <source>Undertow test alert</source>
        <translation>Undertow 测试预警</translation>
    </message>
    <message>
        <source>This test reached you through the channel &apos;{channel}&apos;. Alerts carry no amounts (you can allow them in Settings).</source>
        <translation>此测试通过渠道 &apos;{channel}&apos; 送达。预警不包含金额（可在设置中允许）。</translation>
    </message>
    <message>
        <source>This test reached you through the channel &apos;{channel}&apos;. Alerts include amounts, e.g. &apos;BTC long: liquidation {distance} away, position {amount}&apos;.</source>
        <translation>此测试通过渠道 &apos;{channel}&apos; 送达。预警包含金额，例如 &apos;BTC 多头：距强平 {distance}，仓位 {amount}&apos;。</translation>
    </message>
    <message>
        <source>entry price</source>
        <extracomment>margin below the initial margin at the leverage by more than this (relative) is a conflict, not rounding</extracomment>
        <translation>开仓价格</translation>
    </message>
    <message>
        <source>size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>target price</source>
        <translation>目标价格</translation>
    </message>
    <message>
        <source>contract size</source>
        <translation>合约面值</translation>
    </message>
    <message>
        <source>The {field} must be positive, got {value}.</source>
        <translation>{field} 必须为正数，当前为 {value}。</translation>
    </message>
    <message>
        <source>Cross margin uses the wallet balance, not an isolated margin: clear the margin or switch to isolated.</source>
        <translation>全仓保证金使用钱包余额，而非逐仓保证金：请清空保证金或切换为逐仓。</translation>
    </message>
    <message>
        <source>Enter the position size.</source>
        <translation>请输入仓位数量。</translation>
    </message>
    <message>
        <source>Enter the size or the margin.</source>
        <translation>请输入数量或保证金。</translation>
    </message>
    <message>
        <source>With a margin, enter the leverage too (the size is margin × leverage).</source>
        <translation>填写保证金时也请填写杠杆（数量 = 保证金 × 杠杆）。</translation>
    </message>
    <message>
        <source>Enter the leverage or the margin.</source>
        <translation>请输入杠杆或保证金。</translation>
    </message>
    <message>
        <source>The margin {margin} implies a leverage of {leverage}x.</source>
        <translation>保证金 {margin} 对应 {leverage}x 杠杆。</translation>
    </message>
    <message>
        <source>The margin {margin} and the leverage {leverage}x do not fit together: this size needs {initial} at {leverage}x, and {margin} implies {implied}x. Change the leverage to {implied}x, the margin to {initial}, or clear one of them.</source>
        <translation>保证金 {margin} 与杠杆 {leverage}x 不匹配：该数量在 {leverage}x 下需要 {initial}，而 {margin} 对应 {implied}x。请将杠杆改为 {implied}x，或将保证金改为 {initial}，或清空其中之一。</translation>
    </message>
    <message>
        <source>The margin {margin} is {added} more than the initial margin at {leverage}x: counted as margin added to the position (it implies {implied}x).</source>
        <translation>保证金 {margin} 比 {leverage}x 下的初始保证金多 {added}：计为追加到仓位的保证金（相当于 {implied}x）。</translation>
    </message>
    <message>
        <source>Unknown venue {venue}; choose one of {choices}.</source>
        <translation>未知的交易所 {venue}；请从 {choices} 中选择。</translation>
    </message>
    <message>
        <source>No list of {venue} contracts is saved here and {venue} could not be asked for it just now. Try again when online.</source>
        <translation>本地没有保存 {venue} 的合约列表，且刚才无法向 {venue} 获取。请在联网时重试。</translation>
    </message>
    <message>
        <source>No list of {venue} contracts is saved here. Go online to read it.</source>
        <translation>本地没有保存 {venue} 的合约列表。请联网以读取。</translation>
    </message>
    <message>
        <source>{symbol} is not among the {venue} contracts saved here, and {venue} could not be asked for its list just now. Try again when online, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{symbol} 不在本地保存的 {venue} 合约中，且刚才无法向 {venue} 获取列表。请在联网时重试，或选择已保存阶梯表的合约：{symbols}。</translation>
    </message>
    <message>
        <source>{symbol} is not among the {venue} contracts saved here. Go online to read {venue}&apos;s whole list, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{symbol} 不在本地保存的 {venue} 合约中。请联网读取 {venue} 的完整列表，或选择已保存阶梯表的合约：{symbols}。</translation>
    </message>
    <message>
        <source>No tier table for {symbol} on {venue}: the venue could not be asked. Try again when online, or pick a symbol with a saved table: {symbols}.</source>
        <translation>没有 {venue} 上 {symbol} 的阶梯表：无法向交易所获取。请在联网时重试，或选择已保存阶梯表的合约：{symbols}。</translation>
    </message>
    <message>
        <source>No tier table for {symbol} on {venue} is available offline. Go online to fetch it, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{venue} 上 {symbol} 的阶梯表离线不可用。请联网获取，或选择已保存阶梯表的合约：{symbols}。</translation>
    </message>
    <message>
        <source>The fetched tier tables could not be saved ({reason}); they are used this time only.</source>
        <translation>获取的阶梯表无法保存（{reason}）；仅本次使用。</translation>
    </message>
    <message>
        <source>Not refreshed; using {table}.</source>
        <translation>未刷新；使用 {table}。</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>{asset} to {level} ({shock} from the price the preset was made at; no current price)</source>
        <translation>{asset} 至 {level}（相对预设创建时的价格 {shock}；无当前价格）</translation>
    </message>
    <message>
        <source>{asset} is already below {level} (now {mark}): it moves back up to {level} ({shock})</source>
        <translation>{asset} 已低于 {level}（当前 {mark}）：回升至 {level}（{shock}）</translation>
    </message>
    <message>
        <source>{asset} from {mark} to {level} ({shock})</source>
        <translation>{asset} 从 {mark} 至 {level}（{shock}）</translation>
    </message>
    <message>
        <source>{asset} {shock}</source>
        <translation>{asset} {shock}</translation>
    </message>
    <message>
        <source>every other asset {shock}</source>
        <translation>其他所有资产 {shock}</translation>
    </message>
    <message>
        <source>other assets follow by their betas</source>
        <translation>其他资产按各自贝塔联动</translation>
    </message>
    <message>
        <source>{asset} as collateral {haircut} below par</source>
        <translation>{asset} 作为抵押品低于面值 {haircut}</translation>
    </message>
    <message>
        <source>order books at {factor}× their depth</source>
        <translation>订单簿深度为 {factor}×</translation>
    </message>
    <message>
        <source>open interest at {factor}×</source>
        <translation>未平仓量为 {factor}×</translation>
    </message>
    <message>
        <source>as a gap: no time for the books to refill</source>
        <translation>以跳空方式：订单簿来不及回补</translation>
    </message>
    <message>
        <source>spread over {minutes} min</source>
        <translation>分布在 {minutes} 分钟内</translation>
    </message>
    <message>
        <source>The largest liquidation day on record: BTC about -15 %, ETH about -20 %, thin alt perps -50 to -80 % (here -65 %) as the books emptied, and USDe at $0.65 on Binance (valued 35 % below par as collateral). Shocks are applied as exogenous moves; with the cascade on, the model adds its own amplification on top.</source>
        <extracomment>The bundled presets&apos; descriptions (resources/scenarios/*.json), marked so that the window can show them translated; a test keeps this list and the files in step. A user&apos;s own description is shown as written.</extracomment>
        <translation>有记录以来最大的爆仓日：BTC 约 -15 %，ETH 约 -20 %，流动性稀薄的山寨永续合约在订单簿被吃空时下跌 -50 至 -80 %（此处取 -65 %），Binance 上 USDe 跌至 $0.65（作为抵押品按低于面值 35 % 计价）。冲击作为外生变动施加；开启连环爆仓后，模型会在此之上叠加自身的放大效应。</translation>
    </message>
    <message>
        <source>A stablecoin or liquid-staking token used as margin is priced far below par on one venue while the market falls: USDe at $0.65 and wBETH about 88 % below ETH on Binance, with ETH -10 % and BTC -8 %.</source>
        <translation>用作保证金的稳定币或流动性质押代币在市场下跌时于某一交易所大幅脱锚：Binance 上 USDe 跌至 $0.65，wBETH 比 ETH 低约 88 %，同时 ETH -10 %，BTC -8 %。</translation>
    </message>
    <message>
        <source>Every asset gaps 10 % down at once: the survival rule says leverage should live through a 10 % short-term drop, and that price jumps through levels instead of walking down them. A gap: the move takes no time, so the liquidations meet the standing book without replenishment.</source>
        <translation>所有资产同时跳空下跌 10 %：生存规则认为杠杆应能扛住短期 10 % 的下跌，而且价格会直接跳过价位而不是逐级下行。跳空意味着变动瞬间完成，强平单面对的是得不到补充的现有订单簿。</translation>
    </message>
    <message>
        <source>BTC jumps 15 %; alts follow with their betas and short liquidations buy into thin asks. The mirror image of a long flush.</source>
        <translation>BTC 急涨 15 %；山寨币按各自贝塔跟涨，空头强平在稀薄的卖单上买入。与多头踩踏互为镜像。</translation>
    </message>
    <message>
        <source>The same -10 % as gap-10, but spread over an hour: the book refills while the liquidations arrive (depth x (1 + 60/tau)), so the cascade adds less. Compare with gap-10.</source>
        <translation>与 gap-10 相同的 -10 %，但分布在一小时内：强平陆续到来时订单簿会回补（深度 x (1 + 60/tau)），因此连环爆仓的放大较小。可与 gap-10 对比。</translation>
    </message>
    <message>
        <source>This is a TEST-network wallet (tpub/vpub/upub, tb1… or m/n/2… addresses): its coins have no value. Undertow keeps it out of your net worth and your self-custody share and never suggests it as a place to move real coins. Its balance is read from the Esplora server in Settings, which must serve the same test network.</source>
        <translation>这是测试网钱包（tpub/vpub/upub，tb1… 或 m/n/2… 地址）：其中的币没有价值。Undertow 不会将其计入您的净资产和自托管占比，也不会建议把真实的币转入其中。其余额从设置中的 Esplora 服务器读取，该服务器必须服务于同一个测试网。</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to {wallet}, receive address #{index}</source>
        <translation>将 {amount} 从 {account} 转到 {wallet}，收款地址 #{index}</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to {wallet}</source>
        <translation>将 {amount} 从 {account} 转到 {wallet}</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to a cold wallet: first watch a wallet that can receive {asset}</source>
        <translation>将 {amount} 从 {account} 转到冷钱包：请先观察一个可接收 {asset} 的钱包</translation>
    </message>
    <message>
        <source>{asset} is not margin in this account&apos;s mode ({mode}): the positions do not use it</source>
        <translation>在该账户的模式（{mode}）下 {asset} 不计入保证金：仓位不会使用它</translation>
    </message>
    <message>
        <source>{venue} counts {asset} at {rate} of its value as margin; {account} still keeps {keep} of margin after the move</source>
        <translation>{venue} 按价值的 {rate} 将 {asset} 计为保证金；转出后 {account} 仍保留 {keep} 保证金</translation>
    </message>
    <message>
        <source>{account} still keeps {keep} of margin after the move</source>
        <translation>转出后 {account} 仍保留 {keep} 保证金</translation>
    </message>
    <message>
        <source>{account} keeps {keep} of margin: {multiple}× what its positions need by {venue}&apos;s rules ({mode})</source>
        <translation>{account} 保留 {keep} 保证金：为按 {venue} 规则（{mode}）仓位所需的 {multiple}×</translation>
    </message>
    <message>
        <source>{account} has no open positions: none of it is needed as margin</source>
        <translation>{account} 没有持仓：无需任何保证金</translation>
    </message>
    <message>
        <source>{account} holds {collateral} of margin, less than the {keep} it should keep ({multiple}× what its positions need): nothing to move</source>
        <translation>{account} 持有 {collateral} 保证金，少于应保留的 {keep}（仓位所需的 {multiple}×）：无可转出</translation>
    </message>
    <message>
        <source>classic rules</source>
        <translation>经典规则</translation>
    </message>
    <message>
        <source>{venue} rejected the API key (revoked, expired, or mistyped). Check it in Accounts.</source>
        <translation>{venue} 拒绝了 API 密钥（已撤销、已过期或输入有误）。请在“账户”中检查。</translation>
    </message>
    <message>
        <source>{venue}: the API key lacks permission to read {what}. Enable read access for it.</source>
        <translation>{venue}：API 密钥没有读取{what}的权限。请为其开启读取权限。</translation>
    </message>
    <message>
        <source>{venue} is rate-limiting requests; the next refresh will try again.</source>
        <translation>{venue} 正在限制请求频率；下次刷新时将重试。</translation>
    </message>
    <message>
        <source>{venue} is unavailable or under maintenance (server error); showing the last good data.</source>
        <translation>{venue} 不可用或正在维护（服务器错误）；显示最后一次的有效数据。</translation>
    </message>
    <message>
        <source>Could not reach {venue} (network error); check the connection or the API base URL.</source>
        <translation>无法连接 {venue}（网络错误）；请检查网络连接或 API 基础 URL。</translation>
    </message>
    <message>
        <source>{venue} did not answer in time.</source>
        <translation>{venue} 未及时响应。</translation>
    </message>
    <message>
        <source>{venue} does not provide {what} (endpoint missing or not supported).</source>
        <translation>{venue} 不提供{what}（端点缺失或不受支持）。</translation>
    </message>
    <message>
        <source>{venue} sent a response Undertow could not read ({what}{detail}).</source>
        <translation>{venue} 返回了 Undertow 无法读取的响应（{what}{detail}）。</translation>
    </message>
    <message>
        <source>{venue} sent implausible data ({detail}); not used.</source>
        <translation>{venue} 发来了不合理的数据（{detail}）；未使用。</translation>
    </message>
    <message>
        <source>{venue}: unexpected problem while reading {what} ({detail}).</source>
        <translation>{venue}：读取{what}时出现意外问题（{detail}）。</translation>
    </message>
    <message>
        <source>account data</source>
        <extracomment>What a request reads, as callers name it (``what``): translated in the window. Other names pass as they are.</extracomment>
        <translation>账户数据</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>mark prices</source>
        <translation>标记价格</translation>
    </message>
    <message>
        <source>the market list</source>
        <translation>市场列表</translation>
    </message>
    <message>
        <source>tickers</source>
        <translation>行情数据</translation>
    </message>
    <message>
        <source>funding rates</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>funding history</source>
        <translation>资金费历史</translation>
    </message>
    <message>
        <source>open interest</source>
        <translation>未平仓量</translation>
    </message>
    <message>
        <source>order books</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <source>leverage tiers</source>
        <translation>杠杆档位</translation>
    </message>
    <message>
        <source>daily candles</source>
        <translation>日K线</translation>
    </message>
    <message>
        <source>the EUR rate</source>
        <translation>EUR 汇率</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{venue} asked to be left alone for {wait} more (Retry-After); nothing was sent, a later refresh will try again.</source>
        <translation>{venue} 要求再等待 {wait}（Retry-After）；未发送任何请求，稍后刷新时将重试。</translation>
    </message>
    <message>
        <source>{venue} is rate-limiting requests and asked to wait {wait}; the next refresh will try again.</source>
        <translation>{venue} 正在限制请求频率，要求等待 {wait}；下次刷新时将重试。</translation>
    </message>
    <message>
        <source>{venue} did not answer in time (no answer within {seconds} s).</source>
        <translation>{venue} 未及时响应（{seconds} 秒内无响应）。</translation>
    </message>
    <message>
        <source>{venue} sent a response Undertow could not read ({what}: the answer was cut off).</source>
        <translation>{venue} 返回了 Undertow 无法读取的响应（{what}：响应被截断）。</translation>
    </message>
    <message>
        <source>Unlock the OS keyring (log in to the desktop session, or unlock the &apos;Login&apos; keyring in your password manager), then refresh.</source>
        <extracomment>Problems only the user can solve: each becomes a due item (``undertow remind``) and not just a stale mark. What fixes each problem (the GUI words some of them for the window in ``desktop.models.freshness``).</extracomment>
        <translation>请解锁系统密钥环（登录桌面会话，或在密码管理器中解锁 &apos;Login&apos; 密钥环），然后刷新。</translation>
    </message>
    <message>
        <source>Install or start a Secret Service (e.g. gnome-keyring or KeePassXC with Secret Service enabled), then refresh.</source>
        <translation>请安装或启动 Secret Service（例如 gnome-keyring，或启用了 Secret Service 的 KeePassXC），然后刷新。</translation>
    </message>
    <message>
        <source>Re-enter the API key in Accounts (or &apos;undertow accounts add&apos;).</source>
        <translation>请在“账户”中重新输入 API 密钥（或运行 &apos;undertow accounts add&apos;）。</translation>
    </message>
    <message>
        <source>Create a new read-only API key at the exchange and enter it in Accounts.</source>
        <translation>请在交易所创建新的只读 API 密钥，并在“账户”中输入。</translation>
    </message>
    <message>
        <source>Enable read access for the API key at the exchange, or create a new read-only key.</source>
        <translation>请在交易所为该 API 密钥开启读取权限，或创建新的只读密钥。</translation>
    </message>
    <message>
        <source>Refresh (F5 in the app, or &apos;undertow check&apos;).</source>
        <translation>请刷新（在应用中按 F5，或运行 &apos;undertow check&apos;）。</translation>
    </message>
    <message>
        <source>{venue}: the OS keyring is locked, so the API key of &apos;{label}&apos; could not be read.</source>
        <extracomment>The first sentence of the three keyring messages (``key_message``); ``problem_of`` recognises them.</extracomment>
        <translation>{venue}：系统密钥环已锁定，无法读取 &apos;{label}&apos; 的 API 密钥。</translation>
    </message>
    <message>
        <source>{venue}: no OS keyring is available (no Secret Service is running), so the API key of &apos;{label}&apos; could not be read.</source>
        <translation>{venue}：没有可用的系统密钥环（Secret Service 未运行），无法读取 &apos;{label}&apos; 的 API 密钥。</translation>
    </message>
    <message>
        <source>{venue}: no API key is stored for &apos;{label}&apos;.</source>
        <translation>{venue}：&apos;{label}&apos; 没有保存 API 密钥。</translation>
    </message>
    <message>
        <source>{venue}: no API key is stored for &apos;{label}&apos; (it was kept in memory for one session only).</source>
        <translation>{venue}：&apos;{label}&apos; 没有保存 API 密钥（之前仅在一次会话中保存在内存里）。</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>fresh</source>
        <extracomment>A source&apos;s state inside a sentence (``SourceFreshness.describe``).</extracomment>
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
    <message>
        <source>{source}: {state}, no data</source>
        <extracomment>Words in a source&apos;s error that identify the problem (the keyring texts above, core.exchanges.errors&apos; texts).</extracomment>
        <translation>{source}：{state}，无数据</translation>
    </message>
    <message>
        <source>{source}: {state}, data {age} old</source>
        <translation>{source}：{state}，数据为 {age} 前</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data ({n} of {total} not fresh); positions, distances and reminders come from data up to {age} old.</source>
        <translation>全部失联：没有任何交易所账户有最新数据（{total} 个中 {n} 个不是最新）；持仓、距离和提醒来自最多 {age} 前的数据。</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data ({n} of {total} not fresh); nothing is known about the positions.</source>
        <translation>全部失联：没有任何交易所账户有最新数据（{total} 个中 {n} 个不是最新）；无法得知持仓情况。</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data ({sources}); their figures are up to {age} old.</source>
        <translation>部分失联：{total} 个交易所账户中有 {n} 个没有最新数据（{sources}）；其数值最多为 {age} 前。</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data ({sources}); their positions are unknown.</source>
        <translation>部分失联：{total} 个交易所账户中有 {n} 个没有最新数据（{sources}）；其持仓未知。</translation>
    </message>
    <message>
        <source>not refreshed for {age}</source>
        <translation>已 {age} 未刷新</translation>
    </message>
    <message>
        <source>Funding: + received, − paid. With a positive funding rate longs pay shorts; with a negative rate shorts pay longs.</source>
        <extracomment>Hours between fundings when the venue does not say (Binance, Bybit and OKX default to 8 h). A venue books a funding payment a little after the funding time: the ledger is read this long after it. What the sign of an amount means, said once wherever amounts are shown.</extracomment>
        <translation>资金费：+ 收取，− 支付。资金费率为正时多头向空头支付；为负时空头向多头支付。</translation>
    </message>
    <message>
        <source>last 24 h {day}, last 7 d {week}; next 24 h at today&apos;s rates {projected} (+ received, − paid)</source>
        <translation>近 24 小时 {day}，近 7 天 {week}；按当前费率未来 24 小时 {projected}（+ 收取，− 支付）</translation>
    </message>
    <message>
        <source>no payment stored yet; next 24 h at today&apos;s rates {projected} (+ received, − paid)</source>
        <translation>尚无已保存的资金费记录；按当前费率未来 24 小时 {projected}（+ 收取，− 支付）</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account}: last 7 d {week}, rate {rate} per {hours} h</source>
        <translation>{account} 上的 {symbol} {side}：近 7 天 {week}，费率 {rate}/{hours} 小时</translation>
    </message>
    <message>
        <source>{name} is {value}</source>
        <extracomment>asset -&gt; (bound in units, where it comes from). Hard caps are the chains&apos; own rules; &quot;no cap&quot; coins get a bound at least 1.5 x their supply in 2025.</extracomment>
        <translation>{name} 为 {value}</translation>
    </message>
    <message>
        <source>{symbol}: entry price</source>
        <translation>{symbol}：开仓价格</translation>
    </message>
    <message>
        <source>{symbol}: mark price</source>
        <translation>{symbol}：标记价格</translation>
    </message>
    <message>
        <source>{asset} price</source>
        <translation>{asset} 价格</translation>
    </message>
    <message>
        <source>{asset} balance</source>
        <translation>{asset} 余额</translation>
    </message>
    <message>
        <source>{name} is {value} (must be above 0)</source>
        <translation>{name} 为 {value}（必须大于 0）</translation>
    </message>
    <message>
        <source>{name} is {value} (above {bound})</source>
        <translation>{name} 为 {value}（超过 {bound}）</translation>
    </message>
    <message>
        <source>{name} is {value} (cannot be negative)</source>
        <translation>{name} 为 {value}（不能为负）</translation>
    </message>
    <message>
        <source>{name} is {value}, above its total supply ({bound})</source>
        <translation>{name} 为 {value}，超过其总供应量（{bound}）</translation>
    </message>
    <message>
        <source>{name} is {value}, above any plausible amount ({bound})</source>
        <translation>{name} 为 {value}，超过任何合理数量（{bound}）</translation>
    </message>
    <message>
        <source>{symbol}: size is {value}</source>
        <translation>{symbol}：数量为 {value}</translation>
    </message>
    <message>
        <source>{symbol}: contract size is {value} (must be above 0)</source>
        <translation>{symbol}：合约面值为 {value}（必须大于 0）</translation>
    </message>
    <message>
        <source>{symbol}: size {size} {asset} is above its total supply ({bound})</source>
        <translation>{symbol}：数量 {size} {asset} 超过其总供应量（{bound}）</translation>
    </message>
    <message>
        <source>{symbol}: value {value} is above {bound}</source>
        <translation>{symbol}：价值 {value} 超过 {bound}</translation>
    </message>
    <message>
        <source>{symbol}: a held position the venue sent with unusable values ({fields})</source>
        <translation>{symbol}：交易所发来的持仓含有不可用的数值（{fields}）</translation>
    </message>
    <message>
        <source>{row}: {field} is {value}</source>
        <translation>{row}：{field} 为 {value}</translation>
    </message>
    <message>
        <source>{field} is {value}</source>
        <translation>{field} 为 {value}</translation>
    </message>
    <message>
        <source>{asset} balance (total)</source>
        <translation>{asset} 余额（总计）</translation>
    </message>
    <message>
        <source>{asset} balance (free)</source>
        <translation>{asset} 余额（可用）</translation>
    </message>
    <message>
        <source>{asset} balance (used)</source>
        <translation>{asset} 余额（已占用）</translation>
    </message>
    <message>
        <source>{problems} (and {n} more)</source>
        <translation>{problems}（另有 {n} 项）</translation>
    </message>
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
    <message>
        <source>long</source>
        <extracomment>The default what-if on the dashboard: the survival rule, an instant 10 % drop of BTC with the cascade.
----------
A position&apos;s side inside a sentence.</extracomment>
        <translation>多头</translation>
    </message>
    <message>
        <source>short</source>
        <translation>空头</translation>
    </message>
    <message>
        <source>your cold wallet</source>
        <extracomment>The cold wallet a reminder suggests when the user has not named one (``ReminderContext.cold_wallet_label``).</extracomment>
        <translation>您的冷钱包</translation>
    </message>
    <message>
        <source>≈{amount} on {account} isn&apos;t backing any position; consider moving it to {wallet}</source>
        <translation>{account} 上的 ≈{amount} 未为任何仓位提供保证金；建议转入 {wallet}</translation>
    </message>
    <message>
        <source>{share} of your long-term holdings sit on exchanges</source>
        <translation>您长期持有资产中有 {share} 存放在交易所</translation>
    </message>
    <message>
        <source>{share} of your net worth is on {account}</source>
        <translation>您净资产的 {share} 存放在 {account}</translation>
    </message>
    <message>
        <source>{asset} on {account} hasn&apos;t moved in {days} days</source>
        <translation>{account} 上的 {asset} 已 {days} 天未动</translation>
    </message>
    <message>
        <source>Proof-of-Keys day: verify receive address #0 on the device and do a small withdrawal test</source>
        <translation>Proof-of-Keys 日：在设备上核对收款地址 #0，并做一次小额提币测试</translation>
    </message>
    <message>
        <source>Time for a self-custody drill: verify receive address #0 on the device</source>
        <translation>该做自托管演练了：在设备上核对收款地址 #0</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>last synced {days} days ago</source>
        <translation>上次同步于 {days} 天前</translation>
    </message>
    <message>
        <source>Cold-storage balance of {wallet} may be outdated ({synced})</source>
        <translation>{wallet} 的冷存储余额可能已过时（{synced}）</translation>
    </message>
    <message>
        <source>The API key of {account} can withdraw funds: replace it with a read-only key</source>
        <translation>{account} 的 API 密钥可以提币：请换成只读密钥</translation>
    </message>
    <message>
        <source>{wallet}: the descriptor has no checksum; verify address #0 on the device</source>
        <translation>{wallet}：描述符没有校验和；请在设备上核对地址 #0</translation>
    </message>
    <message>
        <source>{wallet}: the key&apos;s origin (fingerprint/path) is unknown; verify address #0 on the device</source>
        <translation>{wallet}：密钥来源（指纹/路径）未知；请在设备上核对地址 #0</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} fails the {gap} gap rule</source>
        <translation>{account} 上的 {symbol} {side} 未通过 {gap} 跳空规则</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} is {distance} from liquidation</source>
        <translation>{account} 上的 {symbol} {side} 距强平 {distance}</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} has no liquidation price</source>
        <translation>{account} 上的 {symbol} {side} 没有强平价格</translation>
    </message>
    <message>
        <source>no {asset} move within ±{limit}</source>
        <translation>±{limit} 内的 {asset} 涨跌不会触发</translation>
    </message>
    <message>
        <source>{asset} {sign}{move}</source>
        <translation>{asset} {sign}{move}</translation>
    </message>
    <message>
        <source>collateral value ours {ours} USD vs the venue&apos;s {venue}</source>
        <translation>抵押品价值：我们 {ours} USD，交易所 {venue}</translation>
    </message>
    <message>
        <source>maintenance margin ours {ours} USD vs the venue&apos;s {venue}</source>
        <translation>维持保证金：我们 {ours} USD，交易所 {venue}</translation>
    </message>
    <message>
        <source>the collateral-rate table of {date}</source>
        <translation>{date} 的抵押率表</translation>
    </message>
    <message>
        <source>the collateral-rate table (undated)</source>
        <translation>抵押率表（无日期）</translation>
    </message>
    <message>
        <source>the venue&apos;s collateral rates were not fetched (every coin at 100 %)</source>
        <translation>未获取交易所的抵押率（所有币按 100 % 计算）</translation>
    </message>
    <message>
        <source>collateral without a price: {assets}</source>
        <translation>无价格的抵押品：{assets}</translation>
    </message>
    <message>
        <source>maintenance margin unknown for {n} position(s)</source>
        <translation>{n} 个仓位的维持保证金未知</translation>
    </message>
    <message>
        <source>liquidation fees and the mark/index prices the venue values at</source>
        <translation>强平手续费以及交易所计价所用的标记价格/指数价格</translation>
    </message>
    <message>
        <source>{ratio}: ours {ours}, {venue}&apos;s {reported} ({gap}); may come from: {causes}</source>
        <translation>{ratio}：我们 {ours}，{venue} {reported}（{gap}）；可能原因：{causes}</translation>
    </message>
    <message>
        <source>unpriced collateral left out: {assets}</source>
        <translation>已排除无价格的抵押品：{assets}</translation>
    </message>
    <message>
        <source>no tier table and no reported maintenance rate</source>
        <translation>没有阶梯表，也没有报告的维持保证金率</translation>
    </message>
    <message>
        <source>no tier table and no reported maintenance rate: its PnL counts in the account, its maintenance margin is unknown (left out)</source>
        <translation>没有阶梯表，也没有报告的维持保证金率：其盈亏计入账户，维持保证金未知（未计入）</translation>
    </message>
    <message>
        <source>isolated margin not reported: entry value / leverage used</source>
        <translation>未报告逐仓保证金：使用开仓价值 / 杠杆</translation>
    </message>
    <message>
        <source>isolated margin unknown (no margin, no leverage)</source>
        <translation>逐仓保证金未知（无保证金，无杠杆）</translation>
    </message>
    <message>
        <source>not margin in this mode (left out of the collateral value): {assets}</source>
        <translation>在此模式下不计入保证金（未计入抵押品价值）：{assets}</translation>
    </message>
    <message>
        <source>{assets}-margined positions are separate margin pools at the venue; evaluated here as one account</source>
        <translation>{assets} 保证金的仓位在交易所是独立的保证金池；此处按一个账户评估</translation>
    </message>
    <message>
        <source>the venue&apos;s collateral rates were not fetched: every coin counted at 100 %</source>
        <translation>未获取交易所的抵押率：所有币按 100 % 计算</translation>
    </message>
    <message>
        <source>not in the venue&apos;s collateral table (not counted as margin): {assets}</source>
        <translation>不在交易所的抵押品表中（不计入保证金）：{assets}</translation>
    </message>
    <message>
        <source>this mode&apos;s account rule is not verified against the venue&apos;s documentation</source>
        <translation>此模式的账户规则未经交易所文档核实</translation>
    </message>
    <message>
        <source>maintenance margin unknown for {symbols} (no tier table, no reported rate): their PnL counts, their maintenance margin does not</source>
        <translation>{symbols} 的维持保证金未知（无阶梯表，无报告费率）：计入其盈亏，不计入其维持保证金</translation>
    </message>
    <message>
        <source>unavailable</source>
        <extracomment>The method of a position whose liquidation cannot be computed (no maintenance rate, no margin).</extracomment>
        <translation>不可用</translation>
    </message>
    <message>
        <source>whole account: liquidates at {move}</source>
        <translation>整个账户：{move} 时强平</translation>
    </message>
    <message>
        <source>whole account: {move} liquidates it</source>
        <translation>整个账户：{move} 的涨跌幅会使其强平</translation>
    </message>
    <message>
        <source>{venue} liquidates the whole account when its {ratio} reaches {level}</source>
        <translation>当 {ratio} 达到 {level} 时，{venue} 会强平整个账户</translation>
    </message>
    <message>
        <source>no margin balance left</source>
        <translation>无剩余保证金余额</translation>
    </message>
    <message>
        <source>{venue}&apos;s table, fetched just now ({date})</source>
        <translation>{venue} 的阶梯表，刚刚获取（{date}）</translation>
    </message>
    <message>
        <source>{venue}&apos;s table, fetched {date} (cached)</source>
        <translation>{venue} 的阶梯表，获取于 {date}（缓存）</translation>
    </message>
    <message>
        <source>{venue}&apos;s table read by the last sync ({date})</source>
        <translation>上次同步读取的 {venue} 阶梯表（{date}）</translation>
    </message>
    <message>
        <source>the bundled demo table (synthetic, not {venue}&apos;s own), as of {date}</source>
        <translation>内置的演示阶梯表（合成数据，并非 {venue} 官方），截至 {date}</translation>
    </message>
    <message>
        <source>the bundled copy of {venue}&apos;s table, recorded about {date}</source>
        <translation>内置的 {venue} 阶梯表副本，约记录于 {date}</translation>
    </message>
    <message>
        <source>the bundled copy of an older {venue} table (date not recorded)</source>
        <translation>内置的较旧 {venue} 阶梯表副本（未记录日期）</translation>
    </message>
    <message>
        <source>Type a symbol, e.g. {example}.</source>
        <translation>请输入合约代码，例如 {example}。</translation>
    </message>
    <message>
        <source>{symbol} is not a {venue} contract ({count} known: {known}).</source>
        <translation>{symbol} 不是 {venue} 的合约（已知 {count} 个：{known}）。</translation>
    </message>
    <message>
        <source>{symbol} fits several {venue} contracts: {choices}. Type one of them.</source>
        <translation>{symbol} 匹配多个 {venue} 合约：{choices}。请输入其中之一。</translation>
    </message>
    <message>
        <source>The bundled tier tables {file} cannot be read ({reason}); the installation is damaged.</source>
        <translation>无法读取内置阶梯表 {file}（{reason}）；安装已损坏。</translation>
    </message>
    <message>
        <source>The saved tier tables ({file}) could not be read and were skipped; the next fetch rewrites them.</source>
        <translation>已保存的阶梯表（{file}）无法读取，已跳过；下次获取时会重写。</translation>
    </message>
    <message>
        <source>{venue} gives its tier tables only to requests signed with an API key. Add a read-only {venue} key in Accounts: the tables of the symbols you hold are then read at every sync.</source>
        <translation>{venue} 只向使用 API 密钥签名的请求提供阶梯表。请在“账户”中添加 {venue} 只读密钥：之后每次同步都会读取您所持合约的阶梯表。</translation>
    </message>
    <message>
        <source>{venue}: {reason}</source>
        <translation>{venue}：{reason}</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>``AccountConfig.options`` keys of the per-account overrides (floats; 0 or below turns the rule off). Reminder rules left out of the alerts: the distance rules say the same (and more precisely). How many keys of alerts made elsewhere are remembered (no repeats) before the oldest are forgotten.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Mark {mark}, liquidation {liquidation}, size {size} {unit}, notional {notional}.</source>
        <translation>标记价格 {mark}，强平价格 {liquidation}，数量 {size} {unit}，名义价值 {notional}。</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account}</source>
        <translation>{account} 上的 {symbol} {side}</translation>
    </message>
    <message>
        <source>{asset} {side} close to liquidation</source>
        <translation>{asset} {side} 接近强平</translation>
    </message>
    <message>
        <source>{position} is {distance} from liquidation (alert below {limit}).</source>
        <translation>{position} 距强平 {distance}（低于 {limit} 时预警）。</translation>
    </message>
    <message>
        <source>{position} is {sigmas} daily σ ({distance}) from liquidation (alert below {limit} σ).</source>
        <translation>{position} 距强平 {sigmas} 个日 σ（{distance}）（低于 {limit} σ 时预警）。</translation>
    </message>
    <message>
        <source>{position} is {sigmas} daily σ from liquidation (alert below {limit} σ).</source>
        <translation>{position} 距强平 {sigmas} 个日 σ（低于 {limit} σ 时预警）。</translation>
    </message>
    <message>
        <source>margin ratio</source>
        <translation>保证金率</translation>
    </message>
    <message>
        <source>{account} ({venue}): the {ratio} is past the level at which {venue} liquidates (alert at {limit}).</source>
        <translation>{account}（{venue}）：{ratio} 已超过 {venue} 的强平水平（预警线 {limit}）。</translation>
    </message>
    <message>
        <source>{account} ({venue}): the {ratio} is at {usage} of the level at which {venue} liquidates (alert at {limit}).</source>
        <translation>{account}（{venue}）：{ratio} 已达 {venue} 强平水平的 {usage}（预警线 {limit}）。</translation>
    </message>
    <message>
        <source>Equity {equity}, collateral value {collateral}, maintenance margin {maintenance}.</source>
        <translation>权益 {equity}，抵押品价值 {collateral}，维持保证金 {maintenance}。</translation>
    </message>
    <message>
        <source>Margin ratio high on {account}</source>
        <translation>{account} 保证金率偏高</translation>
    </message>
    <message>
        <source>{source} answers again; Undertow sees it again after about {minutes} min (blind since {since}).</source>
        <translation>{source} 已恢复响应；Undertow 在约 {minutes} 分钟后重新获取其数据（自 {since} 起失联）。</translation>
    </message>
    <message>
        <source>Seeing {source} again</source>
        <translation>{source} 已恢复</translation>
    </message>
    <message>
        <source>Undertow cannot see {source} since {since}: {reason}. Its distances to liquidation are not up to date.</source>
        <translation>自 {since} 起 Undertow 无法获取 {source} 的数据：{reason}。其距强平的距离不是最新的。</translation>
    </message>
    <message>
        <source>Undertow cannot see {source} since {since}. Its distances to liquidation are not up to date.</source>
        <translation>自 {since} 起 Undertow 无法获取 {source} 的数据。其距强平的距离不是最新的。</translation>
    </message>
    <message>
        <source>Blind on {source}</source>
        <translation>{source} 失联</translation>
    </message>
    <message>
        <source>{kind} on {account} needs your attention: open Undertow or run &apos;undertow remind&apos;.</source>
        <translation>{account} 上的“{kind}”需要您处理：请打开 Undertow 或运行 &apos;undertow remind&apos;。</translation>
    </message>
    <message>
        <source>{kind} needs your attention: open Undertow or run &apos;undertow remind&apos;.</source>
        <translation>“{kind}”需要您处理：请打开 Undertow 或运行 &apos;undertow remind&apos;。</translation>
    </message>
    <message>
        <source>Reminder: {kind}</source>
        <translation>提醒：{kind}</translation>
    </message>
    <message>
        <source>{account} {symbol} {side}</source>
        <translation>{account} 的 {symbol} {side}</translation>
    </message>
    <message>
        <source>{start}:00–{end}:00 UTC ({local_start}:00–{local_end}:00 local)</source>
        <translation>{start}:00–{end}:00 UTC（本地时间 {local_start}:00–{local_end}:00）</translation>
    </message>
    <message>
        <source>{symbol}: the book is thin now ({share} of a typical hour&apos;s depth)</source>
        <translation>{symbol}：当前订单簿较薄（为典型时段深度的 {share}）</translation>
    </message>
    <message>
        <source>{symbol}: your positions sit through thin hours {spans} (depth down to {share} of a typical hour)</source>
        <translation>{symbol}：您的仓位会经历薄弱时段 {spans}（深度低至典型时段的 {share}）</translation>
    </message>
    <message>
        <source>Funding history: {problem}</source>
        <extracomment>How far back the first read of an account goes. A new read starts this much before the last one ended (a payment booked late is still found; stored once). The most requests one account&apos;s read may send in one sync (the rest continues at the next due read). The most the whole ledger read may take after a sync, in seconds. A funding amount beyond this (in any settle currency) is implausible data, not a payment.</extracomment>
        <translation>资金费历史：{problem}</translation>
    </message>
    <message>
        <source>synced with gaps: {problems}</source>
        <translation>同步不完整：{problems}</translation>
    </message>
    <message>
        <source>Funding history: not read completely within {seconds} s; the rest follows at the next sync.</source>
        <translation>资金费历史：未能在 {seconds} 秒内读完；其余部分将在下次同步时继续。</translation>
    </message>
    <message>
        <source>Open interest against spot volume</source>
        <extracomment>A liquidation cluster nearer than this (% of the mark) is flagged. What each signal is, for a person (the window translates it; the terminal prints the English).</extracomment>
        <translation>未平仓量与现货成交量之比</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>Nearest liquidation cluster</source>
        <translation>最近的强平带</translation>
    </message>
    <message>
        <source>Depth this hour against the typical hour</source>
        <translation>本时段深度与典型时段之比</translation>
    </message>
    <message>
        <source>Spot ETF net flows, last days</source>
        <translation>现货 ETF 净流入（近几日）</translation>
    </message>
    <message>
        <source>Crypto implied volatility</source>
        <translation>加密货币隐含波动率</translation>
    </message>
    <message>
        <source>Equity volatility (VIX)</source>
        <translation>股市波动率（VIX）</translation>
    </message>
    <message>
        <source>Gold volatility (GVZ)</source>
        <translation>黄金波动率（GVZ）</translation>
    </message>
    <message>
        <source>exchanges (open interest, spot tickers)</source>
        <extracomment>Where a signal&apos;s data comes from when it is not a fetched series.</extracomment>
        <translation>交易所（未平仓量、现货行情）</translation>
    </message>
    <message>
        <source>exchanges (funding rate)</source>
        <translation>交易所（资金费率）</translation>
    </message>
    <message>
        <source>local estimate from open interest</source>
        <translation>根据未平仓量的本地估算</translation>
    </message>
    <message>
        <source>stored order books</source>
        <translation>已保存的订单簿</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>no spot volume stored yet for {asset}</source>
        <translation>尚未保存 {asset} 的现货成交量</translation>
    </message>
    <message>
        <source>open interest is {ratio} times the 24 h spot volume; no older data to compare</source>
        <translation>未平仓量为 24 小时现货成交量的 {ratio} 倍；没有更早的数据可比较</translation>
    </message>
    <message>
        <source>open interest {oi_change} and spot volume {spot_change} since {since}</source>
        <translation>自 {since} 起，未平仓量 {oi_change}，现货成交量 {spot_change}</translation>
    </message>
    <message>
        <source>{what}: {venues}</source>
        <translation>{what}：{venues}</translation>
    </message>
    <message>
        <source>longs pay shorts {rate} per 8 h</source>
        <translation>多头每 8 小时向空头支付 {rate}</translation>
    </message>
    <message>
        <source>shorts pay longs {rate} per 8 h</source>
        <translation>空头每 8 小时向多头支付 {rate}</translation>
    </message>
    <message>
        <source>not enough stored order books yet to know the typical hour</source>
        <translation>已保存的订单簿还不足以确定典型时段</translation>
    </message>
    <message>
        <source>depth within 1 % is {depth} now, {typical} in a typical hour</source>
        <translation>1 % 范围内的深度当前为 {depth}，典型时段为 {typical}</translation>
    </message>
    <message>
        <source>no ETF flows yet: set a source (etf_btc_url, etf_eth_url) or import a file (undertow market etf-import)</source>
        <translation>尚无 ETF 资金流：请设置数据源（etf_btc_url、etf_eth_url）或导入文件（undertow market etf-import）</translation>
    </message>
    <message>
        <source>{asset} spot ETFs: {sum} over the last {days} trading days</source>
        <translation>{asset} 现货 ETF：近 {days} 个交易日 {sum}</translation>
    </message>
    <message>
        <source>not fetched yet (undertow market fetch), or its source is off</source>
        <translation>尚未获取（undertow market fetch），或其数据源已关闭</translation>
    </message>
    <message>
        <source>too short a history to judge ({count} days)</source>
        <translation>历史太短，无法判断（{count} 天）</translation>
    </message>
    <message>
        <source>no daily ETF flows found in {source}: expected a table of dates with a total or one column per fund</source>
        <extracomment>Date formats tried in order: ISO first, then written-out months, then US numeric (month first).</extracomment>
        <translation>在 {source} 中未找到每日 ETF 资金流：应为包含日期及合计或每只基金一列的表格</translation>
    </message>
    <message>
        <source>{source}: {bad} of {rows} days hold something that is not a number; the table&apos;s layout may have changed</source>
        <translation>{source}：{rows} 天中有 {bad} 天包含非数字内容；表格布局可能已更改</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file</source>
        <translation>{file} 不是 UTF-8 文本文件</translation>
    </message>
    <message>
        <source>{url} is not an http(s) address</source>
        <translation>{url} 不是 http(s) 地址</translation>
    </message>
    <message>
        <source>the SOCKS proxy cannot be used: {reason}</source>
        <translation>无法使用 SOCKS 代理：{reason}</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} s</source>
        <translation>{host} 未在 {seconds} 秒内响应</translation>
    </message>
    <message>
        <source>cannot reach {host}</source>
        <translation>无法连接 {host}</translation>
    </message>
    <message>
        <source>{host} is unavailable (HTTP {status})</source>
        <translation>{host} 不可用（HTTP {status}）</translation>
    </message>
    <message>
        <source>{host} refused the request (HTTP {status})</source>
        <translation>{host} 拒绝了请求（HTTP {status}）</translation>
    </message>
    <message>
        <source>{host} sent a file far larger than a daily series</source>
        <translation>{host} 发来的文件远大于日度序列应有的大小</translation>
    </message>
    <message>
        <source>{host} sent something that is not text</source>
        <translation>{host} 发来的内容不是文本</translation>
    </message>
    <message>
        <source>the newest day {source} publishes is {day}: it has stopped updating</source>
        <translation>{source} 发布的最新日期是 {day}：已停止更新</translation>
    </message>
    <message>
        <source>{source} is not an index history: no DATE and CLOSE columns</source>
        <extracomment>Days of DVOL history read (a year for the percentile, plus slack for the lookback&apos;s start).</extracomment>
        <translation>{source} 不是指数历史：没有 DATE 和 CLOSE 列</translation>
    </message>
    <message>
        <source>{source} holds no readable day</source>
        <translation>{source} 中没有可读取的日期数据</translation>
    </message>
    <message>
        <source>{source}: {bad} of {rows} rows cannot be read; the file&apos;s layout may have changed</source>
        <translation>{source}：{rows} 行中有 {bad} 行无法读取；文件布局可能已更改</translation>
    </message>
    <message>
        <source>Deribit sent a volatility candle that cannot be read</source>
        <translation>Deribit 发来了无法读取的波动率 K 线</translation>
    </message>
    <message>
        <source>Deribit&apos;s volatility index answer has no candles</source>
        <translation>Deribit 的波动率指数响应中没有 K 线</translation>
    </message>
    <message>
        <source>Deribit has no volatility index for {currency}</source>
        <translation>Deribit 没有 {currency} 的波动率指数</translation>
    </message>
    <message>
        <source>the last fetch failed: {reason}</source>
        <translation>上次获取失败：{reason}</translation>
    </message>
    <message>
        <source>Create a READ-ONLY key: Undertow only reads positions, balances and market data. A key that can trade or withdraw turns any leak of this computer into a loss of funds.</source>
        <extracomment>Set to a list by a caller that wants the decoded JSON of every response its ccxt call received (in its own task; tasks it starts inherit it): the positions reader uses it to see rows ccxt dropped. HTTP statuses whose ``Retry-After`` holds back the client (rate limits, IP bans, maintenance).</extracomment>
        <translation>请创建只读密钥：Undertow 只读取持仓、余额和行情数据。可交易或提币的密钥一旦从这台电脑泄露，就会造成资金损失。</translation>
    </message>
    <message>
        <source>Binance: API Management -&gt; Create API -&gt; enable &apos;Enable Reading&apos; only.</source>
        <translation>Binance：API Management -&gt; Create API -&gt; 仅启用 &apos;Enable Reading&apos;。</translation>
    </message>
    <message>
        <source>Bybit: API -&gt; Create New Key -&gt; System-generated -&gt; &apos;Read-Only&apos;.</source>
        <extracomment>``GET /v5/position/list`` answers one category, and for linear one settle coin, per request (&quot;settleCoin&quot; or &quot;symbol&quot; is required for linear; v5 docs &quot;Get Position Info&quot;): USDT- and USDC-settled linear, then inverse.</extracomment>
        <translation>Bybit：API -&gt; Create New Key -&gt; System-generated -&gt; 选择 &apos;Read-Only&apos;。</translation>
    </message>
    <message>
        <source>Hyperliquid: only your public wallet address is needed; no key at all.</source>
        <translation>Hyperliquid：只需您的公开钱包地址，完全不需要密钥。</translation>
    </message>
    <message>
        <source>OKX: API -&gt; Create V5 API Key -&gt; permission &apos;Read&apos; only.</source>
        <translation>OKX：API -&gt; Create V5 API Key -&gt; 权限仅选 &apos;Read&apos;。</translation>
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
        <source>Can move to cold storage</source>
        <translation>可转入冷存储</translation>
    </message>
    <message>
        <source>Largest exchange share</source>
        <translation>最大交易所占比</translation>
    </message>
    <message>
        <source>Coins the exchange accounts do not need as margin by their own rules (their mode, the venue&apos;s collateral haircuts), at market value</source>
        <translation>交易所账户按其自身规则（账户模式、交易所的抵押品折价）不需要作为保证金的币，按市值计</translation>
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
        <source>What to move to cold storage</source>
        <translation>可转入冷存储的资产</translation>
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
        <source>Nothing to show yet</source>
        <translation>暂无可显示的内容</translation>
    </message>
    <message>
        <source>Watch a wallet to see your self-custody beside your exchange accounts: paste an output descriptor, an xpub/zpub or an address from your hardware wallet&apos;s companion app. Undertow only reads public keys; it never asks for a seed or a private key. Exchange accounts are added in Accounts.</source>
        <translation>观察钱包后，即可在交易所账户旁看到您的自托管资产：从硬件钱包配套应用中粘贴输出描述符、xpub/zpub 或地址。Undertow 只读取公钥，从不索要助记词或私钥。交易所账户请在“账户”中添加。</translation>
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
        <source>Nothing to watch yet</source>
        <translation>暂无可监控的内容</translation>
    </message>
    <message>
        <source>Undertow answers three questions once it can read your accounts: how close each position is to liquidation, what a sudden drop would do to you, and how much of your savings sits on exchanges. Add an exchange account with a read-only key, watch a wallet, or explore the demo.</source>
        <translation>一旦能读取您的账户，Undertow 会回答三个问题：每个仓位离强平有多近、突然下跌会对您造成什么影响、您的资产有多少存放在交易所。请用只读密钥添加交易所账户、观察钱包，或体验演示。</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>开始使用…</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>打开账户</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Reading your accounts and wallets. The dashboard fills in as soon as the first snapshot is stored.</source>
        <translation>正在读取您的账户和钱包。第一个快照保存后，总览就会显示内容。</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>The last sync did not bring a snapshot: {reason}
Check the accounts&apos; keys in Accounts, then refresh.</source>
        <translation>上次同步未能生成快照：{reason}
请在“账户”中检查各账户的密钥，然后刷新。</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>No snapshot is stored yet. The first sync starts by itself; refresh (F5) to start it now.</source>
        <translation>尚未保存任何快照。首次同步会自动开始；刷新（F5）可立即开始。</translation>
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
        <source>Nothing held yet: this snapshot has no exchange balance, wallet or holding with a price.</source>
        <translation>尚无持有资产：该快照中没有带价格的交易所余额、钱包或持有资产。</translation>
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
        <source>{symbol} book, depth factor {factor}</source>
        <translation>{symbol} 订单簿，深度系数 {factor}</translation>
    </message>
    <message>
        <source>cascade push {push}</source>
        <translation>连环爆仓推动 {push}</translation>
    </message>
</context>
<context>
    <name>DepthHourChart</name>
    <message>
        <source>Needs a day of snapshots</source>
        <translation>需要一天的快照</translation>
    </message>
    <message>
        <source>Depth by hour of day is measured from the order books stored at each sync: after a day of syncs every hour has its own figure. Keep Undertow running (or refreshing) for a day.</source>
        <translation>分时深度根据每次同步时保存的订单簿测量：同步满一天后，每个小时都会有各自的数值。请让 Undertow 持续运行（或刷新）一天。</translation>
    </message>
    <message>
        <source>{symbol}: depth within 1 % is {now} now; a typical hour has {typical} (hour {hour}, local time).</source>
        <translation>{symbol}：1 % 范围内的深度当前为 {now}，典型时段为 {typical}（本地时间 {hour} 时）。</translation>
    </message>
    <message>
        <source>Thin hours: {hours}.</source>
        <translation>薄弱时段：{hours}。</translation>
    </message>
    <message>
        <source>Now is a thin hour: the same order moves the price further.</source>
        <translation>当前处于薄弱时段：同样的订单会让价格波动更大。</translation>
    </message>
    <message>
        <source>Red: this hour; amber: thin hours; dashed line: the typical hour.</source>
        <translation>红色：当前时段；琥珀色：薄弱时段；虚线：典型时段。</translation>
    </message>
    <message>
        <source>hour of day (local time)</source>
        <translation>时段（本地时间）</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
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
        <source>Range: your equity with the cascade under every leave-one-out fit of the event library and its out-of-sample error — how sure the model is</source>
        <translation>范围：在事件库的每次留一法拟合及其样本外误差下，计入连环爆仓的您的权益 — 反映模型有多确定</translation>
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
        <source>range (leave-one-out fits)</source>
        <translation>范围（留一法拟合）</translation>
    </message>
    <message>
        <source>{n} positions</source>
        <translation>{n} 个仓位</translation>
    </message>
    <message>
        <source>Runaway: forced orders emptied the modelled order book here; the cascade has no floor in this model and the equity shown is not meaningful</source>
        <translation>失控：此处强平单吃光了模型中的订单簿；该模型中连环爆仓没有底，显示的权益没有意义</translation>
    </message>
</context>
<context>
    <name>EtfChart</name>
    <message>
        <source>No ETF flows yet</source>
        <translation>尚无 ETF 资金流</translation>
    </message>
    <message>
        <source>Daily net flows of the US spot {asset} ETFs come from a public table you choose (a CSV/HTML table such as the issuers&apos; published flows): set its address with &apos;undertow settings set {key} URL&apos;, or import a saved table with &apos;undertow market etf-import FILE&apos;. The bars appear after the next fetch.</source>
        <translation>美国现货 {asset} ETF 的每日净流入来自您选择的公开表格（例如发行方公布资金流的 CSV/HTML 表格）：用 &apos;undertow settings set {key} URL&apos; 设置其地址，或用 &apos;undertow market etf-import FILE&apos; 导入已保存的表格。下次获取后会显示柱状图。</translation>
    </message>
    <message>
        <source>US spot {asset} ETFs, net flow of the last {days} trading days: {sum}. Source: {source}, data to {day}, fetched {fetched}.</source>
        <translation>美国现货 {asset} ETF 近 {days} 个交易日净流入：{sum}。来源：{source}，数据截至 {day}，获取于 {fetched}。</translation>
    </message>
    <message>
        <source>Stale: the last fetch failed, these are the last good figures.</source>
        <translation>数据过期：上次获取失败，显示的是最后一次的有效数据。</translation>
    </message>
</context>
<context>
    <name>FragilityCard</name>
    <message>
        <source>Market fragility</source>
        <translation>市场脆弱度</translation>
    </message>
    <message>
        <source>The held market whose signals of fragile liquidity are most flagged (funding, open interest against spot, liquidation clusters, thin hours, ETF flows, volatility elsewhere), 0 to 100.</source>
        <translation>在您持有的市场中，流动性脆弱信号（资金费率、未平仓量相对现货、强平带、薄弱时段、ETF 资金流、其他市场的波动率）异常最多的市场，0 到 100。</translation>
    </message>
    <message>
        <source>Open Market</source>
        <translation>前往市场</translation>
    </message>
    <message>
        <source>No open positions: no market to watch.</source>
        <translation>无持仓：没有需要关注的市场。</translation>
    </message>
    <message>
        <source>The market signals could not be read: {reason}</source>
        <translation>无法读取市场信号：{reason}</translation>
    </message>
    <message>
        <source>Reading the stored snapshots and sources…</source>
        <translation>正在读取已保存的快照和数据源…</translation>
    </message>
    <message>
        <source>No signal has data yet: the score starts with the first synced markets.</source>
        <translation>尚无任何信号有数据：评分将从首批同步的市场开始。</translation>
    </message>
    <message>
        <source>{symbol}: {score}/100</source>
        <translation>{symbol}：{score}/100</translation>
    </message>
    <message>
        <source>No signal flagged.</source>
        <translation>没有异常信号。</translation>
    </message>
    <message>
        <source>and {n} more in Market</source>
        <translation>另有 {n} 个见“市场”</translation>
    </message>
</context>
<context>
    <name>FragilityView</name>
    <message>
        <source>Signals traders watch before a cascade, for every market you hold. Pick a market for its fragility score, what it is made of, and the signals over time. Hover a column title for what it means.</source>
        <translation>交易者在连环爆仓前关注的信号，覆盖您持有的每个市场。选择一个市场即可查看其脆弱度评分、构成以及信号随时间的变化。将鼠标悬停在列标题上可查看含义。</translation>
    </message>
    <message>
        <source>Score parts</source>
        <translation>评分构成</translation>
    </message>
    <message>
        <source>Liquidation map</source>
        <translation>强平热力图</translation>
    </message>
    <message>
        <source>Open interest ÷ spot</source>
        <translation>未平仓量 ÷ 现货</translation>
    </message>
    <message>
        <source>ETF flows</source>
        <translation>ETF 资金流</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>波动率</translation>
    </message>
    <message>
        <source>Depth by hour</source>
        <translation>分时深度</translation>
    </message>
    <message>
        <source>Each signal of the score: its value, the range it is judged against, whether it is flagged, its weight, date and source</source>
        <translation>评分的各个信号：数值、判断所依据的范围、是否异常、权重、日期和来源</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>{symbol} · {score}/100</source>
        <translation>{symbol} · {score}/100</translation>
    </message>
    <message>
        <source>The signals over time could not be read: {reason}</source>
        <translation>无法读取信号的历史变化：{reason}</translation>
    </message>
    <message>
        <source>Reading the stored snapshots and sources…</source>
        <translation>正在读取已保存的快照和数据源…</translation>
    </message>
    <message>
        <source>No fragility score yet: none of its signals has data.</source>
        <translation>尚无脆弱度评分：其所有信号都没有数据。</translation>
    </message>
    <message>
        <source>Fragility {score}/100: {flagged} of {counted} signals with data flagged</source>
        <translation>脆弱度 {score}/100：{counted} 个有数据的信号中 {flagged} 个异常</translation>
    </message>
    <message>
        <source>No markets to watch yet</source>
        <translation>暂无需要关注的市场</translation>
    </message>
    <message>
        <source>Market signals are shown for the markets of your open positions. Add an exchange account with a read-only key, or explore the demo.</source>
        <translation>市场信号针对您持仓所在的市场显示。请用只读密钥添加交易所账户，或体验演示。</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>开始使用…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>No snapshot is stored yet: the markets of your positions appear here after the first sync.</source>
        <translation>尚未保存任何快照：首次同步后，您持仓所在的市场会显示在这里。</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>无持仓</translation>
    </message>
    <message>
        <source>Market signals are shown for the markets you hold a position in, and the last snapshot has none. Nothing here is at risk of a cascade.</source>
        <translation>市场信号针对您有持仓的市场显示，而最新快照中没有持仓。这里没有连环爆仓风险。</translation>
    </message>
    <message>
        <source>Open Positions</source>
        <translation>前往持仓</translation>
    </message>
    <message>
        <source>No market data</source>
        <translation>无行情数据</translation>
    </message>
    <message>
        <source>No market data was synced for the markets you hold. The exchanges&apos; public data may have failed; refresh to try again.</source>
        <translation>您持有市场的行情数据未能同步。可能是交易所的公开数据获取失败；请刷新重试。</translation>
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
        <source>{label}: {reason}</source>
        <translation>{label}：{reason}</translation>
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
    <name>FundingDialog</name>
    <message>
        <source>The funding history could not be read: {reason}</source>
        <translation>无法读取资金费历史：{reason}</translation>
    </message>
    <message>
        <source>Funding: {symbol} on {account}</source>
        <translation>资金费：{account} 上的 {symbol}</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} ({venue})</source>
        <translation>{account}（{venue}）上的 {symbol} {side}</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Since the first stored payment</source>
        <translation>自第一笔已保存的记录起</translation>
    </message>
    <message>
        <source>Next funding (projected)</source>
        <translation>下次资金费（预估）</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>{venue} books funding as a fee (+ paid); it is shown here with the sign turned, like every other venue.</source>
        <translation>{venue} 将资金费记为手续费（+ 为支付）；此处与其他交易所一样将符号反转显示。</translation>
    </message>
    <message>
        <source>Amounts in {currency}, valued at the price of the sync that stored each payment.</source>
        <translation>金额以 {currency} 计，按保存每笔记录时同步的价格计价。</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收付记录</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>日期（UTC）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收取</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Funding time</source>
        <translation>资金费时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>价值（{currency}）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>{amount} in {n} payment(s) since {date}</source>
        <translation>自 {date} 起 {n} 笔，共 {amount}</translation>
    </message>
    <message>
        <source>{amount} at {time}</source>
        <translation>{time} {amount}</translation>
    </message>
    <message>
        <source>{rate} per {hours} h</source>
        <translation>{rate}/{hours} 小时</translation>
    </message>
    <message>
        <source>Reading the funding history…</source>
        <translation>正在读取资金费历史…</translation>
    </message>
    <message>
        <source>No funding payment of this position is stored yet. Undertow reads {venue}&apos;s funding history after each funding time (every {hours} h), at the first sync after it; the next one is at {time}. Refresh after that to see it here.</source>
        <translation>尚未保存该仓位的任何资金费记录。Undertow 会在每个资金费时间（每 {hours} 小时）之后的首次同步时读取 {venue} 的资金费历史；下一次在 {time}。之后刷新即可在此看到。</translation>
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
        <extracomment>The time windows of the range box: (label, days back from now; None = everything stored).</extracomment>
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
        <extracomment>Points drawn for one window at most: about a wide screen&apos;s width; a longer window is thinned in SQL.</extracomment>
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
        <source>The history could not be read</source>
        <translation>无法读取历史</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史…</translation>
    </message>
    <message>
        <source>No snapshot in this time range.</source>
        <translation>此时间范围内没有快照。</translation>
    </message>
    <message>
        <source>No snapshot in this time range</source>
        <translation>此时间范围内没有快照</translation>
    </message>
    <message>
        <source>The snapshots stored are older than {range}. Choose a longer range.</source>
        <translation>已保存的快照都早于 {range}。请选择更长的时间范围。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
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
        <source>No history yet</source>
        <translation>暂无历史</translation>
    </message>
    <message>
        <source>Each sync of your accounts and wallets stores a snapshot; these charts draw your net worth, exposure and self-custody share from them. Add an exchange account or a wallet first.</source>
        <translation>每次同步账户和钱包都会保存一个快照；这些图表据此绘制您的净资产、敞口和自托管占比。请先添加交易所账户或钱包。</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>开始使用…</translation>
    </message>
    <message>
        <source>Each sync stores a snapshot: the charts start with the first one and draw a line from the second. Refresh to take the first one now.</source>
        <translation>每次同步都会保存一个快照：图表从第一个快照开始，从第二个起绘制曲线。现在刷新以生成第一个。</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
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
        <source>Test-network coins have no value: they are left out of net worth and the self-custody share.</source>
        <translation>测试网币没有价值：不计入净资产和自托管占比。</translation>
    </message>
    <message>
        <source>{label} (testnet)</source>
        <translation>{label}（测试网）</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计入</translation>
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
        <source>{symbol} liquidation ladder</source>
        <translation>{symbol} 强平分布</translation>
    </message>
    <message>
        <source>{account}: {price}</source>
        <translation>{account}：{price}</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>当前 {price}</translation>
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
    <name>LiquidationMapTab</name>
    <message>
        <source>24 hours</source>
        <extracomment>(label, days back) of the range box</extracomment>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>How far back the map reaches</source>
        <extracomment>Fewer snapshots than this, or a shorter span, and there is no map yet to read (one column is no picture of time).</extracomment>
        <translation>热力图覆盖的时间范围</translation>
    </message>
    <message>
        <source>USD liquidated per {step} of price</source>
        <translation>每 {step} 价格区间的强平额（USD）</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>价格（USD）</translation>
    </message>
    <message>
        <source>Each column is one stored snapshot&apos;s estimate of where leveraged positions of {asset} would be liquidated (open interest of every venue spread over a typical leverage mix and the entry prices of the last days, like the public heatmaps); brighter means more USD force-sold (below the price) or force-bought (above) there. The line is the price; dashed lines are your own liquidation prices, computed here by each exchange&apos;s rules.</source>
        <translation>每一列是根据一个已保存快照估算的 {asset} 杠杆仓位强平位置（与公开热力图一样，将各交易所的未平仓量按典型杠杆分布和近几日的开仓价分摊）；越亮表示在该处被强制卖出（价格下方）或强制买入（上方）的美元越多。实线为价格；虚线为按各交易所规则在此计算的您自己的强平价格。</translation>
    </message>
    <message>
        <source>Computing the map of {asset}…</source>
        <translation>正在计算 {asset} 的热力图…</translation>
    </message>
    <message>
        <source>{asset}: {columns} snapshots from {start} to {end}</source>
        <translation>{asset}：{start} 至 {end} 的 {columns} 个快照</translation>
    </message>
    <message>
        <source>(one per time step of {stored} stored)</source>
        <translation>（从已保存的 {stored} 个中按每个时间步取一个）</translation>
    </message>
    <message>
        <source>Needs a day of snapshots</source>
        <translation>需要一天的快照</translation>
    </message>
    <message>
        <source>The map draws one column per stored snapshot with {asset}&apos;s market data, and {count} of them are stored in this range. Each sync stores one (every few minutes while Undertow runs): after a day the map shows how the liquidation levels moved; a longer range may already have more.</source>
        <translation>热力图为每个包含 {asset} 行情数据的已保存快照绘制一列，而此时间范围内只保存了 {count} 个。每次同步保存一个（Undertow 运行时每隔几分钟一次）：一天后热力图即可显示强平价位的移动；更长的范围可能已经有更多快照。</translation>
    </message>
    <message>
        <source>The map could not be computed</source>
        <translation>无法计算热力图</translation>
    </message>
    <message>
        <source>Reading the stored snapshots failed: {reason}. Refresh to try again.</source>
        <translation>读取已保存的快照失败：{reason}。请刷新重试。</translation>
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
        <source>Opening your data…</source>
        <translation>正在打开您的数据…</translation>
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
    <name>OiSpotChart</name>
    <message>
        <source>open interest ÷ 24 h spot volume</source>
        <translation>未平仓量 ÷ 24 小时现货成交量</translation>
    </message>
    <message>
        <source>No spot volume stored yet</source>
        <translation>尚未保存现货成交量</translation>
    </message>
    <message>
        <source>Open interest against spot volume needs a day of snapshots with the exchanges&apos; spot volume for {asset}. Each sync stores one; the line starts after the first day.</source>
        <translation>未平仓量与现货成交量之比需要一天包含交易所 {asset} 现货成交量的快照。每次同步保存一个；曲线在第一天之后开始显示。</translation>
    </message>
    <message>
        <source>{asset}: open interest is {ratio} × the 24 h spot volume ({venues}), as of {when}.</source>
        <translation>{asset}：未平仓量为 24 小时现货成交量的 {ratio} ×（{venues}），截至 {when}。</translation>
    </message>
    <message>
        <source>{asset}: the newest snapshot ({when}) has no spot volume; the line ends at the last day that had it.</source>
        <translation>{asset}：最新快照（{when}）没有现货成交量；曲线止于最后一个有成交量的日期。</translation>
    </message>
    <message>
        <source>Since {since}: open interest {oi}, spot volume {spot}.</source>
        <translation>自 {since} 起：未平仓量 {oi}，现货成交量 {spot}。</translation>
    </message>
    <message>
        <source>Flagged: leverage is building without spot buying behind it.</source>
        <translation>异常：杠杆在累积，但背后没有现货买盘支撑。</translation>
    </message>
</context>
<context>
    <name>OpeningState</name>
    <message>
        <source>Opening your data…</source>
        <extracomment>the widest a paragraph of an empty state gets (a line of ~90 characters reads; a screen-wide one does not)</extracomment>
        <translation>正在打开您的数据…</translation>
    </message>
    <message>
        <source>Reading the last stored snapshot. A fresh sync follows.</source>
        <translation>正在读取最近保存的快照，随后进行一次新的同步。</translation>
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
        <source>Account</source>
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
        <source>{n} ct</source>
        <translation>{n} 张</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>The exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>The exchange account, under the name you gave it</source>
        <translation>交易所账户（显示您起的名称）</translation>
    </message>
    <message>
        <source>Size in the base asset, with the exchange&apos;s contracts where one contract is not one unit</source>
        <translation>以基础资产计的数量；若一张合约不等于一个单位，同时显示交易所的合约张数</translation>
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
        <source>Cross (the account&apos;s balance backs it) or isolated (only its own margin can be lost); the account&apos;s mode is in the tip</source>
        <translation>全仓（由账户余额担保）或逐仓（最多只损失其自身保证金）；账户模式见提示</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>名义价值</translation>
    </message>
    <message>
        <source>Position value at the mark price, in the display currency</source>
        <translation>按标记价格计算的仓位价值（显示货币）</translation>
    </message>
    <message>
        <source>uPnL</source>
        <translation>未实现盈亏</translation>
    </message>
    <message>
        <source>Unrealised profit or loss at the mark, as the exchange reports it, in the display currency</source>
        <translation>交易所报告的按标记价格计算的未实现盈亏（显示货币）</translation>
    </message>
    <message>
        <source>ROE</source>
        <translation>回报率</translation>
    </message>
    <message>
        <source>Return on the position&apos;s margin: unrealised PnL ÷ (value at the mark ÷ leverage), as the exchanges show it</source>
        <translation>仓位保证金的回报率：未实现盈亏 ÷（按标记价格的价值 ÷ 杠杆），与交易所的显示方式相同</translation>
    </message>
    <message>
        <source>Margin ratio</source>
        <translation>保证金率</translation>
    </message>
    <message>
        <source>Maintenance margin ÷ margin balance (100 % = liquidation): the account&apos;s for a cross position, the position&apos;s own for an isolated one</source>
        <translation>维持保证金 ÷ 保证金余额（100 % = 强平）：全仓仓位取账户的值，逐仓仓位取其自身的值</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>The current funding rate per funding interval: positive, longs pay shorts; negative, shorts pay longs</source>
        <translation>每个资金费周期的当前资金费率：为正时多头向空头支付；为负时空头向多头支付</translation>
    </message>
    <message>
        <source>Next funding</source>
        <translation>下次资金费</translation>
    </message>
    <message>
        <source>When the exchange next settles funding (your local time)</source>
        <translation>交易所下次结算资金费的时间（您的本地时间）</translation>
    </message>
    <message>
        <source>Funding 24 h / total</source>
        <translation>资金费 24h/累计</translation>
    </message>
    <message>
        <source>Funding this position received (+) or paid (−) in the last 24 hours and since the first payment stored, in the display currency</source>
        <translation>该仓位在近 24 小时及自第一笔已保存记录以来收取（+）或支付（−）的资金费，以显示货币计</translation>
    </message>
    <message>
        <source>It would not survive an instant {gap} adverse gap (the gap rule in Settings).</source>
        <translation>无法扛住瞬间 {gap} 的不利跳空（设置中的跳空规则）。</translation>
    </message>
    <message>
        <source>Daily volatility of {symbol}: {vol}</source>
        <translation>{symbol} 的日波动率：{vol}</translation>
    </message>
    <message>
        <source>Account mode: {mode}</source>
        <translation>账户模式：{mode}</translation>
    </message>
    <message>
        <source>{contracts} contracts × {size} = {base}</source>
        <translation>{contracts} 张 × {size} = {base}</translation>
    </message>
    <message>
        <source>At this rate this position pays.</source>
        <translation>按此费率，该仓位需支付资金费。</translation>
    </message>
    <message>
        <source>At this rate this position receives.</source>
        <translation>按此费率，该仓位可收取资金费。</translation>
    </message>
    <message>
        <source>No funding payment stored for this position yet.</source>
        <translation>尚未保存该仓位的资金费记录。</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole; no move within ±90 % does.</source>
        <extracomment>The columns in the order a trader reads them; the ones shown at first (the rest are one right click away). They fit 1280 px wide in English and Japanese, grouped or not; the gap verdict shows as a red distance (and in the summary line) until its own column is chosen.</extracomment>
        <translation>交易所会整体强平该账户；±90 % 内的涨跌幅不会触发。</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole, at a {move} move of the market (see Accounts).</source>
        <translation>交易所会整体强平该账户，触发点为市场涨跌 {move}（见“账户”）。</translation>
    </message>
    <message>
        <source>The exchange reports {price}.</source>
        <translation>交易所报告为 {price}。</translation>
    </message>
    <message>
        <source>{account} on {venue}</source>
        <translation>{venue} 上的 {account}</translation>
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
    <message>
        <source>positions: {n}</source>
        <extracomment>Columns whose group row sorts by the account&apos;s figure (the others sort the groups by the account&apos;s name). The roles any row answers (the others are None, asked for every cell by the delegate).</extracomment>
        <translation>持仓：{n} 个</translation>
    </message>
    <message>
        <source>{ratio_name} {ratio} (liq. at {at})</source>
        <translation>{ratio_name} {ratio}（强平线 {at}）</translation>
    </message>
    <message>
        <source>liquidating move {move}</source>
        <translation>强平涨跌幅 {move}</translation>
    </message>
    <message>
        <source>Isolated positions only: each has its own liquidation price.</source>
        <translation>仅有逐仓仓位：每个仓位都有各自的强平价格。</translation>
    </message>
    <message>
        <source>Margin ratio: as the exchange defines it for this account&apos;s mode; liquidating move: the smallest move of the market (other assets following) that liquidates the account&apos;s cross positions. Details in Accounts.</source>
        <translation>保证金率：按交易所对该账户模式的定义；强平涨跌幅：使该账户全仓仓位被强平的最小市场变动（其他资产联动）。详情见“账户”。</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Filter by venue, account or symbol…</source>
        <extracomment>QSettings keys (the layout: &quot;account,symbol,-venue,…&quot; in visual order, &quot;-&quot; = hidden; the sort: &quot;distance:0&quot;).</extracomment>
        <translation>按交易所、账户或合约筛选…</translation>
    </message>
    <message>
        <source>Group by account</source>
        <translation>按账户分组</translation>
    </message>
    <message>
        <source>One row per account (its margin ratio and liquidating move), its positions under it</source>
        <translation>每个账户一行（保证金率和强平涨跌幅），其仓位列于下方</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <source>Choose the columns shown; drag a column&apos;s title to move it. Also on a right click on the titles.</source>
        <translation>选择要显示的列；拖动列标题可移动列。也可右键点击标题。</translation>
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
        <source>Add an exchange account…</source>
        <translation>添加交易所账户…</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
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
    <message>
        <source>No exchange account yet</source>
        <translation>还没有交易所账户</translation>
    </message>
    <message>
        <source>Add an exchange account with a read-only API key: its open positions appear here, each with its liquidation price by the exchange&apos;s rules, the distance to it, the margin ratio and the funding.</source>
        <translation>用只读 API 密钥添加交易所账户后，其持仓会显示在这里，每个仓位附有按交易所规则计算的强平价格、距强平的距离、保证金率和资金费。</translation>
    </message>
    <message>
        <source>No positions read yet</source>
        <translation>尚未读取持仓</translation>
    </message>
    <message>
        <source>Your exchange accounts have not been read yet. Refresh to read their open positions.</source>
        <translation>尚未读取您的交易所账户。请刷新以读取其持仓。</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>无持仓</translation>
    </message>
    <message>
        <source>None of your {n} exchange accounts held an open position at the last refresh. Positions you open appear here after the next refresh; add another exchange account to see its positions too.</source>
        <translation>上次刷新时，您的 {n} 个交易所账户都没有持仓。新开的仓位会在下次刷新后显示在这里；添加其他交易所账户即可一并查看其持仓。</translation>
    </message>
    <message>
        <source>No position matches “{text}”.</source>
        <translation>没有与“{text}”匹配的仓位。</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>Funding history…</source>
        <translation>资金费历史…</translation>
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
    <message>
        <source>Slide of -10 % over an hour</source>
        <translation>1 小时内逐步下跌（-10 %）</translation>
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
        <source>off (no URL)</source>
        <translation>关闭（无 URL）</translation>
    </message>
    <message>
        <source>A CSV or HTML table of the daily net flows of the spot BTC ETFs (e.g. a Farside-style page); or import a file: undertow market etf-import</source>
        <translation>现货 BTC ETF 每日净流入的 CSV 或 HTML 表格（例如 Farside 风格的页面）；也可导入文件：undertow market etf-import</translation>
    </message>
    <message>
        <source>The same for the spot ETH ETFs</source>
        <translation>现货 ETH ETF 同上</translation>
    </message>
    <message>
        <source>ETF tables are in US$ millions</source>
        <translation>ETF 表格以百万美元为单位</translation>
    </message>
    <message>
        <source>Cboe&apos;s daily VIX history (CSV: date, open, high, low, close)</source>
        <translation>Cboe 的 VIX 每日历史（CSV：日期、开盘、最高、最低、收盘）</translation>
    </message>
    <message>
        <source>Cboe&apos;s daily gold volatility index history (CSV)</source>
        <translation>Cboe 的黄金波动率指数每日历史（CSV）</translation>
    </message>
    <message>
        <source>Deribit&apos;s API, for its DVOL implied-volatility index</source>
        <translation>Deribit 的 API，用于其 DVOL 隐含波动率指数</translation>
    </message>
    <message>
        <source>Read the held assets&apos; spot volume (public tickers)</source>
        <translation>读取所持资产的现货成交量（公开行情）</translation>
    </message>
    <message>
        <source>ETF flows and volatility indices are fetched at most this often</source>
        <translation>ETF 资金流和波动率指数最多按此间隔获取一次</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Every snapshot younger than this is kept</source>
        <translation>比此更新的快照全部保留</translation>
    </message>
    <message>
        <source>Up to this age one snapshot an hour is kept; older ones, one a day</source>
        <translation>在此期限内每小时保留一份快照；更早的每天保留一份</translation>
    </message>
    <message>
        <source>Market data and history</source>
        <translation>市场数据与历史</translation>
    </message>
    <message>
        <source>BTC ETF flows</source>
        <translation>BTC ETF 资金流</translation>
    </message>
    <message>
        <source>ETH ETF flows</source>
        <translation>ETH ETF 资金流</translation>
    </message>
    <message>
        <source>VIX</source>
        <translation>VIX</translation>
    </message>
    <message>
        <source>Gold volatility</source>
        <translation>黄金波动率</translation>
    </message>
    <message>
        <source>Deribit</source>
        <translation>Deribit</translation>
    </message>
    <message>
        <source>Fetch series every</source>
        <translation>序列获取间隔</translation>
    </message>
    <message>
        <source>Keep every snapshot</source>
        <translation>保留全部快照</translation>
    </message>
    <message>
        <source>Keep hourly snapshots</source>
        <translation>保留每小时快照</translation>
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
        <source>A market data source must be an http(s) URL, or empty to turn it off</source>
        <translation>市场数据源必须是 http(s) URL，或留空以关闭</translation>
    </message>
    <message>
        <source>Hourly snapshots must be kept at least as long as every snapshot</source>
        <translation>每小时快照的保留时间不能短于全部快照的保留时间</translation>
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
        <source>Depth factor: the order books relative to the calibrated model (1.00× = as fitted on the event library; &apos;undertow shock&apos; prints the same figure).
Lower it to model books that vanish in a panic: every forced order then moves the price further.</source>
        <translation>深度系数：相对于校准模型的订单簿深度（1.00× = 按事件库拟合；&apos;undertow shock&apos; 输出相同数值）。
调低可模拟恐慌中消失的订单簿：每笔强平单都会把价格推得更远。</translation>
    </message>
    <message>
        <source>Your exchange equity at each shock. Dashed: the shock alone. Solid: with the liquidation cascade, in its shaded range. Markers: where your positions are liquidated.</source>
        <translation>各冲击下您的交易所权益。虚线：仅冲击。实线：计入连环爆仓，阴影为其范围。标记：您的仓位被强平的位置。</translation>
    </message>
    <message>
        <source>Your accounts and positions</source>
        <translation>您的账户和仓位</translation>
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
        <source>Custom: {driver} moves alone, other assets follow by their betas. The Dashboard&apos;s what-if card is the preset “{name}” ({what}): at {shock} it shows {equity} with the cascade; choose that preset above for the same figures.</source>
        <translation>自定义：仅 {driver} 变动，其他资产按各自贝塔联动。总览中的情景卡片使用预设“{name}”（{what}）：在 {shock} 时显示计入连环爆仓的 {equity}；在上方选择该预设即可得到相同数值。</translation>
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
    <name>VolChart</name>
    <message>
        <source>index points</source>
        <extracomment>The volatility indices drawn, their legend names and palette colours.</extracomment>
        <translation>指数点</translation>
    </message>
    <message>
        <source>No volatility indices yet</source>
        <translation>尚无波动率指数</translation>
    </message>
    <message>
        <source>Crypto implied volatility (Deribit&apos;s DVOL, through ccxt) and the equity and gold volatility indices (VIX, GVZ: the exchange operator&apos;s published daily history) appear after their first fetch (&apos;undertow market fetch&apos;, or the next refresh).</source>
        <translation>加密货币隐含波动率（Deribit 的 DVOL，通过 ccxt 获取）以及股市和黄金波动率指数（VIX、GVZ：交易所运营方公布的每日历史）会在首次获取（&apos;undertow market fetch&apos; 或下次刷新）后显示。</translation>
    </message>
    <message>
        <source>{name} {value} on {day}</source>
        <translation>{day} {name} {value}</translation>
    </message>
    <message>
        <source>(above its 1-year range)</source>
        <translation>（高于其 1 年区间）</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>（已过期）</translation>
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
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Undertow</source>
        <extracomment>the widest the page&apos;s text gets: lines of a readable length on a wide screen when the keyring&apos;s name is read after the page is shown (importing the keyring library is no first-frame work)</extracomment>
        <translation>欢迎使用 Undertow</translation>
    </message>
    <message>
        <source>Undertow shows how close your leveraged positions are to liquidation, what a sudden drop and the cascade behind it would do, and how much of your savings sits on exchanges. It runs on this computer only and talks to nobody but your exchanges and the chain servers you choose. To start, give it something to read:</source>
        <translation>Undertow 会告诉您：杠杆仓位离强平有多近、突然下跌及随之而来的连环爆仓会造成什么影响，以及您的资产有多少存放在交易所。它只在本机运行，只与您的交易所和您选择的链服务器通信。开始之前，请先给它提供可读取的内容：</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>添加交易所</translation>
    </message>
    <message>
        <source>Connect Binance, Bybit, OKX or another exchange with a READ-ONLY API key (Hyperliquid: your public address only). Undertow reads positions, balances and market data; it can never trade or withdraw.</source>
        <translation>使用只读 API 密钥连接 Binance、Bybit、OKX 或其他交易所（Hyperliquid 只需公开地址）。Undertow 读取持仓、余额和行情数据；它永远无法交易或提币。</translation>
    </message>
    <message>
        <source>Add exchange account…</source>
        <translation>添加交易所账户…</translation>
    </message>
    <message>
        <source>Watch a wallet</source>
        <translation>观察钱包</translation>
    </message>
    <message>
        <source>Paste an xpub, zpub, output descriptor or address of your hardware or software wallet to count your savings in self-custody. Watch-only: seeds and private keys are refused.</source>
        <translation>粘贴硬件或软件钱包的 xpub、zpub、输出描述符或地址，即可统计您自托管的资产。仅观察：拒绝助记词和私钥。</translation>
    </message>
    <message>
        <source>Watch a wallet…</source>
        <translation>观察钱包…</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>体验演示</translation>
    </message>
    <message>
        <source>Three exchange accounts, a hardware wallet and the market of 2026-02-12, bundled with Undertow. Undertow restarts in demo mode; nothing is added to your own data.</source>
        <translation>Undertow 内置的三个交易所账户、一个硬件钱包和 2026-02-12 的行情。Undertow 会以演示模式重启；不会向您自己的数据添加任何内容。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>How to create a read-only key</source>
        <translation>如何创建只读密钥</translation>
    </message>
    <message>
        <source>Add {venue} account…</source>
        <translation>添加 {venue} 账户…</translation>
    </message>
    <message>
        <source>Not now: show the empty dashboard</source>
        <translation>暂不：显示空白总览</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
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
        <source>wallet address</source>
        <translation>钱包地址</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>Sign in to {venue} in your web browser and open its API management page.</source>
        <translation>在网页浏览器中登录 {venue}，打开其 API 管理页面。</translation>
    </message>
    <message>
        <source>Leave trading, transfers and withdrawals switched off. If {venue} offers an IP allow-list, add this computer&apos;s address.</source>
        <translation>保持交易、划转和提币权限关闭。如果 {venue} 提供 IP 白名单，请添加本机的地址。</translation>
    </message>
    <message>
        <source>Copy the {fields} into Undertow with the button below. {venue} shows the secret only once: copy it before you close the page.</source>
        <translation>通过下方按钮将 {fields} 复制到 Undertow。{venue} 只显示一次私钥：请在关闭页面前复制。</translation>
    </message>
    <message>
        <source>Copy the public address of the wallet you trade with into Undertow with the button below. Nothing secret is entered or stored.</source>
        <translation>通过下方按钮将您用于交易的钱包公开地址复制到 Undertow。不会输入或保存任何机密信息。</translation>
    </message>
    <message>
        <source>Where your key is kept: in your operating system&apos;s keyring, never in Undertow&apos;s database, which holds only a reference to it.</source>
        <translation>密钥存放位置：操作系统的密钥环，绝不存入 Undertow 的数据库，数据库只保存对它的引用。</translation>
    </message>
    <message>
        <source>Where your key is kept: in your operating system&apos;s keyring ({backend}), never in Undertow&apos;s database, which holds only a reference to it. Undertow sends a key to nobody but its exchange.</source>
        <translation>密钥存放位置：操作系统的密钥环（{backend}），绝不存入 Undertow 的数据库，数据库只保存对它的引用。Undertow 只会把密钥发送给对应的交易所。</translation>
    </message>
    <message>
        <source>No secure keyring was found on this computer ({backend}). You can still add a key for this session only: it is forgotten when Undertow quits and never written to disk.</source>
        <translation>在本机上未找到安全的密钥环（{backend}）。您仍可添加仅在本次会话有效的密钥：Undertow 退出时即被遗忘，绝不写入磁盘。</translation>
    </message>
</context>
</TS>
