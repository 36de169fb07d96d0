<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit exchange account</source>
        <translation>取引所アカウントを編集</translation>
    </message>
    <message>
        <source>Add exchange account</source>
        <translation>取引所アカウントを追加</translation>
    </message>
    <message>
        <source>Other ccxt exchange…</source>
        <translation>その他の ccxt 取引所…</translation>
    </message>
    <message>
        <source>ccxt exchange id, e.g. bitget</source>
        <translation>ccxt の取引所 ID（例: bitget）</translation>
    </message>
    <message>
        <source>e.g. Binance main</source>
        <translation>例: Binance メイン</translation>
    </message>
    <message>
        <source>read-only API key</source>
        <translation>読み取り専用 API キー</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API シークレット</translation>
    </message>
    <message>
        <source>API passphrase</source>
        <translation>API パスフレーズ</translation>
    </message>
    <message>
        <source>0x… public wallet address</source>
        <translation>0x… 公開ウォレットアドレス</translation>
    </message>
    <message>
        <source>Portfolio Margin account (positions and balance from /papi)</source>
        <translation>ポートフォリオマージン口座（ポジションと残高を /papi から取得）</translation>
    </message>
    <message>
        <source>Tick this for a Binance Portfolio Margin account, so Undertow reads its unified account (uniMMR) rather than the USD-M wallet.</source>
        <translation>Binance のポートフォリオマージン口座ならチェックしてください。Undertow は USDⓈ-M ウォレットではなく統合口座（uniMMR）を読み取ります。</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>サブアカウント</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>0x… address to read instead (optional)</source>
        <translation>代わりに読み取る 0x… アドレス（任意）</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>クロス</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>分離</translation>
    </message>
    <message>
        <source>https://… (empty = the exchange&apos;s own API)</source>
        <translation>https://…（空欄 = 取引所の公式 API）</translation>
    </message>
    <message>
        <source>Only for proxies and mirrors. Every request, signed ones included, goes here.</source>
        <translation>プロキシやミラー専用です。署名付きを含むすべてのリクエストがここに送られます。</translation>
    </message>
    <message>
        <source>Where the key goes: your operating system&apos;s keyring ({backend}), never Undertow&apos;s database, which keeps only a reference to it.</source>
        <translation>キーの保存先: OS のキーリング（{backend}）。Undertow のデータベースには保存せず、参照だけを保持します。</translation>
    </message>
    <message>
        <source>Keep the key for this session only (re-enter it after a restart)</source>
        <translation>このセッションだけキーを保持する（再起動後に再入力）</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Wallet address</source>
        <translation>ウォレットアドレス</translation>
    </message>
    <message>
        <source>Read instead</source>
        <translation>代わりに読む</translation>
    </message>
    <message>
        <source>Margin mode</source>
        <translation>証拠金モード</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API ベース URL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the stored value)</source>
        <translation>変更なし（空欄なら保存済みの値を維持）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Test failed: {reason}</source>
        <translation>テスト失敗: {reason}</translation>
    </message>
    <message>
        <source>choose an exchange</source>
        <translation>取引所を選んでください</translation>
    </message>
</context>
<context>
    <name>AccountRiskModel</name>
    <message>
        <source>Single-asset</source>
        <extracomment>core.model.ACCOUNT_MODES in the interface language (tests check both stay in step).</extracomment>
        <translation>シングルアセット</translation>
    </message>
    <message>
        <source>Multi-Assets</source>
        <translation>マルチアセット</translation>
    </message>
    <message>
        <source>Portfolio Margin</source>
        <translation>ポートフォリオマージン</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>クラシック</translation>
    </message>
    <message>
        <source>Unified, isolated</source>
        <translation>統合・分離</translation>
    </message>
    <message>
        <source>Unified, cross</source>
        <translation>統合・クロス</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>現物</translation>
    </message>
    <message>
        <source>Futures (single-currency)</source>
        <translation>先物（単一通貨）</translation>
    </message>
    <message>
        <source>Multi-currency</source>
        <translation>複数通貨</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Unified account</source>
        <translation>統合口座</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>片方向</translation>
    </message>
    <message>
        <source>hedge</source>
        <translation>両建て</translation>
    </message>
    <message>
        <source>MM ÷ equity</source>
        <translation>維持証拠金 ÷ 資産</translation>
    </message>
    <message>
        <source>per position</source>
        <translation>ポジションごと</translation>
    </message>
    <message>
        <source>none within ±90 %</source>
        <translation>±90 % 以内になし</translation>
    </message>
    <message>
        <source>{move} · whole account</source>
        <translation>{move} · 口座全体</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>出所の記録なし</translation>
    </message>
    <message>
        <source>No collateral haircut table was read for this account: its collateral counts at full value.</source>
        <translation>この口座の担保ヘアカット表は読み取られていません。担保は全額で計算されます。</translation>
    </message>
    <message>
        <source>{account}: collateral valued at {rules}
Source: {source}</source>
        <translation>{account}: 担保の評価率 {rules}
出所: {source}</translation>
    </message>
    <message>
        <source>{ratio}: ours {ours}, the exchange reports {reported} (more than 0.5 % apart).</source>
        <translation>{ratio}: 当方の計算 {ours}、取引所の報告 {reported}（0.5 % を超える差）。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The account, under the name you gave it</source>
        <translation>付けた名前で表示したアカウント</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>The account&apos;s margin mode as the exchange reported it at the last sync (— = not detected: classic rules are used)</source>
        <translation>前回の同期で取引所が報告した口座の証拠金モード（— = 未検出: 従来のルールを使用）</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Wallet balance plus unrealised PnL, at market value</source>
        <translation>ウォレット残高 + 未実現損益（時価）</translation>
    </message>
    <message>
        <source>After haircuts</source>
        <translation>ヘアカット後</translation>
    </message>
    <message>
        <source>Equity with each collateral asset valued at the exchange&apos;s collateral rate (its haircut or discount)</source>
        <translation>各担保資産を取引所の担保率（ヘアカット・割引率）で評価した資産</translation>
    </message>
    <message>
        <source>Maint. margin</source>
        <translation>維持証拠金</translation>
    </message>
    <message>
        <source>Maintenance margin of the account&apos;s positions, by the exchange&apos;s rules</source>
        <translation>取引所のルールによる口座のポジションの維持証拠金</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>The account ratio the exchange liquidates on, in its own definition</source>
        <translation>取引所が清算の判断に使う口座の比率（取引所自身の定義）</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>当方</translation>
    </message>
    <message>
        <source>The ratio as Undertow computes it from the positions, balances and the exchange&apos;s rules</source>
        <translation>ポジション・残高・取引所のルールから Undertow が計算した比率</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>取引所値</translation>
    </message>
    <message>
        <source>The same ratio as the exchange reports it (— = it reports none); a warning sign marks a gap over 0.5 %</source>
        <translation>取引所が報告する同じ比率（— = 報告なし）。0.5 % を超える差には警告マークが付きます</translation>
    </message>
    <message>
        <source>Liq. at</source>
        <translation>清算水準</translation>
    </message>
    <message>
        <source>The value of the ratio at which the exchange liquidates</source>
        <translation>取引所が清算を行う比率の値</translation>
    </message>
    <message>
        <source>Liq. move</source>
        <translation>清算変動</translation>
    </message>
    <message>
        <source>The smallest move of the market (other assets following their betas, collateral revalued) that liquidates the account, in % of the asset in brackets; none is reported beyond ±90 %. &quot;Whole account&quot;: the exchange then liquidates every position of the account at once, not one position at a time</source>
        <translation>口座が清算される最小の相場変動（他の資産はベータに従って動き、担保も再評価）。括弧内の資産の % で表示し、±90 % を超える場合は表示しません。「口座全体」: そのとき取引所は口座のすべてのポジションを一度に清算します（ポジションごとではありません）</translation>
    </message>
    <message>
        <source>Position mode: {mode}</source>
        <translation>ポジションモード: {mode}</translation>
    </message>
    <message>
        <source>The exchange&apos;s own ratio could not be computed for this account: shown is maintenance margin ÷ equity, which liquidates at 100 %.</source>
        <translation>この口座では取引所自身の比率を計算できませんでした。表示しているのは維持証拠金 ÷ 資産で、100 % で清算されます。</translation>
    </message>
    <message>
        <source>{ratio}: the exchange liquidates at {at}</source>
        <translation>{ratio}: 取引所は {at} で清算します</translation>
    </message>
    <message>
        <source>The exchange reported no account ratio at the last sync.</source>
        <translation>前回の同期で取引所は口座の比率を報告しませんでした。</translation>
    </message>
    <message>
        <source>At a {move} move the exchange liquidates the whole account, every position at once.</source>
        <translation>{move} の変動で、取引所は口座全体（すべてのポジション）を一度に清算します。</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Label</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>証拠金</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API ベース URL</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>OS キーリング</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>クロス</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>分離</translation>
    </message>
    <message>
        <source>OS keyring — locked</source>
        <extracomment>The Key column when the last sync could not use the key (core.freshness problems): four different states.</extracomment>
        <translation>OS キーリング — ロック中</translation>
    </message>
    <message>
        <source>no OS keyring available</source>
        <translation>OS キーリングがありません</translation>
    </message>
    <message>
        <source>missing — re-enter it</source>
        <translation>未保存 — 再入力してください</translation>
    </message>
    <message>
        <source>rejected by the exchange</source>
        <translation>取引所に拒否されました</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>stale — not refreshed since {when} UTC ({age})</source>
        <translation>古いデータ — {when} UTC（{age}）以降更新されていません</translation>
    </message>
    <message>
        <source>fresh ({age})</source>
        <translation>最新（{age}）</translation>
    </message>
    <message>
        <source>stale — showing data from {when} UTC ({age}): {error}</source>
        <translation>古いデータ — {when} UTC（{age}）時点のデータを表示: {error}</translation>
    </message>
    <message>
        <source>failed, no data yet: {error}</source>
        <translation>失敗、データなし: {error}</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Add account…</source>
        <translation>アカウント追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>You are looking at the demo: its three exchange accounts are bundled with Undertow and are not listed here. Accounts you add here are yours; they are used when Undertow runs without --demo.</source>
        <translation>これはデモです。デモの 3 つの取引所アカウントは Undertow に同梱されており、ここには表示されません。ここで追加するアカウントはあなた自身のもので、Undertow を --demo なしで起動したときに使われます。</translation>
    </message>
    <message>
        <source>Account risk at the last sync, by each exchange&apos;s rules</source>
        <translation>前回の同期時点の口座リスク（各取引所のルールによる）</translation>
    </message>
    <message>
        <source>Our figures come from the positions, balances and the exchange&apos;s own rules; the exchange&apos;s column is what the exchange itself reported. A gap over 0.5 % is marked with a warning sign.</source>
        <translation>当方の数値はポジション・残高・取引所自身のルールから計算しています。取引所の列は取引所自身が報告した値です。0.5 % を超える差には警告マークが付きます。</translation>
    </message>
    <message>
        <source>No exchange account yet</source>
        <translation>取引所アカウントはまだありません</translation>
    </message>
    <message>
        <source>Add an account with a READ-ONLY API key (Binance, Bybit, OKX) or, for Hyperliquid, just your public wallet address. Undertow only reads positions, balances and market data. The key is kept in your operating system&apos;s keyring, never in Undertow&apos;s database, which holds only a reference to it.</source>
        <translation>読み取り専用の API キー（Binance、Bybit、OKX）、Hyperliquid なら公開ウォレットアドレスだけでアカウントを追加できます。Undertow が読み取るのはポジション、残高、市場データだけです。キーは OS のキーリングに保存され、Undertow のデータベースには保存されません（データベースは参照だけを保持します）。</translation>
    </message>
    <message>
        <source>Add exchange account…</source>
        <translation>取引所アカウントを追加…</translation>
    </message>
    <message>
        <source>All ways to start…</source>
        <translation>すべての始め方…</translation>
    </message>
    <message>
        <source>Collateral haircuts: {tables}</source>
        <translation>担保ヘアカット: {tables}</translation>
    </message>
    <message>
        <source>Saved. Syncing…</source>
        <translation>保存しました。同期中…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Remove &apos;{label}&apos; and its stored key?
Revoke the key at the exchange as well.</source>
        <translation>「{label}」と保存済みのキーを削除しますか？
取引所側でもキーを無効にしてください。</translation>
    </message>
    <message>
        <source>Removed &apos;{label}&apos;.</source>
        <translation>「{label}」を削除しました。</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>{n} d ago</source>
        <translation>{n} 日前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} 時間前</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} 分前</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Desktop notification</source>
        <translation>デスクトップ通知</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>メール（SMTP）</translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation>ntfy</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram ボット</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Alert channels…</source>
        <translation>アラートチャネル…</translation>
    </message>
    <message>
        <source>Where alerts reach you away from the screen: desktop, e-mail, ntfy, Telegram, webhook</source>
        <translation>画面から離れているときのアラートの届け先: デスクトップ、メール、ntfy、Telegram、Webhook</translation>
    </message>
    <message>
        <source>Alert channels</source>
        <translation>アラートチャネル</translation>
    </message>
    <message>
        <source>Alerts reach you through the channels you add here, and only those. No server of Undertow&apos;s sits in between: each channel talks to your own mail server, ntfy server, Telegram bot or webhook, or to this desktop.</source>
        <translation>アラートはここで追加したチャネルを通じてのみ届きます。間に Undertow のサーバーは介在しません。各チャネルはあなた自身のメールサーバー、ntfy サーバー、Telegram ボット、Webhook、またはこのデスクトップと直接やり取りします。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>前回の結果</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>テストアラートを送信</translation>
    </message>
    <message>
        <source>Send a test alert through the selected channel now</source>
        <translation>選択したチャネルで今すぐテストアラートを送信</translation>
    </message>
    <message>
        <source>What alerts may carry</source>
        <translation>アラートに含める内容</translation>
    </message>
    <message>
        <source>Include amounts (position sizes, values, balances) in alert messages</source>
        <translation>アラートのメッセージに金額（ポジション規模、評価額、残高）を含める</translation>
    </message>
    <message>
        <source>Off: alerts say what needs attention and how close it is, never how much. Messages pass through your mail, ntfy or Telegram provider.</source>
        <translation>オフ: アラートは何に対応が必要か、どれだけ迫っているかを伝えますが、金額は伝えません。メッセージはメール、ntfy、Telegram の事業者を経由します。</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> 件/時</translation>
    </message>
    <message>
        <source>At most this many alerts per channel in any hour, so a fault cannot flood your phone; alerts held back are counted in the next message</source>
        <translation>1 チャネルが 1 時間に送るアラートの上限。障害でスマートフォンが通知で埋まるのを防ぎます。保留したアラートの件数は次のメッセージで伝えます</translation>
    </message>
    <message>
        <source>At most, per channel</source>
        <translation>上限（チャネルごと）</translation>
    </message>
    <message>
        <source>Ticked: alerts go out through this channel</source>
        <translation>チェック時: このチャネルでアラートを送信します</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>sent {age}</source>
        <translation>送信済み（{age}）</translation>
    </message>
    <message>
        <source>held back {age} (rate limit)</source>
        <translation>保留（{age}、送信数の上限）</translation>
    </message>
    <message>
        <source>failed {age}: {reason}</source>
        <translation>失敗（{age}）: {reason}</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>チャネルを削除</translation>
    </message>
    <message>
        <source>Remove the channel “{name}” and its secret from the keyring?</source>
        <translation>チャネル「{name}」とそのシークレットをキーリングから削除しますか？</translation>
    </message>
    <message>
        <source>Sending a test alert through “{name}”…</source>
        <translation>「{name}」でテストアラートを送信中…</translation>
    </message>
    <message>
        <source>✔ The test alert went out through “{name}”. Check that it arrived.</source>
        <translation>✔ 「{name}」でテストアラートを送信しました。届いたか確認してください。</translation>
    </message>
    <message>
        <source>The test alert through “{name}” failed: {reason}</source>
        <translation>「{name}」でのテストアラートに失敗しました: {reason}</translation>
    </message>
    <message>
        <source>({n} tries)</source>
        <translation>（{n} 回試行）</translation>
    </message>
    <message>
        <source>The test alert through “{name}” could not be sent: {reason}</source>
        <translation>「{name}」でテストアラートを送信できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Undertow — unexpected error</source>
        <extracomment>the app&apos;s state, once there is one: a fault of the data folder that reaches the excepthook is shown there too</extracomment>
        <translation>Undertow — 予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Details were written to {log}. Your data is safe.</source>
        <translation>問題が発生しました: {error}

詳細は {log} に記録されました。データは安全です。</translation>
    </message>
    <message>
        <source>Undertow — not saved</source>
        <translation>Undertow — 保存されませんでした</translation>
    </message>
    <message>
        <source>Undertow — demo</source>
        <translation>Undertow — デモ</translation>
    </message>
    <message>
        <source>The demo could not be started ({command}). Start it from a terminal with: undertow --demo</source>
        <translation>デモを起動できませんでした（{command}）。ターミナルから次のコマンドで起動してください: undertow --demo</translation>
    </message>
    <message>
        <source>Undertow — cannot open the database</source>
        <extracomment>how long after start-up the weekly full check of the database may run (the first sync comes first)</extracomment>
        <translation>Undertow — データベースを開けません</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>No accounts or wallets are configured yet.</source>
        <extracomment>Settings whose change alters the analysis (not just how it is drawn): a change re-analyses.</extracomment>
        <translation>アカウントやウォレットがまだ設定されていません。</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>同期に失敗: {reason}</translation>
    </message>
    <message>
        <source>The full check of the database {path} found damage ({problem}). Nothing was changed; restore a backup, or run &apos;undertow db check&apos; for details.</source>
        <translation>データベース {path} の完全チェックで破損が見つかりました（{problem}）。何も変更されていません。バックアップから復元するか、詳細は &apos;undertow db check&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <source>Entry price</source>
        <translation>建値</translation>
    </message>
    <message>
        <source>Average entry price (quote per base)</source>
        <translation>平均建値（基軸通貨建て）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Contract size</source>
        <translation>契約サイズ</translation>
    </message>
    <message>
        <source>Inverse: USD face value of one contract; linear: base per contract</source>
        <translation>インバース: 1 契約の USD 額面、リニア: 1 契約あたりの原資産量</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <source>Isolated margin</source>
        <translation>分離証拠金</translation>
    </message>
    <message>
        <source>Cross wallet</source>
        <translation>クロスウォレット残高</translation>
    </message>
    <message>
        <source>Cross: wallet balance in the settle currency</source>
        <translation>クロス: 決済通貨でのウォレット残高</translation>
    </message>
    <message>
        <source>Other positions&apos; MM</source>
        <translation>他ポジションの維持証拠金</translation>
    </message>
    <message>
        <source>Cross: maintenance margin of the other positions</source>
        <translation>クロス: 他のポジションの維持証拠金</translation>
    </message>
    <message>
        <source>Other positions&apos; uPnL</source>
        <translation>他ポジションの含み損益</translation>
    </message>
    <message>
        <source>Cross: unrealised PnL of the other positions</source>
        <translation>クロス: 他のポジションの含み損益</translation>
    </message>
    <message>
        <source>Maintenance rate</source>
        <translation>維持証拠金率</translation>
    </message>
    <message>
        <source>Fraction (0.005 = 0.5 %); empty: the symbol&apos;s tier table</source>
        <translation>小数で指定（0.005 = 0.5 %）。空欄なら銘柄の段階表を使用</translation>
    </message>
    <message>
        <source>Maintenance amount</source>
        <translation>維持証拠金控除額</translation>
    </message>
    <message>
        <source>Binance cum / Bybit MM deduction</source>
        <translation>Binance の cum / Bybit の維持証拠金控除額</translation>
    </message>
    <message>
        <source>Taker fee rate</source>
        <translation>テイカー手数料率</translation>
    </message>
    <message>
        <source>OKX&apos;s formula includes it (default 0.0005)</source>
        <translation>OKX の計算式に含まれます（既定値 0.0005）</translation>
    </message>
    <message>
        <source>Max leverage</source>
        <translation>最大レバレッジ</translation>
    </message>
    <message>
        <source>Hyperliquid: maintenance = 1 / (2 × max leverage)</source>
        <translation>Hyperliquid: 維持証拠金率 = 1 / (2 × 最大レバレッジ)</translation>
    </message>
    <message>
        <source>Liquidation calculator</source>
        <translation>清算価格計算機</translation>
    </message>
    <message>
        <source>e.g. BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP</source>
        <translation>例: BTCUSDT、BTC-USDT-SWAP、BTCUSD_PERP</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>分離</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>クロス</translation>
    </message>
    <message>
        <source>Leverage; with a margin and no size it sets the size</source>
        <translation>レバレッジ。証拠金を入力し数量が空欄のときは、これで数量を決めます</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Margin mode</source>
        <translation>証拠金モード</translation>
    </message>
    <message>
        <source>More inputs (cross margin, your own rate)</source>
        <translation>その他の入力（クロス証拠金、独自の率）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Fetch the table now</source>
        <translation>今すぐ表を取得</translation>
    </message>
    <message>
        <source>Ask the venue for the current tier table and save it with its date</source>
        <translation>取引所から現在の段階表を取得し、日付とともに保存します</translation>
    </message>
    <message>
        <source>Only in the app connected to the venues (not in the demo)</source>
        <translation>取引所に接続したアプリでのみ利用できます（デモでは不可）</translation>
    </message>
    <message>
        <source>Asking {venue}…</source>
        <translation>{venue} に問い合わせ中…</translation>
    </message>
    <message>
        <source>Could not ask the venue: {reason}</source>
        <translation>取引所に問い合わせできませんでした: {reason}</translation>
    </message>
    <message>
        <source>{symbol} · inverse · {size} USD per contract</source>
        <translation>{symbol} · インバース · 1 契約 {size} USD</translation>
    </message>
    <message>
        <source>{symbol} · linear · {size} {base} per contract</source>
        <translation>{symbol} · リニア · 1 契約 {size} {base}</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>{symbol}: {n} tiers · {about}</source>
        <translation>{symbol}: {n} 段階 · {about}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Enter the entry price, then the size or the margin.</source>
        <translation>建値を入力し、次に数量または証拠金を入力してください。</translation>
    </message>
    <message>
        <source>Or enter the asset&apos;s max leverage under “More inputs”.</source>
        <translation>または「その他の入力」で資産の最大レバレッジを入力してください。</translation>
    </message>
    <message>
        <source>Or enter a maintenance rate of your own under “More inputs”.</source>
        <translation>または「その他の入力」で独自の維持証拠金率を入力してください。</translation>
    </message>
    <message>
        <source>Type a symbol of the venue.</source>
        <translation>取引所の銘柄を入力してください。</translation>
    </message>
    <message>
        <source>The calculator has no rule for this contract.</source>
        <translation>この契約に対応する計算規則がありません。</translation>
    </message>
    <message>
        <source>The maintenance rate is a fraction below 1 (0.005 = 0.5 %).</source>
        <translation>維持証拠金率は 1 未満の小数です（0.005 = 0.5 %）。</translation>
    </message>
    <message>
        <source>Cross margin: enter the cross wallet balance under “More inputs”.</source>
        <translation>クロス証拠金: 「その他の入力」でクロスウォレット残高を入力してください。</translation>
    </message>
    <message>
        <source>Tier table</source>
        <translation>段階表</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Liquidation price</source>
        <translation>清算価格</translation>
    </message>
    <message>
        <source>Linear contracts: in the base coin (0.5 = 0.5 BTC); inverse: contracts. Leave empty to size the position from the margin and the leverage</source>
        <translation>リニア契約: 原資産の数量（0.5 = 0.5 BTC）。インバース: 契約数。空欄なら証拠金とレバレッジからポジションの数量を決めます</translation>
    </message>
    <message>
        <source>Settle currency (USDT, or the coin for inverse). With the size it implies the leverage; above the initial margin it counts as added margin</source>
        <translation>決済通貨（USDT、インバースはコイン）。数量と合わせてレバレッジが決まり、初期証拠金を超える分は追加証拠金として扱います</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>目標価格</translation>
    </message>
    <message>
        <source>A price to show the PnL and ROE at</source>
        <translation>損益と ROE を表示する価格</translation>
    </message>
    <message>
        <source>Bankruptcy price</source>
        <translation>破産価格</translation>
    </message>
    <message>
        <source>Distance from entry</source>
        <translation>建値からの距離</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>Initial margin</source>
        <translation>初期証拠金</translation>
    </message>
    <message>
        <source>Maintenance margin</source>
        <translation>維持証拠金</translation>
    </message>
    <message>
        <source>Max position at this leverage</source>
        <translation>このレバレッジでの最大ポジション</translation>
    </message>
    <message>
        <source>Max leverage at this size</source>
        <translation>この数量での最大レバレッジ</translation>
    </message>
    <message>
        <source>PnL at the target</source>
        <translation>目標価格での損益</translation>
    </message>
    <message>
        <source>ROE at the target</source>
        <translation>目標価格での ROE</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>計算規則</translation>
    </message>
    <message>
        <source>none (price alone cannot liquidate it)</source>
        <translation>なし（価格の変動だけでは清算されません）</translation>
    </message>
    <message>
        <source>{n} contracts ({usd} USD)</source>
        <translation>{n} 契約（{usd} USD）</translation>
    </message>
    <message>
        <source>{size} = {value}</source>
        <translation>{size} = {value}</translation>
    </message>
    <message>
        <source>{initial} (isolated margin {margin})</source>
        <translation>{initial}（分離証拠金 {margin}）</translation>
    </message>
    <message>
        <source>{amount} at entry</source>
        <translation>{amount}（建値時点）</translation>
    </message>
    <message>
        <source>{given} (the margin implies {implied}×)</source>
        <translation>{given}（証拠金から逆算すると {implied}×）</translation>
    </message>
    <message>
        <source>not in this table (no max leverage or cap recorded)</source>
        <translation>この表にはありません（最大レバレッジや上限の記録なし）</translation>
    </message>
    <message>
        <source>USD face</source>
        <translation>USD 額面</translation>
    </message>
    <message>
        <source>{value} ({size} {unit} at entry)</source>
        <translation>{value}（建値で {size} {unit}）</translation>
    </message>
    <message>
        <source>enter a target price</source>
        <translation>目標価格を入力してください</translation>
    </message>
    <message>
        <source>{venue} has no calculator rule; showing the closest inputs</source>
        <translation>{venue} には計算規則がないため、最も近い入力を表示しています</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number</source>
        <translation>{field}: {text} は数値ではありません</translation>
    </message>
</context>
<context>
    <name>CascadeGrid</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}〜{high}</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>ショック</translation>
    </message>
    <message>
        <source>The move you impose (the driver&apos;s shock × the symbol&apos;s beta, or the preset&apos;s own shock)</source>
        <translation>与える値動き（基準銘柄のショック × 銘柄のベータ、またはプリセット固有のショック）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>変動</translation>
    </message>
    <message>
        <source>Where the price ends after the liquidation cascade has run its course</source>
        <translation>連鎖清算が収まった後の最終的な価格変動</translation>
    </message>
    <message>
        <source>Per 1 % more</source>
        <translation>+1 % あたり</translation>
    </message>
    <message>
        <source>How much further the price ends per 1 % more shock. About 1: the cascade adds little at the margin; 3 or more: a tipping point, where a slightly bigger shock runs much further</source>
        <translation>ショックが 1 % 増えるごとに最終価格がどれだけ余分に動くか。約 1: 連鎖清算による上乗せはわずか。3 以上: 転換点で、少し大きなショックで価格がはるかに大きく動きます</translation>
    </message>
    <message>
        <source>Price after</source>
        <translation>事後価格</translation>
    </message>
    <message>
        <source>Final price (USD) after the cascade</source>
        <translation>連鎖清算後の最終価格（USD）</translation>
    </message>
    <message>
        <source>Amplification</source>
        <translation>増幅率</translation>
    </message>
    <message>
        <source>Final move ÷ imposed move: 1.00× means the cascade added nothing</source>
        <translation>最終変動 ÷ 与えた変動。1.00× なら連鎖清算による上乗せなし</translation>
    </message>
    <message>
        <source>Longs liquidated</source>
        <translation>ロング清算額</translation>
    </message>
    <message>
        <source>Market-wide long positions force-closed (USD notional, estimated from open interest)</source>
        <translation>市場全体で強制決済されたロング（USD 想定元本、未決済建玉から推定）</translation>
    </message>
    <message>
        <source>Shorts liquidated</source>
        <translation>ショート清算額</translation>
    </message>
    <message>
        <source>Market-wide short positions force-closed (USD notional)</source>
        <translation>市場全体で強制決済されたショート（USD 想定元本）</translation>
    </message>
    <message>
        <source>Insurance fund</source>
        <translation>保険基金</translation>
    </message>
    <message>
        <source>Insurance fund spent covering liquidations that closed beyond their bankruptcy price</source>
        <translation>破産価格を超えて約定した清算の穴埋めに使われた保険基金</translation>
    </message>
    <message>
        <source>ADL</source>
        <translation>ADL</translation>
    </message>
    <message>
        <source>Notional of profitable traders auto-deleveraged once the insurance fund ran dry</source>
        <translation>保険基金が尽きた後、自動デレバレッジ（ADL）で決済された利益側トレーダーの想定元本</translation>
    </message>
    <message>
        <source>Runaway</source>
        <translation>暴走</translation>
    </message>
    <message>
        <source>RUNAWAY: the forced orders emptied the modelled book — the price has no floor in this model</source>
        <translation>暴走: 強制注文がモデル上の板を食い尽くしました — このモデルでは価格に下限がありません</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>Your accounts (equity with the cascade at this shock, and the change from now; a liquidated account is 0: the venue closes it) and their positions</source>
        <translation>あなたのアカウント（このショックでの連鎖清算込みの資産と現在からの変化。清算されたアカウントは 0: 取引所が決済します）とそのポジション</translation>
    </message>
    <message>
        <source>At this shock</source>
        <translation>このショックで</translation>
    </message>
    <message>
        <source>Liquidated at this shock? &apos;yes&apos;: by the shock alone; &apos;cascade&apos;: only once the cascade has pushed the price further; &apos;no&apos;: it survives</source>
        <translation>このショックで清算されるか。「はい」: ショックだけで清算。「連鎖」: 連鎖清算で価格がさらに動いた場合のみ清算。「いいえ」: 耐える</translation>
    </message>
    <message>
        <source>Smallest driver shock (within ±50 %) that liquidates it without the cascade, the driver moving alone (other assets by their betas; a preset&apos;s own shocks and haircuts left out) — the same figure as &apos;undertow shock&apos;</source>
        <translation>連鎖清算なしで清算される最小のショック（±50 % 以内）。基準銘柄だけが動いた場合（他の資産はベータに従う。プリセット固有のショックとヘアカットは除外）— &apos;undertow shock&apos; と同じ数値</translation>
    </message>
    <message>
        <source>Smallest driver shock that liquidates it with the cascade: the real distance. In brackets, the same under every leave-one-out fit of the event library: nearer to farther</source>
        <translation>連鎖清算込みで清算される最小のショック: 実際の距離。括弧内はイベントライブラリの各 leave-one-out フィットでの同じ値（近い〜遠い）</translation>
    </message>
    <message>
        <source>Moved by the preset&apos;s own shock: the driver does not move it</source>
        <translation>プリセット固有のショックで動きます: 基準銘柄の影響は受けません</translation>
    </message>
    <message>
        <source>Its range is being computed…</source>
        <translation>範囲を計算中…</translation>
    </message>
    <message>
        <source>cascade</source>
        <translation>連鎖</translation>
    </message>
    <message>
        <source>Liquidated only because of the cascade</source>
        <translation>連鎖清算のみが原因で清算</translation>
    </message>
    <message>
        <source>your equity &lt;b&gt;{with_}&lt;/b&gt; with the cascade, {without} without</source>
        <translation>あなたの資産: 連鎖清算あり &lt;b&gt;{with_}&lt;/b&gt;、なし {without}</translation>
    </message>
    <message>
        <source>Market: longs {longs} and shorts {shorts} liquidated, insurance fund {fund}, ADL {adl}</source>
        <translation>市場: ロング {longs}・ショート {shorts} が清算、保険基金 {fund}、ADL {adl}</translation>
    </message>
    <message>
        <source>{symbol} sits near a tipping point: its final move changes by {sensitivity} per 1 % more shock</source>
        <translation>{symbol} は転換点の近くにあります: ショックが 1 % 増えるごとに最終変動が {sensitivity} 変わります</translation>
    </message>
    <message>
        <source>Dies at</source>
        <translation>清算点</translation>
    </message>
    <message>
        <source>Dies at +casc.</source>
        <translation>清算点+連鎖</translation>
    </message>
    <message>
        <source>ADL risk: profitable while its market needs auto-deleveraging — it may be closed for you</source>
        <translation>ADL リスク: 市場が自動デレバレッジを必要とする中で利益が出ており、強制的に決済される可能性があります</translation>
    </message>
    <message>
        <source>Being computed…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Range under every leave-one-out fit of the event library: {range}</source>
        <translation>イベントライブラリの各 leave-one-out フィットでの範囲: {range}</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>現在 {price}</translation>
    </message>
    <message>
        <source>RUNAWAY</source>
        <translation>暴走</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>{symbol}: mark {price}</source>
        <translation>{symbol}: マーク価格 {price}</translation>
    </message>
    <message>
        <source>Equity now {now}; at this shock {with_} with the cascade, {without} without. A liquidated account counts 0: the venue closes it and the insurance fund takes any shortfall.</source>
        <translation>現在の資産 {now}。このショックでは連鎖清算あり {with_}、なし {without}。清算されたアカウントは 0 として数えます: 取引所が決済し、不足分は保険基金が負担します。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>liquidation price {price} (venue rules)</source>
        <translation>清算価格 {price}（取引所の規則）</translation>
    </message>
    <message>
        <source>ADL risk</source>
        <translation>ADL リスク</translation>
    </message>
    <message>
        <source>Profitable while its market needs ADL</source>
        <translation>市場が ADL を必要とする中で利益が出ている</translation>
    </message>
    <message>
        <source>(range {low} to {high})</source>
        <translation>（範囲 {low}〜{high}）</translation>
    </message>
    <message>
        <source>{dead} of {total} positions liquidated</source>
        <translation>{total} 件中 {dead} 件のポジションが清算</translation>
    </message>
    <message>
        <source>runaway in {symbols}</source>
        <translation>{symbols} で暴走</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>A notification on this computer&apos;s desktop while Undertow runs (the tray icon&apos;s message where the desktop has no notification service).</source>
        <translation>Undertow の実行中、このコンピューターのデスクトップに通知を表示します（デスクトップに通知サービスがない場合はトレイアイコンのメッセージ）。</translation>
    </message>
    <message>
        <source>Sent through your own mail server with STARTTLS or TLS; the password stays in the OS keyring.</source>
        <translation>あなた自身のメールサーバーから STARTTLS または TLS で送信します。パスワードは OS キーリングに保存されます。</translation>
    </message>
    <message>
        <source>A push notification to the ntfy app on your phone, through ntfy.sh or your own ntfy server. On a public server the topic works like a password: pick one that is hard to guess.</source>
        <translation>ntfy.sh またはご自身の ntfy サーバーを通じて、スマートフォンの ntfy アプリにプッシュ通知を送ります。公開サーバーではトピックがパスワードの役割を果たすため、推測されにくい名前を選んでください。</translation>
    </message>
    <message>
        <source>A message from your own Telegram bot (create one with @BotFather, then send it a message and enter your chat id).</source>
        <translation>あなた自身の Telegram ボットからのメッセージです（@BotFather でボットを作成し、そのボットにメッセージを送ってから、チャット ID を入力してください）。</translation>
    </message>
    <message>
        <source>A JSON POST to a URL of yours (Home Assistant, n8n, your own script). With a signing secret, the body is signed with HMAC-SHA256 in the X-Undertow-Signature header.</source>
        <translation>あなたの URL への JSON POST（Home Assistant、n8n、自作スクリプトなど）。署名シークレットを設定すると、本文は HMAC-SHA256 で署名され、署名は X-Undertow-Signature ヘッダーに入ります。</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP サーバー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>ボットトークン</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>チャット ID</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Bot API サーバー</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>署名シークレット</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>例: smtp.example.org</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>ログイン不要のサーバーなら空欄</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas</source>
        <translation>1 つ以上のアドレス（カンマ区切り）</translation>
    </message>
    <message>
        <source>optional: a PEM file for a self-hosted server</source>
        <translation>任意: 自前のサーバー用の PEM ファイル</translation>
    </message>
    <message>
        <source>a hard-to-guess topic name</source>
        <translation>推測されにくいトピック名</translation>
    </message>
    <message>
        <source>optional, for a protected topic (tk_…)</source>
        <translation>任意、保護されたトピック用（tk_…）</translation>
    </message>
    <message>
        <source>123456789:AA… from @BotFather</source>
        <translation>@BotFather から受け取った 123456789:AA…</translation>
    </message>
    <message>
        <source>a number, or @channel</source>
        <translation>数字、または @channel</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Edit alert channel</source>
        <translation>アラートチャネルを編集</translation>
    </message>
    <message>
        <source>Add alert channel</source>
        <translation>アラートチャネルを追加</translation>
    </message>
    <message>
        <source>Your name for this channel (letters, digits, - and _), also used by &apos;undertow alert test NAME&apos;</source>
        <translation>このチャネルの名前（英字、数字、- と _）。&apos;undertow alert test NAME&apos; でも使います</translation>
    </message>
    <message>
        <source>Send alerts through this channel</source>
        <translation>このチャネルでアラートを送信</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（ポート 587）</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS（ポート 465）</translation>
    </message>
    <message>
        <source>Keep the secret for this session only (re-enter it after a restart)</source>
        <translation>このセッションだけシークレットを保持する（再起動後に再入力）</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the stored value)</source>
        <translation>変更なし（空欄なら保存済みの値を維持）</translation>
    </message>
</context>
<context>
    <name>ColdMoveDialog</name>
    <message>
        <source>Move to cold storage</source>
        <translation>コールドストレージへ移す</translation>
    </message>
    <message>
        <source>I checked this address on my device&apos;s screen</source>
        <translation>デバイスの画面でこのアドレスを確認しました</translation>
    </message>
    <message>
        <source>I moved it</source>
        <translation>移しました</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移動元</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>To wallet</source>
        <translation>移動先ウォレット</translation>
    </message>
    <message>
        <source>Receive address</source>
        <translation>受取アドレス</translation>
    </message>
    <message>
        <source>Only what the account does not need as margin by its own rules (its mode and the venue&apos;s collateral haircuts) is suggested, keeping {multiple}× what its positions need (the margin buffer in Settings).</source>
        <translation>提案するのは、アカウント自身のルール（モードと取引所の担保ヘアカット）で証拠金として不要な分だけで、ポジションに必要な額の {multiple}× を残します（設定の証拠金バッファー）。</translation>
    </message>
    <message>
        <source>More than suggested: the account would keep less than {multiple}× the margin its positions need.</source>
        <translation>提案額を超えています: アカウントに残る証拠金がポジションに必要な額の {multiple}× を下回ります。</translation>
    </message>
    <message>
        <source>First watch a wallet that can receive {asset} (Custody → Watch a wallet…): the move needs an address from your own device.</source>
        <translation>先に {asset} を受け取れるウォレットを監視してください（資産保管 → ウォレットを監視…）。移動にはあなた自身のデバイスのアドレスが必要です。</translation>
    </message>
    <message>
        <source>This is receive address #{index} of {wallet}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>これは {wallet} の受取アドレス #{index} です。デバイスにこのアドレスがそのまま表示されることを確認してから取引所で出金し、「移しました」を押してください。</translation>
    </message>
    <message>
        <source>This is the address of {wallet}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>これは {wallet} のアドレスです。デバイスにこのアドレスがそのまま表示されることを確認してから取引所で出金し、「移しました」を押してください。</translation>
    </message>
    <message>
        <source>Nothing on this account is free of margin duties right now.</source>
        <translation>このアカウントには現在、証拠金として不要な資産はありません。</translation>
    </message>
    <message>
        <source>looking for the next unused address…</source>
        <translation>次の未使用アドレスを検索中…</translation>
    </message>
    <message>
        <source>Could not find the next unused address: {reason}</source>
        <translation>次の未使用アドレスが見つかりません: {reason}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>longs pay</source>
        <translation>ロングが支払い</translation>
    </message>
    <message>
        <source>shorts pay</source>
        <translation>ショートが支払い</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <source>The perpetual contract you hold</source>
        <translation>保有している無期限先物</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>マーク価格</translation>
    </message>
    <message>
        <source>Mark price: the price liquidations are measured against</source>
        <translation>マーク価格: 清算の判定に使われる価格</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>資金調達率</translation>
    </message>
    <message>
        <source>The exchange this market trades on</source>
        <translation>この市場が取引されている取引所</translation>
    </message>
    <message>
        <source>Funding rate per 8 h. Positive: longs pay shorts to keep the position open, so the crowd is long. 0.01 % is the usual neutral rate. Beyond ±0.03 % per 8 h the paying side is named: most traders lean one way, and a crowded side is the fuel of a cascade (if the price turns, their liquidations push it further).</source>
        <translation>8 時間あたりの資金調達率。プラスならロングがショートに支払っており、市場はロングに偏っています。通常の中立値は 0.01 %。8 時間あたり ±0.03 % を超えると支払い側を表示します: 大半のトレーダーが一方に傾いており、偏った側は連鎖清算の燃料になります（価格が反転すると、彼らの清算が価格をさらに押し進めます）。</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>未決済建玉</translation>
    </message>
    <message>
        <source>Value of all open contracts on this venue, USD: the leverage sitting in the market</source>
        <translation>この取引所の全未決済契約の価値（USD）: 市場に積み上がったレバレッジ</translation>
    </message>
    <message>
        <source>OI change</source>
        <translation>建玉変化</translation>
    </message>
    <message>
        <source>Open-interest change since the previous snapshot. Rising open interest into a move means new leverage is piling in; more positions can be forced out later.</source>
        <translation>前回のスナップショットからの未決済建玉の変化。値動きとともに建玉が増えるのは新たなレバレッジの流入で、後により多くのポジションが強制決済されうることを意味します。</translation>
    </message>
    <message>
        <source>Depth 1 %</source>
        <translation>板厚 1 %</translation>
    </message>
    <message>
        <source>Order-book depth within 1 % of the price, USD: buy orders below / sell orders above. The bids are how much selling the book absorbs before the price drops 1 %; thin books fall fast. Sorts by the thinner side.</source>
        <translation>価格から 1 % 以内の板の厚み（USD）: 下の買い注文 / 上の売り注文。買い板は価格が 1 % 下がるまでに吸収できる売りの量で、薄い板はすぐに崩れます。薄い側で並べ替えます。</translation>
    </message>
    <message>
        <source>Depth 2 %</source>
        <translation>板厚 2 %</translation>
    </message>
    <message>
        <source>Order-book depth within 2 % of the price, USD: bids below / asks above. Sorts by the thinner side.</source>
        <translation>価格から 2 % 以内の板の厚み（USD）: 下の買い / 上の売り。薄い側で並べ替えます。</translation>
    </message>
    <message>
        <source>Cluster below</source>
        <translation>下の清算帯</translation>
    </message>
    <message>
        <source>Nearest dense band of long liquidations below the price (estimated from open interest, like the public heatmaps): price, distance and USD that would be force-sold there. Price tends to be pulled to these levels, and crossing one accelerates the fall.</source>
        <translation>価格の下にある最も近いロング清算の密集帯（公開ヒートマップと同様に未決済建玉から推定）: 価格、距離、そこで強制売却される USD 額。価格はこうした水準に引き寄せられやすく、突破すると下落が加速します。</translation>
    </message>
    <message>
        <source>Cluster above</source>
        <translation>上の清算帯</translation>
    </message>
    <message>
        <source>Nearest dense band of short liquidations above the price: price, distance and USD that would be force-bought there (squeeze fuel).</source>
        <translation>価格の上にある最も近いショート清算の密集帯: 価格、距離、そこで強制買い戻しされる USD 額（踏み上げの燃料）。</translation>
    </message>
    <message>
        <source>One-sided: {side}.</source>
        <translation>偏り: {side}。</translation>
    </message>
    <message>
        <source>{notional} of liquidations around {price}, {distance} below the mark.</source>
        <translation>{price} 付近に {notional} の清算、マーク価格の {distance} 下。</translation>
    </message>
    <message>
        <source>{notional} of liquidations around {price}, {distance} above the mark.</source>
        <translation>{price} 付近に {notional} の清算、マーク価格の {distance} 上。</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>within range</source>
        <translation>範囲内</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>exchanges (open interest, spot tickers)</source>
        <extracomment>Where a locally computed signal comes from (core.fragility_score.LOCAL_SOURCES is English for the terminal).</extracomment>
        <translation>取引所（未決済建玉、現物ティッカー）</translation>
    </message>
    <message>
        <source>exchanges (funding rate)</source>
        <translation>取引所（資金調達率）</translation>
    </message>
    <message>
        <source>local estimate from open interest</source>
        <translation>未決済建玉からのローカル推定</translation>
    </message>
    <message>
        <source>stored order books</source>
        <translation>保存済みの板情報</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>One part of the fragility score</source>
        <translation>脆弱性スコアの構成要素の 1 つ</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>値</translation>
    </message>
    <message>
        <source>The signal now</source>
        <translation>現在のシグナルの値</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>The range the value is judged against: outside it, the signal is flagged</source>
        <translation>値を判定する基準範囲。範囲外ならシグナルは要注意になります</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Flagged: outside its range, it adds its weight to the score. No data: it counts on neither side.</source>
        <translation>要注意: 範囲外で、その重みがスコアに加算されます。データなし: どちらにも数えません。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Its part of the score: score = 100 × weight flagged ÷ weight with data</source>
        <translation>スコアに占める割合: スコア = 100 × 要注意の重み ÷ データのある重み</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>The date of the data the signal was computed from</source>
        <translation>シグナルの計算に使ったデータの日付</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>データの出所</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The exchange account holding it</source>
        <translation>保有している取引所アカウント</translation>
    </message>
    <message>
        <source>The exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>The perpetual contract</source>
        <translation>無期限先物</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Long (bet up) or short (bet down)</source>
        <translation>ロング（上昇に賭ける）またはショート（下落に賭ける）</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>証拠金</translation>
    </message>
    <message>
        <source>Cross: the whole account backs it. Isolated: only its own margin can be lost</source>
        <translation>クロス: アカウント全体で担保。分離: 失うのはそのポジションの証拠金のみ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Size in the venue&apos;s contracts at that time</source>
        <translation>当時の取引所の契約単位での数量</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>建値</translation>
    </message>
    <message>
        <source>Average entry price then</source>
        <translation>当時の平均建値</translation>
    </message>
    <message>
        <source>Mark price at the snapshot (what liquidations are measured against)</source>
        <translation>スナップショット時のマーク価格（清算判定の基準）</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>想定元本</translation>
    </message>
    <message>
        <source>Position value at mark, in the display currency at that snapshot&apos;s rates: how much market exposure it carried</source>
        <translation>マーク価格でのポジション価値（表示通貨、そのスナップショット時点のレート）: 市場エクスポージャーの大きさ</translation>
    </message>
    <message>
        <source>uPnL</source>
        <translation>含み損益</translation>
    </message>
    <message>
        <source>Unrealised profit or loss then, in the settle currency</source>
        <translation>当時の含み損益（決済通貨建て）</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <source>Leverage set on the venue</source>
        <translation>取引所で設定したレバレッジ</translation>
    </message>
    <message>
        <source>Liq. (reported)</source>
        <translation>清算（取引所値）</translation>
    </message>
    <message>
        <source>Liquidation price the exchange reported at that time (— if it said nothing)</source>
        <translation>当時取引所が報告した清算価格（報告がなければ —）</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Exchange account, wallet or manual entry</source>
        <translation>取引所アカウント、ウォレット、または手動入力</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>保管形態</translation>
    </message>
    <message>
        <source>Who holds the keys: an exchange, your hardware or software wallet, or another custodian</source>
        <translation>鍵を持つのは誰か: 取引所、あなたのハードウェア／ソフトウェアウォレット、または他の保管業者</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Coin or token</source>
        <translation>コインまたはトークン</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Units held at the snapshot (exchange: wallet total as the venue reports it)</source>
        <translation>スナップショット時の保有数量（取引所: 取引所が報告するウォレット合計）</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Not locked as margin or in orders (exchange balances only)</source>
        <translation>証拠金や注文で拘束されていない分（取引所残高のみ）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>USD per unit then</source>
        <translation>当時の 1 単位あたり USD</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>評価額</translation>
    </message>
    <message>
        <source>Amount × price, in the display currency at that snapshot&apos;s rates (— when no price was known)</source>
        <translation>数量 × 価格（表示通貨、そのスナップショット時点のレート。価格不明なら —）</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>desktop notifications over D-Bus are for Linux desktops</source>
        <extracomment>freedesktop urgency levels: 0 low, 1 normal, 2 critical (stays until dismissed on most desktops). Well below the dispatcher&apos;s timeout, so a bus that tries to start a missing service still leaves time for the tray. ``(title, text, severity) -&gt; shown?``, safe to call from any thread.</extracomment>
        <translation>D-Bus 経由のデスクトップ通知は Linux デスクトップ専用です</translation>
    </message>
    <message>
        <source>the notification service did not answer within {seconds} s</source>
        <translation>通知サービスが {seconds} 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>D-Bus セッションバスがありません（DBUS_SESSION_BUS_ADDRESS が未設定）</translation>
    </message>
    <message>
        <source>no notification service answered ({error})</source>
        <translation>通知サービスが応答しませんでした（{error}）</translation>
    </message>
    <message>
        <source>the D-Bus session bus cannot be reached ({error})</source>
        <translation>D-Bus セッションバスに接続できません（{error}）</translation>
    </message>
    <message>
        <source>the tray icon is off or cannot show messages</source>
        <translation>トレイアイコンがオフか、メッセージを表示できません</translation>
    </message>
    <message>
        <source>no desktop notification could be shown: {reason}</source>
        <translation>デスクトップ通知を表示できませんでした: {reason}</translation>
    </message>
    <message>
        <source>the ntfy server</source>
        <extracomment>A server asking us to wait longer than this gets no retry now (the next alert will try again). The services, as the errors name them.</extracomment>
        <translation>ntfy サーバー</translation>
    </message>
    <message>
        <source>the webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>{service} is limiting requests (HTTP 429); it asks to wait {minutes} min</source>
        <translation>{service} がリクエストを制限しています（HTTP 429）。{minutes} 分待つよう求めています</translation>
    </message>
    <message>
        <source>{service} is limiting requests (HTTP 429)</source>
        <translation>{service} がリクエストを制限しています（HTTP 429）</translation>
    </message>
    <message>
        <source>{service} failed (HTTP {status})</source>
        <translation>{service} でエラーが発生しました（HTTP {status}）</translation>
    </message>
    <message>
        <source>{service} refused the credentials (HTTP {status})</source>
        <translation>{service} が認証情報を拒否しました（HTTP {status}）</translation>
    </message>
    <message>
        <source>{service} answered &apos;not found&apos; (HTTP 404): check the address</source>
        <translation>{service} が「not found」と応答しました（HTTP 404）。アドレスを確認してください</translation>
    </message>
    <message>
        <source>{service} rejected the message (HTTP {status})</source>
        <translation>{service} がメッセージを拒否しました（HTTP {status}）</translation>
    </message>
    <message>
        <source>{service} at {host} did not answer within {seconds} s</source>
        <translation>{host} の {service} が {seconds} 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>could not reach {service} at {host} ({error})</source>
        <translation>{host} の {service} に接続できませんでした（{error}）</translation>
    </message>
    <message>
        <source>{service}: request failed ({error})</source>
        <translation>{service}: リクエストに失敗しました（{error}）</translation>
    </message>
    <message>
        <source>Telegram refused the bot token (Unauthorized): check it with @BotFather</source>
        <translation>Telegram がボットトークンを拒否しました（Unauthorized）。@BotFather で確認してください</translation>
    </message>
    <message>
        <source>the CA certificate file cannot be read ({error})</source>
        <translation>CA 証明書ファイルを読み込めません（{error}）</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer STARTTLS; Undertow does not send mail unencrypted (try security &apos;tls&apos; on port 465)</source>
        <translation>メールサーバー {server} は STARTTLS に対応していません。Undertow は暗号化なしではメールを送信しません（ポート 465 で暗号化 &apos;tls&apos; を試してください）</translation>
    </message>
    <message>
        <source>the mail server {server} refused the user name or password</source>
        <translation>メールサーバー {server} がユーザー名またはパスワードを拒否しました</translation>
    </message>
    <message>
        <source>the mail server {server} does not support login over this connection</source>
        <translation>メールサーバー {server} はこの接続でのログインに対応していません</translation>
    </message>
    <message>
        <source>the mail server {server} refused the recipient address</source>
        <translation>メールサーバー {server} が宛先アドレスを拒否しました</translation>
    </message>
    <message>
        <source>the mail server {server} refused the sender address (code {code})</source>
        <translation>メールサーバー {server} が送信元アドレスを拒否しました（コード {code}）</translation>
    </message>
    <message>
        <source>the mail server {server} temporarily refused the message (code {code})</source>
        <translation>メールサーバー {server} がメッセージを一時的に拒否しました（コード {code}）</translation>
    </message>
    <message>
        <source>the mail server {server} refused the message (code {code})</source>
        <translation>メールサーバー {server} がメッセージを拒否しました（コード {code}）</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>メールサーバー {server} が接続を切断しました（{error}）</translation>
    </message>
    <message>
        <source>the mail server {server} failed ({error})</source>
        <translation>メールサーバー {server} でエラーが発生しました（{error}）</translation>
    </message>
    <message>
        <source>the certificate of the mail server {server} could not be verified ({reason})</source>
        <translation>メールサーバー {server} の証明書を検証できませんでした（{reason}）</translation>
    </message>
    <message>
        <source>TLS with the mail server {server} failed ({reason}): check the port and the security (465: tls, 587: starttls)</source>
        <translation>メールサーバー {server} との TLS に失敗しました（{reason}）。ポートと暗号化を確認してください（465: tls、587: starttls）</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds} s</source>
        <translation>メールサーバー {server} が {seconds} 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>could not connect to the mail server {server} ({error})</source>
        <translation>メールサーバー {server} に接続できませんでした（{error}）</translation>
    </message>
    <message>
        <source>the Telegram bot token is missing: enter it again</source>
        <translation>Telegram のボットトークンがありません。再入力してください</translation>
    </message>
    <message>
        <source>the SMTP password is missing: enter it again</source>
        <translation>SMTP パスワードがありません。再入力してください</translation>
    </message>
    <message>
        <source>desktop notifications are shown by the Undertow app or &apos;undertow watch&apos; on this computer</source>
        <translation>デスクトップ通知は、このコンピューターの Undertow アプリまたは &apos;undertow watch&apos; が表示します</translation>
    </message>
    <message>
        <source>unknown channel type {kind}</source>
        <translation>不明なチャネル種類 {kind}</translation>
    </message>
    <message>
        <source>{field} is required for a {kind} channel</source>
        <extracomment>The kinds of channel, in the order a front end offers them.</extracomment>
        <translation>{kind} チャネルには {field} が必要です</translation>
    </message>
    <message>
        <source>a channel name is 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>チャネル名は英字・数字・&apos;-&apos;・&apos;_&apos;・&apos;.&apos; の 1〜40 文字で、英字か数字で始めてください</translation>
    </message>
    <message>
        <source>webhook URL</source>
        <extracomment>The addresses ``validate_url`` checks, as its errors name them.</extracomment>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>ntfy server</source>
        <translation>ntfy サーバー</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Bot API サーバー</translation>
    </message>
    <message>
        <source>the {what} must be an http:// or https:// URL</source>
        <translation>{what} は http:// または https:// の URL でなければなりません</translation>
    </message>
    <message>
        <source>the {what} must not contain a user name or password; use the secret field</source>
        <translation>{what} にユーザー名やパスワードを含めないでください。シークレット欄を使ってください</translation>
    </message>
    <message>
        <source>the sender address is missing</source>
        <translation>送信元アドレスがありません</translation>
    </message>
    <message>
        <source>the recipient address is missing</source>
        <translation>宛先アドレスがありません</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address</source>
        <translation>{address} はメールアドレスではありません</translation>
    </message>
    <message>
        <source>unknown channel type {kind}; choose one of {kinds}</source>
        <translation>不明なチャネル種類 {kind}。{kinds} のいずれかを選んでください</translation>
    </message>
    <message>
        <source>{fields} is a secret and is kept in the keyring, not here</source>
        <translation>{fields} はシークレットのため、ここではなくキーリングに保存されます</translation>
    </message>
    <message>
        <source>a {kind} channel has no setting {fields}</source>
        <translation>{kind} チャネルに設定項目 {fields} はありません</translation>
    </message>
    <message>
        <source>the SMTP port must be a number</source>
        <translation>SMTP ポートは数値で指定してください</translation>
    </message>
    <message>
        <source>the SMTP port must be between 1 and 65535</source>
        <translation>SMTP ポートは 1〜65535 の範囲で指定してください</translation>
    </message>
    <message>
        <source>security must be starttls or tls (Undertow never sends mail unencrypted)</source>
        <translation>暗号化は starttls か tls にしてください（Undertow は暗号化なしでメールを送信しません）</translation>
    </message>
    <message>
        <source>{host} is not a server name</source>
        <translation>{host} はサーバー名ではありません</translation>
    </message>
    <message>
        <source>there is one sender address</source>
        <translation>送信元アドレスは 1 つだけです</translation>
    </message>
    <message>
        <source>an ntfy topic is 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>ntfy のトピックは英字・数字・&apos;-&apos;・&apos;_&apos; の 1〜64 文字です</translation>
    </message>
    <message>
        <source>the chat id is a number (e.g. 123456789 or -100…) or an @channel name</source>
        <translation>チャット ID は数字（例: 123456789 や -100…）または @channel 名です</translation>
    </message>
    <message>
        <source>a {kind} channel has no secret {fields}</source>
        <translation>{kind} チャネルにシークレット {fields} はありません</translation>
    </message>
    <message>
        <source>a password is required when a user name is given</source>
        <translation>ユーザー名を指定した場合はパスワードが必要です</translation>
    </message>
    <message>
        <source>a bot token looks like 123456789:AA… (from @BotFather)</source>
        <translation>ボットトークンは 123456789:AA… の形式です（@BotFather から取得）</translation>
    </message>
    <message>
        <source>({n} earlier alerts were held back by the rate limit on this channel; open Undertow to see everything.)</source>
        <extracomment>Three tries of up to ``DEFAULT_TIMEOUT_S`` with pauses of about 2 and 4 s fit in the budget; a server&apos;s ``Retry-After`` up to a minute is honoured. How long the in-memory log (statuses, rate limit, de-duplication) keeps deliveries.</extracomment>
        <translation>（このチャネルの送信数の上限により、以前のアラート {n} 件が保留されました。すべて確認するには Undertow を開いてください。）</translation>
    </message>
    <message>
        <source>(1 earlier alert was held back by the rate limit on this channel; open Undertow to see everything.)</source>
        <translation>（このチャネルの送信数の上限により、以前のアラート 1 件が保留されました。すべて確認するには Undertow を開いてください。）</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>{seconds} 秒以内に応答なし</translation>
    </message>
    <message>
        <source>no answer within {seconds} s (all tries)</source>
        <translation>{seconds} 秒以内に応答なし（全試行）</translation>
    </message>
    <message>
        <source>unexpected error ({error})</source>
        <translation>予期しないエラー（{error}）</translation>
    </message>
    <message>
        <source>Undertow test alert</source>
        <translation>Undertow テストアラート</translation>
    </message>
    <message>
        <source>This test reached you through the channel &apos;{channel}&apos;. Alerts carry no amounts (you can allow them in Settings).</source>
        <translation>このテストはチャネル &apos;{channel}&apos; を通じて届きました。アラートに金額は含まれません（設定で許可できます）。</translation>
    </message>
    <message>
        <source>This test reached you through the channel &apos;{channel}&apos;. Alerts include amounts, e.g. &apos;BTC long: liquidation {distance} away, position {amount}&apos;.</source>
        <translation>このテストはチャネル &apos;{channel}&apos; を通じて届きました。アラートには金額が含まれます（例: &apos;BTC ロング: 清算まで {distance}、ポジション {amount}&apos;）。</translation>
    </message>
    <message>
        <source>entry price</source>
        <extracomment>margin below the initial margin at the leverage by more than this (relative) is a conflict, not rounding</extracomment>
        <translation>建値</translation>
    </message>
    <message>
        <source>size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>証拠金</translation>
    </message>
    <message>
        <source>leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <source>target price</source>
        <translation>目標価格</translation>
    </message>
    <message>
        <source>contract size</source>
        <translation>契約サイズ</translation>
    </message>
    <message>
        <source>The {field} must be positive, got {value}.</source>
        <translation>{field} は正の値でなければなりません（入力値: {value}）。</translation>
    </message>
    <message>
        <source>Cross margin uses the wallet balance, not an isolated margin: clear the margin or switch to isolated.</source>
        <translation>クロス証拠金では分離証拠金ではなくウォレット残高を使います。証拠金を消去するか、分離に切り替えてください。</translation>
    </message>
    <message>
        <source>Enter the position size.</source>
        <translation>ポジションの数量を入力してください。</translation>
    </message>
    <message>
        <source>Enter the size or the margin.</source>
        <translation>数量または証拠金を入力してください。</translation>
    </message>
    <message>
        <source>With a margin, enter the leverage too (the size is margin × leverage).</source>
        <translation>証拠金を入力した場合はレバレッジも入力してください（数量 = 証拠金 × レバレッジ）。</translation>
    </message>
    <message>
        <source>Enter the leverage or the margin.</source>
        <translation>レバレッジまたは証拠金を入力してください。</translation>
    </message>
    <message>
        <source>The margin {margin} implies a leverage of {leverage}x.</source>
        <translation>証拠金 {margin} からレバレッジは {leverage}x になります。</translation>
    </message>
    <message>
        <source>The margin {margin} and the leverage {leverage}x do not fit together: this size needs {initial} at {leverage}x, and {margin} implies {implied}x. Change the leverage to {implied}x, the margin to {initial}, or clear one of them.</source>
        <translation>証拠金 {margin} とレバレッジ {leverage}x が合いません: この数量では {leverage}x で {initial} が必要で、{margin} からは {implied}x になります。レバレッジを {implied}x に、または証拠金を {initial} に変更するか、どちらかを消去してください。</translation>
    </message>
    <message>
        <source>The margin {margin} is {added} more than the initial margin at {leverage}x: counted as margin added to the position (it implies {implied}x).</source>
        <translation>証拠金 {margin} は {leverage}x での初期証拠金より {added} 多いため、ポジションへの追加証拠金として扱います（レバレッジは {implied}x 相当）。</translation>
    </message>
    <message>
        <source>Unknown venue {venue}; choose one of {choices}.</source>
        <translation>不明な取引所 {venue}。{choices} のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>No list of {venue} contracts is saved here and {venue} could not be asked for it just now. Try again when online.</source>
        <translation>{venue} の契約一覧が保存されておらず、今は {venue} に問い合わせることもできませんでした。オンラインのときに再試行してください。</translation>
    </message>
    <message>
        <source>No list of {venue} contracts is saved here. Go online to read it.</source>
        <translation>{venue} の契約一覧が保存されていません。オンラインにして読み込んでください。</translation>
    </message>
    <message>
        <source>{symbol} is not among the {venue} contracts saved here, and {venue} could not be asked for its list just now. Try again when online, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{symbol} は保存済みの {venue} の契約にありません。今は {venue} に一覧を問い合わせることもできませんでした。オンラインのときに再試行するか、表が保存されている銘柄を選んでください: {symbols}。</translation>
    </message>
    <message>
        <source>{symbol} is not among the {venue} contracts saved here. Go online to read {venue}&apos;s whole list, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{symbol} は保存済みの {venue} の契約にありません。オンラインにして {venue} の全一覧を読み込むか、表が保存されている銘柄を選んでください: {symbols}。</translation>
    </message>
    <message>
        <source>No tier table for {symbol} on {venue}: the venue could not be asked. Try again when online, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{venue} の {symbol} の段階表がありません: 取引所に問い合わせできませんでした。オンラインのときに再試行するか、表が保存されている銘柄を選んでください: {symbols}。</translation>
    </message>
    <message>
        <source>No tier table for {symbol} on {venue} is available offline. Go online to fetch it, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{venue} の {symbol} の段階表はオフラインでは利用できません。オンラインにして取得するか、表が保存されている銘柄を選んでください: {symbols}。</translation>
    </message>
    <message>
        <source>The fetched tier tables could not be saved ({reason}); they are used this time only.</source>
        <translation>取得した段階表を保存できませんでした（{reason}）。今回だけ使用します。</translation>
    </message>
    <message>
        <source>Not refreshed; using {table}.</source>
        <translation>更新されていません。{table} を使用します。</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>{asset} to {level} ({shock} from the price the preset was made at; no current price)</source>
        <translation>{asset} を {level} へ（プリセット作成時の価格から {shock}。現在価格なし）</translation>
    </message>
    <message>
        <source>{asset} is already below {level} (now {mark}): it moves back up to {level} ({shock})</source>
        <translation>{asset} はすでに {level} を下回っています（現在 {mark}）: {level} まで戻ります（{shock}）</translation>
    </message>
    <message>
        <source>{asset} from {mark} to {level} ({shock})</source>
        <translation>{asset} を {mark} から {level} へ（{shock}）</translation>
    </message>
    <message>
        <source>{asset} {shock}</source>
        <translation>{asset} {shock}</translation>
    </message>
    <message>
        <source>every other asset {shock}</source>
        <translation>その他すべての資産 {shock}</translation>
    </message>
    <message>
        <source>other assets follow by their betas</source>
        <translation>他の資産はベータに従って連動</translation>
    </message>
    <message>
        <source>{asset} as collateral {haircut} below par</source>
        <translation>担保としての {asset} は額面より {haircut} 低く評価</translation>
    </message>
    <message>
        <source>order books at {factor}× their depth</source>
        <translation>板の厚みは {factor}×</translation>
    </message>
    <message>
        <source>open interest at {factor}×</source>
        <translation>未決済建玉は {factor}×</translation>
    </message>
    <message>
        <source>as a gap: no time for the books to refill</source>
        <translation>急変として: 板が回復する時間なし</translation>
    </message>
    <message>
        <source>spread over {minutes} min</source>
        <translation>{minutes} 分かけて</translation>
    </message>
    <message>
        <source>The largest liquidation day on record: BTC about -15 %, ETH about -20 %, thin alt perps -50 to -80 % (here -65 %) as the books emptied, and USDe at $0.65 on Binance (valued 35 % below par as collateral). Shocks are applied as exogenous moves; with the cascade on, the model adds its own amplification on top.</source>
        <extracomment>The bundled presets&apos; descriptions (resources/scenarios/*.json), marked so that the window can show them translated; a test keeps this list and the files in step. A user&apos;s own description is shown as written.</extracomment>
        <translation>史上最大の清算日: BTC 約 -15 %、ETH 約 -20 %、板が空になった薄いアルトの無期限先物は -50〜-80 %（ここでは -65 %）、Binance では USDe が $0.65（担保として額面より 35 % 低く評価）。ショックは外生的な値動きとして適用され、連鎖清算をオンにすると、モデルが独自の増幅を上乗せします。</translation>
    </message>
    <message>
        <source>A stablecoin or liquid-staking token used as margin is priced far below par on one venue while the market falls: USDe at $0.65 and wBETH about 88 % below ETH on Binance, with ETH -10 % and BTC -8 %.</source>
        <translation>証拠金として使われるステーブルコインやリキッドステーキングトークンが、相場下落中にある取引所で額面を大きく下回って評価されます: Binance で USDe が $0.65、wBETH が ETH より約 88 % 低く、ETH -10 %、BTC -8 %。</translation>
    </message>
    <message>
        <source>Every asset gaps 10 % down at once: the survival rule says leverage should live through a 10 % short-term drop, and that price jumps through levels instead of walking down them. A gap: the move takes no time, so the liquidations meet the standing book without replenishment.</source>
        <translation>すべての資産が一斉に 10 % 急落: 生存ルールでは、レバレッジは短期的な 10 % の下落に耐えるべきであり、価格は水準を一つずつ下るのではなく飛び越えていくとされます。急変なので値動きに時間がかからず、清算は補充されない既存の板にぶつかります。</translation>
    </message>
    <message>
        <source>BTC jumps 15 %; alts follow with their betas and short liquidations buy into thin asks. The mirror image of a long flush.</source>
        <translation>BTC が 15 % 急騰。アルトはベータに従って連動し、ショートの清算が薄い売り板を買い上げます。ロングの投げ売りの裏返しです。</translation>
    </message>
    <message>
        <source>The same -10 % as gap-10, but spread over an hour: the book refills while the liquidations arrive (depth x (1 + 60/tau)), so the cascade adds less. Compare with gap-10.</source>
        <translation>gap-10 と同じ -10 % ですが、1 時間かけて下落します: 清算が続く間に板が回復するため（板厚 x (1 + 60/tau)）、連鎖清算による上乗せは小さくなります。gap-10 と比べてみてください。</translation>
    </message>
    <message>
        <source>This is a TEST-network wallet (tpub/vpub/upub, tb1… or m/n/2… addresses): its coins have no value. Undertow keeps it out of your net worth and your self-custody share and never suggests it as a place to move real coins. Its balance is read from the Esplora server in Settings, which must serve the same test network.</source>
        <translation>これはテストネットのウォレットです（tpub/vpub/upub、tb1… または m/n/2… のアドレス）。そのコインには価値がありません。Undertow はこのウォレットを純資産とセルフカストディ比率から除外し、実際のコインの移動先として提案することもありません。残高は設定の Esplora サーバーから読み取るため、そのサーバーも同じテストネットに対応している必要があります。</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to {wallet}, receive address #{index}</source>
        <translation>{amount} を {account} から {wallet}（受取アドレス #{index}）へ移す</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to {wallet}</source>
        <translation>{amount} を {account} から {wallet} へ移す</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to a cold wallet: first watch a wallet that can receive {asset}</source>
        <translation>{amount} を {account} からコールドウォレットへ移す: 先に {asset} を受け取れるウォレットを監視してください</translation>
    </message>
    <message>
        <source>{asset} is not margin in this account&apos;s mode ({mode}): the positions do not use it</source>
        <translation>このアカウントのモード（{mode}）では {asset} は証拠金になりません: ポジションには使われていません</translation>
    </message>
    <message>
        <source>{venue} counts {asset} at {rate} of its value as margin; {account} still keeps {keep} of margin after the move</source>
        <translation>{venue} は {asset} を価値の {rate} で証拠金として計算します。移動後も {account} には {keep} の証拠金が残ります</translation>
    </message>
    <message>
        <source>{account} still keeps {keep} of margin after the move</source>
        <translation>移動後も {account} には {keep} の証拠金が残ります</translation>
    </message>
    <message>
        <source>{account} keeps {keep} of margin: {multiple}× what its positions need by {venue}&apos;s rules ({mode})</source>
        <translation>{account} には {keep} の証拠金が残ります: {venue} のルール（{mode}）でポジションに必要な額の {multiple}×</translation>
    </message>
    <message>
        <source>{account} has no open positions: none of it is needed as margin</source>
        <translation>{account} にはポジションがありません: 証拠金として必要な分はありません</translation>
    </message>
    <message>
        <source>{account} holds {collateral} of margin, less than the {keep} it should keep ({multiple}× what its positions need): nothing to move</source>
        <translation>{account} の証拠金は {collateral} で、残すべき {keep}（ポジションに必要な額の {multiple}×）を下回っています: 移せるものはありません</translation>
    </message>
    <message>
        <source>classic rules</source>
        <translation>従来のルール</translation>
    </message>
    <message>
        <source>{venue} rejected the API key (revoked, expired, or mistyped). Check it in Accounts.</source>
        <translation>{venue} が API キーを拒否しました（失効、期限切れ、または入力ミス）。「アカウント」で確認してください。</translation>
    </message>
    <message>
        <source>{venue}: the API key lacks permission to read {what}. Enable read access for it.</source>
        <translation>{venue}: API キーに{what}の読み取り権限がありません。読み取り権限を有効にしてください。</translation>
    </message>
    <message>
        <source>{venue} is rate-limiting requests; the next refresh will try again.</source>
        <translation>{venue} がリクエストを制限しています。次回の更新で再試行します。</translation>
    </message>
    <message>
        <source>{venue} is unavailable or under maintenance (server error); showing the last good data.</source>
        <translation>{venue} は利用できないかメンテナンス中です（サーバーエラー）。最後の正常なデータを表示しています。</translation>
    </message>
    <message>
        <source>Could not reach {venue} (network error); check the connection or the API base URL.</source>
        <translation>{venue} に接続できませんでした（ネットワークエラー）。接続または API ベース URL を確認してください。</translation>
    </message>
    <message>
        <source>{venue} did not answer in time.</source>
        <translation>{venue} が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>{venue} does not provide {what} (endpoint missing or not supported).</source>
        <translation>{venue} は{what}を提供していません（エンドポイントがないか非対応）。</translation>
    </message>
    <message>
        <source>{venue} sent a response Undertow could not read ({what}{detail}).</source>
        <translation>{venue} から Undertow が読み取れない応答が返されました（{what}{detail}）。</translation>
    </message>
    <message>
        <source>{venue} sent implausible data ({detail}); not used.</source>
        <translation>{venue} から不自然なデータが送られました（{detail}）。使用しません。</translation>
    </message>
    <message>
        <source>{venue}: unexpected problem while reading {what} ({detail}).</source>
        <translation>{venue}: {what}の読み取り中に予期しない問題が発生しました（{detail}）。</translation>
    </message>
    <message>
        <source>account data</source>
        <extracomment>What a request reads, as callers name it (``what``): translated in the window. Other names pass as they are.</extracomment>
        <translation>アカウントデータ</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>mark prices</source>
        <translation>マーク価格</translation>
    </message>
    <message>
        <source>the market list</source>
        <translation>市場一覧</translation>
    </message>
    <message>
        <source>tickers</source>
        <translation>ティッカー</translation>
    </message>
    <message>
        <source>funding rates</source>
        <translation>資金調達率</translation>
    </message>
    <message>
        <source>funding history</source>
        <translation>資金調達履歴</translation>
    </message>
    <message>
        <source>open interest</source>
        <translation>未決済建玉</translation>
    </message>
    <message>
        <source>order books</source>
        <translation>板情報</translation>
    </message>
    <message>
        <source>leverage tiers</source>
        <translation>レバレッジ段階</translation>
    </message>
    <message>
        <source>daily candles</source>
        <translation>日足</translation>
    </message>
    <message>
        <source>the EUR rate</source>
        <translation>EUR レート</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{venue} asked to be left alone for {wait} more (Retry-After); nothing was sent, a later refresh will try again.</source>
        <translation>{venue} からあと {wait} 待つよう求められました（Retry-After）。何も送信していません。後の更新で再試行します。</translation>
    </message>
    <message>
        <source>{venue} is rate-limiting requests and asked to wait {wait}; the next refresh will try again.</source>
        <translation>{venue} がリクエストを制限しており、{wait} 待つよう求めています。次回の更新で再試行します。</translation>
    </message>
    <message>
        <source>{venue} did not answer in time (no answer within {seconds} s).</source>
        <translation>{venue} が時間内に応答しませんでした（{seconds} 秒以内に応答なし）。</translation>
    </message>
    <message>
        <source>{venue} sent a response Undertow could not read ({what}: the answer was cut off).</source>
        <translation>{venue} から Undertow が読み取れない応答が返されました（{what}: 応答が途中で切れています）。</translation>
    </message>
    <message>
        <source>Unlock the OS keyring (log in to the desktop session, or unlock the &apos;Login&apos; keyring in your password manager), then refresh.</source>
        <extracomment>Problems only the user can solve: each becomes a due item (``undertow remind``) and not just a stale mark. What fixes each problem (the GUI words some of them for the window in ``desktop.models.freshness``).</extracomment>
        <translation>OS キーリングのロックを解除してから（デスクトップセッションにログインするか、パスワードマネージャーで &apos;Login&apos; キーリングを解除）、更新してください。</translation>
    </message>
    <message>
        <source>Install or start a Secret Service (e.g. gnome-keyring or KeePassXC with Secret Service enabled), then refresh.</source>
        <translation>Secret Service（gnome-keyring や、Secret Service を有効にした KeePassXC など）をインストールまたは起動してから、更新してください。</translation>
    </message>
    <message>
        <source>Re-enter the API key in Accounts (or &apos;undertow accounts add&apos;).</source>
        <translation>「アカウント」で API キーを再入力してください（または &apos;undertow accounts add&apos;）。</translation>
    </message>
    <message>
        <source>Create a new read-only API key at the exchange and enter it in Accounts.</source>
        <translation>取引所で新しい読み取り専用 API キーを作成し、「アカウント」で入力してください。</translation>
    </message>
    <message>
        <source>Enable read access for the API key at the exchange, or create a new read-only key.</source>
        <translation>取引所で API キーの読み取り権限を有効にするか、新しい読み取り専用キーを作成してください。</translation>
    </message>
    <message>
        <source>Refresh (F5 in the app, or &apos;undertow check&apos;).</source>
        <translation>更新してください（アプリでは F5、または &apos;undertow check&apos;）。</translation>
    </message>
    <message>
        <source>{venue}: the OS keyring is locked, so the API key of &apos;{label}&apos; could not be read.</source>
        <extracomment>The first sentence of the three keyring messages (``key_message``); ``problem_of`` recognises them.</extracomment>
        <translation>{venue}: OS キーリングがロックされているため、&apos;{label}&apos; の API キーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>{venue}: no OS keyring is available (no Secret Service is running), so the API key of &apos;{label}&apos; could not be read.</source>
        <translation>{venue}: OS キーリングが利用できない（Secret Service が動作していない）ため、&apos;{label}&apos; の API キーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>{venue}: no API key is stored for &apos;{label}&apos;.</source>
        <translation>{venue}: &apos;{label}&apos; の API キーが保存されていません。</translation>
    </message>
    <message>
        <source>{venue}: no API key is stored for &apos;{label}&apos; (it was kept in memory for one session only).</source>
        <translation>{venue}: &apos;{label}&apos; の API キーが保存されていません（1 セッションだけメモリに保持されていました）。</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>fresh</source>
        <extracomment>A source&apos;s state inside a sentence (``SourceFreshness.describe``).</extracomment>
        <translation>最新</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>{source}: {state}, no data</source>
        <extracomment>Words in a source&apos;s error that identify the problem (the keyring texts above, core.exchanges.errors&apos; texts).</extracomment>
        <translation>{source}: {state}、データなし</translation>
    </message>
    <message>
        <source>{source}: {state}, data {age} old</source>
        <translation>{source}: {state}、{age} 前のデータ</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data ({n} of {total} not fresh); positions, distances and reminders come from data up to {age} old.</source>
        <translation>状況不明: どの取引所アカウントにも最新のデータがありません（{total} 件中 {n} 件が最新でない）。ポジション、距離、リマインダーは最大 {age} 前のデータに基づきます。</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data ({n} of {total} not fresh); nothing is known about the positions.</source>
        <translation>状況不明: どの取引所アカウントにも最新のデータがありません（{total} 件中 {n} 件が最新でない）。ポジションについては何もわかりません。</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data ({sources}); their figures are up to {age} old.</source>
        <translation>一部状況不明: 取引所アカウント {total} 件中 {n} 件に最新のデータがありません（{sources}）。その数値は最大 {age} 前のものです。</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data ({sources}); their positions are unknown.</source>
        <translation>一部状況不明: 取引所アカウント {total} 件中 {n} 件に最新のデータがありません（{sources}）。そのポジションは不明です。</translation>
    </message>
    <message>
        <source>not refreshed for {age}</source>
        <translation>{age} 更新なし</translation>
    </message>
    <message>
        <source>Funding: + received, − paid. With a positive funding rate longs pay shorts; with a negative rate shorts pay longs.</source>
        <extracomment>Hours between fundings when the venue does not say (Binance, Bybit and OKX default to 8 h). A venue books a funding payment a little after the funding time: the ledger is read this long after it. What the sign of an amount means, said once wherever amounts are shown.</extracomment>
        <translation>資金調達: + 受取、− 支払。資金調達率がプラスならロングがショートに支払い、マイナスならショートがロングに支払います。</translation>
    </message>
    <message>
        <source>last 24 h {day}, last 7 d {week}; next 24 h at today&apos;s rates {projected} (+ received, − paid)</source>
        <translation>直近 24 時間 {day}、直近 7 日 {week}。現在の率での今後 24 時間 {projected}（+ 受取、− 支払）</translation>
    </message>
    <message>
        <source>no payment stored yet; next 24 h at today&apos;s rates {projected} (+ received, − paid)</source>
        <translation>保存済みの支払いはまだありません。現在の率での今後 24 時間 {projected}（+ 受取、− 支払）</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account}: last 7 d {week}, rate {rate} per {hours} h</source>
        <translation>{account} の {symbol} {side}: 直近 7 日 {week}、率 {rate}/{hours} 時間</translation>
    </message>
    <message>
        <source>{name} is {value}</source>
        <extracomment>asset -&gt; (bound in units, where it comes from). Hard caps are the chains&apos; own rules; &quot;no cap&quot; coins get a bound at least 1.5 x their supply in 2025.</extracomment>
        <translation>{name} が {value}</translation>
    </message>
    <message>
        <source>{symbol}: entry price</source>
        <translation>{symbol}: 建値</translation>
    </message>
    <message>
        <source>{symbol}: mark price</source>
        <translation>{symbol}: マーク価格</translation>
    </message>
    <message>
        <source>{asset} price</source>
        <translation>{asset} 価格</translation>
    </message>
    <message>
        <source>{asset} balance</source>
        <translation>{asset} 残高</translation>
    </message>
    <message>
        <source>{name} is {value} (must be above 0)</source>
        <translation>{name} が {value}（0 より大きい必要があります）</translation>
    </message>
    <message>
        <source>{name} is {value} (above {bound})</source>
        <translation>{name} が {value}（{bound} 超）</translation>
    </message>
    <message>
        <source>{name} is {value} (cannot be negative)</source>
        <translation>{name} が {value}（負にはなりえません）</translation>
    </message>
    <message>
        <source>{name} is {value}, above its total supply ({bound})</source>
        <translation>{name} が {value} で、総供給量（{bound}）を超えています</translation>
    </message>
    <message>
        <source>{name} is {value}, above any plausible amount ({bound})</source>
        <translation>{name} が {value} で、ありうる量（{bound}）を超えています</translation>
    </message>
    <message>
        <source>{symbol}: size is {value}</source>
        <translation>{symbol}: 数量が {value}</translation>
    </message>
    <message>
        <source>{symbol}: contract size is {value} (must be above 0)</source>
        <translation>{symbol}: 契約サイズが {value}（0 より大きい必要があります）</translation>
    </message>
    <message>
        <source>{symbol}: size {size} {asset} is above its total supply ({bound})</source>
        <translation>{symbol}: 数量 {size} {asset} が総供給量（{bound}）を超えています</translation>
    </message>
    <message>
        <source>{symbol}: value {value} is above {bound}</source>
        <translation>{symbol}: 評価額 {value} が {bound} を超えています</translation>
    </message>
    <message>
        <source>{symbol}: a held position the venue sent with unusable values ({fields})</source>
        <translation>{symbol}: 取引所から使用できない値（{fields}）を含む保有ポジションが送られました</translation>
    </message>
    <message>
        <source>{row}: {field} is {value}</source>
        <translation>{row}: {field} が {value}</translation>
    </message>
    <message>
        <source>{field} is {value}</source>
        <translation>{field} が {value}</translation>
    </message>
    <message>
        <source>{asset} balance (total)</source>
        <translation>{asset} 残高（合計）</translation>
    </message>
    <message>
        <source>{asset} balance (free)</source>
        <translation>{asset} 残高（利用可能）</translation>
    </message>
    <message>
        <source>{asset} balance (used)</source>
        <translation>{asset} 残高（使用中）</translation>
    </message>
    <message>
        <source>{problems} (and {n} more)</source>
        <translation>{problems}（ほか {n} 件）</translation>
    </message>
    <message>
        <source>Excess collateral</source>
        <translation>過剰な担保</translation>
    </message>
    <message>
        <source>Long-term coins on exchanges</source>
        <translation>取引所にある長期保有コイン</translation>
    </message>
    <message>
        <source>Exchange concentration</source>
        <translation>取引所への集中</translation>
    </message>
    <message>
        <source>Idle exchange balance</source>
        <translation>遊休の取引所残高</translation>
    </message>
    <message>
        <source>Self-custody drill</source>
        <translation>セルフカストディの確認訓練</translation>
    </message>
    <message>
        <source>Stale wallet data</source>
        <translation>古いウォレットデータ</translation>
    </message>
    <message>
        <source>Security hygiene</source>
        <translation>セキュリティ対策</translation>
    </message>
    <message>
        <source>Liquidation proximity</source>
        <translation>清算接近</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>long</source>
        <extracomment>The default what-if on the dashboard: the survival rule, an instant 10 % drop of BTC with the cascade.
----------
A position&apos;s side inside a sentence.</extracomment>
        <translation>ロング</translation>
    </message>
    <message>
        <source>short</source>
        <translation>ショート</translation>
    </message>
    <message>
        <source>your cold wallet</source>
        <extracomment>The cold wallet a reminder suggests when the user has not named one (``ReminderContext.cold_wallet_label``).</extracomment>
        <translation>コールドウォレット</translation>
    </message>
    <message>
        <source>≈{amount} on {account} isn&apos;t backing any position; consider moving it to {wallet}</source>
        <translation>{account} の ≈{amount} はどのポジションの担保にもなっていません。{wallet} への移動を検討してください</translation>
    </message>
    <message>
        <source>{share} of your long-term holdings sit on exchanges</source>
        <translation>長期保有の {share} が取引所にあります</translation>
    </message>
    <message>
        <source>{share} of your net worth is on {account}</source>
        <translation>純資産の {share} が {account} にあります</translation>
    </message>
    <message>
        <source>{asset} on {account} hasn&apos;t moved in {days} days</source>
        <translation>{account} の {asset} は {days} 日間動いていません</translation>
    </message>
    <message>
        <source>Proof-of-Keys day: verify receive address #0 on the device and do a small withdrawal test</source>
        <translation>Proof-of-Keys の日: デバイスで受取アドレス #0 を確認し、少額の出金テストを行いましょう</translation>
    </message>
    <message>
        <source>Time for a self-custody drill: verify receive address #0 on the device</source>
        <translation>セルフカストディの確認訓練の時期です: デバイスで受取アドレス #0 を確認しましょう</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>同期履歴なし</translation>
    </message>
    <message>
        <source>last synced {days} days ago</source>
        <translation>最終同期は {days} 日前</translation>
    </message>
    <message>
        <source>Cold-storage balance of {wallet} may be outdated ({synced})</source>
        <translation>{wallet} のコールドストレージ残高が古い可能性があります（{synced}）</translation>
    </message>
    <message>
        <source>The API key of {account} can withdraw funds: replace it with a read-only key</source>
        <translation>{account} の API キーは出金が可能です。読み取り専用キーに置き換えてください</translation>
    </message>
    <message>
        <source>{wallet}: the descriptor has no checksum; verify address #0 on the device</source>
        <translation>{wallet}: ディスクリプターにチェックサムがありません。デバイスでアドレス #0 を確認してください</translation>
    </message>
    <message>
        <source>{wallet}: the key&apos;s origin (fingerprint/path) is unknown; verify address #0 on the device</source>
        <translation>{wallet}: 鍵の由来（フィンガープリント/パス）が不明です。デバイスでアドレス #0 を確認してください</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} fails the {gap} gap rule</source>
        <translation>{account} の {symbol} {side} は {gap} 急変ルールを満たしていません</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} is {distance} from liquidation</source>
        <translation>{account} の {symbol} {side} は清算まで {distance}</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} has no liquidation price</source>
        <translation>{account} の {symbol} {side} には清算価格がありません</translation>
    </message>
    <message>
        <source>no {asset} move within ±{limit}</source>
        <translation>±{limit} 以内の {asset} 変動では清算なし</translation>
    </message>
    <message>
        <source>{asset} {sign}{move}</source>
        <translation>{asset} {sign}{move}</translation>
    </message>
    <message>
        <source>collateral value ours {ours} USD vs the venue&apos;s {venue}</source>
        <translation>担保評価額: 当方 {ours} USD、取引所 {venue}</translation>
    </message>
    <message>
        <source>maintenance margin ours {ours} USD vs the venue&apos;s {venue}</source>
        <translation>維持証拠金: 当方 {ours} USD、取引所 {venue}</translation>
    </message>
    <message>
        <source>the collateral-rate table of {date}</source>
        <translation>{date} の担保率表</translation>
    </message>
    <message>
        <source>the collateral-rate table (undated)</source>
        <translation>担保率表（日付なし）</translation>
    </message>
    <message>
        <source>the venue&apos;s collateral rates were not fetched (every coin at 100 %)</source>
        <translation>取引所の担保率は取得されていません（すべてのコインを 100 % で計算）</translation>
    </message>
    <message>
        <source>collateral without a price: {assets}</source>
        <translation>価格のない担保: {assets}</translation>
    </message>
    <message>
        <source>maintenance margin unknown for {n} position(s)</source>
        <translation>{n} 件のポジションの維持証拠金が不明</translation>
    </message>
    <message>
        <source>liquidation fees and the mark/index prices the venue values at</source>
        <translation>清算手数料と、取引所が評価に使うマーク価格／インデックス価格</translation>
    </message>
    <message>
        <source>{ratio}: ours {ours}, {venue}&apos;s {reported} ({gap}); may come from: {causes}</source>
        <translation>{ratio}: 当方 {ours}、{venue} {reported}（{gap}）。考えられる原因: {causes}</translation>
    </message>
    <message>
        <source>unpriced collateral left out: {assets}</source>
        <translation>価格のない担保を除外: {assets}</translation>
    </message>
    <message>
        <source>no tier table and no reported maintenance rate</source>
        <translation>段階表も報告された維持証拠金率もなし</translation>
    </message>
    <message>
        <source>no tier table and no reported maintenance rate: its PnL counts in the account, its maintenance margin is unknown (left out)</source>
        <translation>段階表も報告された維持証拠金率もなし: 損益は口座に算入し、維持証拠金は不明（除外）</translation>
    </message>
    <message>
        <source>isolated margin not reported: entry value / leverage used</source>
        <translation>分離証拠金の報告なし: 建値ベースの価値 ÷ レバレッジを使用</translation>
    </message>
    <message>
        <source>isolated margin unknown (no margin, no leverage)</source>
        <translation>分離証拠金が不明（証拠金もレバレッジもなし）</translation>
    </message>
    <message>
        <source>not margin in this mode (left out of the collateral value): {assets}</source>
        <translation>このモードでは証拠金にならない（担保評価額から除外）: {assets}</translation>
    </message>
    <message>
        <source>{assets}-margined positions are separate margin pools at the venue; evaluated here as one account</source>
        <translation>{assets} 建てのポジションは取引所では別々の証拠金プールですが、ここでは 1 つの口座として評価しています</translation>
    </message>
    <message>
        <source>the venue&apos;s collateral rates were not fetched: every coin counted at 100 %</source>
        <translation>取引所の担保率は取得されていません: すべてのコインを 100 % で計算</translation>
    </message>
    <message>
        <source>not in the venue&apos;s collateral table (not counted as margin): {assets}</source>
        <translation>取引所の担保表にない（証拠金に算入しない）: {assets}</translation>
    </message>
    <message>
        <source>this mode&apos;s account rule is not verified against the venue&apos;s documentation</source>
        <translation>このモードの口座ルールは取引所のドキュメントで検証されていません</translation>
    </message>
    <message>
        <source>maintenance margin unknown for {symbols} (no tier table, no reported rate): their PnL counts, their maintenance margin does not</source>
        <translation>{symbols} の維持証拠金が不明（段階表も報告された率もなし）: 損益は算入し、維持証拠金は算入しません</translation>
    </message>
    <message>
        <source>unavailable</source>
        <extracomment>The method of a position whose liquidation cannot be computed (no maintenance rate, no margin).</extracomment>
        <translation>計算不可</translation>
    </message>
    <message>
        <source>whole account: liquidates at {move}</source>
        <translation>口座全体: {move} で清算</translation>
    </message>
    <message>
        <source>whole account: {move} liquidates it</source>
        <translation>口座全体: {move} の変動で清算</translation>
    </message>
    <message>
        <source>{venue} liquidates the whole account when its {ratio} reaches {level}</source>
        <translation>{venue} は {ratio} が {level} に達すると口座全体を清算します</translation>
    </message>
    <message>
        <source>no margin balance left</source>
        <translation>証拠金残高なし</translation>
    </message>
    <message>
        <source>{venue}&apos;s table, fetched just now ({date})</source>
        <translation>{venue} の表（たった今取得、{date}）</translation>
    </message>
    <message>
        <source>{venue}&apos;s table, fetched {date} (cached)</source>
        <translation>{venue} の表（{date} に取得、キャッシュ）</translation>
    </message>
    <message>
        <source>{venue}&apos;s table read by the last sync ({date})</source>
        <translation>前回の同期で読み取った {venue} の表（{date}）</translation>
    </message>
    <message>
        <source>the bundled demo table (synthetic, not {venue}&apos;s own), as of {date}</source>
        <translation>同梱のデモ用の表（合成データで {venue} 自身のものではありません）、{date} 時点</translation>
    </message>
    <message>
        <source>the bundled copy of {venue}&apos;s table, recorded about {date}</source>
        <translation>同梱の {venue} の表の写し（{date} 頃に記録）</translation>
    </message>
    <message>
        <source>the bundled copy of an older {venue} table (date not recorded)</source>
        <translation>同梱の古い {venue} の表の写し（日付の記録なし）</translation>
    </message>
    <message>
        <source>Type a symbol, e.g. {example}.</source>
        <translation>銘柄を入力してください（例: {example}）。</translation>
    </message>
    <message>
        <source>{symbol} is not a {venue} contract ({count} known: {known}).</source>
        <translation>{symbol} は {venue} の契約ではありません（既知 {count} 件: {known}）。</translation>
    </message>
    <message>
        <source>{symbol} fits several {venue} contracts: {choices}. Type one of them.</source>
        <translation>{symbol} は複数の {venue} の契約に該当します: {choices}。いずれかを入力してください。</translation>
    </message>
    <message>
        <source>The bundled tier tables {file} cannot be read ({reason}); the installation is damaged.</source>
        <translation>同梱の段階表 {file} を読み込めません（{reason}）。インストールが破損しています。</translation>
    </message>
    <message>
        <source>The saved tier tables ({file}) could not be read and were skipped; the next fetch rewrites them.</source>
        <translation>保存済みの段階表（{file}）を読み込めなかったためスキップしました。次回の取得で書き直されます。</translation>
    </message>
    <message>
        <source>{venue} gives its tier tables only to requests signed with an API key. Add a read-only {venue} key in Accounts: the tables of the symbols you hold are then read at every sync.</source>
        <translation>{venue} は API キーで署名されたリクエストにしか段階表を提供しません。「アカウント」で {venue} の読み取り専用キーを追加すると、保有銘柄の表が同期のたびに読み取られます。</translation>
    </message>
    <message>
        <source>{venue}: {reason}</source>
        <translation>{venue}: {reason}</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>``AccountConfig.options`` keys of the per-account overrides (floats; 0 or below turns the rule off). Reminder rules left out of the alerts: the distance rules say the same (and more precisely). How many keys of alerts made elsewhere are remembered (no repeats) before the oldest are forgotten.</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Mark {mark}, liquidation {liquidation}, size {size} {unit}, notional {notional}.</source>
        <translation>マーク価格 {mark}、清算価格 {liquidation}、数量 {size} {unit}、想定元本 {notional}。</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account}</source>
        <translation>{account} の {symbol} {side}</translation>
    </message>
    <message>
        <source>{asset} {side} close to liquidation</source>
        <translation>{asset} {side} が清算間近</translation>
    </message>
    <message>
        <source>{position} is {distance} from liquidation (alert below {limit}).</source>
        <translation>{position} は清算まで {distance} です（{limit} 未満でアラート）。</translation>
    </message>
    <message>
        <source>{position} is {sigmas} daily σ ({distance}) from liquidation (alert below {limit} σ).</source>
        <translation>{position} は清算まで日次 {sigmas} σ（{distance}）です（{limit} σ 未満でアラート）。</translation>
    </message>
    <message>
        <source>{position} is {sigmas} daily σ from liquidation (alert below {limit} σ).</source>
        <translation>{position} は清算まで日次 {sigmas} σ です（{limit} σ 未満でアラート）。</translation>
    </message>
    <message>
        <source>margin ratio</source>
        <translation>証拠金比率</translation>
    </message>
    <message>
        <source>{account} ({venue}): the {ratio} is past the level at which {venue} liquidates (alert at {limit}).</source>
        <translation>{account}（{venue}）: {ratio} が {venue} の清算水準を超えています（{limit} でアラート）。</translation>
    </message>
    <message>
        <source>{account} ({venue}): the {ratio} is at {usage} of the level at which {venue} liquidates (alert at {limit}).</source>
        <translation>{account}（{venue}）: {ratio} が {venue} の清算水準の {usage} に達しています（{limit} でアラート）。</translation>
    </message>
    <message>
        <source>Equity {equity}, collateral value {collateral}, maintenance margin {maintenance}.</source>
        <translation>資産 {equity}、担保評価額 {collateral}、維持証拠金 {maintenance}。</translation>
    </message>
    <message>
        <source>Margin ratio high on {account}</source>
        <translation>{account} の証拠金比率が高水準</translation>
    </message>
    <message>
        <source>{source} answers again; Undertow sees it again after about {minutes} min (blind since {since}).</source>
        <translation>{source} が再び応答しています。約 {minutes} 分ぶりに Undertow から状況を確認できます（{since} から状況不明）。</translation>
    </message>
    <message>
        <source>Seeing {source} again</source>
        <translation>{source} の状況を再び確認</translation>
    </message>
    <message>
        <source>Undertow cannot see {source} since {since}: {reason}. Its distances to liquidation are not up to date.</source>
        <translation>{since} から Undertow は {source} の状況を確認できません: {reason}。清算までの距離は最新ではありません。</translation>
    </message>
    <message>
        <source>Undertow cannot see {source} since {since}. Its distances to liquidation are not up to date.</source>
        <translation>{since} から Undertow は {source} の状況を確認できません。清算までの距離は最新ではありません。</translation>
    </message>
    <message>
        <source>Blind on {source}</source>
        <translation>{source} の状況不明</translation>
    </message>
    <message>
        <source>{kind} on {account} needs your attention: open Undertow or run &apos;undertow remind&apos;.</source>
        <translation>{account} の「{kind}」について確認が必要です: Undertow を開くか &apos;undertow remind&apos; を実行してください。</translation>
    </message>
    <message>
        <source>{kind} needs your attention: open Undertow or run &apos;undertow remind&apos;.</source>
        <translation>「{kind}」について確認が必要です: Undertow を開くか &apos;undertow remind&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Reminder: {kind}</source>
        <translation>リマインダー: {kind}</translation>
    </message>
    <message>
        <source>{account} {symbol} {side}</source>
        <translation>{account} の {symbol} {side}</translation>
    </message>
    <message>
        <source>{start}:00–{end}:00 UTC ({local_start}:00–{local_end}:00 local)</source>
        <translation>{start}:00–{end}:00 UTC（現地時間 {local_start}:00–{local_end}:00）</translation>
    </message>
    <message>
        <source>{symbol}: the book is thin now ({share} of a typical hour&apos;s depth)</source>
        <translation>{symbol}: 現在は板が薄い（通常の時間帯の板厚の {share}）</translation>
    </message>
    <message>
        <source>{symbol}: your positions sit through thin hours {spans} (depth down to {share} of a typical hour)</source>
        <translation>{symbol}: ポジションは板の薄い時間帯 {spans} をまたいで保有されています（板厚は通常の時間帯の {share} まで低下）</translation>
    </message>
    <message>
        <source>Funding history: {problem}</source>
        <extracomment>How far back the first read of an account goes. A new read starts this much before the last one ended (a payment booked late is still found; stored once). The most requests one account&apos;s read may send in one sync (the rest continues at the next due read). The most the whole ledger read may take after a sync, in seconds. A funding amount beyond this (in any settle currency) is implausible data, not a payment.</extracomment>
        <translation>資金調達履歴: {problem}</translation>
    </message>
    <message>
        <source>synced with gaps: {problems}</source>
        <translation>欠落ありで同期: {problems}</translation>
    </message>
    <message>
        <source>Funding history: not read completely within {seconds} s; the rest follows at the next sync.</source>
        <translation>資金調達履歴: {seconds} 秒以内にすべては読み取れませんでした。残りは次回の同期で読み取ります。</translation>
    </message>
    <message>
        <source>Open interest against spot volume</source>
        <extracomment>A liquidation cluster nearer than this (% of the mark) is flagged. What each signal is, for a person (the window translates it; the terminal prints the English).</extracomment>
        <translation>未決済建玉と現物出来高の比</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>資金調達率</translation>
    </message>
    <message>
        <source>Nearest liquidation cluster</source>
        <translation>最も近い清算帯</translation>
    </message>
    <message>
        <source>Depth this hour against the typical hour</source>
        <translation>現在の時間帯の板厚と通常の時間帯の比</translation>
    </message>
    <message>
        <source>Spot ETF net flows, last days</source>
        <translation>現物 ETF の純流入（直近数日）</translation>
    </message>
    <message>
        <source>Crypto implied volatility</source>
        <translation>暗号資産のインプライド・ボラティリティ</translation>
    </message>
    <message>
        <source>Equity volatility (VIX)</source>
        <translation>株式のボラティリティ（VIX）</translation>
    </message>
    <message>
        <source>Gold volatility (GVZ)</source>
        <translation>金のボラティリティ（GVZ）</translation>
    </message>
    <message>
        <source>exchanges (open interest, spot tickers)</source>
        <extracomment>Where a signal&apos;s data comes from when it is not a fetched series.</extracomment>
        <translation>取引所（未決済建玉、現物ティッカー）</translation>
    </message>
    <message>
        <source>exchanges (funding rate)</source>
        <translation>取引所（資金調達率）</translation>
    </message>
    <message>
        <source>local estimate from open interest</source>
        <translation>未決済建玉からのローカル推定</translation>
    </message>
    <message>
        <source>stored order books</source>
        <translation>保存済みの板情報</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>no spot volume stored yet for {asset}</source>
        <translation>{asset} の現物出来高はまだ保存されていません</translation>
    </message>
    <message>
        <source>open interest is {ratio} times the 24 h spot volume; no older data to compare</source>
        <translation>未決済建玉は 24 時間の現物出来高の {ratio} 倍。比較できる過去データなし</translation>
    </message>
    <message>
        <source>open interest {oi_change} and spot volume {spot_change} since {since}</source>
        <translation>{since} 以降、未決済建玉 {oi_change}、現物出来高 {spot_change}</translation>
    </message>
    <message>
        <source>{what}: {venues}</source>
        <translation>{what}: {venues}</translation>
    </message>
    <message>
        <source>longs pay shorts {rate} per 8 h</source>
        <translation>ロングがショートに 8 時間あたり {rate} を支払い</translation>
    </message>
    <message>
        <source>shorts pay longs {rate} per 8 h</source>
        <translation>ショートがロングに 8 時間あたり {rate} を支払い</translation>
    </message>
    <message>
        <source>not enough stored order books yet to know the typical hour</source>
        <translation>通常の時間帯を判断できるだけの板情報がまだ保存されていません</translation>
    </message>
    <message>
        <source>depth within 1 % is {depth} now, {typical} in a typical hour</source>
        <translation>1 % 以内の板厚は現在 {depth}、通常の時間帯は {typical}</translation>
    </message>
    <message>
        <source>no ETF flows yet: set a source (etf_btc_url, etf_eth_url) or import a file (undertow market etf-import)</source>
        <translation>ETF フローはまだありません: ソース（etf_btc_url、etf_eth_url）を設定するか、ファイルを取り込んでください（undertow market etf-import）</translation>
    </message>
    <message>
        <source>{asset} spot ETFs: {sum} over the last {days} trading days</source>
        <translation>{asset} 現物 ETF: 直近 {days} 営業日で {sum}</translation>
    </message>
    <message>
        <source>not fetched yet (undertow market fetch), or its source is off</source>
        <translation>まだ取得されていないか（undertow market fetch）、ソースがオフです</translation>
    </message>
    <message>
        <source>too short a history to judge ({count} days)</source>
        <translation>判断するには履歴が短すぎます（{count} 日）</translation>
    </message>
    <message>
        <source>no daily ETF flows found in {source}: expected a table of dates with a total or one column per fund</source>
        <extracomment>Date formats tried in order: ISO first, then written-out months, then US numeric (month first).</extracomment>
        <translation>{source} に日次の ETF フローが見つかりません: 日付と合計、またはファンドごとの列を持つ表が必要です</translation>
    </message>
    <message>
        <source>{source}: {bad} of {rows} days hold something that is not a number; the table&apos;s layout may have changed</source>
        <translation>{source}: {rows} 日中 {bad} 日に数値でない値があります。表の形式が変わった可能性があります</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file</source>
        <translation>{file} は UTF-8 のテキストファイルではありません</translation>
    </message>
    <message>
        <source>{url} is not an http(s) address</source>
        <translation>{url} は http(s) のアドレスではありません</translation>
    </message>
    <message>
        <source>the SOCKS proxy cannot be used: {reason}</source>
        <translation>SOCKS プロキシを使用できません: {reason}</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} s</source>
        <translation>{host} が {seconds} 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>cannot reach {host}</source>
        <translation>{host} に接続できません</translation>
    </message>
    <message>
        <source>{host} is unavailable (HTTP {status})</source>
        <translation>{host} は利用できません（HTTP {status}）</translation>
    </message>
    <message>
        <source>{host} refused the request (HTTP {status})</source>
        <translation>{host} がリクエストを拒否しました（HTTP {status}）</translation>
    </message>
    <message>
        <source>{host} sent a file far larger than a daily series</source>
        <translation>{host} から日次データとしては大きすぎるファイルが送られました</translation>
    </message>
    <message>
        <source>{host} sent something that is not text</source>
        <translation>{host} からテキストでないデータが送られました</translation>
    </message>
    <message>
        <source>the newest day {source} publishes is {day}: it has stopped updating</source>
        <translation>{source} が公開している最新の日付は {day} です: 更新が止まっています</translation>
    </message>
    <message>
        <source>{source} is not an index history: no DATE and CLOSE columns</source>
        <extracomment>Days of DVOL history read (a year for the percentile, plus slack for the lookback&apos;s start).</extracomment>
        <translation>{source} は指数の履歴ではありません: DATE と CLOSE の列がありません</translation>
    </message>
    <message>
        <source>{source} holds no readable day</source>
        <translation>{source} に読み取れる日付がありません</translation>
    </message>
    <message>
        <source>{source}: {bad} of {rows} rows cannot be read; the file&apos;s layout may have changed</source>
        <translation>{source}: {rows} 行中 {bad} 行を読み取れません。ファイルの形式が変わった可能性があります</translation>
    </message>
    <message>
        <source>Deribit sent a volatility candle that cannot be read</source>
        <translation>Deribit から読み取れないボラティリティのローソク足が送られました</translation>
    </message>
    <message>
        <source>Deribit&apos;s volatility index answer has no candles</source>
        <translation>Deribit のボラティリティ指数の応答にローソク足がありません</translation>
    </message>
    <message>
        <source>Deribit has no volatility index for {currency}</source>
        <translation>Deribit には {currency} のボラティリティ指数がありません</translation>
    </message>
    <message>
        <source>the last fetch failed: {reason}</source>
        <translation>前回の取得に失敗しました: {reason}</translation>
    </message>
    <message>
        <source>Create a READ-ONLY key: Undertow only reads positions, balances and market data. A key that can trade or withdraw turns any leak of this computer into a loss of funds.</source>
        <extracomment>Set to a list by a caller that wants the decoded JSON of every response its ccxt call received (in its own task; tasks it starts inherit it): the positions reader uses it to see rows ccxt dropped. HTTP statuses whose ``Retry-After`` holds back the client (rate limits, IP bans, maintenance).</extracomment>
        <translation>読み取り専用のキーを作成してください: Undertow が読み取るのはポジション、残高、市場データだけです。取引や出金ができるキーだと、このコンピューターから漏れただけで資金を失うことになります。</translation>
    </message>
    <message>
        <source>Binance: API Management -&gt; Create API -&gt; enable &apos;Enable Reading&apos; only.</source>
        <translation>Binance: API Management -&gt; Create API -&gt; &apos;Enable Reading&apos; のみを有効にします。</translation>
    </message>
    <message>
        <source>Bybit: API -&gt; Create New Key -&gt; System-generated -&gt; &apos;Read-Only&apos;.</source>
        <extracomment>``GET /v5/position/list`` answers one category, and for linear one settle coin, per request (&quot;settleCoin&quot; or &quot;symbol&quot; is required for linear; v5 docs &quot;Get Position Info&quot;): USDT- and USDC-settled linear, then inverse.</extracomment>
        <translation>Bybit: API -&gt; Create New Key -&gt; System-generated -&gt; &apos;Read-Only&apos; を選びます。</translation>
    </message>
    <message>
        <source>Hyperliquid: only your public wallet address is needed; no key at all.</source>
        <translation>Hyperliquid: 必要なのは公開ウォレットアドレスだけで、キーは一切不要です。</translation>
    </message>
    <message>
        <source>OKX: API -&gt; Create V5 API Key -&gt; permission &apos;Read&apos; only.</source>
        <translation>OKX: API -&gt; Create V5 API Key -&gt; 権限は &apos;Read&apos; のみにします。</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>ハードウェアウォレット</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>ソフトウェアウォレット</translation>
    </message>
    <message>
        <source>Other custodian</source>
        <translation>その他の保管業者</translation>
    </message>
</context>
<context>
    <name>CustodyChart</name>
    <message>
        <source>Exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>HW ウォレット</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>SW ウォレット</translation>
    </message>
    <message>
        <source>Other custodian</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>CustodyView</name>
    <message>
        <source>Net worth</source>
        <translation>純資産</translation>
    </message>
    <message>
        <source>Long-term in self-custody</source>
        <translation>長期保有のセルフカストディ比率</translation>
    </message>
    <message>
        <source>Long-term on exchanges</source>
        <translation>取引所にある長期保有分</translation>
    </message>
    <message>
        <source>Can move to cold storage</source>
        <translation>コールドストレージへ移せる額</translation>
    </message>
    <message>
        <source>Largest exchange share</source>
        <translation>最大の取引所集中度</translation>
    </message>
    <message>
        <source>Coins the exchange accounts do not need as margin by their own rules (their mode, the venue&apos;s collateral haircuts), at market value</source>
        <translation>取引所アカウントが自身のルール（モード、取引所の担保ヘアカット）で証拠金として必要としないコイン（時価）</translation>
    </message>
    <message>
        <source>Snooze 1 day</source>
        <translation>1 日スヌーズ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Move to cold storage…</source>
        <translation>コールドストレージへ…</translation>
    </message>
    <message>
        <source>I verified on my device</source>
        <translation>デバイスで確認済み</translation>
    </message>
    <message>
        <source>Watch a wallet…</source>
        <translation>ウォレットを監視…</translation>
    </message>
    <message>
        <source>What to move to cold storage</source>
        <translation>コールドストレージへ移すもの</translation>
    </message>
    <message>
        <source>Holdings by place</source>
        <translation>保管場所別の保有資産</translation>
    </message>
    <message>
        <source>Where the money sits</source>
        <translation>資産の所在</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>期限のリマインダー</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>まだ表示するものがありません</translation>
    </message>
    <message>
        <source>Watch a wallet to see your self-custody beside your exchange accounts: paste an output descriptor, an xpub/zpub or an address from your hardware wallet&apos;s companion app. Undertow only reads public keys; it never asks for a seed or a private key. Exchange accounts are added in Accounts.</source>
        <translation>ウォレットを監視すると、取引所アカウントと並べてセルフカストディの資産を確認できます。ハードウェアウォレットの管理アプリから出力ディスクリプター、xpub/zpub、またはアドレスを貼り付けてください。Undertow が読み取るのは公開鍵だけで、シードや秘密鍵を求めることはありません。取引所アカウントは「アカウント」で追加します。</translation>
    </message>
    <message>
        <source>{share} of net worth</source>
        <translation>純資産の {share}</translation>
    </message>
    <message>
        <source>API key problem</source>
        <translation>API キーの問題</translation>
    </message>
    <message>
        <source>details hidden</source>
        <translation>詳細は非表示</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>対応が必要な項目はありません。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Net worth</source>
        <translation>純資産</translation>
    </message>
    <message>
        <source>Everything you own, in the display currency chosen in Settings: exchange equity (balances including unrealised PnL), watch-only wallets and manual holdings</source>
        <translation>保有するすべての資産（設定で選んだ表示通貨）: 取引所の資産（含み損益込みの残高）、監視専用ウォレット、手動登録の保有分</translation>
    </message>
    <message>
        <source>Nearest liquidation</source>
        <translation>最も近い清算</translation>
    </message>
    <message>
        <source>The position that needs the smallest adverse move of its mark price to be liquidated, by the venue&apos;s own rules</source>
        <translation>取引所自身の規則で、最も小さな逆行でマーク価格が清算に達するポジション</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>もしも</translation>
    </message>
    <message>
        <source>The default what-if: an instant gap with the liquidation cascade, i.e. forced sells walking the order book and triggering more liquidations</source>
        <translation>既定のシナリオ: 連鎖清算を伴う瞬間的な急落。強制売りが板を食い、さらに清算を誘発します</translation>
    </message>
    <message>
        <source>Where your money sits</source>
        <translation>資産の所在</translation>
    </message>
    <message>
        <source>Exchange balances are in the blast radius of a venue failure; hardware and software wallets are self-custody</source>
        <translation>取引所の残高は取引所破綻の影響を受けます。ハードウェア／ソフトウェアウォレットはセルフカストディです</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Things worth doing now: moving idle collateral to cold storage, reducing exposure to one exchange, positions close to liquidation</source>
        <translation>今やるべきこと: 遊休担保のコールドストレージへの移動、特定取引所への集中の解消、清算が近いポジション</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>データの鮮度</translation>
    </message>
    <message>
        <source>When each source was last synced successfully; a stale source shows its last good data</source>
        <translation>各ソースが最後に同期に成功した時刻。古いソースは最後の正常なデータを表示します</translation>
    </message>
    <message>
        <source>Open the simulator…</source>
        <translation>シミュレーターを開く…</translation>
    </message>
    <message>
        <source>Nothing to watch yet</source>
        <translation>まだ監視対象がありません</translation>
    </message>
    <message>
        <source>Undertow answers three questions once it can read your accounts: how close each position is to liquidation, what a sudden drop would do to you, and how much of your savings sits on exchanges. Add an exchange account with a read-only key, watch a wallet, or explore the demo.</source>
        <translation>アカウントを読み取れるようになると、Undertow は 3 つの問いに答えます: 各ポジションが清算にどれだけ近いか、急落が起きたらどうなるか、資産のどれだけが取引所にあるか。読み取り専用キーで取引所アカウントを追加するか、ウォレットを監視するか、デモを試してください。</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>はじめる…</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>アカウントを開く</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Reading your accounts and wallets. The dashboard fills in as soon as the first snapshot is stored.</source>
        <translation>アカウントとウォレットを読み取っています。最初のスナップショットが保存されるとすぐにダッシュボードが表示されます。</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>The last sync did not bring a snapshot: {reason}
Check the accounts&apos; keys in Accounts, then refresh.</source>
        <translation>前回の同期ではスナップショットを取得できませんでした: {reason}
「アカウント」で各アカウントのキーを確認してから更新してください。</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>No snapshot is stored yet. The first sync starts by itself; refresh (F5) to start it now.</source>
        <translation>スナップショットはまだ保存されていません。最初の同期は自動で始まります。今すぐ始めるには更新（F5）してください。</translation>
    </message>
    <message>
        <source>First check: no earlier snapshot to compare with</source>
        <translation>初回チェック: 比較できる過去のスナップショットはありません</translation>
    </message>
    <message>
        <source>{change} since {when}</source>
        <translation>{when} から {change}</translation>
    </message>
    <message>
        <source>On exchanges {exchanges} · self-custody {self_custody}</source>
        <translation>取引所 {exchanges} · セルフカストディ {self_custody}</translation>
    </message>
    <message>
        <source>{share} % of long-term holdings are in self-custody</source>
        <translation>長期保有の {share} % がセルフカストディ</translation>
    </message>
    <message>
        <source>{currency} rate unavailable, amounts shown in USD</source>
        <translation>{currency} のレートがないため、金額は USD で表示しています</translation>
    </message>
    <message>
        <source>Price unknown, left out of the totals: {assets}</source>
        <translation>価格不明のため合計から除外: {assets}</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>ポジションなし</translation>
    </message>
    <message>
        <source>({n} daily σ)</source>
        <translation>（日次 {n} σ）</translation>
    </message>
    <message>
        <source>liquidation at {liquidation}, mark {mark}</source>
        <translation>清算価格 {liquidation}、マーク価格 {mark}</translation>
    </message>
    <message>
        <source>{mark} Stale: the last good data of {account}, {age}</source>
        <translation>{mark} 古いデータ: {account} の最後の正常なデータ（{age}）</translation>
    </message>
    <message>
        <source>{n} position(s) would not survive a {gap} gap:</source>
        <translation>{gap} の急変に耐えられないポジション: {n} 件</translation>
    </message>
    <message>
        <source>Every position survives a {gap} gap.</source>
        <translation>すべてのポジションが {gap} の急変に耐えます。</translation>
    </message>
    <message>
        <source>No positions to stress.</source>
        <translation>ストレステストするポジションがありません。</translation>
    </message>
    <message>
        <source>The what-if could not run: {error}</source>
        <translation>シナリオを実行できませんでした: {error}</translation>
    </message>
    <message>
        <source>{move} with the cascade</source>
        <translation>連鎖清算込みで {move}</translation>
    </message>
    <message>
        <source>{n} position(s) liquidated</source>
        <translation>清算されるポジション: {n} 件</translation>
    </message>
    <message>
        <source>({n} only because of the cascade)</source>
        <translation>（うち {n} 件は連鎖清算のみが原因）</translation>
    </message>
    <message>
        <source>Exchange equity after: {with_cascade} with the cascade, {without} without</source>
        <translation>事後の取引所資産: 連鎖清算あり {with_cascade}、なし {without}</translation>
    </message>
    <message>
        <source>API key problem</source>
        <translation>API キーの問題</translation>
    </message>
    <message>
        <source>Nothing due. ✓</source>
        <translation>期限の項目はありません。✓</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>No sources configured.</source>
        <translation>ソースが設定されていません。</translation>
    </message>
    <message>
        <source>Nothing held yet: this snapshot has no exchange balance, wallet or holding with a price.</source>
        <translation>保有資産はまだありません: このスナップショットには価格のある取引所残高、ウォレット、保有資産がありません。</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>セルフカストディ</translation>
    </message>
    <message>
        <source>Other custodians</source>
        <translation>その他の保管業者</translation>
    </message>
    <message>
        <source>{symbol} {side} on {venue}</source>
        <translation>{venue} の {symbol} {side}</translation>
    </message>
</context>
<context>
    <name>DepthChart</name>
    <message>
        <source>bids (absorb forced selling)</source>
        <translation>買い板（強制売りを吸収）</translation>
    </message>
    <message>
        <source>asks (absorb forced buying)</source>
        <translation>売り板（強制買いを吸収）</translation>
    </message>
    <message>
        <source>distance from mid (%, log)</source>
        <translation>仲値からの距離（%、対数）</translation>
    </message>
    <message>
        <source>cumulative depth (log)</source>
        <translation>累積の板厚（対数）</translation>
    </message>
    <message>
        <source>{symbol} book, depth factor {factor}</source>
        <translation>{symbol} 板、板厚係数 {factor}</translation>
    </message>
    <message>
        <source>cascade push {push}</source>
        <translation>連鎖清算による上乗せ {push}</translation>
    </message>
</context>
<context>
    <name>DepthHourChart</name>
    <message>
        <source>Needs a day of snapshots</source>
        <translation>1 日分のスナップショットが必要です</translation>
    </message>
    <message>
        <source>Depth by hour of day is measured from the order books stored at each sync: after a day of syncs every hour has its own figure. Keep Undertow running (or refreshing) for a day.</source>
        <translation>時間帯別の板厚は、同期のたびに保存される板情報から測定します。1 日分の同期が終わると、各時間帯に値が入ります。Undertow を 1 日動かしたまま（または更新を続けて）ください。</translation>
    </message>
    <message>
        <source>{symbol}: depth within 1 % is {now} now; a typical hour has {typical} (hour {hour}, local time).</source>
        <translation>{symbol}: 1 % 以内の板厚は現在 {now}、通常の時間帯は {typical}（{hour} 時台、現地時間）。</translation>
    </message>
    <message>
        <source>Thin hours: {hours}.</source>
        <translation>板の薄い時間帯: {hours}。</translation>
    </message>
    <message>
        <source>Now is a thin hour: the same order moves the price further.</source>
        <translation>現在は板の薄い時間帯です: 同じ注文でも価格がより大きく動きます。</translation>
    </message>
    <message>
        <source>Red: this hour; amber: thin hours; dashed line: the typical hour.</source>
        <translation>赤: 現在の時間帯。琥珀色: 板の薄い時間帯。破線: 通常の時間帯。</translation>
    </message>
    <message>
        <source>hour of day (local time)</source>
        <translation>時刻（現地時間）</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 時間 {m} 分</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 日 {h} 時間</translation>
    </message>
</context>
<context>
    <name>EquityChart</name>
    <message>
        <source>without cascade</source>
        <translation>連鎖清算なし</translation>
    </message>
    <message>
        <source>with cascade</source>
        <translation>連鎖清算あり</translation>
    </message>
    <message>
        <source>liquidated (cascade)</source>
        <translation>清算（連鎖あり）</translation>
    </message>
    <message>
        <source>liquidated (no cascade)</source>
        <translation>清算（連鎖なし）</translation>
    </message>
    <message>
        <source>driver shock (%)</source>
        <translation>基準銘柄のショック（%）</translation>
    </message>
    <message>
        <source>your exchange equity</source>
        <translation>取引所の資産</translation>
    </message>
    <message>
        <source>Equity vs shock</source>
        <translation>ショック別の資産</translation>
    </message>
    <message>
        <source>Drag to set the shock (the same as the slider)</source>
        <translation>ドラッグしてショックを設定（スライダーと同じ）</translation>
    </message>
    <message>
        <source>Range: your equity with the cascade under every leave-one-out fit of the event library and its out-of-sample error — how sure the model is</source>
        <translation>範囲: イベントライブラリの各 leave-one-out フィットとそのサンプル外誤差のもとでの連鎖清算込みの資産 — モデルの確からしさ</translation>
    </message>
    <message>
        <source>Liquidated at {shock} with the cascade:</source>
        <translation>連鎖清算込みで {shock} で清算:</translation>
    </message>
    <message>
        <source>Liquidated at {shock} without the cascade:</source>
        <translation>連鎖清算なしで {shock} で清算:</translation>
    </message>
    <message>
        <source>equity just before: {equity}</source>
        <translation>直前の資産: {equity}</translation>
    </message>
    <message>
        <source>range (leave-one-out fits)</source>
        <translation>範囲（leave-one-out フィット）</translation>
    </message>
    <message>
        <source>{n} positions</source>
        <translation>{n} 件のポジション</translation>
    </message>
    <message>
        <source>Runaway: forced orders emptied the modelled order book here; the cascade has no floor in this model and the equity shown is not meaningful</source>
        <translation>暴走: ここで強制注文がモデル上の板を食い尽くしました。このモデルでは連鎖清算に底がなく、表示される資産額に意味はありません</translation>
    </message>
</context>
<context>
    <name>EtfChart</name>
    <message>
        <source>No ETF flows yet</source>
        <translation>ETF フローはまだありません</translation>
    </message>
    <message>
        <source>Daily net flows of the US spot {asset} ETFs come from a public table you choose (a CSV/HTML table such as the issuers&apos; published flows): set its address with &apos;undertow settings set {key} URL&apos;, or import a saved table with &apos;undertow market etf-import FILE&apos;. The bars appear after the next fetch.</source>
        <translation>米国の現物 {asset} ETF の日次純流入は、あなたが選んだ公開の表（発行体が公表するフローなどの CSV/HTML 表）から取得します。&apos;undertow settings set {key} URL&apos; でそのアドレスを設定するか、&apos;undertow market etf-import FILE&apos; で保存済みの表を取り込んでください。次回の取得後にバーが表示されます。</translation>
    </message>
    <message>
        <source>US spot {asset} ETFs, net flow of the last {days} trading days: {sum}. Source: {source}, data to {day}, fetched {fetched}.</source>
        <translation>米国の現物 {asset} ETF、直近 {days} 営業日の純流入: {sum}。出典: {source}、{day} までのデータ、{fetched} に取得。</translation>
    </message>
    <message>
        <source>Stale: the last fetch failed, these are the last good figures.</source>
        <translation>古いデータ: 前回の取得に失敗したため、最後の正常な値を表示しています。</translation>
    </message>
</context>
<context>
    <name>FragilityCard</name>
    <message>
        <source>Market fragility</source>
        <translation>市場の脆弱性</translation>
    </message>
    <message>
        <source>The held market whose signals of fragile liquidity are most flagged (funding, open interest against spot, liquidation clusters, thin hours, ETF flows, volatility elsewhere), 0 to 100.</source>
        <translation>保有する市場のうち、流動性の脆さを示すシグナル（資金調達率、現物に対する未決済建玉、清算帯、板の薄い時間帯、ETF フロー、他市場のボラティリティ）が最も多く要注意になっている市場。0〜100。</translation>
    </message>
    <message>
        <source>Open Market</source>
        <translation>市場画面へ</translation>
    </message>
    <message>
        <source>No open positions: no market to watch.</source>
        <translation>ポジションなし: 注視する市場はありません。</translation>
    </message>
    <message>
        <source>The market signals could not be read: {reason}</source>
        <translation>市場シグナルを読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Reading the stored snapshots and sources…</source>
        <translation>保存済みのスナップショットとソースを読み込み中…</translation>
    </message>
    <message>
        <source>No signal has data yet: the score starts with the first synced markets.</source>
        <translation>データのあるシグナルはまだありません: スコアは最初に同期された市場から始まります。</translation>
    </message>
    <message>
        <source>{symbol}: {score}/100</source>
        <translation>{symbol}: {score}/100</translation>
    </message>
    <message>
        <source>No signal flagged.</source>
        <translation>要注意のシグナルはありません。</translation>
    </message>
    <message>
        <source>and {n} more in Market</source>
        <translation>ほか {n} 件は「市場」に</translation>
    </message>
</context>
<context>
    <name>FragilityView</name>
    <message>
        <source>Signals traders watch before a cascade, for every market you hold. Pick a market for its fragility score, what it is made of, and the signals over time. Hover a column title for what it means.</source>
        <translation>連鎖清算の前にトレーダーが注視するシグナルを、保有するすべての市場について表示します。市場を選ぶと、脆弱性スコアとその内訳、シグナルの推移が表示されます。列名にカーソルを合わせると説明が表示されます。</translation>
    </message>
    <message>
        <source>Score parts</source>
        <translation>スコアの内訳</translation>
    </message>
    <message>
        <source>Liquidation map</source>
        <translation>清算ヒートマップ</translation>
    </message>
    <message>
        <source>Open interest ÷ spot</source>
        <translation>建玉 ÷ 現物</translation>
    </message>
    <message>
        <source>ETF flows</source>
        <translation>ETF フロー</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>ボラティリティ</translation>
    </message>
    <message>
        <source>Depth by hour</source>
        <translation>時間帯別の板厚</translation>
    </message>
    <message>
        <source>Each signal of the score: its value, the range it is judged against, whether it is flagged, its weight, date and source</source>
        <translation>スコアの各シグナル: 値、判定の基準範囲、要注意かどうか、重み、日付、出典</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>データがまだありません。</translation>
    </message>
    <message>
        <source>{symbol} · {score}/100</source>
        <translation>{symbol} · {score}/100</translation>
    </message>
    <message>
        <source>The signals over time could not be read: {reason}</source>
        <translation>シグナルの推移を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Reading the stored snapshots and sources…</source>
        <translation>保存済みのスナップショットとソースを読み込み中…</translation>
    </message>
    <message>
        <source>No fragility score yet: none of its signals has data.</source>
        <translation>脆弱性スコアはまだありません: どのシグナルにもデータがありません。</translation>
    </message>
    <message>
        <source>Fragility {score}/100: {flagged} of {counted} signals with data flagged</source>
        <translation>脆弱性 {score}/100: データのあるシグナル {counted} 件中 {flagged} 件が要注意</translation>
    </message>
    <message>
        <source>No markets to watch yet</source>
        <translation>まだ注視する市場がありません</translation>
    </message>
    <message>
        <source>Market signals are shown for the markets of your open positions. Add an exchange account with a read-only key, or explore the demo.</source>
        <translation>市場シグナルは、保有ポジションの市場について表示されます。読み取り専用キーで取引所アカウントを追加するか、デモを試してください。</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>はじめる…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>No snapshot is stored yet: the markets of your positions appear here after the first sync.</source>
        <translation>スナップショットはまだ保存されていません。ポジションの市場は最初の同期後にここに表示されます。</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>ポジションなし</translation>
    </message>
    <message>
        <source>Market signals are shown for the markets you hold a position in, and the last snapshot has none. Nothing here is at risk of a cascade.</source>
        <translation>市場シグナルはポジションを持つ市場について表示されますが、最新のスナップショットにはポジションがありません。ここに連鎖清算のリスクはありません。</translation>
    </message>
    <message>
        <source>Open Positions</source>
        <translation>ポジション画面へ</translation>
    </message>
    <message>
        <source>No market data</source>
        <translation>市場データなし</translation>
    </message>
    <message>
        <source>No market data was synced for the markets you hold. The exchanges&apos; public data may have failed; refresh to try again.</source>
        <translation>保有している市場の市場データが同期されていません。取引所の公開データの取得に失敗した可能性があります。更新して再試行してください。</translation>
    </message>
    <message>
        <source>You hold no positions, so there is nothing to watch here.</source>
        <translation>ポジションがないため、ここで注視するものはありません。</translation>
    </message>
    <message>
        <source>No market data was synced for the markets you hold.</source>
        <translation>保有している市場の市場データが同期されていません。</translation>
    </message>
    <message>
        <source>{symbol} on {venue} ({side})</source>
        <translation>{venue} の {symbol}（{side}）</translation>
    </message>
    <message>
        <source>{n} markets</source>
        <translation>{n} 市場</translation>
    </message>
    <message>
        <source>one-sided funding: {markets}</source>
        <translation>資金調達率の偏り: {markets}</translation>
    </message>
    <message>
        <source>closest long-liquidation cluster: {symbol} {distance} below on {venue}</source>
        <translation>最も近いロング清算帯: {venue} の {symbol}、{distance} 下</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>The OS keyring is locked, so the API key of {label} could not be read. Unlock the keyring (log in to the desktop session, or unlock it in your password manager), then refresh.</source>
        <translation>OS キーリングがロックされているため、{label} の API キーを読み取れませんでした。キーリングのロックを解除して（デスクトップセッションにログインするか、パスワードマネージャーで解除）、更新してください。</translation>
    </message>
    <message>
        <source>No OS keyring is available (no Secret Service is running), so the API key of {label} could not be read. Install or start a Secret Service (e.g. gnome-keyring or KeePassXC), then refresh.</source>
        <translation>OS キーリングが利用できない（Secret Service が動作していない）ため、{label} の API キーを読み取れませんでした。Secret Service（gnome-keyring や KeePassXC など）をインストールまたは起動してから、更新してください。</translation>
    </message>
    <message>
        <source>No API key is stored for {label}. Re-enter the key in Accounts.</source>
        <translation>{label} の API キーが保存されていません。「アカウント」でキーを再入力してください。</translation>
    </message>
    <message>
        <source>The exchange rejected the API key of {label} (revoked, expired or mistyped). Create a new read-only key at the exchange and enter it in Accounts.</source>
        <translation>取引所が {label} の API キーを拒否しました（失効、期限切れ、または入力ミス）。取引所で新しい読み取り専用キーを作成し、「アカウント」で入力してください。</translation>
    </message>
    <message>
        <source>The API key of {label} may not read this account. Enable read access for it at the exchange, or create a new read-only key.</source>
        <translation>{label} の API キーにはこのアカウントの読み取り権限がありません。取引所でこのキーの読み取り権限を有効にするか、新しい読み取り専用キーを作成してください。</translation>
    </message>
    <message>
        <source>{label} has not been refreshed since {when}. Refresh (F5).</source>
        <translation>{label} は {when} 以降更新されていません。更新してください（F5）。</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>keyring locked</source>
        <translation>キーリングがロック中</translation>
    </message>
    <message>
        <source>no keyring available</source>
        <translation>キーリングなし</translation>
    </message>
    <message>
        <source>API key missing</source>
        <translation>API キーなし</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API キー拒否</translation>
    </message>
    <message>
        <source>no read permission</source>
        <translation>読み取り権限なし</translation>
    </message>
    <message>
        <source>not refreshed</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation>同期失敗</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>No data: {label} has never synced successfully.</source>
        <translation>データなし: {label} は一度も同期に成功していません。</translation>
    </message>
    <message>
        <source>{mark} Stale: the last good data of {label}, from {when} ({age}).</source>
        <translation>{mark} 古いデータ: {label} の最後の正常なデータ（{when}、{age}）。</translation>
    </message>
    <message>
        <source>{mark} Includes stale data: {sources}</source>
        <translation>{mark} 古いデータを含みます: {sources}</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data.</source>
        <translation>状況不明: どの取引所アカウントにも最新のデータがありません。</translation>
    </message>
    <message>
        <source>Positions, distances and reminders shown are the last good data, from {age}.</source>
        <translation>表示中のポジション、距離、リマインダーは最後の正常なデータ（{age}）です。</translation>
    </message>
    <message>
        <source>Nothing is known about your positions.</source>
        <translation>ポジションについては何もわかりません。</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data.</source>
        <translation>一部状況不明: 取引所アカウント {total} 件中 {n} 件に最新のデータがありません。</translation>
    </message>
    <message>
        <source>Their rows are marked {mark} and greyed.</source>
        <translation>それらの行は {mark} 付きでグレー表示されます。</translation>
    </message>
</context>
<context>
    <name>FundingDialog</name>
    <message>
        <source>The funding history could not be read: {reason}</source>
        <translation>資金調達履歴を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Funding: {symbol} on {account}</source>
        <translation>資金調達: {account} の {symbol}</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} ({venue})</source>
        <translation>{account}（{venue}）の {symbol} {side}</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>直近 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>直近 7 日</translation>
    </message>
    <message>
        <source>Since the first stored payment</source>
        <translation>最初に保存された支払い以降</translation>
    </message>
    <message>
        <source>Next funding (projected)</source>
        <translation>次回の資金調達（予測）</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>資金調達率</translation>
    </message>
    <message>
        <source>{venue} books funding as a fee (+ paid); it is shown here with the sign turned, like every other venue.</source>
        <translation>{venue} は資金調達を手数料として記帳します（+ が支払い）。ここでは他の取引所と同じく符号を反転して表示しています。</translation>
    </message>
    <message>
        <source>Amounts in {currency}, valued at the price of the sync that stored each payment.</source>
        <translation>金額は {currency} 建てで、各支払いを保存した同期時の価格で評価しています。</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支払い履歴</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>日付（UTC）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受取</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>純額</translation>
    </message>
    <message>
        <source>Funding time</source>
        <translation>資金調達時刻</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>評価額（{currency}）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>率</translation>
    </message>
    <message>
        <source>{amount} in {n} payment(s) since {date}</source>
        <translation>{date} 以降 {n} 回で {amount}</translation>
    </message>
    <message>
        <source>{amount} at {time}</source>
        <translation>{time} に {amount}</translation>
    </message>
    <message>
        <source>{rate} per {hours} h</source>
        <translation>{rate}/{hours} 時間</translation>
    </message>
    <message>
        <source>Reading the funding history…</source>
        <translation>資金調達履歴を読み込み中…</translation>
    </message>
    <message>
        <source>No funding payment of this position is stored yet. Undertow reads {venue}&apos;s funding history after each funding time (every {hours} h), at the first sync after it; the next one is at {time}. Refresh after that to see it here.</source>
        <translation>このポジションの資金調達の支払いはまだ保存されていません。Undertow は各資金調達時刻（{hours} 時間ごと）の後の最初の同期で {venue} の資金調達履歴を読み取ります。次回は {time} です。その後に更新すると、ここに表示されます。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Net worth</source>
        <translation>純資産</translation>
    </message>
    <message>
        <source>Exchange equity</source>
        <translation>取引所資産</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>セルフカストディ</translation>
    </message>
    <message>
        <source>Gross exposure</source>
        <translation>総エクスポージャー</translation>
    </message>
    <message>
        <source>Net exposure</source>
        <translation>ネットエクスポージャー</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>The time windows of the range box: (label, days back from now; None = everything stored).</extracomment>
        <translation>すべて</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>Net worth, exchange equity and self-custody over time, with your gross and net exposure (position sizes at mark). Click a point to open that snapshot below.</source>
        <extracomment>Points drawn for one window at most: about a wide screen&apos;s width; a longer window is thinned in SQL.</extracomment>
        <translation>純資産、取引所資産、セルフカストディの推移と、総／ネットエクスポージャー（マーク価格でのポジション規模）。点をクリックすると、そのスナップショットを下に表示します。</translation>
    </message>
    <message>
        <source>Self-custody share: the part of your long-term holdings that sits in your own wallets, not on an exchange. Exchanges are not vaults: this line should go up.</source>
        <translation>セルフカストディ比率: 長期保有のうち、取引所ではなく自分のウォレットにある割合。取引所は金庫ではありません。この線は上がるべきです。</translation>
    </message>
    <message>
        <source>Self-custody %</source>
        <translation>自己保管 %</translation>
    </message>
    <message>
        <source>Stored snapshots, newest first: pick one to see its positions and balances</source>
        <translation>保存済みスナップショット（新しい順）: 選ぶとポジションと残高を表示します</translation>
    </message>
    <message>
        <source>The time range of the charts. A long range is drawn from one snapshot per time step; a shorter one shows every snapshot in it.</source>
        <translation>グラフの期間。長い期間は時間ステップごとに 1 つのスナップショットで描画し、短い期間はその中のすべてのスナップショットを表示します。</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>Balances and holdings</source>
        <translation>残高と保有資産</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 書き出し…</translation>
    </message>
    <message>
        <source>Positions, balances and holdings of the picked snapshot in one CSV file (a &apos;section&apos; column tells them apart; exact numbers)</source>
        <translation>選んだスナップショットのポジション・残高・保有資産を 1 つの CSV に（&apos;section&apos; 列で区別、数値は正確）</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON 書き出し…</translation>
    </message>
    <message>
        <source>The whole picked snapshot as JSON, numbers as exact decimal text</source>
        <translation>選んだスナップショット全体を JSON で（数値は正確な 10 進テキスト）</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>グラフを PNG 保存…</translation>
    </message>
    <message>
        <source>The history could not be read: {error}</source>
        <translation>履歴を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>履歴を読み込めませんでした</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>履歴を読み込み中…</translation>
    </message>
    <message>
        <source>No snapshot in this time range.</source>
        <translation>この期間にスナップショットはありません。</translation>
    </message>
    <message>
        <source>No snapshot in this time range</source>
        <translation>この期間にスナップショットはありません</translation>
    </message>
    <message>
        <source>The snapshots stored are older than {range}. Choose a longer range.</source>
        <translation>保存済みのスナップショットは {range} より前のものです。もっと長い期間を選んでください。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>No stored snapshots yet: refresh to take the first one.</source>
        <translation>保存済みスナップショットはまだありません。更新して最初の 1 件を取得してください。</translation>
    </message>
    <message>
        <source>1 snapshot from {first} to {last} UTC</source>
        <translation>スナップショット 1 件（{first} 〜 {last} UTC）</translation>
    </message>
    <message>
        <source>{n} snapshots from {first} to {last} UTC</source>
        <translation>スナップショット {n} 件（{first} 〜 {last} UTC）</translation>
    </message>
    <message>
        <source>the line appears from the second snapshot on</source>
        <translation>線は 2 件目のスナップショットから表示されます</translation>
    </message>
    <message>
        <source>Exchange equity + wallets + manual holdings</source>
        <translation>取引所資産 + ウォレット + 手動登録の保有分</translation>
    </message>
    <message>
        <source>What the exchanges hold for you</source>
        <translation>取引所が預かっている資産</translation>
    </message>
    <message>
        <source>Hardware and software wallets</source>
        <translation>ハードウェア／ソフトウェアウォレット</translation>
    </message>
    <message>
        <source>Sum of all position sizes at mark</source>
        <translation>マーク価格での全ポジション規模の合計</translation>
    </message>
    <message>
        <source>Longs minus shorts: your bet on the direction</source>
        <translation>ロング − ショート: 方向性への賭け</translation>
    </message>
    <message>
        <source>The charts as you see them (in privacy mode without the amount scale)</source>
        <translation>表示どおりのグラフ（プライバシーモードでは金額の目盛りなし）</translation>
    </message>
    <message>
        <source>{currency} (hidden)</source>
        <translation>{currency}（非表示）</translation>
    </message>
    <message>
        <source>drawn from one snapshot per time step of {total} stored; a shorter range shows every one</source>
        <translation>保存済み {total} 件から時間ステップごとに 1 つのスナップショットで描画。短い期間ではすべて表示</translation>
    </message>
    <message>
        <source>{currency} rate unavailable for some snapshots, amounts shown in USD</source>
        <translation>一部のスナップショットに {currency} のレートがないため、金額は USD で表示しています</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>履歴はまだありません</translation>
    </message>
    <message>
        <source>Each sync of your accounts and wallets stores a snapshot; these charts draw your net worth, exposure and self-custody share from them. Add an exchange account or a wallet first.</source>
        <translation>アカウントとウォレットを同期するたびにスナップショットが保存され、このグラフはそこから純資産、エクスポージャー、セルフカストディ比率を描きます。まず取引所アカウントかウォレットを追加してください。</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>はじめる…</translation>
    </message>
    <message>
        <source>Each sync stores a snapshot: the charts start with the first one and draw a line from the second. Refresh to take the first one now.</source>
        <translation>同期のたびにスナップショットが保存されます。グラフは 1 件目から始まり、2 件目から線を描きます。更新して最初の 1 件を取得してください。</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Snapshot {id} could not be read: {error}</source>
        <translation>スナップショット {id} を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>No snapshot picked</source>
        <translation>スナップショット未選択</translation>
    </message>
    <message>
        <source>Snapshot of {when} UTC · {positions} positions · {balances} balances and holdings</source>
        <translation>{when} UTC のスナップショット · ポジション {positions} 件 · 残高と保有資産 {balances} 件</translation>
    </message>
    <message>
        <source>Pick a snapshot first.</source>
        <translation>先にスナップショットを選んでください。</translation>
    </message>
    <message>
        <source>Export snapshot as {format}</source>
        <translation>スナップショットを {format} で書き出す</translation>
    </message>
    <message>
        <source>{format} files (*.{ext})</source>
        <translation>{format} ファイル (*.{ext})</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>書き出しに失敗: {error}</translation>
    </message>
    <message>
        <source>Snapshot of {when} UTC written to {path}</source>
        <translation>{when} UTC のスナップショットを {path} に書き出しました</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>グラフを PNG で保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}: check the folder exists and is writable.</source>
        <translation>{path} に書き込めません。フォルダーが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>グラフを {path} に保存しました</translation>
    </message>
</context>
<context>
    <name>HoldingsModel</name>
    <message>
        <source>Where</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>評価額（{currency}）</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>保管形態</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Test-network coins have no value: they are left out of net worth and the self-custody share.</source>
        <translation>テストネットのコインには価値がないため、純資産とセルフカストディ比率から除外しています。</translation>
    </message>
    <message>
        <source>{label} (testnet)</source>
        <translation>{label}（テストネット）</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>長期保有</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>担保</translation>
    </message>
</context>
<context>
    <name>LadderChart</name>
    <message>
        <source>price (USD)</source>
        <translation>価格（USD）</translation>
    </message>
    <message>
        <source>liquidation notional per 0.5 % bucket</source>
        <translation>0.5 % 刻みごとの清算想定元本</translation>
    </message>
    <message>
        <source>{symbol} liquidation ladder</source>
        <translation>{symbol} 清算マップ</translation>
    </message>
    <message>
        <source>{account}: {price}</source>
        <translation>{account}: {price}</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>現在 {price}</translation>
    </message>
    <message>
        <source>{position}: liquidated by venue rules at {price}</source>
        <translation>{position}: 取引所の規則で {price} で清算</translation>
    </message>
    <message>
        <source>after {price}</source>
        <translation>事後 {price}</translation>
    </message>
</context>
<context>
    <name>LiquidationMapTab</name>
    <message>
        <source>24 hours</source>
        <extracomment>(label, days back) of the range box</extracomment>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日</translation>
    </message>
    <message>
        <source>How far back the map reaches</source>
        <extracomment>Fewer snapshots than this, or a shorter span, and there is no map yet to read (one column is no picture of time).</extracomment>
        <translation>マップの表示期間</translation>
    </message>
    <message>
        <source>USD liquidated per {step} of price</source>
        <translation>価格 {step} ごとの清算額（USD）</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>価格（USD）</translation>
    </message>
    <message>
        <source>Each column is one stored snapshot&apos;s estimate of where leveraged positions of {asset} would be liquidated (open interest of every venue spread over a typical leverage mix and the entry prices of the last days, like the public heatmaps); brighter means more USD force-sold (below the price) or force-bought (above) there. The line is the price; dashed lines are your own liquidation prices, computed here by each exchange&apos;s rules.</source>
        <translation>各列は保存された 1 つのスナップショットから推定した {asset} のレバレッジポジションの清算水準です（公開ヒートマップと同様に、全取引所の未決済建玉を典型的なレバレッジ分布と直近数日の建値に配分）。明るいほど、そこで強制売却（価格の下）または強制買い戻し（上）される USD が多いことを示します。線は価格、破線は各取引所のルールでここで計算したあなた自身の清算価格です。</translation>
    </message>
    <message>
        <source>Computing the map of {asset}…</source>
        <translation>{asset} のマップを計算中…</translation>
    </message>
    <message>
        <source>{asset}: {columns} snapshots from {start} to {end}</source>
        <translation>{asset}: {start} 〜 {end} のスナップショット {columns} 件</translation>
    </message>
    <message>
        <source>(one per time step of {stored} stored)</source>
        <translation>（保存済み {stored} 件から時間ステップごとに 1 件）</translation>
    </message>
    <message>
        <source>Needs a day of snapshots</source>
        <translation>1 日分のスナップショットが必要です</translation>
    </message>
    <message>
        <source>The map draws one column per stored snapshot with {asset}&apos;s market data, and {count} of them are stored in this range. Each sync stores one (every few minutes while Undertow runs): after a day the map shows how the liquidation levels moved; a longer range may already have more.</source>
        <translation>マップは {asset} の市場データを含む保存済みスナップショットごとに 1 列を描きますが、この期間に保存されているのは {count} 件です。同期のたびに 1 件保存されます（Undertow の実行中は数分ごと）。1 日たつと清算水準の動きが見えるようになります。もっと長い期間なら、すでに十分な件数があるかもしれません。</translation>
    </message>
    <message>
        <source>The map could not be computed</source>
        <translation>マップを計算できませんでした</translation>
    </message>
    <message>
        <source>Reading the stored snapshots failed: {reason}. Refresh to try again.</source>
        <translation>保存済みスナップショットの読み込みに失敗しました: {reason}。更新して再試行してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Undertow — DEMO</source>
        <translation>Undertow — デモ</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Sync every account and wallet now (F5)</source>
        <translation>すべてのアカウントとウォレットを今すぐ同期（F5）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>実行中の同期を中止</translation>
    </message>
    <message>
        <source>Hide amounts</source>
        <translation>金額を隠す</translation>
    </message>
    <message>
        <source>Privacy mode: hide every amount in every view (Ctrl+Shift+H)</source>
        <translation>プライバシーモード: すべての画面の金額を隠す（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Refresh interval, servers, thresholds, theme, language (Ctrl+,)</source>
        <translation>更新間隔、サーバー、しきい値、テーマ、言語（Ctrl+,）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>Bundled demo data (market as of 2026-02-12), not your accounts</source>
        <translation>同梱のデモデータ（2026-02-12 時点の市場）で、あなたのアカウントではありません</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>アカウントを開く</translation>
    </message>
    <message>
        <source>Each account&apos;s key, its last sync and why it failed</source>
        <translation>各アカウントのキー、前回の同期、失敗の理由</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title}（Ctrl+{n}）</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>データを開いています…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Snapshot {when} ({age})</source>
        <translation>スナップショット {when}（{age}）</translation>
    </message>
    <message>
        <source>Snapshot {when} — oldest data {age} ({source})</source>
        <translation>スナップショット {when} — 最も古いデータ {age}（{source}）</translation>
    </message>
    <message>
        <source>{source}: {state} from {age}</source>
        <translation>{source}: {age} の{state}データ</translation>
    </message>
</context>
<context>
    <name>MarginMode</name>
    <message>
        <source>cross</source>
        <translation>クロス</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>分離</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>資産保管</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
</context>
<context>
    <name>OiSpotChart</name>
    <message>
        <source>open interest ÷ 24 h spot volume</source>
        <translation>未決済建玉 ÷ 24 時間現物出来高</translation>
    </message>
    <message>
        <source>No spot volume stored yet</source>
        <translation>現物出来高はまだ保存されていません</translation>
    </message>
    <message>
        <source>Open interest against spot volume needs a day of snapshots with the exchanges&apos; spot volume for {asset}. Each sync stores one; the line starts after the first day.</source>
        <translation>未決済建玉と現物出来高の比には、取引所の {asset} の現物出来高を含む 1 日分のスナップショットが必要です。同期のたびに 1 件保存され、線は最初の 1 日が過ぎてから始まります。</translation>
    </message>
    <message>
        <source>{asset}: open interest is {ratio} × the 24 h spot volume ({venues}), as of {when}.</source>
        <translation>{asset}: 未決済建玉は 24 時間現物出来高の {ratio} ×（{venues}）、{when} 時点。</translation>
    </message>
    <message>
        <source>{asset}: the newest snapshot ({when}) has no spot volume; the line ends at the last day that had it.</source>
        <translation>{asset}: 最新のスナップショット（{when}）には現物出来高がありません。線は出来高があった最後の日で終わります。</translation>
    </message>
    <message>
        <source>Since {since}: open interest {oi}, spot volume {spot}.</source>
        <translation>{since} 以降: 未決済建玉 {oi}、現物出来高 {spot}。</translation>
    </message>
    <message>
        <source>Flagged: leverage is building without spot buying behind it.</source>
        <translation>要注意: 現物の買いを伴わずにレバレッジが積み上がっています。</translation>
    </message>
</context>
<context>
    <name>OpeningState</name>
    <message>
        <source>Opening your data…</source>
        <extracomment>the widest a paragraph of an empty state gets (a line of ~90 characters reads; a screen-wide one does not)</extracomment>
        <translation>データを開いています…</translation>
    </message>
    <message>
        <source>Reading the last stored snapshot. A fresh sync follows.</source>
        <translation>最後に保存したスナップショットを読み込んでいます。続いて新しい同期を行います。</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>survives</source>
        <translation>耐える</translation>
    </message>
    <message>
        <source>liquidated</source>
        <translation>清算</translation>
    </message>
    <message>
        <source>{gap} gap</source>
        <translation>{gap} 急変</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>クロス</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>分離</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>証拠金</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <source>Unified ccxt symbol</source>
        <translation>ccxt の統一シンボル</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Long or short</source>
        <translation>ロングまたはショート</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>建値</translation>
    </message>
    <message>
        <source>Average entry price</source>
        <translation>平均建値</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>マーク価格</translation>
    </message>
    <message>
        <source>Mark price: liquidation is triggered by the mark, not the last trade</source>
        <translation>マーク価格: 清算は最終約定価格ではなくマーク価格で発動します</translation>
    </message>
    <message>
        <source>account</source>
        <translation>口座</translation>
    </message>
    <message>
        <source>{n} ct</source>
        <translation>{n} 契約</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 時間</translation>
    </message>
    <message>
        <source>The exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>The exchange account, under the name you gave it</source>
        <translation>取引所アカウント（付けた名前で表示）</translation>
    </message>
    <message>
        <source>Size in the base asset, with the exchange&apos;s contracts where one contract is not one unit</source>
        <translation>原資産での数量。1 契約が 1 単位でない場合は取引所の契約数も併記</translation>
    </message>
    <message>
        <source>Liquidation price computed by the venue&apos;s own rules (tier chosen at the liquidation price); &quot;account&quot; = the venue liquidates the whole account, not this position alone</source>
        <translation>取引所自身のルールで計算した清算価格（清算価格で段階を選択）。「口座」= 取引所はこのポジションだけでなく口座全体を清算します</translation>
    </message>
    <message>
        <source>How far the mark must move against you to liquidate this position, in %; signed where the venue liquidates the whole account: the account&apos;s liquidating move of the market</source>
        <translation>このポジションが清算されるまでにマーク価格が不利な方向へ動く幅（%）。取引所が口座全体を清算する場合は符号付きで、口座を清算する相場の変動を示します</translation>
    </message>
    <message>
        <source>Lev.</source>
        <translation>レバ</translation>
    </message>
    <message>
        <source>The leverage set for this position at the exchange</source>
        <translation>取引所でこのポジションに設定したレバレッジ</translation>
    </message>
    <message>
        <source>ADL</source>
        <translation>ADL</translation>
    </message>
    <message>
        <source>Auto-deleveraging rank the exchange publishes for this position: the higher, the nearer the front of the queue when a liquidation cannot be filled (the scale is the exchange&apos;s: Binance 0–4, Bybit and OKX 1–5). The What-if view simulates when ADL may hit.</source>
        <translation>取引所が公表するこのポジションの自動デレバレッジ（ADL）順位。高いほど、清算注文が約定できないときの列の先頭に近くなります（尺度は取引所ごと: Binance 0–4、Bybit と OKX 1–5）。What-if ビューで ADL が起こりうる状況をシミュレーションできます。</translation>
    </message>
    <message>
        <source>Cross (the account&apos;s balance backs it) or isolated (only its own margin can be lost); the account&apos;s mode is in the tip</source>
        <translation>クロス（口座の残高が担保）か分離（失うのはそのポジションの証拠金のみ）。口座のモードはツールチップに表示</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>想定元本</translation>
    </message>
    <message>
        <source>Position value at the mark price, in the display currency</source>
        <translation>マーク価格でのポジション価値（表示通貨）</translation>
    </message>
    <message>
        <source>uPnL</source>
        <translation>含み損益</translation>
    </message>
    <message>
        <source>Unrealised profit or loss at the mark, as the exchange reports it, in the display currency</source>
        <translation>取引所が報告するマーク価格での含み損益（表示通貨）</translation>
    </message>
    <message>
        <source>ROE</source>
        <translation>ROE</translation>
    </message>
    <message>
        <source>Return on the position&apos;s margin: unrealised PnL ÷ (value at the mark ÷ leverage), as the exchanges show it</source>
        <translation>ポジションの証拠金に対するリターン: 含み損益 ÷（マーク価格での価値 ÷ レバレッジ）。取引所の表示と同じ計算</translation>
    </message>
    <message>
        <source>Margin ratio</source>
        <translation>証拠金比率</translation>
    </message>
    <message>
        <source>Maintenance margin ÷ margin balance (100 % = liquidation): the account&apos;s for a cross position, the position&apos;s own for an isolated one</source>
        <translation>維持証拠金 ÷ 証拠金残高（100 % = 清算）。クロスのポジションは口座の値、分離のポジションはそのポジション自身の値</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>資金調達率</translation>
    </message>
    <message>
        <source>The current funding rate per funding interval: positive, longs pay shorts; negative, shorts pay longs</source>
        <translation>資金調達間隔あたりの現在の資金調達率: プラスならロングがショートに、マイナスならショートがロングに支払います</translation>
    </message>
    <message>
        <source>Next funding</source>
        <translation>次回資金調達</translation>
    </message>
    <message>
        <source>When the exchange next settles funding (your local time)</source>
        <translation>取引所が次に資金調達を精算する時刻（現地時間）</translation>
    </message>
    <message>
        <source>Funding 24 h / total</source>
        <translation>資金調達 24h/累計</translation>
    </message>
    <message>
        <source>Funding this position received (+) or paid (−) in the last 24 hours and since the first payment stored, in the display currency</source>
        <translation>このポジションが直近 24 時間と最初に保存された支払い以降に受け取った（+）または支払った（−）資金調達額（表示通貨）</translation>
    </message>
    <message>
        <source>It would not survive an instant {gap} adverse gap (the gap rule in Settings).</source>
        <translation>瞬間的な {gap} の逆行には耐えられません（設定の急変ルール）。</translation>
    </message>
    <message>
        <source>Daily volatility of {symbol}: {vol}</source>
        <translation>{symbol} の日次ボラティリティ: {vol}</translation>
    </message>
    <message>
        <source>Account mode: {mode}</source>
        <translation>口座のモード: {mode}</translation>
    </message>
    <message>
        <source>{contracts} contracts × {size} = {base}</source>
        <translation>{contracts} 契約 × {size} = {base}</translation>
    </message>
    <message>
        <source>At this rate this position pays.</source>
        <translation>この率では、このポジションは支払う側です。</translation>
    </message>
    <message>
        <source>At this rate this position receives.</source>
        <translation>この率では、このポジションは受け取る側です。</translation>
    </message>
    <message>
        <source>No funding payment stored for this position yet.</source>
        <translation>このポジションの資金調達の支払いはまだ保存されていません。</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole; no move within ±90 % does.</source>
        <extracomment>The columns in the order a trader reads them; the ones shown at first (the rest are one right click away). They fit 1280 px wide in English and Japanese, grouped or not; the gap verdict shows as a red distance (and in the summary line) until its own column is chosen.</extracomment>
        <translation>取引所はこの口座を全体として清算します。±90 % 以内の変動では清算されません。</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole, at a {move} move of the market (see Accounts).</source>
        <translation>取引所はこの口座を全体として清算します。相場の {move} の変動で清算されます（アカウント画面を参照）。</translation>
    </message>
    <message>
        <source>The exchange reports {price}.</source>
        <translation>取引所の報告値は {price} です。</translation>
    </message>
    <message>
        <source>{account} on {venue}</source>
        <translation>{venue} の {account}</translation>
    </message>
    <message>
        <source>The exchange liquidates the whole account, so the account&apos;s liquidating move stands here (a move of the market, other assets following). {method}</source>
        <translation>取引所は口座全体を清算するため、ここには口座を清算する変動を表示しています（相場の変動、他の資産も連動）。{method}</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>清算価格</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>取引所値</translation>
    </message>
    <message>
        <source>Liquidation price the exchange reports; ⚠ = differs from the rules by more than 0.5 %</source>
        <translation>取引所が報告する清算価格。⚠ = 規則による計算と 0.5 % 超の差</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>The same distance in daily volatilities (standard deviation of daily returns)</source>
        <translation>同じ距離を日次ボラティリティ（日次リターンの標準偏差）で表したもの</translation>
    </message>
    <message>
        <source>Does the position survive an instant {gap} adverse gap? (the gap rule in Settings: a rule of thumb for leverage)</source>
        <translation>瞬間的な {gap} の逆行に耐えられるか（設定の急変ルール: レバレッジの目安）</translation>
    </message>
    <message>
        <source>positions: {n}</source>
        <extracomment>Columns whose group row sorts by the account&apos;s figure (the others sort the groups by the account&apos;s name). The roles any row answers (the others are None, asked for every cell by the delegate).</extracomment>
        <translation>ポジション: {n} 件</translation>
    </message>
    <message>
        <source>{ratio_name} {ratio} (liq. at {at})</source>
        <translation>{ratio_name} {ratio}（清算 {at}）</translation>
    </message>
    <message>
        <source>liquidating move {move}</source>
        <translation>清算変動 {move}</translation>
    </message>
    <message>
        <source>Isolated positions only: each has its own liquidation price.</source>
        <translation>分離ポジションのみ: それぞれに固有の清算価格があります。</translation>
    </message>
    <message>
        <source>Margin ratio: as the exchange defines it for this account&apos;s mode; liquidating move: the smallest move of the market (other assets following) that liquidates the account&apos;s cross positions. Details in Accounts.</source>
        <translation>証拠金比率: このアカウントのモードに対する取引所の定義による。清算変動: アカウントのクロスポジションを清算する最小の相場変動（他の資産も連動）。詳細は「アカウント」で。</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Filter by venue, account or symbol…</source>
        <extracomment>QSettings keys (the layout: &quot;account,symbol,-venue,…&quot; in visual order, &quot;-&quot; = hidden; the sort: &quot;distance:0&quot;).</extracomment>
        <translation>取引所・アカウント・銘柄で絞り込み…</translation>
    </message>
    <message>
        <source>Group by account</source>
        <translation>アカウント別に表示</translation>
    </message>
    <message>
        <source>One row per account (its margin ratio and liquidating move), its positions under it</source>
        <translation>アカウントごとに 1 行（証拠金比率と清算変動）、その下にポジション</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <source>Choose the columns shown; drag a column&apos;s title to move it. Also on a right click on the titles.</source>
        <translation>表示する列を選びます。列名をドラッグすると移動できます。列名の右クリックでも設定できます。</translation>
    </message>
    <message>
        <source>Liquidation calculator…</source>
        <translation>清算価格計算機…</translation>
    </message>
    <message>
        <source>Open the calculator pre-filled with the selected position</source>
        <translation>選択したポジションを入力済みの計算機を開く</translation>
    </message>
    <message>
        <source>Add an exchange account…</source>
        <translation>取引所アカウントを追加…</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Positions: {n}</source>
        <translation>ポジション: {n} 件</translation>
    </message>
    <message>
        <source>nearest liquidation: {symbol} on {venue}, {distance} away</source>
        <translation>最も近い清算: {venue} の {symbol}、あと {distance}</translation>
    </message>
    <message>
        <source>would not survive a {gap} gap: {n}</source>
        <translation>{gap} の急変に耐えられない: {n} 件</translation>
    </message>
    <message>
        <source>{mark} {n} from stale data (greyed; hover for the age and the reason)</source>
        <translation>{mark} 古いデータによるもの {n} 件（グレー表示。カーソルを合わせると経過時間と理由を表示）</translation>
    </message>
    <message>
        <source>No exchange account yet</source>
        <translation>取引所アカウントはまだありません</translation>
    </message>
    <message>
        <source>Add an exchange account with a read-only API key: its open positions appear here, each with its liquidation price by the exchange&apos;s rules, the distance to it, the margin ratio and the funding.</source>
        <translation>読み取り専用 API キーで取引所アカウントを追加すると、保有ポジションがここに表示されます。それぞれ取引所のルールによる清算価格、そこまでの距離、証拠金比率、資金調達を確認できます。</translation>
    </message>
    <message>
        <source>No positions read yet</source>
        <translation>ポジションはまだ読み取られていません</translation>
    </message>
    <message>
        <source>Your exchange accounts have not been read yet. Refresh to read their open positions.</source>
        <translation>取引所アカウントはまだ読み取られていません。更新して保有ポジションを読み取ってください。</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>ポジションなし</translation>
    </message>
    <message>
        <source>None of your {n} exchange accounts held an open position at the last refresh. Positions you open appear here after the next refresh; add another exchange account to see its positions too.</source>
        <translation>前回の更新時点で、{n} 件の取引所アカウントのいずれにもポジションはありませんでした。新たに建てたポジションは次回の更新後にここに表示されます。別の取引所アカウントを追加すれば、そのポジションも表示されます。</translation>
    </message>
    <message>
        <source>No position matches “{text}”.</source>
        <translation>「{text}」に一致するポジションはありません。</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>列を元に戻す</translation>
    </message>
    <message>
        <source>Funding history…</source>
        <translation>資金調達履歴…</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>2025-10-10 crash</source>
        <translation>2025-10-10 の暴落</translation>
    </message>
    <message>
        <source>BTC breaks the $70k support</source>
        <translation>BTC が $70k のサポートを割る</translation>
    </message>
    <message>
        <source>BTC breaks the $75k support</source>
        <translation>BTC が $75k のサポートを割る</translation>
    </message>
    <message>
        <source>Collateral haircut (USDe / wBETH off par)</source>
        <translation>担保のヘアカット（USDe / wBETH のペッグ外れ）</translation>
    </message>
    <message>
        <source>Gap of -10 % (survival rule)</source>
        <translation>-10 % の急落（生存ルール）</translation>
    </message>
    <message>
        <source>Short squeeze (+15 %)</source>
        <translation>踏み上げ（+15 %）</translation>
    </message>
    <message>
        <source>Slide of -10 % over an hour</source>
        <translation>1 時間かけて下落（-10 %）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>manual only</source>
        <translation>手動のみ</translation>
    </message>
    <message>
        <source>How often every account and wallet is synced in the background (0 = only when you press Refresh)</source>
        <translation>すべてのアカウントとウォレットをバックグラウンドで同期する間隔（0 = 更新を押したときのみ）</translation>
    </message>
    <message>
        <source>Esplora REST server for Bitcoin balances. A public server learns which addresses you own and your IP address; your own node or Tor avoids that.</source>
        <translation>ビットコイン残高用の Esplora REST サーバー。公開サーバーはあなたが所有するアドレスと IP アドレスを知ることになります。自分のノードや Tor を使えば避けられます。</translation>
    </message>
    <message>
        <source>Ethereum JSON-RPC endpoint for ETH and token balances (read-only calls)</source>
        <translation>ETH とトークン残高用の Ethereum JSON-RPC エンドポイント（読み取り専用の呼び出し）</translation>
    </message>
    <message>
        <source>socks5://127.0.0.1:9050 (optional)</source>
        <translation>socks5://127.0.0.1:9050（任意）</translation>
    </message>
    <message>
        <source>How long one request to an exchange or chain server may take before it counts as failed</source>
        <translation>取引所またはチェーンサーバーへの 1 回のリクエストが失敗とみなされるまでの時間</translation>
    </message>
    <message>
        <source>How long one account&apos;s or wallet&apos;s whole refresh may take, retries included; then its last good data is shown, marked stale</source>
        <translation>1 つの口座またはウォレットの更新全体（再試行を含む）にかけられる時間。超えると最後の正常なデータを古いデータとして表示します</translation>
    </message>
    <message>
        <source>Remind me when a position is closer to liquidation than this adverse move</source>
        <translation>ポジションの清算までの逆行幅がこの値を下回ったら通知</translation>
    </message>
    <message>
        <source>Alert when a position is closer to liquidation than this many daily standard deviations of its market (0 = off)</source>
        <translation>ポジションの清算までの距離が、その市場の日次標準偏差のこの倍数を下回ったらアラート（0 = オフ）</translation>
    </message>
    <message>
        <source>Alert when an account&apos;s margin ratio has gone this far of the way to the level at which its exchange liquidates it (0 = off)</source>
        <translation>口座の証拠金率が、取引所に清算される水準までの道のりをこの割合だけ進んだらアラート（0 = オフ）</translation>
    </message>
    <message>
        <source>An alert fires again only after the position has first moved back this much beyond its threshold, so a price hovering there is quiet</source>
        <translation>アラートは、ポジションがいったんしきい値からこの幅だけ戻った後でなければ再発動しません。価格がしきい値付近で上下しても通知は繰り返されません</translation>
    </message>
    <message>
        <source>Survival rule: a position should survive an instant adverse gap of this size</source>
        <translation>生存ルール: ポジションはこの大きさの瞬間的な逆行に耐えるべき</translation>
    </message>
    <message>
        <source>Collateral beyond this multiple of the margin your positions need counts as &apos;not needed as margin&apos; and can go to cold storage</source>
        <translation>ポジションに必要な証拠金のこの倍数を超える担保は「証拠金として不要」とみなし、コールドストレージに移せます</translation>
    </message>
    <message>
        <source>Language of the interface; numbers and dates follow it too</source>
        <translation>画面の言語。数値と日付の表記もこれに従います</translation>
    </message>
    <message>
        <source>Hide every amount (privacy mode)</source>
        <translation>すべての金額を隠す（プライバシーモード）</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>システムトレイにアイコンを表示</translation>
    </message>
    <message>
        <source>Closing the window keeps Undertow in the tray</source>
        <translation>ウィンドウを閉じてもトレイに常駐</translation>
    </message>
    <message>
        <source>Keep watching positions and sending alerts while the window is closed (from the tray)</source>
        <translation>ウィンドウを閉じてもポジションの監視とアラート送信を続ける（トレイから）</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>最小化して起動</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <source>Esplora server</source>
        <translation>Esplora サーバー</translation>
    </message>
    <message>
        <source>EVM RPC server</source>
        <translation>EVM RPC サーバー</translation>
    </message>
    <message>
        <source>SOCKS proxy</source>
        <translation>SOCKS プロキシ</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>リクエストのタイムアウト</translation>
    </message>
    <message>
        <source>Refresh timeout</source>
        <translation>更新のタイムアウト</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Liquidation alert</source>
        <translation>清算アラート</translation>
    </message>
    <message>
        <source>Alert in daily σ</source>
        <translation>アラート（日次 σ）</translation>
    </message>
    <message>
        <source>Account ratio alert</source>
        <translation>口座比率アラート</translation>
    </message>
    <message>
        <source>Alert hysteresis</source>
        <translation>アラートのヒステリシス</translation>
    </message>
    <message>
        <source>Gap rule</source>
        <translation>急変ルール</translation>
    </message>
    <message>
        <source>Margin buffer</source>
        <translation>証拠金バッファー</translation>
    </message>
    <message>
        <source>Appearance and behaviour</source>
        <translation>外観と動作</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>off (no URL)</source>
        <translation>オフ（URL なし）</translation>
    </message>
    <message>
        <source>A CSV or HTML table of the daily net flows of the spot BTC ETFs (e.g. a Farside-style page); or import a file: undertow market etf-import</source>
        <translation>現物 BTC ETF の日次純流入の CSV または HTML の表（例: Farside 形式のページ）。ファイルの取り込みも可能: undertow market etf-import</translation>
    </message>
    <message>
        <source>The same for the spot ETH ETFs</source>
        <translation>現物 ETH ETF も同様</translation>
    </message>
    <message>
        <source>ETF tables are in US$ millions</source>
        <translation>ETF の表は百万米ドル単位</translation>
    </message>
    <message>
        <source>Cboe&apos;s daily VIX history (CSV: date, open, high, low, close)</source>
        <translation>Cboe の VIX 日次履歴（CSV: 日付、始値、高値、安値、終値）</translation>
    </message>
    <message>
        <source>Cboe&apos;s daily gold volatility index history (CSV)</source>
        <translation>Cboe の金ボラティリティ指数の日次履歴（CSV）</translation>
    </message>
    <message>
        <source>Deribit&apos;s API, for its DVOL implied-volatility index</source>
        <translation>Deribit の API（DVOL インプライド・ボラティリティ指数用）</translation>
    </message>
    <message>
        <source>Read the held assets&apos; spot volume (public tickers)</source>
        <translation>保有資産の現物出来高を読み取る（公開ティッカー）</translation>
    </message>
    <message>
        <source>ETF flows and volatility indices are fetched at most this often</source>
        <translation>ETF フローとボラティリティ指数の取得間隔の下限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Every snapshot younger than this is kept</source>
        <translation>これより新しいスナップショットはすべて保持します</translation>
    </message>
    <message>
        <source>Up to this age one snapshot an hour is kept; older ones, one a day</source>
        <translation>この期間までは 1 時間に 1 件、それより古いものは 1 日 1 件を保持します</translation>
    </message>
    <message>
        <source>Market data and history</source>
        <translation>市場データと履歴</translation>
    </message>
    <message>
        <source>BTC ETF flows</source>
        <translation>BTC ETF フロー</translation>
    </message>
    <message>
        <source>ETH ETF flows</source>
        <translation>ETH ETF フロー</translation>
    </message>
    <message>
        <source>VIX</source>
        <translation>VIX</translation>
    </message>
    <message>
        <source>Gold volatility</source>
        <translation>金ボラティリティ</translation>
    </message>
    <message>
        <source>Deribit</source>
        <translation>Deribit</translation>
    </message>
    <message>
        <source>Fetch series every</source>
        <translation>系列の取得間隔</translation>
    </message>
    <message>
        <source>Keep every snapshot</source>
        <translation>全スナップショットの保持</translation>
    </message>
    <message>
        <source>Keep hourly snapshots</source>
        <translation>1 時間ごとの保持</translation>
    </message>
    <message>
        <source>The Esplora server must be an http(s) URL</source>
        <translation>Esplora サーバーは http(s) の URL でなければなりません</translation>
    </message>
    <message>
        <source>The RPC server must be an http(s) URL</source>
        <translation>RPC サーバーは http(s) の URL でなければなりません</translation>
    </message>
    <message>
        <source>A market data source must be an http(s) URL, or empty to turn it off</source>
        <translation>市場データのソースは http(s) の URL にするか、空欄にして無効にしてください</translation>
    </message>
    <message>
        <source>Hourly snapshots must be kept at least as long as every snapshot</source>
        <translation>1 時間ごとの保持期間は全スナップショットの保持期間以上にしてください</translation>
    </message>
    <message>
        <source>The proxy must look like socks5://host:port</source>
        <translation>プロキシは socks5://host:port の形式で指定してください</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>long</source>
        <translation>ロング</translation>
    </message>
    <message>
        <source>short</source>
        <translation>ショート</translation>
    </message>
</context>
<context>
    <name>SimulatorView</name>
    <message>
        <source>Scenario presets (with their sources) and the scenarios you saved.
A preset sets the shock, its own shocks for other assets, and may thin the order books or swell open interest.</source>
        <translation>シナリオのプリセット（出典付き）と保存したシナリオ。
プリセットはショックと他の資産への個別ショックを設定し、板を薄くしたり未決済建玉を膨らませたりすることがあります。</translation>
    </message>
    <message>
        <source>Open interest relative to today&apos;s. More leveraged positions means more forced orders when their liquidation levels are crossed.</source>
        <translation>現在に対する未決済建玉の倍率。レバレッジポジションが多いほど、清算水準を越えたときの強制注文も増えます。</translation>
    </message>
    <message>
        <source>The market whose liquidation ladder and order-book depth are drawn below</source>
        <translation>下に清算マップと板の厚みを描く市場</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Depth factor</source>
        <translation>板厚係数</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>未決済建玉</translation>
    </message>
    <message>
        <source>Ladder / depth of</source>
        <translation>表示する市場</translation>
    </message>
    <message>
        <source>Save scenario…</source>
        <translation>シナリオ保存…</translation>
    </message>
    <message>
        <source>Keep the current shock, depth factor and open-interest multiplier as your own preset</source>
        <translation>現在のショック、板厚係数、建玉倍率を自分のプリセットとして保存</translation>
    </message>
    <message>
        <source>The exogenous shock to the driver (BTC), in steps of 0.1 %. Other assets follow with their betas; the cascade then adds what forced liquidations do.</source>
        <translation>基準銘柄（BTC）への外生ショック（0.1 % 刻み）。他の資産はベータに従って動き、さらに連鎖清算が強制清算の影響を上乗せします。</translation>
    </message>
    <message>
        <source>Your exchange equity at this shock, and what the market as a whole went through</source>
        <translation>このショックでの取引所資産と、市場全体で起きたこと</translation>
    </message>
    <message>
        <source>Where the market&apos;s leveraged positions get liquidated (estimated from open interest): longs below the price, shorts above. Dashed red lines: your liquidation prices.</source>
        <translation>市場のレバレッジポジションが清算される水準（未決済建玉から推定）: ロングは価格の下、ショートは上。赤い破線: あなたの清算価格。</translation>
    </message>
    <message>
        <source>How much can be sold (bids) or bought (asks) before the price moves this far. A thin book turns the same forced orders into a bigger move.</source>
        <translation>価格がこれだけ動くまでに売れる量（買い板）または買える量（売り板）。板が薄いと、同じ強制注文でも値動きが大きくなります。</translation>
    </message>
    <message>
        <source>Market at this shock</source>
        <translation>このショックでの市場</translation>
    </message>
    <message>
        <source>Depth factor: the order books relative to the calibrated model (1.00× = as fitted on the event library; &apos;undertow shock&apos; prints the same figure).
Lower it to model books that vanish in a panic: every forced order then moves the price further.</source>
        <translation>板厚係数: 較正済みモデルに対する板の厚み（1.00× = イベントライブラリに合わせた値。&apos;undertow shock&apos; も同じ数値を表示）。
下げるとパニック時に消える板を再現でき、強制注文ごとに価格がより大きく動きます。</translation>
    </message>
    <message>
        <source>Your exchange equity at each shock. Dashed: the shock alone. Solid: with the liquidation cascade, in its shaded range. Markers: where your positions are liquidated.</source>
        <translation>ショックごとの取引所資産。破線: ショックのみ。実線: 連鎖清算込み（網掛けはその範囲）。マーカー: ポジションが清算される点。</translation>
    </message>
    <message>
        <source>Your accounts and positions</source>
        <translation>あなたのアカウントとポジション</translation>
    </message>
    <message>
        <source>{driver} shock</source>
        <translation>{driver} ショック</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>ショック</translation>
    </message>
    <message>
        <source>Custom (the slider only)</source>
        <translation>カスタム（スライダーのみ）</translation>
    </message>
    <message>
        <source>No data yet: refresh to load your positions and the market.</source>
        <translation>データがまだありません。更新してポジションと市場を読み込んでください。</translation>
    </message>
    <message>
        <source>Presets could not be read: {error}</source>
        <translation>プリセットを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}（自作）</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>出典: {source}</translation>
    </message>
    <message>
        <source>Computing the cascade…</source>
        <translation>連鎖清算を計算中…</translation>
    </message>
    <message>
        <source>The simulation could not run: {error}</source>
        <translation>シミュレーションを実行できませんでした: {error}</translation>
    </message>
    <message>
        <source>Custom: {driver} moves alone, other assets follow by their betas. The Dashboard&apos;s what-if card is the preset “{name}” ({what}): at {shock} it shows {equity} with the cascade; choose that preset above for the same figures.</source>
        <translation>カスタム: {driver} だけが動き、他の資産はベータに従って連動します。ダッシュボードのシナリオカードはプリセット「{name}」（{what}）です: {shock} で連鎖清算込み {equity} を表示します。同じ数値を見るには上でそのプリセットを選んでください。</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>シナリオを保存</translation>
    </message>
    <message>
        <source>Name of your scenario:</source>
        <translation>シナリオ名:</translation>
    </message>
    <message>
        <source>The scenario was not saved: {error}</source>
        <translation>シナリオは保存されませんでした: {error}</translation>
    </message>
    <message>
        <source>Saved as {file} in your scenario folder.</source>
        <translation>シナリオフォルダーに {file} として保存しました。</translation>
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
        <translation>古い</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Undertow: {kind} needs your attention.</source>
        <translation>Undertow: {kind} の確認が必要です。</translation>
    </message>
    <message>
        <source>Undertow: {n} reminders need your attention.</source>
        <translation>Undertow: 確認が必要なリマインダーが {n} 件あります。</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data</source>
        <translation>状況不明: どの取引所アカウントにも最新のデータがありません</translation>
    </message>
    <message>
        <source>Partly blind: {n} of {total} exchange accounts have no fresh data</source>
        <translation>一部状況不明: 取引所アカウント {total} 件中 {n} 件に最新のデータがありません</translation>
    </message>
    <message>
        <source>Show Undertow</source>
        <translation>Undertow を表示</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>VolChart</name>
    <message>
        <source>index points</source>
        <extracomment>The volatility indices drawn, their legend names and palette colours.</extracomment>
        <translation>指数ポイント</translation>
    </message>
    <message>
        <source>No volatility indices yet</source>
        <translation>ボラティリティ指数はまだありません</translation>
    </message>
    <message>
        <source>Crypto implied volatility (Deribit&apos;s DVOL, through ccxt) and the equity and gold volatility indices (VIX, GVZ: the exchange operator&apos;s published daily history) appear after their first fetch (&apos;undertow market fetch&apos;, or the next refresh).</source>
        <translation>暗号資産のインプライド・ボラティリティ（Deribit の DVOL、ccxt 経由）と株式・金のボラティリティ指数（VIX、GVZ: 取引所運営者が公表する日次履歴）は、最初の取得（&apos;undertow market fetch&apos; または次回の更新）の後に表示されます。</translation>
    </message>
    <message>
        <source>{name} {value} on {day}</source>
        <translation>{day} の {name} {value}</translation>
    </message>
    <message>
        <source>(above its 1-year range)</source>
        <translation>（1 年レンジを上回る）</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>（古いデータ）</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Automatic (from the key)</source>
        <translation>自動（キーから判定）</translation>
    </message>
    <message>
        <source>Native segwit p2wpkh (bc1q…)</source>
        <translation>ネイティブ SegWit p2wpkh (bc1q…)</translation>
    </message>
    <message>
        <source>Taproot p2tr (bc1p…)</source>
        <translation>Taproot p2tr (bc1p…)</translation>
    </message>
    <message>
        <source>Nested segwit p2sh-p2wpkh (3…)</source>
        <translation>ネステッド SegWit p2sh-p2wpkh (3…)</translation>
    </message>
    <message>
        <source>Legacy p2pkh (1…)</source>
        <translation>レガシー p2pkh (1…)</translation>
    </message>
    <message>
        <source>Watch a wallet</source>
        <translation>ウォレットを監視</translation>
    </message>
    <message>
        <source>Paste an output descriptor (Sparrow: Settings → Export → Output Descriptor), a zpub/xpub, a Bitcoin or 0x address — or open an export file.</source>
        <translation>出力ディスクリプター（Sparrow: 設定 → エクスポート → Output Descriptor）、zpub/xpub、ビットコインまたは 0x アドレスを貼り付けるか、エクスポートファイルを開いてください。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>e.g. OneKey vault</source>
        <translation>例: OneKey 保管用</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>ハードウェアウォレット</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>ソフトウェアウォレット</translation>
    </message>
    <message>
        <source>Verify on your device: its screen must show receive address #0 exactly as above before you send coins to this wallet.</source>
        <translation>デバイスで確認してください: このウォレットにコインを送る前に、デバイスの画面に受取アドレス #0 が上とまったく同じに表示されている必要があります。</translation>
    </message>
    <message>
        <source>Watch wallet</source>
        <translation>監視する</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Script type</source>
        <translation>スクリプト種別</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>保管形態</translation>
    </message>
    <message>
        <source>Open a wallet export</source>
        <translation>ウォレットのエクスポートを開く</translation>
    </message>
    <message>
        <source>Wallet exports (*.txt *.json);;All (*)</source>
        <translation>ウォレットのエクスポート (*.txt *.json);;すべて (*)</translation>
    </message>
    <message>
        <source>the file is too large to be a wallet export</source>
        <translation>ファイルが大きすぎて、ウォレットのエクスポートとは考えられません</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>ファイルを読み込めません: {reason}</translation>
    </message>
    <message>
        <source>{kind} wallet ({chain}), from {source}, fingerprint {fingerprint}</source>
        <translation>{kind} ウォレット（{chain}）、{source} から、フィンガープリント {fingerprint}</translation>
    </message>
    <message>
        <source>{kind} wallet ({chain}), from {source}</source>
        <translation>{kind} ウォレット（{chain}）、{source} から</translation>
    </message>
    <message>
        <source>Balances come from the Esplora server in Settings ({url}). That server learns every address of this wallet, can link them to each other, and sees your IP address unless you set a SOCKS proxy such as Tor. Your own node&apos;s Esplora, or Tor, keeps this private.</source>
        <translation>残高は設定の Esplora サーバー（{url}）から取得します。このサーバーはこのウォレットのすべてのアドレスを知り、それらを互いに結び付けることができ、Tor などの SOCKS プロキシを設定しない限りあなたの IP アドレスも見えます。自分のノードの Esplora か Tor を使えばプライバシーを守れます。</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Keep watching?</source>
        <translation>監視を続けますか？</translation>
    </message>
    <message>
        <source>Keep watching in the background when the window closes?</source>
        <translation>ウィンドウを閉じた後もバックグラウンドで監視を続けますか？</translation>
    </message>
    <message>
        <source>Undertow can keep checking your positions and send alerts while its window is closed. It stays in the system tray; quit it from the tray menu.</source>
        <translation>Undertow はウィンドウを閉じた後もポジションの確認とアラートの送信を続けられます。システムトレイに常駐し、トレイメニューから終了できます。</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Undertow</source>
        <extracomment>the widest the page&apos;s text gets: lines of a readable length on a wide screen when the keyring&apos;s name is read after the page is shown (importing the keyring library is no first-frame work)</extracomment>
        <translation>Undertow へようこそ</translation>
    </message>
    <message>
        <source>Undertow shows how close your leveraged positions are to liquidation, what a sudden drop and the cascade behind it would do, and how much of your savings sits on exchanges. It runs on this computer only and talks to nobody but your exchanges and the chain servers you choose. To start, give it something to read:</source>
        <translation>Undertow は、レバレッジポジションが清算にどれだけ近いか、急落とそれに続く連鎖清算で何が起きるか、資産のどれだけが取引所にあるかを示します。このコンピューター上だけで動作し、通信するのはあなたの取引所と、あなたが選んだチェーンサーバーだけです。まずは読み取る対象を指定してください:</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>取引所を追加</translation>
    </message>
    <message>
        <source>Connect Binance, Bybit, OKX or another exchange with a READ-ONLY API key (Hyperliquid: your public address only). Undertow reads positions, balances and market data; it can never trade or withdraw.</source>
        <translation>Binance、Bybit、OKX などの取引所を読み取り専用の API キーで接続します（Hyperliquid は公開アドレスのみ）。Undertow が読み取るのはポジション、残高、市場データで、取引や出金は一切できません。</translation>
    </message>
    <message>
        <source>Add exchange account…</source>
        <translation>取引所アカウントを追加…</translation>
    </message>
    <message>
        <source>Watch a wallet</source>
        <translation>ウォレットを監視</translation>
    </message>
    <message>
        <source>Paste an xpub, zpub, output descriptor or address of your hardware or software wallet to count your savings in self-custody. Watch-only: seeds and private keys are refused.</source>
        <translation>ハードウェアまたはソフトウェアウォレットの xpub、zpub、出力ディスクリプター、またはアドレスを貼り付けると、セルフカストディの資産を集計できます。監視専用: シードや秘密鍵は受け付けません。</translation>
    </message>
    <message>
        <source>Watch a wallet…</source>
        <translation>ウォレットを監視…</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Three exchange accounts, a hardware wallet and the market of 2026-02-12, bundled with Undertow. Undertow restarts in demo mode; nothing is added to your own data.</source>
        <translation>Undertow に同梱の 3 つの取引所アカウント、ハードウェアウォレット、2026-02-12 の市場データ。Undertow はデモモードで再起動し、あなた自身のデータには何も追加されません。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <source>How to create a read-only key</source>
        <translation>読み取り専用キーの作り方</translation>
    </message>
    <message>
        <source>Add {venue} account…</source>
        <translation>{venue} アカウントを追加…</translation>
    </message>
    <message>
        <source>Not now: show the empty dashboard</source>
        <translation>今はしない: 空のダッシュボードを表示</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API シークレット</translation>
    </message>
    <message>
        <source>API passphrase</source>
        <translation>API パスフレーズ</translation>
    </message>
    <message>
        <source>wallet address</source>
        <translation>ウォレットアドレス</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} と {last}</translation>
    </message>
    <message>
        <source>Sign in to {venue} in your web browser and open its API management page.</source>
        <translation>Web ブラウザーで {venue} にログインし、API 管理ページを開きます。</translation>
    </message>
    <message>
        <source>Leave trading, transfers and withdrawals switched off. If {venue} offers an IP allow-list, add this computer&apos;s address.</source>
        <translation>取引、振替、出金の権限はオフのままにします。{venue} に IP 許可リストがあれば、このコンピューターのアドレスを追加します。</translation>
    </message>
    <message>
        <source>Copy the {fields} into Undertow with the button below. {venue} shows the secret only once: copy it before you close the page.</source>
        <translation>下のボタンから {fields} を Undertow にコピーします。{venue} はシークレットを一度しか表示しないので、ページを閉じる前にコピーしてください。</translation>
    </message>
    <message>
        <source>Copy the public address of the wallet you trade with into Undertow with the button below. Nothing secret is entered or stored.</source>
        <translation>取引に使うウォレットの公開アドレスを、下のボタンから Undertow にコピーします。秘密の情報は何も入力・保存されません。</translation>
    </message>
    <message>
        <source>Where your key is kept: in your operating system&apos;s keyring, never in Undertow&apos;s database, which holds only a reference to it.</source>
        <translation>キーの保存先: OS のキーリング。Undertow のデータベースには保存せず、参照だけを保持します。</translation>
    </message>
    <message>
        <source>Where your key is kept: in your operating system&apos;s keyring ({backend}), never in Undertow&apos;s database, which holds only a reference to it. Undertow sends a key to nobody but its exchange.</source>
        <translation>キーの保存先: OS のキーリング（{backend}）。Undertow のデータベースには保存せず、参照だけを保持します。Undertow はキーをその取引所以外には送信しません。</translation>
    </message>
    <message>
        <source>No secure keyring was found on this computer ({backend}). You can still add a key for this session only: it is forgotten when Undertow quits and never written to disk.</source>
        <translation>このコンピューターに安全なキーリングが見つかりませんでした（{backend}）。このセッション限りでキーを追加することはできます: Undertow を終了すると破棄され、ディスクには書き込まれません。</translation>
    </message>
</context>
</TS>
