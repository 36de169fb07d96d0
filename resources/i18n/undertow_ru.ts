<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit exchange account</source>
        <translation>Изменить биржевой аккаунт</translation>
    </message>
    <message>
        <source>Add exchange account</source>
        <translation>Добавить биржевой аккаунт</translation>
    </message>
    <message>
        <source>Other ccxt exchange…</source>
        <translation>Другая биржа ccxt…</translation>
    </message>
    <message>
        <source>ccxt exchange id, e.g. bitget</source>
        <translation>id биржи в ccxt, напр. bitget</translation>
    </message>
    <message>
        <source>e.g. Binance main</source>
        <translation>напр. Binance основной</translation>
    </message>
    <message>
        <source>read-only API key</source>
        <translation>API-ключ только для чтения</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <source>API passphrase</source>
        <translation>Парольная фраза API</translation>
    </message>
    <message>
        <source>0x… public wallet address</source>
        <translation>0x… публичный адрес кошелька</translation>
    </message>
    <message>
        <source>Portfolio Margin account (positions and balance from /papi)</source>
        <translation>Аккаунт Portfolio Margin (позиции и баланс из /papi)</translation>
    </message>
    <message>
        <source>Tick this for a Binance Portfolio Margin account, so Undertow reads its unified account (uniMMR) rather than the USD-M wallet.</source>
        <translation>Отметьте для аккаунта Binance Portfolio Margin: Undertow прочитает единый аккаунт (uniMMR), а не кошелёк USDⓈ-M.</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Субаккаунт</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище (vault)</translation>
    </message>
    <message>
        <source>0x… address to read instead (optional)</source>
        <translation>Адрес 0x…, который читать вместо основного (необязательно)</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Кросс</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Изолированная</translation>
    </message>
    <message>
        <source>https://… (empty = the exchange&apos;s own API)</source>
        <translation>https://… (пусто = собственный API биржи)</translation>
    </message>
    <message>
        <source>Only for proxies and mirrors. Every request, signed ones included, goes here.</source>
        <translation>Только для прокси и зеркал. Сюда уходят все запросы, включая подписанные.</translation>
    </message>
    <message>
        <source>Keep the key for this session only (re-enter it after a restart)</source>
        <translation>Хранить ключ только в этом сеансе (после перезапуска ввести снова)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Wallet address</source>
        <translation>Адрес кошелька</translation>
    </message>
    <message>
        <source>Read instead</source>
        <translation>Читать вместо</translation>
    </message>
    <message>
        <source>Margin mode</source>
        <translation>Режим маржи</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Базовый URL API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the stored value)</source>
        <translation>без изменений (оставьте пустым, чтобы сохранить прежнее)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Test failed: {reason}</source>
        <translation>Проверка не удалась: {reason}</translation>
    </message>
    <message>
        <source>choose an exchange</source>
        <translation>выберите биржу</translation>
    </message>
</context>
<context>
    <name>AccountRiskModel</name>
    <message>
        <source>Single-asset</source>
        <extracomment>core.model.ACCOUNT_MODES in the interface language (tests check both stay in step).</extracomment>
        <translation>Одноактивный</translation>
    </message>
    <message>
        <source>Multi-Assets</source>
        <translation>Мультиактивный</translation>
    </message>
    <message>
        <source>Portfolio Margin</source>
        <translation>Портфельная маржа</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Классический</translation>
    </message>
    <message>
        <source>Unified, isolated</source>
        <translation>Единый, изолированная</translation>
    </message>
    <message>
        <source>Unified, cross</source>
        <translation>Единый, кросс</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Спот</translation>
    </message>
    <message>
        <source>Futures (single-currency)</source>
        <translation>Фьючерсы (одна валюта)</translation>
    </message>
    <message>
        <source>Multi-currency</source>
        <translation>Мультивалютный</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>Unified account</source>
        <translation>Единый аккаунт</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>односторонний</translation>
    </message>
    <message>
        <source>hedge</source>
        <translation>хедж</translation>
    </message>
    <message>
        <source>MM ÷ equity</source>
        <translation>ПМ ÷ капитал</translation>
    </message>
    <message>
        <source>per position</source>
        <translation>по позициям</translation>
    </message>
    <message>
        <source>none within ±90 %</source>
        <translation>нет в пределах ±90 %</translation>
    </message>
    <message>
        <source>{move} · whole account</source>
        <translation>{move} · весь аккаунт</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>источник не записан</translation>
    </message>
    <message>
        <source>No collateral haircut table was read for this account: its collateral counts at full value.</source>
        <translation>Таблица дисконтов залога для этого аккаунта не прочитана: залог учитывается по полной стоимости.</translation>
    </message>
    <message>
        <source>{account}: collateral valued at {rules}
Source: {source}</source>
        <translation>{account}: залог учитывается по {rules}
Источник: {source}</translation>
    </message>
    <message>
        <source>{ratio}: ours {ours}, the exchange reports {reported} (more than 0.5 % apart).</source>
        <translation>{ratio}: у нас {ours}, биржа сообщает {reported} (расхождение больше 0,5 %).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>The account, under the name you gave it</source>
        <translation>Аккаунт под именем, которое вы ему дали</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>The account&apos;s margin mode as the exchange reported it at the last sync (— = not detected: classic rules are used)</source>
        <translation>Режим маржи аккаунта по данным биржи при последней синхронизации (— = не определён: действуют классические правила)</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Капитал</translation>
    </message>
    <message>
        <source>Wallet balance plus unrealised PnL, at market value</source>
        <translation>Баланс кошелька плюс нереализованный PnL, по рыночной стоимости</translation>
    </message>
    <message>
        <source>After haircuts</source>
        <translation>После дисконтов</translation>
    </message>
    <message>
        <source>Equity with each collateral asset valued at the exchange&apos;s collateral rate (its haircut or discount)</source>
        <translation>Капитал, где каждый залоговый актив учтён по ставке биржи (её дисконту)</translation>
    </message>
    <message>
        <source>Maint. margin</source>
        <translation>Подд. маржа</translation>
    </message>
    <message>
        <source>Maintenance margin of the account&apos;s positions, by the exchange&apos;s rules</source>
        <translation>Поддерживающая маржа позиций аккаунта по правилам биржи</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>The account ratio the exchange liquidates on, in its own definition</source>
        <translation>Показатель аккаунта, по которому биржа ликвидирует, в её собственном определении</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Наш</translation>
    </message>
    <message>
        <source>The ratio as Undertow computes it from the positions, balances and the exchange&apos;s rules</source>
        <translation>Показатель, рассчитанный Undertow по позициям, балансам и правилам биржи</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>По бирже</translation>
    </message>
    <message>
        <source>The same ratio as the exchange reports it (— = it reports none); a warning sign marks a gap over 0.5 %</source>
        <translation>Тот же показатель по данным биржи (— = не сообщает); расхождение больше 0,5 % помечено знаком предупреждения</translation>
    </message>
    <message>
        <source>Liq. at</source>
        <translation>Ликв. при</translation>
    </message>
    <message>
        <source>The value of the ratio at which the exchange liquidates</source>
        <translation>Значение показателя, при котором биржа ликвидирует</translation>
    </message>
    <message>
        <source>Liq. move</source>
        <translation>Движение до ликв.</translation>
    </message>
    <message>
        <source>The smallest move of the market (other assets following their betas, collateral revalued) that liquidates the account, in % of the asset in brackets; none is reported beyond ±90 %. &quot;Whole account&quot;: the exchange then liquidates every position of the account at once, not one position at a time</source>
        <translation>Наименьшее движение рынка (прочие активы следуют своим бетам, залог переоценивается), ликвидирующее аккаунт, в % актива в скобках; дальше ±90 % не показывается. «Весь аккаунт»: тогда биржа ликвидирует все позиции аккаунта сразу, а не по одной</translation>
    </message>
    <message>
        <source>Position mode: {mode}</source>
        <translation>Режим позиций: {mode}</translation>
    </message>
    <message>
        <source>The exchange&apos;s own ratio could not be computed for this account: shown is maintenance margin ÷ equity, which liquidates at 100 %.</source>
        <translation>Собственный показатель биржи для этого аккаунта рассчитать не удалось: показано отношение поддерживающей маржи к капиталу, ликвидация при 100 %.</translation>
    </message>
    <message>
        <source>{ratio}: the exchange liquidates at {at}</source>
        <translation>{ratio}: биржа ликвидирует при {at}</translation>
    </message>
    <message>
        <source>The exchange reported no account ratio at the last sync.</source>
        <translation>При последней синхронизации биржа не сообщила показатель аккаунта.</translation>
    </message>
    <message>
        <source>At a {move} move the exchange liquidates the whole account, every position at once.</source>
        <translation>При движении {move} биржа ликвидирует весь аккаунт, все позиции сразу.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Базовый URL API</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не нужен</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>только этот сеанс</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>Связка ключей ОС</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>кросс</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>изолированная</translation>
    </message>
    <message>
        <source>OS keyring — locked</source>
        <extracomment>The Key column when the last sync could not use the key (core.freshness problems): four different states.</extracomment>
        <translation>Связка ключей ОС — заблокирована</translation>
    </message>
    <message>
        <source>no OS keyring available</source>
        <translation>нет связки ключей ОС</translation>
    </message>
    <message>
        <source>missing — re-enter it</source>
        <translation>отсутствует — введите снова</translation>
    </message>
    <message>
        <source>rejected by the exchange</source>
        <translation>отклонён биржей</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ещё не синхронизирован</translation>
    </message>
    <message>
        <source>stale — not refreshed since {when} UTC ({age})</source>
        <translation>устарело — не обновлялось с {when} UTC ({age})</translation>
    </message>
    <message>
        <source>fresh ({age})</source>
        <translation>актуально ({age})</translation>
    </message>
    <message>
        <source>stale — showing data from {when} UTC ({age}): {error}</source>
        <translation>устарело — данные на {when} UTC ({age}): {error}</translation>
    </message>
    <message>
        <source>failed, no data yet: {error}</source>
        <translation>ошибка, данных пока нет: {error}</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Add account…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>You are looking at the demo: its three exchange accounts are bundled with Undertow and are not listed here. Accounts you add here are yours; they are used when Undertow runs without --demo.</source>
        <translation>Это демо: его три биржевых аккаунта поставляются вместе с Undertow и здесь не показаны. Аккаунты, которые вы добавите здесь, — ваши; они используются, когда Undertow запущен без --demo.</translation>
    </message>
    <message>
        <source>Account risk at the last sync, by each exchange&apos;s rules</source>
        <translation>Риск аккаунтов на последней синхронизации, по правилам каждой биржи</translation>
    </message>
    <message>
        <source>Our figures come from the positions, balances and the exchange&apos;s own rules; the exchange&apos;s column is what the exchange itself reported. A gap over 0.5 % is marked with a warning sign.</source>
        <translation>Наши цифры рассчитаны по позициям, балансам и правилам самой биржи; столбец биржи — то, что сообщила она сама. Расхождение больше 0,5 % помечено знаком предупреждения.</translation>
    </message>
    <message>
        <source>Collateral haircuts: {tables}</source>
        <translation>Дисконты залога: {tables}</translation>
    </message>
    <message>
        <source>Saved. Syncing…</source>
        <translation>Сохранено. Синхронизация…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <source>Remove &apos;{label}&apos; and its stored key?
Revoke the key at the exchange as well.</source>
        <translation>Удалить «{label}» и сохранённый ключ?
Отзовите ключ и на бирже.</translation>
    </message>
    <message>
        <source>Removed &apos;{label}&apos;.</source>
        <translation>«{label}» удалён.</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>{n} d ago</source>
        <translation>{n} дн. назад</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} ч назад</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} мин назад</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Desktop notification</source>
        <translation>Уведомление на рабочем столе</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>Эл. почта (SMTP)</translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation>ntfy</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Бот Telegram</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <source>Alert channels…</source>
        <translation>Каналы оповещений…</translation>
    </message>
    <message>
        <source>Where alerts reach you away from the screen: desktop, e-mail, ntfy, Telegram, webhook</source>
        <translation>Куда приходят оповещения, когда вы не у экрана: рабочий стол, эл. почта, ntfy, Telegram, вебхук</translation>
    </message>
    <message>
        <source>Alert channels</source>
        <translation>Каналы оповещений</translation>
    </message>
    <message>
        <source>Alerts reach you through the channels you add here, and only those. No server of Undertow&apos;s sits in between: each channel talks to your own mail server, ntfy server, Telegram bot or webhook, or to this desktop.</source>
        <translation>Оповещения приходят только через каналы, добавленные здесь. Никакого сервера Undertow посередине нет: каждый канал работает напрямую с вашим почтовым сервером, сервером ntfy, ботом Telegram, вебхуком или с этим рабочим столом.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Последний результат</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Отправить тестовое оповещение</translation>
    </message>
    <message>
        <source>Send a test alert through the selected channel now</source>
        <translation>Отправить тестовое оповещение через выбранный канал сейчас</translation>
    </message>
    <message>
        <source>What alerts may carry</source>
        <translation>Что могут содержать оповещения</translation>
    </message>
    <message>
        <source>Include amounts (position sizes, values, balances) in alert messages</source>
        <translation>Включать суммы (размеры позиций, стоимости, балансы) в тексты оповещений</translation>
    </message>
    <message>
        <source>Off: alerts say what needs attention and how close it is, never how much. Messages pass through your mail, ntfy or Telegram provider.</source>
        <translation>Выключено: оповещения сообщают, что требует внимания и насколько это близко, но никогда — сколько. Сообщения проходят через вашего почтового провайдера, ntfy или Telegram.</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> в час</translation>
    </message>
    <message>
        <source>At most this many alerts per channel in any hour, so a fault cannot flood your phone; alerts held back are counted in the next message</source>
        <translation>Не больше стольких оповещений на канал за любой час, чтобы сбой не завалил телефон сообщениями; задержанные оповещения учитываются в следующем сообщении</translation>
    </message>
    <message>
        <source>At most, per channel</source>
        <translation>Не больше, на канал</translation>
    </message>
    <message>
        <source>Ticked: alerts go out through this channel</source>
        <translation>Отмечено: оповещения идут через этот канал</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>не использовался</translation>
    </message>
    <message>
        <source>sent {age}</source>
        <translation>отправлено {age}</translation>
    </message>
    <message>
        <source>held back {age} (rate limit)</source>
        <translation>задержано {age} (лимит частоты)</translation>
    </message>
    <message>
        <source>failed {age}: {reason}</source>
        <translation>ошибка {age}: {reason}</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Удалить канал</translation>
    </message>
    <message>
        <source>Remove the channel “{name}” and its secret from the keyring?</source>
        <translation>Удалить канал «{name}» и его секрет из связки ключей?</translation>
    </message>
    <message>
        <source>Sending a test alert through “{name}”…</source>
        <translation>Отправка тестового оповещения через «{name}»…</translation>
    </message>
    <message>
        <source>✔ The test alert went out through “{name}”. Check that it arrived.</source>
        <translation>✔ Тестовое оповещение отправлено через «{name}». Проверьте, что оно пришло.</translation>
    </message>
    <message>
        <source>The test alert through “{name}” failed: {reason}</source>
        <translation>Тестовое оповещение через «{name}» не удалось: {reason}</translation>
    </message>
    <message>
        <source>({n} tries)</source>
        <translation>(попыток: {n})</translation>
    </message>
    <message>
        <source>The test alert through “{name}” could not be sent: {reason}</source>
        <translation>Не удалось отправить тестовое оповещение через «{name}»: {reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Undertow — unexpected error</source>
        <extracomment>the app&apos;s state, once there is one: a fault of the data folder that reaches the excepthook is shown there too</extracomment>
        <translation>Undertow — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Details were written to {log}. Your data is safe.</source>
        <translation>Что-то пошло не так: {error}

Подробности записаны в {log}. Ваши данные в сохранности.</translation>
    </message>
    <message>
        <source>Undertow — not saved</source>
        <translation>Undertow — не сохранено</translation>
    </message>
    <message>
        <source>Undertow — cannot open the database</source>
        <extracomment>how long after start-up the weekly full check of the database may run (the first sync comes first)</extracomment>
        <translation>Undertow — не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>No accounts or wallets are configured yet.</source>
        <extracomment>Settings whose change alters the analysis (not just how it is drawn): a change re-analyses.</extracomment>
        <translation>Аккаунты и кошельки ещё не настроены.</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Синхронизация не удалась: {reason}</translation>
    </message>
    <message>
        <source>The full check of the database {path} found damage ({problem}). Nothing was changed; restore a backup, or run &apos;undertow db check&apos; for details.</source>
        <translation>Полная проверка базы данных {path} обнаружила повреждение ({problem}). Ничего не изменено; восстановите резервную копию или запустите &apos;undertow db check&apos; для подробностей.</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <source>Entry price</source>
        <translation>Цена входа</translation>
    </message>
    <message>
        <source>Average entry price (quote per base)</source>
        <translation>Средняя цена входа (котируемая за базовую)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Base units for linear contracts, number of contracts for inverse</source>
        <translation>Для линейных — в базовой валюте, для инверсных — число контрактов</translation>
    </message>
    <message>
        <source>Contract size</source>
        <translation>Размер контракта</translation>
    </message>
    <message>
        <source>Inverse: USD face value of one contract; linear: base per contract</source>
        <translation>Инверсный: номинал контракта в USD; линейный: базовой валюты на контракт</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Плечо</translation>
    </message>
    <message>
        <source>Isolated: margin defaults to position value / leverage</source>
        <translation>Изолированная: маржа по умолчанию = стоимость позиции / плечо</translation>
    </message>
    <message>
        <source>Isolated margin</source>
        <translation>Изолированная маржа</translation>
    </message>
    <message>
        <source>Quote units (linear) or coin (inverse)</source>
        <translation>В котируемой валюте (линейный) или в монете (инверсный)</translation>
    </message>
    <message>
        <source>Cross wallet</source>
        <translation>Кросс-кошелёк</translation>
    </message>
    <message>
        <source>Cross: wallet balance in the settle currency</source>
        <translation>Кросс: баланс кошелька в валюте расчёта</translation>
    </message>
    <message>
        <source>Other positions&apos; MM</source>
        <translation>Подд. маржа других позиций</translation>
    </message>
    <message>
        <source>Cross: maintenance margin of the other positions</source>
        <translation>Кросс: поддерживающая маржа остальных позиций</translation>
    </message>
    <message>
        <source>Other positions&apos; uPnL</source>
        <translation>Нереализ. PnL других позиций</translation>
    </message>
    <message>
        <source>Cross: unrealised PnL of the other positions</source>
        <translation>Кросс: нереализованный PnL остальных позиций</translation>
    </message>
    <message>
        <source>Maintenance rate</source>
        <translation>Ставка подд. маржи</translation>
    </message>
    <message>
        <source>Fraction (0.005 = 0.5 %); empty: the symbol&apos;s tier table</source>
        <translation>Доля (0,005 = 0,5 %); пусто — таблица уровней символа</translation>
    </message>
    <message>
        <source>Maintenance amount</source>
        <translation>Сумма подд. маржи</translation>
    </message>
    <message>
        <source>Binance cum / Bybit MM deduction</source>
        <translation>cum у Binance / вычет MM у Bybit</translation>
    </message>
    <message>
        <source>Taker fee rate</source>
        <translation>Комиссия тейкера</translation>
    </message>
    <message>
        <source>OKX&apos;s formula includes it (default 0.0005)</source>
        <translation>Входит в формулу OKX (по умолчанию 0,0005)</translation>
    </message>
    <message>
        <source>Max leverage</source>
        <translation>Макс. плечо</translation>
    </message>
    <message>
        <source>Hyperliquid: maintenance = 1 / (2 × max leverage)</source>
        <translation>Hyperliquid: поддерживающая = 1 / (2 × макс. плечо)</translation>
    </message>
    <message>
        <source>Liquidation calculator</source>
        <translation>Калькулятор ликвидации</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>изолированная</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>кросс</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Margin mode</source>
        <translation>Режим маржи</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>Tier table</source>
        <translation>Таблица уровней</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Liquidation price</source>
        <translation>Цена ликвидации</translation>
    </message>
    <message>
        <source>Bankruptcy price</source>
        <translation>Цена банкротства</translation>
    </message>
    <message>
        <source>Distance from entry</source>
        <translation>Удаление от входа</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>{venue} has no calculator rule; showing the closest inputs</source>
        <translation>Для {venue} нет правила расчёта; показаны ближайшие данные</translation>
    </message>
    <message>
        <source>{symbol}: {n} tiers (used when rate is empty)</source>
        <translation>{symbol}: уровней — {n} (если ставка пуста)</translation>
    </message>
    <message>
        <source>none: enter the maintenance rate</source>
        <translation>нет: введите ставку поддерживающей маржи</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number</source>
        <translation>{field}: {text} — не число</translation>
    </message>
    <message>
        <source>enter the entry price and the size</source>
        <translation>введите цену входа и размер</translation>
    </message>
</context>
<context>
    <name>CascadeGrid</name>
    <message>
        <source>Shock</source>
        <translation>Шок</translation>
    </message>
    <message>
        <source>The move you impose (the driver&apos;s shock × the symbol&apos;s beta, or the preset&apos;s own shock)</source>
        <translation>Заданное движение (шок базового актива × бета символа или собственный шок пресета)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Where the price ends after the liquidation cascade has run its course</source>
        <translation>Где окажется цена, когда каскад ликвидаций отработает</translation>
    </message>
    <message>
        <source>Price after</source>
        <translation>Цена после</translation>
    </message>
    <message>
        <source>Final price (USD) after the cascade</source>
        <translation>Итоговая цена (USD) после каскада</translation>
    </message>
    <message>
        <source>Amplification</source>
        <translation>Усиление</translation>
    </message>
    <message>
        <source>Final move ÷ imposed move: 1.00× means the cascade added nothing</source>
        <translation>Итоговое движение ÷ заданное: 1,00× — каскад ничего не добавил</translation>
    </message>
    <message>
        <source>Longs liquidated</source>
        <translation>Ликвид. лонгов</translation>
    </message>
    <message>
        <source>Market-wide long positions force-closed (USD notional, estimated from open interest)</source>
        <translation>Принудительно закрытые лонги всего рынка (номинал в USD, оценка по открытому интересу)</translation>
    </message>
    <message>
        <source>Shorts liquidated</source>
        <translation>Ликвид. шортов</translation>
    </message>
    <message>
        <source>Market-wide short positions force-closed (USD notional)</source>
        <translation>Принудительно закрытые шорты всего рынка (номинал в USD)</translation>
    </message>
    <message>
        <source>Insurance fund</source>
        <translation>Страховой фонд</translation>
    </message>
    <message>
        <source>Insurance fund spent covering liquidations that closed beyond their bankruptcy price</source>
        <translation>Расход страхового фонда на ликвидации, закрытые хуже цены банкротства</translation>
    </message>
    <message>
        <source>ADL</source>
        <translation>ADL</translation>
    </message>
    <message>
        <source>Notional of profitable traders auto-deleveraged once the insurance fund ran dry</source>
        <translation>Номинал прибыльных позиций, закрытых автоделевериджингом (ADL) после исчерпания страхового фонда</translation>
    </message>
    <message>
        <source>Runaway</source>
        <translation>Обвал</translation>
    </message>
    <message>
        <source>RUNAWAY: the forced orders emptied the modelled book — the price has no floor in this model</source>
        <translation>ОБВАЛ: принудительные ордера опустошили модельный стакан — у цены в этой модели нет дна</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Your position: asset, side and venue</source>
        <translation>Ваша позиция: актив, сторона и биржа</translation>
    </message>
    <message>
        <source>Liq.</source>
        <translation>Ликв.</translation>
    </message>
    <message>
        <source>Liquidated at this shock if only the shock moves the price?</source>
        <translation>Ликвидируется ли при этом шоке, если цену двигает только шок?</translation>
    </message>
    <message>
        <source>Liq. +casc.</source>
        <translation>Ликв. +каск.</translation>
    </message>
    <message>
        <source>Liquidated at this shock once the cascade has pushed the price further?</source>
        <translation>Ликвидируется ли при этом шоке, когда каскад сдвинет цену дальше?</translation>
    </message>
    <message>
        <source>Dies at</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Smallest driver shock (within ±50 %) that liquidates it without the cascade</source>
        <translation>Наименьший шок (в пределах ±50 %), ликвидирующий её без каскада</translation>
    </message>
    <message>
        <source>Dies at +casc.</source>
        <translation>Порог +каск.</translation>
    </message>
    <message>
        <source>Smallest driver shock that liquidates it with the cascade: the real distance</source>
        <translation>Наименьший шок, ликвидирующий её с каскадом: реальная дистанция</translation>
    </message>
    <message>
        <source>ADL risk: profitable while its market needs auto-deleveraging — it may be closed for you</source>
        <translation>Риск ADL: позиция в прибыли, когда рынку нужен автоделевериджинг, — её могут закрыть за вас</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>сейчас {price}</translation>
    </message>
    <message>
        <source>RUNAWAY</source>
        <translation>ОБВАЛ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{symbol}: mark {price}</source>
        <translation>{symbol}: маркировка {price}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>liquidation price {price} (venue rules)</source>
        <translation>цена ликвидации {price} (правила биржи)</translation>
    </message>
    <message>
        <source>ADL risk</source>
        <translation>Риск ADL</translation>
    </message>
    <message>
        <source>Profitable while its market needs ADL</source>
        <translation>В прибыли, когда рынку нужен ADL</translation>
    </message>
    <message>
        <source>your equity {without} without the cascade, &lt;b&gt;{with_}&lt;/b&gt; with it</source>
        <translation>ваш капитал {without} без каскада, &lt;b&gt;{with_}&lt;/b&gt; с каскадом</translation>
    </message>
    <message>
        <source>{dead} of {total} positions liquidated</source>
        <translation>ликвидировано позиций: {dead} из {total}</translation>
    </message>
    <message>
        <source>market: longs {longs} and shorts {shorts} liquidated, insurance fund {fund}, ADL {adl}</source>
        <translation>рынок: ликвидировано лонгов {longs} и шортов {shorts}, страховой фонд {fund}, ADL {adl}</translation>
    </message>
    <message>
        <source>runaway in {symbols}</source>
        <translation>обвал в {symbols}</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>A notification on this computer&apos;s desktop while Undertow runs (the tray icon&apos;s message where the desktop has no notification service).</source>
        <translation>Уведомление на рабочем столе этого компьютера, пока работает Undertow (сообщение значка в лотке, если на рабочем столе нет службы уведомлений).</translation>
    </message>
    <message>
        <source>Sent through your own mail server with STARTTLS or TLS; the password stays in the OS keyring.</source>
        <translation>Отправляется через ваш собственный почтовый сервер по STARTTLS или TLS; пароль хранится в связке ключей ОС.</translation>
    </message>
    <message>
        <source>A push notification to the ntfy app on your phone, through ntfy.sh or your own ntfy server. On a public server the topic works like a password: pick one that is hard to guess.</source>
        <translation>Push-уведомление в приложение ntfy на телефоне через ntfy.sh или ваш собственный сервер ntfy. На публичном сервере тема работает как пароль: выберите такую, которую трудно угадать.</translation>
    </message>
    <message>
        <source>A message from your own Telegram bot (create one with @BotFather, then send it a message and enter your chat id).</source>
        <translation>Сообщение от вашего собственного бота Telegram (создайте его через @BotFather, затем отправьте ему сообщение и введите ID своего чата).</translation>
    </message>
    <message>
        <source>A JSON POST to a URL of yours (Home Assistant, n8n, your own script). With a signing secret, the body is signed with HMAC-SHA256 in the X-Undertow-Signature header.</source>
        <translation>JSON POST на ваш URL (Home Assistant, n8n, ваш собственный скрипт). С секретом подписи тело подписывается HMAC-SHA256, подпись — в заголовке X-Undertow-Signature.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Сервер SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Файл сертификата CA</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Токен бота</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>ID чата</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Сервер Bot API</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Секрет подписи</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>напр. smtp.example.org</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>пусто, если сервер не требует входа</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>адрес отправителя</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas</source>
        <translation>один или несколько адресов через запятую</translation>
    </message>
    <message>
        <source>optional: a PEM file for a self-hosted server</source>
        <translation>необязательно: файл PEM для собственного сервера</translation>
    </message>
    <message>
        <source>a hard-to-guess topic name</source>
        <translation>трудно угадываемое название темы</translation>
    </message>
    <message>
        <source>optional, for a protected topic (tk_…)</source>
        <translation>необязательно, для защищённой темы (tk_…)</translation>
    </message>
    <message>
        <source>123456789:AA… from @BotFather</source>
        <translation>123456789:AA… от @BotFather</translation>
    </message>
    <message>
        <source>a number, or @channel</source>
        <translation>число или @channel</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Edit alert channel</source>
        <translation>Изменить канал оповещений</translation>
    </message>
    <message>
        <source>Add alert channel</source>
        <translation>Добавить канал оповещений</translation>
    </message>
    <message>
        <source>Your name for this channel (letters, digits, - and _), also used by &apos;undertow alert test NAME&apos;</source>
        <translation>Ваше название канала (буквы, цифры, - и _); его же принимает &apos;undertow alert test NAME&apos;</translation>
    </message>
    <message>
        <source>Send alerts through this channel</source>
        <translation>Отправлять оповещения через этот канал</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (порт 465)</translation>
    </message>
    <message>
        <source>Keep the secret for this session only (re-enter it after a restart)</source>
        <translation>Хранить секрет только в этом сеансе (после перезапуска ввести снова)</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the stored value)</source>
        <translation>без изменений (оставьте пустым, чтобы сохранить прежнее)</translation>
    </message>
</context>
<context>
    <name>ColdMoveDialog</name>
    <message>
        <source>Move to cold storage</source>
        <translation>Перевести в холодное хранение</translation>
    </message>
    <message>
        <source>I checked this address on my device&apos;s screen</source>
        <translation>Я сверил этот адрес на экране устройства</translation>
    </message>
    <message>
        <source>I moved it</source>
        <translation>Я перевёл</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>To wallet</source>
        <translation>В кошелёк</translation>
    </message>
    <message>
        <source>Receive address</source>
        <translation>Адрес получения</translation>
    </message>
    <message>
        <source>Only what is not needed as margin (beyond {multiple}× the required margin) is suggested.</source>
        <translation>Предлагается только то, что не нужно как маржа (сверх {multiple}× требуемой маржи).</translation>
    </message>
    <message>
        <source>Nothing on this account is free of margin duties right now.</source>
        <translation>Сейчас на этом аккаунте нет средств, свободных от роли маржи.</translation>
    </message>
    <message>
        <source>Add a watch-only wallet for this asset first.</source>
        <translation>Сначала добавьте кошелёк только для просмотра для этого актива.</translation>
    </message>
    <message>
        <source>looking for the next unused address…</source>
        <translation>ищем следующий неиспользованный адрес…</translation>
    </message>
    <message>
        <source>This is receive address #{index}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>Это адрес получения #{index}. Убедитесь, что устройство показывает именно этот адрес, затем выведите средства с биржи и нажмите «Я перевёл».</translation>
    </message>
    <message>
        <source>This is the wallet&apos;s address. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>Это адрес кошелька. Убедитесь, что устройство показывает именно этот адрес, затем выведите средства с биржи и нажмите «Я перевёл».</translation>
    </message>
    <message>
        <source>Could not find the next unused address: {reason}</source>
        <translation>Не удалось найти следующий неиспользованный адрес: {reason}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>longs pay</source>
        <translation>платят лонги</translation>
    </message>
    <message>
        <source>shorts pay</source>
        <translation>платят шорты</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>баланс</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <source>The perpetual contract you hold</source>
        <translation>Бессрочный контракт, который у вас есть</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>The exchange this market trades on (ccxt id)</source>
        <translation>Биржа, где торгуется этот рынок (id в ccxt)</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <source>Mark price: the price liquidations are measured against</source>
        <translation>Цена маркировки: по ней определяется ликвидация</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Фандинг</translation>
    </message>
    <message>
        <source>Funding rate per 8 h. Positive: longs pay shorts to keep the position open, so the crowd is long. 0.01 % is the usual neutral rate.</source>
        <translation>Ставка финансирования за 8 ч. Положительная: лонги платят шортам за удержание позиции, толпа в лонгах. Обычная нейтральная ставка — 0,01 %.</translation>
    </message>
    <message>
        <source>Crowd</source>
        <translation>Перекос</translation>
    </message>
    <message>
        <source>One-sided funding (beyond ±0.03 % per 8 h) means most traders lean one way. A crowded side is the fuel of a cascade: if the price turns, their liquidations push it further.</source>
        <translation>Перекошенный фандинг (больше ±0,03 % за 8 ч) — большинство трейдеров на одной стороне. Перегруженная сторона — топливо каскада: если цена развернётся, их ликвидации толкнут её дальше.</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>Открытый интерес</translation>
    </message>
    <message>
        <source>Value of all open contracts on this venue, USD: the leverage sitting in the market</source>
        <translation>Стоимость всех открытых контрактов на бирже, USD: плечо, накопленное в рынке</translation>
    </message>
    <message>
        <source>OI change</source>
        <translation>Изм. ОИ</translation>
    </message>
    <message>
        <source>Open-interest change since the previous snapshot. Rising open interest into a move means new leverage is piling in; more positions can be forced out later.</source>
        <translation>Изменение открытого интереса с прошлого снимка. Рост ОИ на движении — приток нового плеча; позже больше позиций может быть выбито.</translation>
    </message>
    <message>
        <source>Depth 1 %</source>
        <translation>Глубина 1 %</translation>
    </message>
    <message>
        <source>Order-book depth within 1 % of the price, USD: buy orders below / sell orders above. The bids are how much selling the book absorbs before the price drops 1 %; thin books fall fast. Sorts by the thinner side.</source>
        <translation>Глубина стакана в пределах 1 % от цены, USD: покупки ниже / продажи выше. Биды — сколько продаж стакан поглотит до падения на 1 %; тонкий стакан падает быстро. Сортировка по более тонкой стороне.</translation>
    </message>
    <message>
        <source>Depth 2 %</source>
        <translation>Глубина 2 %</translation>
    </message>
    <message>
        <source>Order-book depth within 2 % of the price, USD: bids below / asks above. Sorts by the thinner side.</source>
        <translation>Глубина стакана в пределах 2 % от цены, USD: биды ниже / аски выше. Сортировка по более тонкой стороне.</translation>
    </message>
    <message>
        <source>Cluster below</source>
        <translation>Кластер ниже</translation>
    </message>
    <message>
        <source>Nearest dense band of long liquidations below the price (estimated from open interest, like the public heatmaps): price, distance and USD that would be force-sold there. Price tends to be pulled to these levels, and crossing one accelerates the fall.</source>
        <translation>Ближайшая плотная полоса ликвидаций лонгов ниже цены (оценка по открытому интересу, как в публичных тепловых картах): цена, расстояние и сколько USD там будет принудительно продано. Цену тянет к таким уровням, а их пробой ускоряет падение.</translation>
    </message>
    <message>
        <source>Cluster above</source>
        <translation>Кластер выше</translation>
    </message>
    <message>
        <source>Nearest dense band of short liquidations above the price: price, distance and USD that would be force-bought there (squeeze fuel).</source>
        <translation>Ближайшая плотная полоса ликвидаций шортов выше цены: цена, расстояние и сколько USD там будет принудительно куплено (топливо для шорт-сквиза).</translation>
    </message>
    <message>
        <source>{notional} of liquidations around {price}, {distance} below the mark.</source>
        <translation>{notional} ликвидаций около {price}, на {distance} ниже маркировки.</translation>
    </message>
    <message>
        <source>{notional} of liquidations around {price}, {distance} above the mark.</source>
        <translation>{notional} ликвидаций около {price}, на {distance} выше маркировки.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>The exchange account holding it</source>
        <translation>Биржевой аккаунт, где она открыта</translation>
    </message>
    <message>
        <source>Exchange (ccxt id)</source>
        <translation>Биржа (id в ccxt)</translation>
    </message>
    <message>
        <source>The perpetual contract</source>
        <translation>Бессрочный контракт</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Long (bet up) or short (bet down)</source>
        <translation>Лонг (ставка на рост) или шорт (на падение)</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Cross: the whole account backs it. Isolated: only its own margin can be lost</source>
        <translation>Кросс: её обеспечивает весь аккаунт. Изолированная: можно потерять только её маржу</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Size in the venue&apos;s contracts at that time</source>
        <translation>Размер в контрактах биржи на тот момент</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Average entry price then</source>
        <translation>Средняя цена входа на тот момент</translation>
    </message>
    <message>
        <source>Mark price at the snapshot (what liquidations are measured against)</source>
        <translation>Цена маркировки на момент снимка (по ней считаются ликвидации)</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <source>Position value at mark, in the display currency at that snapshot&apos;s rates: how much market exposure it carried</source>
        <translation>Стоимость позиции по маркировке в валюте отображения по курсам того снимка: рыночная экспозиция</translation>
    </message>
    <message>
        <source>uPnL</source>
        <translation>Нереализ. PnL</translation>
    </message>
    <message>
        <source>Unrealised profit or loss then, in the settle currency</source>
        <translation>Нереализованная прибыль или убыток на тот момент, в валюте расчёта</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Плечо</translation>
    </message>
    <message>
        <source>Leverage set on the venue</source>
        <translation>Плечо, заданное на бирже</translation>
    </message>
    <message>
        <source>Liq. (reported)</source>
        <translation>Ликв. (биржа)</translation>
    </message>
    <message>
        <source>Liquidation price the exchange reported at that time (— if it said nothing)</source>
        <translation>Цена ликвидации по данным биржи на тот момент (— если биржа молчала)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Exchange account, wallet or manual entry</source>
        <translation>Биржевой аккаунт, кошелёк или ручная запись</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Who holds the keys: an exchange, your hardware or software wallet, or another custodian</source>
        <translation>У кого ключи: у биржи, в вашем аппаратном или программном кошельке или у другого хранителя</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Coin or token</source>
        <translation>Монета или токен</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Units held at the snapshot (exchange: wallet total as the venue reports it)</source>
        <translation>Количество на момент снимка (биржа: итог кошелька по данным биржи)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Not locked as margin or in orders (exchange balances only)</source>
        <translation>Не занято маржой или ордерами (только балансы бирж)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>USD per unit then</source>
        <translation>USD за единицу на тот момент</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Amount × price, in the display currency at that snapshot&apos;s rates (— when no price was known)</source>
        <translation>Количество × цена в валюте отображения по курсам того снимка (— если цена неизвестна)</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Exchange</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>Аппаратный кошелёк</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>Программный кошелёк</translation>
    </message>
    <message>
        <source>Other custodian</source>
        <translation>Другой хранитель</translation>
    </message>
</context>
<context>
    <name>CustodyChart</name>
    <message>
        <source>Exchange</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>Аппаратный</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>Программный</translation>
    </message>
    <message>
        <source>Other custodian</source>
        <translation>Другой</translation>
    </message>
</context>
<context>
    <name>CustodyView</name>
    <message>
        <source>Net worth</source>
        <translation>Капитал</translation>
    </message>
    <message>
        <source>Long-term in self-custody</source>
        <translation>Долгосрочное в самохранении</translation>
    </message>
    <message>
        <source>Long-term on exchanges</source>
        <translation>Долгосрочное на биржах</translation>
    </message>
    <message>
        <source>Collateral not needed as margin</source>
        <translation>Залог сверх нужной маржи</translation>
    </message>
    <message>
        <source>Largest exchange share</source>
        <translation>Крупнейшая доля биржи</translation>
    </message>
    <message>
        <source>Snooze 1 day</source>
        <translation>Отложить на день</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Move to cold storage…</source>
        <translation>В холодное хранение…</translation>
    </message>
    <message>
        <source>I verified on my device</source>
        <translation>Проверил на устройстве</translation>
    </message>
    <message>
        <source>Watch a wallet…</source>
        <translation>Следить за кошельком…</translation>
    </message>
    <message>
        <source>Holdings by place</source>
        <translation>Активы по местам хранения</translation>
    </message>
    <message>
        <source>Where the money sits</source>
        <translation>Где лежат деньги</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>{share} of net worth</source>
        <translation>{share} капитала</translation>
    </message>
    <message>
        <source>API key problem</source>
        <translation>Проблема с API-ключом</translation>
    </message>
    <message>
        <source>details hidden</source>
        <translation>подробности скрыты</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Ничего не требует внимания.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Net worth</source>
        <translation>Капитал</translation>
    </message>
    <message>
        <source>Everything you own, in the display currency chosen in Settings: exchange equity (balances including unrealised PnL), watch-only wallets and manual holdings</source>
        <translation>Всё ваше имущество в валюте отображения из настроек: капитал на биржах (балансы с нереализованным PnL), кошельки для просмотра и ручные записи</translation>
    </message>
    <message>
        <source>Nearest liquidation</source>
        <translation>Ближайшая ликвидация</translation>
    </message>
    <message>
        <source>The position that needs the smallest adverse move of its mark price to be liquidated, by the venue&apos;s own rules</source>
        <translation>Позиция, которую ликвидирует наименьшее неблагоприятное движение цены маркировки по правилам биржи</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <source>The default what-if: an instant gap with the liquidation cascade, i.e. forced sells walking the order book and triggering more liquidations</source>
        <translation>Сценарий по умолчанию: мгновенный гэп с каскадом ликвидаций — принудительные продажи проходят по стакану и вызывают новые ликвидации</translation>
    </message>
    <message>
        <source>Where your money sits</source>
        <translation>Где ваши деньги</translation>
    </message>
    <message>
        <source>Exchange balances are in the blast radius of a venue failure; hardware and software wallets are self-custody</source>
        <translation>Балансы на биржах под ударом при крахе биржи; аппаратные и программные кошельки — самостоятельное хранение</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Things worth doing now: moving idle collateral to cold storage, reducing exposure to one exchange, positions close to liquidation</source>
        <translation>Что стоит сделать сейчас: перевести лишний залог в холодное хранение, снизить зависимость от одной биржи, позиции близко к ликвидации</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Свежесть данных</translation>
    </message>
    <message>
        <source>When each source was last synced successfully; a stale source shows its last good data</source>
        <translation>Когда каждый источник последний раз синхронизировался успешно; устаревший показывает последние верные данные</translation>
    </message>
    <message>
        <source>Open the simulator…</source>
        <translation>Открыть симулятор…</translation>
    </message>
    <message>
        <source>First check: no earlier snapshot to compare with</source>
        <translation>Первая проверка: сравнить не с чем</translation>
    </message>
    <message>
        <source>{change} since {when}</source>
        <translation>{change} с {when}</translation>
    </message>
    <message>
        <source>On exchanges {exchanges} · self-custody {self_custody}</source>
        <translation>На биржах {exchanges} · самохранение {self_custody}</translation>
    </message>
    <message>
        <source>{share} % of long-term holdings are in self-custody</source>
        <translation>{share} % долгосрочных активов в самостоятельном хранении</translation>
    </message>
    <message>
        <source>{currency} rate unavailable, amounts shown in USD</source>
        <translation>Курс {currency} недоступен, суммы показаны в USD</translation>
    </message>
    <message>
        <source>Price unknown, left out of the totals: {assets}</source>
        <translation>Цена неизвестна, не включено в итоги: {assets}</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>Нет открытых позиций</translation>
    </message>
    <message>
        <source>({n} daily σ)</source>
        <translation>({n} дневных σ)</translation>
    </message>
    <message>
        <source>liquidation at {liquidation}, mark {mark}</source>
        <translation>ликвидация при {liquidation}, маркировка {mark}</translation>
    </message>
    <message>
        <source>{mark} Stale: the last good data of {account}, {age}</source>
        <translation>{mark} Устарело: последние верные данные {account}, {age}</translation>
    </message>
    <message>
        <source>{n} position(s) would not survive a {gap} gap:</source>
        <translation>Не переживут гэп {gap} (позиций: {n}):</translation>
    </message>
    <message>
        <source>Every position survives a {gap} gap.</source>
        <translation>Все позиции переживут гэп {gap}.</translation>
    </message>
    <message>
        <source>No positions to stress.</source>
        <translation>Нет позиций для стресс-теста.</translation>
    </message>
    <message>
        <source>The what-if could not run: {error}</source>
        <translation>Сценарий не удалось рассчитать: {error}</translation>
    </message>
    <message>
        <source>{move} with the cascade</source>
        <translation>{move} с каскадом</translation>
    </message>
    <message>
        <source>{n} position(s) liquidated</source>
        <translation>Ликвидировано позиций: {n}</translation>
    </message>
    <message>
        <source>({n} only because of the cascade)</source>
        <translation>(из них {n} — только из-за каскада)</translation>
    </message>
    <message>
        <source>Exchange equity after: {with_cascade} with the cascade, {without} without</source>
        <translation>Капитал на биржах после: {with_cascade} с каскадом, {without} без</translation>
    </message>
    <message>
        <source>API key problem</source>
        <translation>Проблема с API-ключом</translation>
    </message>
    <message>
        <source>Nothing due. ✓</source>
        <translation>Ничего не требуется. ✓</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>No sources configured.</source>
        <translation>Источники не настроены.</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Биржи</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>Самохранение</translation>
    </message>
    <message>
        <source>Other custodians</source>
        <translation>Другие хранители</translation>
    </message>
    <message>
        <source>{symbol} {side} on {venue}</source>
        <translation>{symbol} {side} на {venue}</translation>
    </message>
</context>
<context>
    <name>DepthChart</name>
    <message>
        <source>bids (absorb forced selling)</source>
        <translation>биды (поглощают продажи)</translation>
    </message>
    <message>
        <source>asks (absorb forced buying)</source>
        <translation>аски (поглощают покупки)</translation>
    </message>
    <message>
        <source>distance from mid (%, log)</source>
        <translation>расстояние от середины (%, лог.)</translation>
    </message>
    <message>
        <source>cumulative depth (log)</source>
        <translation>накопленная глубина (лог.)</translation>
    </message>
    <message>
        <source>{symbol} book depth × {factor}</source>
        <translation>{symbol}: глубина стакана × {factor}</translation>
    </message>
    <message>
        <source>cascade push {push}</source>
        <translation>толчок каскада {push}</translation>
    </message>
</context>
<context>
    <name>EquityChart</name>
    <message>
        <source>without cascade</source>
        <translation>без каскада</translation>
    </message>
    <message>
        <source>with cascade</source>
        <translation>с каскадом</translation>
    </message>
    <message>
        <source>liquidated (cascade)</source>
        <translation>ликвидация (каскад)</translation>
    </message>
    <message>
        <source>liquidated (no cascade)</source>
        <translation>ликвидация (без каскада)</translation>
    </message>
    <message>
        <source>driver shock (%)</source>
        <translation>шок базового актива (%)</translation>
    </message>
    <message>
        <source>your exchange equity</source>
        <translation>ваш капитал на биржах</translation>
    </message>
    <message>
        <source>Equity vs shock</source>
        <translation>Капитал и шок</translation>
    </message>
    <message>
        <source>Drag to set the shock (the same as the slider)</source>
        <translation>Перетащите, чтобы задать шок (как ползунок)</translation>
    </message>
    <message>
        <source>Liquidated at {shock} with the cascade:</source>
        <translation>Ликвидация при {shock} с каскадом:</translation>
    </message>
    <message>
        <source>Liquidated at {shock} without the cascade:</source>
        <translation>Ликвидация при {shock} без каскада:</translation>
    </message>
    <message>
        <source>equity just before: {equity}</source>
        <translation>капитал прямо перед этим: {equity}</translation>
    </message>
    <message>
        <source>Runaway: forced orders emptied the modelled order book here; the cascade has no floor in this model and the equity shown is not meaningful</source>
        <translation>Обвал: здесь принудительные ордера опустошили модельный стакан; у каскада в этой модели нет дна, и показанный капитал не имеет смысла</translation>
    </message>
</context>
<context>
    <name>FragilityView</name>
    <message>
        <source>Signals traders watch before a cascade, for every market you hold: one-sided funding, open interest piling up, thin order books near the price and dense liquidation clusters close to it. Hover a column title for what it means.</source>
        <translation>Сигналы, за которыми трейдеры следят перед каскадом, по каждому вашему рынку: перекошенный фандинг, растущий открытый интерес, тонкий стакан у цены и плотные кластеры ликвидаций рядом. Наведите на заголовок столбца, чтобы узнать его смысл.</translation>
    </message>
    <message>
        <source>Clusters are estimated from open interest and a typical leverage mix (like the public liquidation heatmaps), not read from the exchanges&apos; books; OI change is against the previous stored snapshot.</source>
        <translation>Кластеры оценены по открытому интересу и типичному распределению плеч (как в публичных тепловых картах ликвидаций), а не прочитаны у бирж; изменение ОИ — относительно прошлого сохранённого снимка.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Данных пока нет.</translation>
    </message>
    <message>
        <source>You hold no positions, so there is nothing to watch here.</source>
        <translation>У вас нет позиций, следить здесь не за чем.</translation>
    </message>
    <message>
        <source>No market data was synced for the markets you hold.</source>
        <translation>Рыночные данные по вашим рынкам не синхронизированы.</translation>
    </message>
    <message>
        <source>{symbol} on {venue} ({side})</source>
        <translation>{symbol} на {venue} ({side})</translation>
    </message>
    <message>
        <source>{n} markets</source>
        <translation>Рынков: {n}</translation>
    </message>
    <message>
        <source>one-sided funding: {markets}</source>
        <translation>перекос фандинга: {markets}</translation>
    </message>
    <message>
        <source>closest long-liquidation cluster: {symbol} {distance} below on {venue}</source>
        <translation>ближайший кластер ликвидаций лонгов: {symbol} на {distance} ниже на {venue}</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>The OS keyring is locked, so the API key of {label} could not be read. Unlock the keyring (log in to the desktop session, or unlock it in your password manager), then refresh.</source>
        <translation>Связка ключей ОС заблокирована, поэтому API-ключ {label} прочитать не удалось. Разблокируйте связку ключей (войдите в сеанс рабочего стола или разблокируйте её в менеджере паролей), затем обновите.</translation>
    </message>
    <message>
        <source>No OS keyring is available (no Secret Service is running), so the API key of {label} could not be read. Install or start a Secret Service (e.g. gnome-keyring or KeePassXC), then refresh.</source>
        <translation>Связка ключей ОС недоступна (служба Secret Service не запущена), поэтому API-ключ {label} прочитать не удалось. Установите или запустите Secret Service (напр. gnome-keyring или KeePassXC), затем обновите.</translation>
    </message>
    <message>
        <source>No API key is stored for {label}. Re-enter the key in Accounts.</source>
        <translation>Для {label} не сохранён API-ключ. Введите ключ заново в разделе «Аккаунты».</translation>
    </message>
    <message>
        <source>The exchange rejected the API key of {label} (revoked, expired or mistyped). Create a new read-only key at the exchange and enter it in Accounts.</source>
        <translation>Биржа отклонила API-ключ {label} (отозван, истёк или введён с ошибкой). Создайте на бирже новый ключ только для чтения и введите его в разделе «Аккаунты».</translation>
    </message>
    <message>
        <source>The API key of {label} may not read this account. Enable read access for it at the exchange, or create a new read-only key.</source>
        <translation>API-ключу {label} не разрешено читать этот аккаунт. Включите для него доступ на чтение на бирже или создайте новый ключ только для чтения.</translation>
    </message>
    <message>
        <source>{label} has not been refreshed since {when}. Refresh (F5).</source>
        <translation>{label} не обновлялся с {when}. Обновите (F5).</translation>
    </message>
    <message>
        <source>keyring locked</source>
        <translation>связка ключей заблокирована</translation>
    </message>
    <message>
        <source>no keyring available</source>
        <translation>нет связки ключей</translation>
    </message>
    <message>
        <source>API key missing</source>
        <translation>нет API-ключа</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-ключ отклонён</translation>
    </message>
    <message>
        <source>no read permission</source>
        <translation>нет права на чтение</translation>
    </message>
    <message>
        <source>not refreshed</source>
        <translation>не обновлялось</translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation>ошибка синхронизации</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>No data: {label} has never synced successfully.</source>
        <translation>Нет данных: {label} ещё ни разу не синхронизировался успешно.</translation>
    </message>
    <message>
        <source>{mark} Stale: the last good data of {label}, from {when} ({age}).</source>
        <translation>{mark} Устарело: последние верные данные {label}, на {when} ({age}).</translation>
    </message>
    <message>
        <source>{mark} Includes stale data: {sources}</source>
        <translation>{mark} Есть устаревшие данные: {sources}</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data.</source>
        <translation>ВСЛЕПУЮ: ни у одного биржевого аккаунта нет свежих данных.</translation>
    </message>
    <message>
        <source>Positions, distances and reminders shown are the last good data, from {age}.</source>
        <translation>Показанные позиции, дистанции и напоминания — последние верные данные, {age}.</translation>
    </message>
    <message>
        <source>Nothing is known about your positions.</source>
        <translation>О ваших позициях ничего не известно.</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data.</source>
        <translation>ЧАСТИЧНО ВСЛЕПУЮ: у {n} из {total} биржевых аккаунтов нет свежих данных.</translation>
    </message>
    <message>
        <source>Their rows are marked {mark} and greyed.</source>
        <translation>Их строки помечены {mark} и затенены.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Net worth</source>
        <translation>Капитал</translation>
    </message>
    <message>
        <source>Exchange equity</source>
        <translation>Капитал на биржах</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>Самохранение</translation>
    </message>
    <message>
        <source>Gross exposure</source>
        <translation>Валовая экспозиция</translation>
    </message>
    <message>
        <source>Net exposure</source>
        <translation>Чистая экспозиция</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Points drawn for one window at most: about a wide screen&apos;s width; a longer window is thinned in SQL. The time windows of the range box: (label, days back from now; None = everything stored).</extracomment>
        <translation>Всё</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 год</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 дней</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 часа</translation>
    </message>
    <message>
        <source>Net worth, exchange equity and self-custody over time, with your gross and net exposure (position sizes at mark). Click a point to open that snapshot below.</source>
        <translation>Капитал, капитал на биржах и самохранение во времени, с валовой и чистой экспозицией (размеры позиций по маркировке). Щёлкните точку, чтобы открыть этот снимок ниже.</translation>
    </message>
    <message>
        <source>Self-custody share: the part of your long-term holdings that sits in your own wallets, not on an exchange. Exchanges are not vaults: this line should go up.</source>
        <translation>Доля самохранения: часть долгосрочных активов в ваших собственных кошельках, а не на бирже. Биржа — не сейф: эта линия должна расти.</translation>
    </message>
    <message>
        <source>Self-custody %</source>
        <translation>Самохр., %</translation>
    </message>
    <message>
        <source>Stored snapshots, newest first: pick one to see its positions and balances</source>
        <translation>Сохранённые снимки, новые сверху: выберите, чтобы увидеть позиции и балансы</translation>
    </message>
    <message>
        <source>The time range of the charts. A long range is drawn from one snapshot per time step; a shorter one shows every snapshot in it.</source>
        <translation>Период графиков. Длинный период рисуется по одному снимку на шаг времени; более короткий показывает все снимки в нём.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Balances and holdings</source>
        <translation>Балансы и активы</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Positions, balances and holdings of the picked snapshot in one CSV file (a &apos;section&apos; column tells them apart; exact numbers)</source>
        <translation>Позиции, балансы и активы выбранного снимка в одном CSV (столбец &apos;section&apos; их различает; точные числа)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Экспорт JSON…</translation>
    </message>
    <message>
        <source>The whole picked snapshot as JSON, numbers as exact decimal text</source>
        <translation>Весь выбранный снимок в JSON, числа — точным десятичным текстом</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Сохранить график PNG…</translation>
    </message>
    <message>
        <source>The history could not be read: {error}</source>
        <translation>Историю не удалось прочитать: {error}</translation>
    </message>
    <message>
        <source>No snapshot in this time range.</source>
        <translation>В этом периоде нет снимков.</translation>
    </message>
    <message>
        <source>No stored snapshots yet: refresh to take the first one.</source>
        <translation>Сохранённых снимков пока нет: обновите, чтобы сделать первый.</translation>
    </message>
    <message>
        <source>1 snapshot from {first} to {last} UTC</source>
        <translation>1 снимок, с {first} по {last} UTC</translation>
    </message>
    <message>
        <source>{n} snapshots from {first} to {last} UTC</source>
        <translation>Снимков: {n}, с {first} по {last} UTC</translation>
    </message>
    <message>
        <source>the line appears from the second snapshot on</source>
        <translation>линия появится со второго снимка</translation>
    </message>
    <message>
        <source>Exchange equity + wallets + manual holdings</source>
        <translation>Капитал на биржах + кошельки + ручные записи</translation>
    </message>
    <message>
        <source>What the exchanges hold for you</source>
        <translation>Что хранят для вас биржи</translation>
    </message>
    <message>
        <source>Hardware and software wallets</source>
        <translation>Аппаратные и программные кошельки</translation>
    </message>
    <message>
        <source>Sum of all position sizes at mark</source>
        <translation>Сумма размеров всех позиций по маркировке</translation>
    </message>
    <message>
        <source>Longs minus shorts: your bet on the direction</source>
        <translation>Лонги минус шорты: ваша ставка на направление</translation>
    </message>
    <message>
        <source>The charts as you see them (in privacy mode without the amount scale)</source>
        <translation>Графики как на экране (в режиме приватности — без шкалы сумм)</translation>
    </message>
    <message>
        <source>{currency} (hidden)</source>
        <translation>{currency} (скрыто)</translation>
    </message>
    <message>
        <source>drawn from one snapshot per time step of {total} stored; a shorter range shows every one</source>
        <translation>по одному снимку на шаг времени из {total} сохранённых; более короткий период показывает все</translation>
    </message>
    <message>
        <source>{currency} rate unavailable for some snapshots, amounts shown in USD</source>
        <translation>Для части снимков нет курса {currency}, суммы показаны в USD</translation>
    </message>
    <message>
        <source>Snapshot {id} could not be read: {error}</source>
        <translation>Снимок {id} не удалось прочитать: {error}</translation>
    </message>
    <message>
        <source>No snapshot picked</source>
        <translation>Снимок не выбран</translation>
    </message>
    <message>
        <source>Snapshot of {when} UTC · {positions} positions · {balances} balances and holdings</source>
        <translation>Снимок {when} UTC · позиций: {positions} · балансов и активов: {balances}</translation>
    </message>
    <message>
        <source>Pick a snapshot first.</source>
        <translation>Сначала выберите снимок.</translation>
    </message>
    <message>
        <source>Export snapshot as {format}</source>
        <translation>Экспорт снимка в {format}</translation>
    </message>
    <message>
        <source>{format} files (*.{ext})</source>
        <translation>Файлы {format} (*.{ext})</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Экспорт не удался: {error}</translation>
    </message>
    <message>
        <source>Snapshot of {when} UTC written to {path}</source>
        <translation>Снимок {when} UTC записан в {path}</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Сохранить график в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}: check the folder exists and is writable.</source>
        <translation>Не удалось записать {path}: проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>График сохранён в {path}</translation>
    </message>
</context>
<context>
    <name>HoldingsModel</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>Стоимость ({currency})</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Долгосрочно</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Залог</translation>
    </message>
</context>
<context>
    <name>LadderChart</name>
    <message>
        <source>price (USD)</source>
        <translation>цена (USD)</translation>
    </message>
    <message>
        <source>liquidation notional per 0.5 % bucket</source>
        <translation>номинал ликвидаций на интервал 0,5 %</translation>
    </message>
    <message>
        <source>{symbol} liquidation ladder (market)</source>
        <translation>{symbol}: ликвидации рынка</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>сейчас {price}</translation>
    </message>
    <message>
        <source>you ({venue}) {price}</source>
        <translation>вы ({venue}) {price}</translation>
    </message>
    <message>
        <source>{position}: liquidated by venue rules at {price}</source>
        <translation>{position}: ликвидация по правилам биржи при {price}</translation>
    </message>
    <message>
        <source>after {price}</source>
        <translation>после {price}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Undertow — DEMO</source>
        <translation>Undertow — ДЕМО</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Sync every account and wallet now (F5)</source>
        <translation>Синхронизировать все аккаунты и кошельки сейчас (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Остановить синхронизацию</translation>
    </message>
    <message>
        <source>Hide amounts</source>
        <translation>Скрыть суммы</translation>
    </message>
    <message>
        <source>Privacy mode: hide every amount in every view (Ctrl+Shift+H)</source>
        <translation>Режим приватности: скрыть все суммы во всех разделах (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Refresh interval, servers, thresholds, theme, language (Ctrl+,)</source>
        <translation>Интервал обновления, серверы, пороги, тема, язык (Ctrl+,)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>ДЕМО-ДАННЫЕ</translation>
    </message>
    <message>
        <source>Bundled demo data (market as of 2026-02-12), not your accounts</source>
        <translation>Встроенные демо-данные (рынок на 2026-02-12), не ваши аккаунты</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Открыть «Аккаунты»</translation>
    </message>
    <message>
        <source>Each account&apos;s key, its last sync and why it failed</source>
        <translation>Ключ каждого аккаунта, его последняя синхронизация и причина сбоя</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>Snapshot {when} ({age})</source>
        <translation>Снимок {when} ({age})</translation>
    </message>
    <message>
        <source>Snapshot {when} — oldest data {age} ({source})</source>
        <translation>Снимок {when} — самые старые данные {age} ({source})</translation>
    </message>
    <message>
        <source>{source}: {state} from {age}</source>
        <translation>{source}: {state}, данные {age}</translation>
    </message>
</context>
<context>
    <name>MarginMode</name>
    <message>
        <source>cross</source>
        <translation>кросс</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>изолированная</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>survives</source>
        <translation>выдержит</translation>
    </message>
    <message>
        <source>liquidated</source>
        <translation>ликвидация</translation>
    </message>
    <message>
        <source>{gap} gap</source>
        <translation>Гэп {gap}</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>Exchange (ccxt id)</source>
        <translation>Биржа (id в ccxt)</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Columns whose text depends on the row&apos;s account (their ``text``/``sort`` take ``(row, AccountOf)``).</extracomment>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>кросс</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>изолированная</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <source>Unified ccxt symbol</source>
        <translation>Единый символ ccxt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Long or short</source>
        <translation>Лонг или шорт</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Size in contracts</source>
        <translation>Размер в контрактах</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Average entry price</source>
        <translation>Средняя цена входа</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <source>Mark price: liquidation is triggered by the mark, not the last trade</source>
        <translation>Цена маркировки: ликвидацию запускает она, а не последняя сделка</translation>
    </message>
    <message>
        <source>account</source>
        <translation>аккаунт</translation>
    </message>
    <message>
        <source>Liquidation price computed by the venue&apos;s own rules (tier chosen at the liquidation price); &quot;account&quot; = the venue liquidates the whole account, not this position alone</source>
        <translation>Цена ликвидации по правилам самой биржи (ступень выбрана по цене ликвидации); «аккаунт» = биржа ликвидирует весь аккаунт, а не только эту позицию</translation>
    </message>
    <message>
        <source>How far the mark must move against you to liquidate this position, in %; signed where the venue liquidates the whole account: the account&apos;s liquidating move of the market</source>
        <translation>Насколько марка должна сдвинуться против вас до ликвидации этой позиции, в %; со знаком там, где биржа ликвидирует весь аккаунт: движение рынка, ликвидирующее аккаунт</translation>
    </message>
    <message>
        <source>Lev.</source>
        <translation>Плечо</translation>
    </message>
    <message>
        <source>The leverage set for this position at the exchange</source>
        <translation>Плечо, установленное для этой позиции на бирже</translation>
    </message>
    <message>
        <source>ADL</source>
        <translation>ADL</translation>
    </message>
    <message>
        <source>Auto-deleveraging rank the exchange publishes for this position: the higher, the nearer the front of the queue when a liquidation cannot be filled (the scale is the exchange&apos;s: Binance 0–4, Bybit and OKX 1–5). The What-if view simulates when ADL may hit.</source>
        <translation>Ранг автоделевериджа (ADL), который биржа публикует для этой позиции: чем выше, тем ближе к началу очереди, когда ликвидацию не удаётся исполнить (шкала биржи: Binance 0–4, Bybit и OKX 1–5). Вид «Что если» моделирует, когда может сработать ADL.</translation>
    </message>
    <message>
        <source>Cross or isolated margin, and the account&apos;s mode as the exchange reported it at the last sync</source>
        <translation>Кросс или изолированная маржа и режим аккаунта по данным биржи при последней синхронизации</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole; no move within ±90 % does.</source>
        <translation>Биржа ликвидирует этот аккаунт целиком; ни одно движение в пределах ±90 % к этому не приводит.</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole, at a {move} move of the market (see Accounts).</source>
        <translation>Биржа ликвидирует этот аккаунт целиком, при движении рынка {move} (см. «Аккаунты»).</translation>
    </message>
    <message>
        <source>The exchange liquidates the whole account, so the account&apos;s liquidating move stands here (a move of the market, other assets following). {method}</source>
        <translation>Биржа ликвидирует весь аккаунт, поэтому здесь показано движение, ликвидирующее аккаунт (движение рынка, прочие активы следуют). {method}</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>Цена ликв.</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>По бирже</translation>
    </message>
    <message>
        <source>Liquidation price the exchange reports; ⚠ = differs from the rules by more than 0.5 %</source>
        <translation>Цена ликвидации по данным биржи; ⚠ = расходится с правилами больше чем на 0,5 %</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Дистанция</translation>
    </message>
    <message>
        <source>The same distance in daily volatilities (standard deviation of daily returns)</source>
        <translation>Та же дистанция в дневных волатильностях (стандартное отклонение дневной доходности)</translation>
    </message>
    <message>
        <source>Does the position survive an instant {gap} adverse gap? (the gap rule in Settings: a rule of thumb for leverage)</source>
        <translation>Переживёт ли позиция мгновенный гэп {gap} против вас? (правило гэпа из настроек: практическое правило для плеча)</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Filter by venue, account or symbol…</source>
        <translation>Фильтр по бирже, аккаунту или символу…</translation>
    </message>
    <message>
        <source>Liquidation calculator…</source>
        <translation>Калькулятор ликвидации…</translation>
    </message>
    <message>
        <source>Open the calculator pre-filled with the selected position</source>
        <translation>Открыть калькулятор с данными выбранной позиции</translation>
    </message>
    <message>
        <source>Positions: {n}</source>
        <translation>Позиций: {n}</translation>
    </message>
    <message>
        <source>nearest liquidation: {symbol} on {venue}, {distance} away</source>
        <translation>ближайшая ликвидация: {symbol} на {venue}, в {distance}</translation>
    </message>
    <message>
        <source>would not survive a {gap} gap: {n}</source>
        <translation>не переживут гэп {gap}: {n}</translation>
    </message>
    <message>
        <source>{mark} {n} from stale data (greyed; hover for the age and the reason)</source>
        <translation>{mark} из устаревших данных: {n} (затенены; наведите, чтобы увидеть возраст и причину)</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <source>Excess collateral</source>
        <translation>Лишний залог</translation>
    </message>
    <message>
        <source>Long-term coins on exchanges</source>
        <translation>Долгосрочные монеты на биржах</translation>
    </message>
    <message>
        <source>Exchange concentration</source>
        <translation>Концентрация на бирже</translation>
    </message>
    <message>
        <source>Idle exchange balance</source>
        <translation>Простаивающий баланс на бирже</translation>
    </message>
    <message>
        <source>Self-custody drill</source>
        <translation>Проверка самохранения</translation>
    </message>
    <message>
        <source>Stale wallet data</source>
        <translation>Устаревшие данные кошелька</translation>
    </message>
    <message>
        <source>Security hygiene</source>
        <translation>Гигиена безопасности</translation>
    </message>
    <message>
        <source>Liquidation proximity</source>
        <translation>Близость ликвидации</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>2025-10-10 crash</source>
        <translation>Обвал 2025-10-10</translation>
    </message>
    <message>
        <source>BTC breaks the $70k support</source>
        <translation>BTC пробивает поддержку $70k</translation>
    </message>
    <message>
        <source>BTC breaks the $75k support</source>
        <translation>BTC пробивает поддержку $75k</translation>
    </message>
    <message>
        <source>Collateral haircut (USDe / wBETH off par)</source>
        <translation>Дисконт залога (USDe / wBETH ниже номинала)</translation>
    </message>
    <message>
        <source>Gap of -10 % (survival rule)</source>
        <translation>Гэп -10 % (правило выживания)</translation>
    </message>
    <message>
        <source>Short squeeze (+15 %)</source>
        <translation>Шорт-сквиз (+15 %)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>manual only</source>
        <translation>только вручную</translation>
    </message>
    <message>
        <source>How often every account and wallet is synced in the background (0 = only when you press Refresh)</source>
        <translation>Как часто все аккаунты и кошельки синхронизируются в фоне (0 — только по кнопке «Обновить»)</translation>
    </message>
    <message>
        <source>Esplora REST server for Bitcoin balances. A public server learns which addresses you own and your IP address; your own node or Tor avoids that.</source>
        <translation>Сервер Esplora REST для балансов биткоина. Публичный сервер узнаёт, какие адреса ваши, и ваш IP; собственный узел или Tor этого избегают.</translation>
    </message>
    <message>
        <source>Ethereum JSON-RPC endpoint for ETH and token balances (read-only calls)</source>
        <translation>Точка Ethereum JSON-RPC для балансов ETH и токенов (только чтение)</translation>
    </message>
    <message>
        <source>socks5://127.0.0.1:9050 (optional)</source>
        <translation>socks5://127.0.0.1:9050 (необязательно)</translation>
    </message>
    <message>
        <source>How long one request to an exchange or chain server may take before it counts as failed</source>
        <translation>Сколько может длиться один запрос к бирже или серверу блокчейна, прежде чем он считается неудачным</translation>
    </message>
    <message>
        <source>How long one account&apos;s or wallet&apos;s whole refresh may take, retries included; then its last good data is shown, marked stale</source>
        <translation>Сколько может длиться всё обновление одного счёта или кошелька, с повторами; затем показываются последние верные данные с пометкой «устарело»</translation>
    </message>
    <message>
        <source>Remind me when a position is closer to liquidation than this adverse move</source>
        <translation>Напомнить, когда позиция ближе к ликвидации, чем это неблагоприятное движение</translation>
    </message>
    <message>
        <source>Alert when a position is closer to liquidation than this many daily standard deviations of its market (0 = off)</source>
        <translation>Оповещать, когда позиция ближе к ликвидации, чем это число дневных стандартных отклонений её рынка (0 = выкл.)</translation>
    </message>
    <message>
        <source>Alert when an account&apos;s margin ratio has gone this far of the way to the level at which its exchange liquidates it (0 = off)</source>
        <translation>Оповещать, когда коэффициент маржи аккаунта прошёл такую долю пути до уровня, на котором биржа его ликвидирует (0 = выкл.)</translation>
    </message>
    <message>
        <source>An alert fires again only after the position has first moved back this much beyond its threshold, so a price hovering there is quiet</source>
        <translation>Оповещение сработает снова, только когда позиция сначала отойдёт от порога на эту величину, так что цена, колеблющаяся у порога, не вызывает шума</translation>
    </message>
    <message>
        <source>Survival rule: a position should survive an instant adverse gap of this size</source>
        <translation>Правило выживания: позиция должна пережить мгновенный гэп такого размера</translation>
    </message>
    <message>
        <source>Collateral beyond this multiple of the margin your positions need counts as &apos;not needed as margin&apos; and can go to cold storage</source>
        <translation>Залог сверх этого кратного требуемой маржи считается «не нужным как маржа» и может уйти в холодное хранение</translation>
    </message>
    <message>
        <source>Language of the interface; numbers and dates follow it too</source>
        <translation>Язык интерфейса; числа и даты тоже следуют ему</translation>
    </message>
    <message>
        <source>Hide every amount (privacy mode)</source>
        <translation>Скрыть все суммы (режим приватности)</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Показывать значок в системном лотке</translation>
    </message>
    <message>
        <source>Closing the window keeps Undertow in the tray</source>
        <translation>При закрытии окна Undertow остаётся в лотке</translation>
    </message>
    <message>
        <source>Keep watching positions and sending alerts while the window is closed (from the tray)</source>
        <translation>Продолжать следить за позициями и отправлять оповещения при закрытом окне (из лотка)</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Запускать свёрнутым</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Автообновление</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Валюта отображения</translation>
    </message>
    <message>
        <source>Esplora server</source>
        <translation>Сервер Esplora</translation>
    </message>
    <message>
        <source>EVM RPC server</source>
        <translation>Сервер EVM RPC</translation>
    </message>
    <message>
        <source>SOCKS proxy</source>
        <translation>SOCKS-прокси</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Тайм-аут запроса</translation>
    </message>
    <message>
        <source>Refresh timeout</source>
        <translation>Тайм-аут обновления</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Liquidation alert</source>
        <translation>Оповещение о ликвидации</translation>
    </message>
    <message>
        <source>Alert in daily σ</source>
        <translation>Оповещение в дневных σ</translation>
    </message>
    <message>
        <source>Account ratio alert</source>
        <translation>Оповещение по показателю аккаунта</translation>
    </message>
    <message>
        <source>Alert hysteresis</source>
        <translation>Гистерезис оповещений</translation>
    </message>
    <message>
        <source>Gap rule</source>
        <translation>Правило гэпа</translation>
    </message>
    <message>
        <source>Margin buffer</source>
        <translation>Запас маржи</translation>
    </message>
    <message>
        <source>Appearance and behaviour</source>
        <translation>Вид и поведение</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The Esplora server must be an http(s) URL</source>
        <translation>Сервер Esplora должен быть URL http(s)</translation>
    </message>
    <message>
        <source>The RPC server must be an http(s) URL</source>
        <translation>Сервер RPC должен быть URL http(s)</translation>
    </message>
    <message>
        <source>The proxy must look like socks5://host:port</source>
        <translation>Прокси должен выглядеть как socks5://host:port</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>long</source>
        <translation>лонг</translation>
    </message>
    <message>
        <source>short</source>
        <translation>шорт</translation>
    </message>
</context>
<context>
    <name>SimulatorView</name>
    <message>
        <source>Scenario presets (with their sources) and the scenarios you saved.
A preset sets the shock, its own shocks for other assets, and may thin the order books or swell open interest.</source>
        <translation>Пресеты сценариев (с источниками) и ваши сохранённые сценарии.
Пресет задаёт шок, собственные шоки других активов и может истончить стаканы или раздуть открытый интерес.</translation>
    </message>
    <message>
        <source>Order-book depth relative to the calibrated model (1.00× = fitted on 2025-10-10).
Lower it to model books that vanish in a panic: every forced order then moves the price further.</source>
        <translation>Глубина стакана относительно откалиброванной модели (1,00× = подгонка по 2025-10-10).
Уменьшите, чтобы смоделировать исчезающие в панике стаканы: каждый принудительный ордер сдвинет цену дальше.</translation>
    </message>
    <message>
        <source>Open interest relative to today&apos;s. More leveraged positions means more forced orders when their liquidation levels are crossed.</source>
        <translation>Открытый интерес относительно сегодняшнего. Больше позиций с плечом — больше принудительных ордеров, когда пробиваются их уровни ликвидации.</translation>
    </message>
    <message>
        <source>The market whose liquidation ladder and order-book depth are drawn below</source>
        <translation>Рынок, чья лестница ликвидаций и глубина стакана показаны ниже</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Пресет</translation>
    </message>
    <message>
        <source>Depth factor</source>
        <translation>Глубина ×</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>Открытый интерес</translation>
    </message>
    <message>
        <source>Ladder / depth of</source>
        <translation>Лестница / стакан</translation>
    </message>
    <message>
        <source>Save scenario…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Keep the current shock, depth factor and open-interest multiplier as your own preset</source>
        <translation>Сохранить текущие шок, множитель глубины и открытого интереса как свой пресет</translation>
    </message>
    <message>
        <source>The exogenous shock to the driver (BTC), in steps of 0.1 %. Other assets follow with their betas; the cascade then adds what forced liquidations do.</source>
        <translation>Внешний шок базового актива (BTC) с шагом 0,1 %. Остальные активы следуют со своими бетами; каскад добавляет действие принудительных ликвидаций.</translation>
    </message>
    <message>
        <source>Your exchange equity at this shock, and what the market as a whole went through</source>
        <translation>Ваш капитал на биржах при этом шоке и что пережил рынок в целом</translation>
    </message>
    <message>
        <source>Your exchange equity at each shock. Dashed: the shock alone. Solid: with the liquidation cascade. Markers: where your positions are liquidated.</source>
        <translation>Ваш капитал на биржах при каждом шоке. Пунктир: только шок. Сплошная: с каскадом ликвидаций. Маркеры: где ликвидируются ваши позиции.</translation>
    </message>
    <message>
        <source>Where the market&apos;s leveraged positions get liquidated (estimated from open interest): longs below the price, shorts above. Dashed red lines: your liquidation prices.</source>
        <translation>Где ликвидируются позиции рынка с плечом (оценка по открытому интересу): лонги ниже цены, шорты выше. Красный пунктир: ваши цены ликвидации.</translation>
    </message>
    <message>
        <source>How much can be sold (bids) or bought (asks) before the price moves this far. A thin book turns the same forced orders into a bigger move.</source>
        <translation>Сколько можно продать (биды) или купить (аски), пока цена не сдвинется настолько. Тонкий стакан превращает те же ордера в большее движение.</translation>
    </message>
    <message>
        <source>Market at this shock</source>
        <translation>Рынок при этом шоке</translation>
    </message>
    <message>
        <source>Your positions</source>
        <translation>Ваши позиции</translation>
    </message>
    <message>
        <source>{driver} shock</source>
        <translation>Шок {driver}</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>Шок</translation>
    </message>
    <message>
        <source>Custom (the slider only)</source>
        <translation>Свой (только ползунок)</translation>
    </message>
    <message>
        <source>No data yet: refresh to load your positions and the market.</source>
        <translation>Данных пока нет: обновите, чтобы загрузить позиции и рынок.</translation>
    </message>
    <message>
        <source>Presets could not be read: {error}</source>
        <translation>Не удалось прочитать пресеты: {error}</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}  (ваш)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Computing the cascade…</source>
        <translation>Расчёт каскада…</translation>
    </message>
    <message>
        <source>The simulation could not run: {error}</source>
        <translation>Симуляцию не удалось выполнить: {error}</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <source>Name of your scenario:</source>
        <translation>Название сценария:</translation>
    </message>
    <message>
        <source>The scenario was not saved: {error}</source>
        <translation>Сценарий не сохранён: {error}</translation>
    </message>
    <message>
        <source>Saved as {file} in your scenario folder.</source>
        <translation>Сохранено как {file} в папке сценариев.</translation>
    </message>
</context>
<context>
    <name>SourceState</name>
    <message>
        <source>fresh</source>
        <translation>актуально</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>устарело</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Undertow: {kind} needs your attention.</source>
        <translation>Undertow: требует внимания — {kind}.</translation>
    </message>
    <message>
        <source>Undertow: {n} reminders need your attention.</source>
        <translation>Undertow: напоминаний, требующих внимания: {n}.</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data</source>
        <translation>ВСЛЕПУЮ: ни у одного биржевого аккаунта нет свежих данных</translation>
    </message>
    <message>
        <source>Partly blind: {n} of {total} exchange accounts have no fresh data</source>
        <translation>Частично вслепую: у {n} из {total} биржевых аккаунтов нет свежих данных</translation>
    </message>
    <message>
        <source>Show Undertow</source>
        <translation>Показать Undertow</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Automatic (from the key)</source>
        <translation>Автоматически (по ключу)</translation>
    </message>
    <message>
        <source>Native segwit p2wpkh (bc1q…)</source>
        <translation>Native SegWit p2wpkh (bc1q…)</translation>
    </message>
    <message>
        <source>Taproot p2tr (bc1p…)</source>
        <translation>Taproot p2tr (bc1p…)</translation>
    </message>
    <message>
        <source>Nested segwit p2sh-p2wpkh (3…)</source>
        <translation>Вложенный SegWit p2sh-p2wpkh (3…)</translation>
    </message>
    <message>
        <source>Legacy p2pkh (1…)</source>
        <translation>Legacy p2pkh (1…)</translation>
    </message>
    <message>
        <source>Watch a wallet</source>
        <translation>Следить за кошельком</translation>
    </message>
    <message>
        <source>Paste an output descriptor (Sparrow: Settings → Export → Output Descriptor), a zpub/xpub, a Bitcoin or 0x address — or open an export file.</source>
        <translation>Вставьте дескриптор выходов (Sparrow: Settings → Export → Output Descriptor), zpub/xpub, адрес биткоина или 0x — или откройте файл экспорта.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>e.g. OneKey vault</source>
        <translation>напр. OneKey хранилище</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Hardware wallet</source>
        <translation>Аппаратный кошелёк</translation>
    </message>
    <message>
        <source>Software wallet</source>
        <translation>Программный кошелёк</translation>
    </message>
    <message>
        <source>Verify on your device: its screen must show receive address #0 exactly as above before you send coins to this wallet.</source>
        <translation>Проверьте на устройстве: прежде чем отправлять монеты в этот кошелёк, его экран должен показать адрес получения #0 точно как выше.</translation>
    </message>
    <message>
        <source>Watch wallet</source>
        <translation>Следить</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Script type</source>
        <translation>Тип скрипта</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Open a wallet export</source>
        <translation>Открыть экспорт кошелька</translation>
    </message>
    <message>
        <source>Wallet exports (*.txt *.json);;All (*)</source>
        <translation>Экспорт кошелька (*.txt *.json);;Все (*)</translation>
    </message>
    <message>
        <source>the file is too large to be a wallet export</source>
        <translation>файл слишком велик для экспорта кошелька</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>Не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>{kind} wallet ({chain}), from {source}, fingerprint {fingerprint}</source>
        <translation>Кошелёк {kind} ({chain}) из {source}, отпечаток {fingerprint}</translation>
    </message>
    <message>
        <source>{kind} wallet ({chain}), from {source}</source>
        <translation>Кошелёк {kind} ({chain}) из {source}</translation>
    </message>
    <message>
        <source>Balances come from the Esplora server in Settings ({url}). That server learns every address of this wallet, can link them to each other, and sees your IP address unless you set a SOCKS proxy such as Tor. Your own node&apos;s Esplora, or Tor, keeps this private.</source>
        <translation>Балансы берутся с сервера Esplora из настроек ({url}). Этот сервер узнаёт все адреса кошелька, может связать их между собой и видит ваш IP-адрес, если не задан SOCKS-прокси, например Tor. Собственный узел с Esplora или Tor сохраняют приватность.</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Keep watching?</source>
        <translation>Продолжать следить?</translation>
    </message>
    <message>
        <source>Keep watching in the background when the window closes?</source>
        <translation>Продолжать следить в фоне после закрытия окна?</translation>
    </message>
    <message>
        <source>Undertow can keep checking your positions and send alerts while its window is closed. It stays in the system tray; quit it from the tray menu.</source>
        <translation>Undertow может продолжать проверять ваши позиции и отправлять оповещения при закрытом окне. Он остаётся в системном лотке; выйти можно через меню значка в лотке.</translation>
    </message>
</context>
</TS>
