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
        <source>Base units for linear contracts, number of contracts for inverse</source>
        <translation>リニア契約は原資産の数量、インバース契約は契約数</translation>
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
        <source>Isolated: margin defaults to position value / leverage</source>
        <translation>分離: 証拠金の既定値はポジション価値 ÷ レバレッジ</translation>
    </message>
    <message>
        <source>Isolated margin</source>
        <translation>分離証拠金</translation>
    </message>
    <message>
        <source>Quote units (linear) or coin (inverse)</source>
        <translation>決済通貨（リニア）またはコイン（インバース）</translation>
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
        <source>isolated</source>
        <translation>分離</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>クロス</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>取引所</translation>
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
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
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
        <source>Bankruptcy price</source>
        <translation>破産価格</translation>
    </message>
    <message>
        <source>Distance from entry</source>
        <translation>建値からの距離</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>計算規則</translation>
    </message>
    <message>
        <source>{venue} has no calculator rule; showing the closest inputs</source>
        <translation>{venue} には計算規則がないため、最も近い入力を表示しています</translation>
    </message>
    <message>
        <source>{symbol}: {n} tiers (used when rate is empty)</source>
        <translation>{symbol}: {n} 段階（率が空欄のとき使用）</translation>
    </message>
    <message>
        <source>none: enter the maintenance rate</source>
        <translation>なし: 維持証拠金率を入力してください</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number</source>
        <translation>{field}: {text} は数値ではありません</translation>
    </message>
    <message>
        <source>enter the entry price and the size</source>
        <translation>建値と数量を入力してください</translation>
    </message>
</context>
<context>
    <name>CascadeGrid</name>
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
        <source>Your position: asset, side and venue</source>
        <translation>あなたのポジション: 資産、方向、取引所</translation>
    </message>
    <message>
        <source>Liq.</source>
        <translation>清算</translation>
    </message>
    <message>
        <source>Liquidated at this shock if only the shock moves the price?</source>
        <translation>ショックだけで価格が動いた場合、このショックで清算されるか</translation>
    </message>
    <message>
        <source>Liq. +casc.</source>
        <translation>清算+連鎖</translation>
    </message>
    <message>
        <source>Liquidated at this shock once the cascade has pushed the price further?</source>
        <translation>連鎖清算で価格がさらに動いた後、このショックで清算されるか</translation>
    </message>
    <message>
        <source>Dies at</source>
        <translation>清算点</translation>
    </message>
    <message>
        <source>Smallest driver shock (within ±50 %) that liquidates it without the cascade</source>
        <translation>連鎖清算なしで清算される最小のショック（±50 % 以内）</translation>
    </message>
    <message>
        <source>Dies at +casc.</source>
        <translation>清算点+連鎖</translation>
    </message>
    <message>
        <source>Smallest driver shock that liquidates it with the cascade: the real distance</source>
        <translation>連鎖清算込みで清算される最小のショック: 実際の距離</translation>
    </message>
    <message>
        <source>ADL risk: profitable while its market needs auto-deleveraging — it may be closed for you</source>
        <translation>ADL リスク: 市場が自動デレバレッジを必要とする中で利益が出ており、強制的に決済される可能性があります</translation>
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
        <source>your equity {without} without the cascade, &lt;b&gt;{with_}&lt;/b&gt; with it</source>
        <translation>あなたの資産: 連鎖清算なし {without}、連鎖清算あり &lt;b&gt;{with_}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{dead} of {total} positions liquidated</source>
        <translation>{total} 件中 {dead} 件のポジションが清算</translation>
    </message>
    <message>
        <source>market: longs {longs} and shorts {shorts} liquidated, insurance fund {fund}, ADL {adl}</source>
        <translation>市場: ロング {longs}・ショート {shorts} が清算、保険基金 {fund}、ADL {adl}</translation>
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
        <source>Only what is not needed as margin (beyond {multiple}× the required margin) is suggested.</source>
        <translation>証拠金として不要な分（必要証拠金の {multiple}× を超える分）だけを提案します。</translation>
    </message>
    <message>
        <source>Nothing on this account is free of margin duties right now.</source>
        <translation>このアカウントには現在、証拠金として不要な資産はありません。</translation>
    </message>
    <message>
        <source>Add a watch-only wallet for this asset first.</source>
        <translation>先にこの資産の監視専用ウォレットを追加してください。</translation>
    </message>
    <message>
        <source>looking for the next unused address…</source>
        <translation>次の未使用アドレスを検索中…</translation>
    </message>
    <message>
        <source>This is receive address #{index}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>これは受取アドレス #{index} です。デバイスにこのアドレスがそのまま表示されることを確認してから取引所で出金し、「移しました」を押してください。</translation>
    </message>
    <message>
        <source>This is the wallet&apos;s address. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>これはウォレットのアドレスです。デバイスにこのアドレスがそのまま表示されることを確認してから取引所で出金し、「移しました」を押してください。</translation>
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
        <source>The exchange this market trades on (ccxt id)</source>
        <translation>この市場が取引されている取引所（ccxt ID）</translation>
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
        <source>Funding rate per 8 h. Positive: longs pay shorts to keep the position open, so the crowd is long. 0.01 % is the usual neutral rate.</source>
        <translation>8 時間あたりの資金調達率。プラスならロングがショートに支払っており、市場はロングに偏っています。通常の中立値は 0.01 %。</translation>
    </message>
    <message>
        <source>Crowd</source>
        <translation>偏り</translation>
    </message>
    <message>
        <source>One-sided funding (beyond ±0.03 % per 8 h) means most traders lean one way. A crowded side is the fuel of a cascade: if the price turns, their liquidations push it further.</source>
        <translation>資金調達率の偏り（8 時間あたり ±0.03 % 超）は大半のトレーダーが一方に傾いていることを示します。偏った側は連鎖清算の燃料で、価格が反転すると彼らの清算が価格をさらに押し進めます。</translation>
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
        <source>{notional} of liquidations around {price}, {distance} below the mark.</source>
        <translation>{price} 付近に {notional} の清算、マーク価格の {distance} 下。</translation>
    </message>
    <message>
        <source>{notional} of liquidations around {price}, {distance} above the mark.</source>
        <translation>{price} 付近に {notional} の清算、マーク価格の {distance} 上。</translation>
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
        <source>Exchange (ccxt id)</source>
        <translation>取引所（ccxt ID）</translation>
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
        <source>Collateral not needed as margin</source>
        <translation>証拠金として不要な担保</translation>
    </message>
    <message>
        <source>Largest exchange share</source>
        <translation>最大の取引所集中度</translation>
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
        <source>{symbol} book depth × {factor}</source>
        <translation>{symbol} 板の厚み × {factor}</translation>
    </message>
    <message>
        <source>cascade push {push}</source>
        <translation>連鎖清算による上乗せ {push}</translation>
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
        <source>Runaway: forced orders emptied the modelled order book here; the cascade has no floor in this model and the equity shown is not meaningful</source>
        <translation>暴走: ここで強制注文がモデル上の板を食い尽くしました。このモデルでは連鎖清算に底がなく、表示される資産額に意味はありません</translation>
    </message>
</context>
<context>
    <name>FragilityView</name>
    <message>
        <source>Signals traders watch before a cascade, for every market you hold: one-sided funding, open interest piling up, thin order books near the price and dense liquidation clusters close to it. Hover a column title for what it means.</source>
        <translation>連鎖清算の前にトレーダーが注視するシグナルを、保有するすべての市場について表示します: 偏った資金調達率、積み上がる未決済建玉、価格付近の薄い板、近くにある密集した清算帯。列名にカーソルを合わせると説明が表示されます。</translation>
    </message>
    <message>
        <source>Clusters are estimated from open interest and a typical leverage mix (like the public liquidation heatmaps), not read from the exchanges&apos; books; OI change is against the previous stored snapshot.</source>
        <translation>清算帯は（公開の清算ヒートマップと同様に）未決済建玉と典型的なレバレッジ分布から推定したもので、取引所の台帳から読んだものではありません。建玉変化は前回保存したスナップショットとの比較です。</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>データがまだありません。</translation>
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
        <extracomment>Points drawn for one window at most: about a wide screen&apos;s width; a longer window is thinned in SQL. The time windows of the range box: (label, days back from now; None = everything stored).</extracomment>
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
        <source>No snapshot in this time range.</source>
        <translation>この期間にスナップショットはありません。</translation>
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
        <source>{symbol} liquidation ladder (market)</source>
        <translation>{symbol} 清算マップ（市場）</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>現在 {price}</translation>
    </message>
    <message>
        <source>you ({venue}) {price}</source>
        <translation>あなた（{venue}）{price}</translation>
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
        <source>Exchange (ccxt id)</source>
        <translation>取引所（ccxt ID）</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Columns whose text depends on the row&apos;s account (their ``text``/``sort`` take ``(row, AccountOf)``).</extracomment>
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
        <source>Size in contracts</source>
        <translation>契約数での数量</translation>
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
        <source>Cross or isolated margin, and the account&apos;s mode as the exchange reported it at the last sync</source>
        <translation>クロスか分離か、および前回の同期で取引所が報告した口座のモード</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole; no move within ±90 % does.</source>
        <translation>取引所はこの口座を全体として清算します。±90 % 以内の変動では清算されません。</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole, at a {move} move of the market (see Accounts).</source>
        <translation>取引所はこの口座を全体として清算します。相場の {move} の変動で清算されます（アカウント画面を参照）。</translation>
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
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Filter by venue, account or symbol…</source>
        <translation>取引所・アカウント・銘柄で絞り込み…</translation>
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
</context>
<context>
    <name>ReminderKind</name>
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
        <source>The Esplora server must be an http(s) URL</source>
        <translation>Esplora サーバーは http(s) の URL でなければなりません</translation>
    </message>
    <message>
        <source>The RPC server must be an http(s) URL</source>
        <translation>RPC サーバーは http(s) の URL でなければなりません</translation>
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
        <source>Order-book depth relative to the calibrated model (1.00× = fitted on 2025-10-10).
Lower it to model books that vanish in a panic: every forced order then moves the price further.</source>
        <translation>較正済みモデルに対する板の厚み（1.00× = 2025-10-10 に合わせた値）。
下げるとパニック時に消える板を再現でき、強制注文ごとに価格がより大きく動きます。</translation>
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
        <source>Your exchange equity at each shock. Dashed: the shock alone. Solid: with the liquidation cascade. Markers: where your positions are liquidated.</source>
        <translation>ショックごとの取引所資産。破線: ショックのみ。実線: 連鎖清算込み。マーカー: ポジションが清算される点。</translation>
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
        <source>Your positions</source>
        <translation>あなたのポジション</translation>
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
</TS>
