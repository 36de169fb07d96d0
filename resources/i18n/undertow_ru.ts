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
        <source>Where the key goes: your operating system&apos;s keyring ({backend}), never Undertow&apos;s database, which keeps only a reference to it.</source>
        <translation>Куда попадает ключ: в связку ключей операционной системы ({backend}), никогда не в базу данных Undertow — там хранится только ссылка на него.</translation>
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
        <source>No exchange account yet</source>
        <translation>Биржевых аккаунтов пока нет</translation>
    </message>
    <message>
        <source>Add an account with a READ-ONLY API key (Binance, Bybit, OKX) or, for Hyperliquid, just your public wallet address. Undertow only reads positions, balances and market data. The key is kept in your operating system&apos;s keyring, never in Undertow&apos;s database, which holds only a reference to it.</source>
        <translation>Добавьте аккаунт с API-ключом ТОЛЬКО ДЛЯ ЧТЕНИЯ (Binance, Bybit, OKX) или, для Hyperliquid, просто с публичным адресом кошелька. Undertow только читает позиции, балансы и рыночные данные. Ключ хранится в связке ключей операционной системы, а не в базе данных Undertow — там только ссылка на него.</translation>
    </message>
    <message>
        <source>Add exchange account…</source>
        <translation>Добавить биржевой аккаунт…</translation>
    </message>
    <message>
        <source>All ways to start…</source>
        <translation>Все способы начать…</translation>
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
        <source>Undertow — demo</source>
        <translation>Undertow — демо</translation>
    </message>
    <message>
        <source>The demo could not be started ({command}). Start it from a terminal with: undertow --demo</source>
        <translation>Не удалось запустить демо ({command}). Запустите его из терминала: undertow --demo</translation>
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
        <source>Isolated margin</source>
        <translation>Изолированная маржа</translation>
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
        <source>e.g. BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP</source>
        <translation>напр. BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP</translation>
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
        <source>Leverage; with a margin and no size it sets the size</source>
        <translation>Плечо; если задана маржа, а размер нет, оно определяет размер</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Символ</translation>
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
        <source>More inputs (cross margin, your own rate)</source>
        <translation>Дополнительно (кросс-маржа, своя ставка)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Fetch the table now</source>
        <translation>Загрузить таблицу сейчас</translation>
    </message>
    <message>
        <source>Ask the venue for the current tier table and save it with its date</source>
        <translation>Запросить у биржи текущую таблицу уровней и сохранить её с датой</translation>
    </message>
    <message>
        <source>Only in the app connected to the venues (not in the demo)</source>
        <translation>Только в приложении, подключённом к биржам (не в демо)</translation>
    </message>
    <message>
        <source>Asking {venue}…</source>
        <translation>Запрос к {venue}…</translation>
    </message>
    <message>
        <source>Could not ask the venue: {reason}</source>
        <translation>Не удалось запросить биржу: {reason}</translation>
    </message>
    <message>
        <source>{symbol} · inverse · {size} USD per contract</source>
        <translation>{symbol} · инверсный · {size} USD за контракт</translation>
    </message>
    <message>
        <source>{symbol} · linear · {size} {base} per contract</source>
        <translation>{symbol} · линейный · {size} {base} за контракт</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>контр.</translation>
    </message>
    <message>
        <source>{symbol}: {n} tiers · {about}</source>
        <translation>{symbol}: уровней — {n} · {about}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Enter the entry price, then the size or the margin.</source>
        <translation>Введите цену входа, затем размер или маржу.</translation>
    </message>
    <message>
        <source>Or enter the asset&apos;s max leverage under “More inputs”.</source>
        <translation>Или введите максимальное плечо актива в разделе «Дополнительно».</translation>
    </message>
    <message>
        <source>Or enter a maintenance rate of your own under “More inputs”.</source>
        <translation>Или введите свою ставку поддерживающей маржи в разделе «Дополнительно».</translation>
    </message>
    <message>
        <source>Type a symbol of the venue.</source>
        <translation>Введите символ этой биржи.</translation>
    </message>
    <message>
        <source>The calculator has no rule for this contract.</source>
        <translation>Для этого контракта в калькуляторе нет правила.</translation>
    </message>
    <message>
        <source>The maintenance rate is a fraction below 1 (0.005 = 0.5 %).</source>
        <translation>Ставка поддерживающей маржи — доля меньше 1 (0,005 = 0,5 %).</translation>
    </message>
    <message>
        <source>Cross margin: enter the cross wallet balance under “More inputs”.</source>
        <translation>Кросс-маржа: введите баланс кросс-кошелька в разделе «Дополнительно».</translation>
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
        <source>Linear contracts: in the base coin (0.5 = 0.5 BTC); inverse: contracts. Leave empty to size the position from the margin and the leverage</source>
        <translation>Линейные контракты — в базовой монете (0,5 = 0,5 BTC); инверсные — в контрактах. Оставьте пустым, чтобы размер определялся маржой и плечом</translation>
    </message>
    <message>
        <source>Settle currency (USDT, or the coin for inverse). With the size it implies the leverage; above the initial margin it counts as added margin</source>
        <translation>Валюта расчёта (USDT или монета для инверсных). Вместе с размером задаёт плечо; сверх начальной маржи считается добавленной маржой</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>Целевая цена</translation>
    </message>
    <message>
        <source>A price to show the PnL and ROE at</source>
        <translation>Цена, при которой показать PnL и ROE</translation>
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
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Initial margin</source>
        <translation>Начальная маржа</translation>
    </message>
    <message>
        <source>Maintenance margin</source>
        <translation>Поддерживающая маржа</translation>
    </message>
    <message>
        <source>Max position at this leverage</source>
        <translation>Макс. позиция при этом плече</translation>
    </message>
    <message>
        <source>Max leverage at this size</source>
        <translation>Макс. плечо при этом размере</translation>
    </message>
    <message>
        <source>PnL at the target</source>
        <translation>PnL при целевой цене</translation>
    </message>
    <message>
        <source>ROE at the target</source>
        <translation>ROE при целевой цене</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>none (price alone cannot liquidate it)</source>
        <translation>нет (одно движение цены её не ликвидирует)</translation>
    </message>
    <message>
        <source>{n} contracts ({usd} USD)</source>
        <translation>{n} контр. ({usd} USD)</translation>
    </message>
    <message>
        <source>{size} = {value}</source>
        <translation>{size} = {value}</translation>
    </message>
    <message>
        <source>{initial} (isolated margin {margin})</source>
        <translation>{initial} (изолированная маржа {margin})</translation>
    </message>
    <message>
        <source>{amount} at entry</source>
        <translation>{amount} по цене входа</translation>
    </message>
    <message>
        <source>{given} (the margin implies {implied}×)</source>
        <translation>{given} (по марже выходит {implied}×)</translation>
    </message>
    <message>
        <source>not in this table (no max leverage or cap recorded)</source>
        <translation>нет в этой таблице (не записаны макс. плечо или лимит)</translation>
    </message>
    <message>
        <source>USD face</source>
        <translation>USD номинала</translation>
    </message>
    <message>
        <source>{value} ({size} {unit} at entry)</source>
        <translation>{value} ({size} {unit} по цене входа)</translation>
    </message>
    <message>
        <source>enter a target price</source>
        <translation>введите целевую цену</translation>
    </message>
    <message>
        <source>{venue} has no calculator rule; showing the closest inputs</source>
        <translation>Для {venue} нет правила расчёта; показаны ближайшие данные</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number</source>
        <translation>{field}: {text} — не число</translation>
    </message>
</context>
<context>
    <name>CascadeGrid</name>
    <message>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
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
        <source>Per 1 % more</source>
        <translation>На +1 %</translation>
    </message>
    <message>
        <source>How much further the price ends per 1 % more shock. About 1: the cascade adds little at the margin; 3 or more: a tipping point, where a slightly bigger shock runs much further</source>
        <translation>Насколько дальше уходит цена на каждый 1 % дополнительного шока. Около 1: каскад почти ничего не добавляет; 3 и больше: точка перелома, где чуть больший шок уводит цену намного дальше</translation>
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
        <source>Your accounts (equity with the cascade at this shock, and the change from now; a liquidated account is 0: the venue closes it) and their positions</source>
        <translation>Ваши аккаунты (капитал с каскадом при этом шоке и изменение от текущего; ликвидированный аккаунт — 0: биржа его закрывает) и их позиции</translation>
    </message>
    <message>
        <source>At this shock</source>
        <translation>При этом шоке</translation>
    </message>
    <message>
        <source>Liquidated at this shock? &apos;yes&apos;: by the shock alone; &apos;cascade&apos;: only once the cascade has pushed the price further; &apos;no&apos;: it survives</source>
        <translation>Ликвидируется ли при этом шоке? «да»: от одного шока; «каскад»: только когда каскад сдвинет цену дальше; «нет»: выдержит</translation>
    </message>
    <message>
        <source>Smallest driver shock (within ±50 %) that liquidates it without the cascade, the driver moving alone (other assets by their betas; a preset&apos;s own shocks and haircuts left out) — the same figure as &apos;undertow shock&apos;</source>
        <translation>Наименьший шок базового актива (в пределах ±50 %), ликвидирующий её без каскада, когда движется только базовый актив (прочие — по своим бетам; собственные шоки и дисконты пресета не учитываются), — то же число, что в &apos;undertow shock&apos;</translation>
    </message>
    <message>
        <source>Smallest driver shock that liquidates it with the cascade: the real distance. In brackets, the same under every leave-one-out fit of the event library: nearer to farther</source>
        <translation>Наименьший шок, ликвидирующий её с каскадом: реальная дистанция. В скобках — то же при каждой подгонке leave-one-out по библиотеке событий: от ближней к дальней</translation>
    </message>
    <message>
        <source>Moved by the preset&apos;s own shock: the driver does not move it</source>
        <translation>Движется собственным шоком пресета: базовый актив на неё не влияет</translation>
    </message>
    <message>
        <source>Its range is being computed…</source>
        <translation>Диапазон вычисляется…</translation>
    </message>
    <message>
        <source>cascade</source>
        <translation>каскад</translation>
    </message>
    <message>
        <source>Liquidated only because of the cascade</source>
        <translation>Ликвидирована только из-за каскада</translation>
    </message>
    <message>
        <source>your equity &lt;b&gt;{with_}&lt;/b&gt; with the cascade, {without} without</source>
        <translation>ваш капитал &lt;b&gt;{with_}&lt;/b&gt; с каскадом, {without} без</translation>
    </message>
    <message>
        <source>Market: longs {longs} and shorts {shorts} liquidated, insurance fund {fund}, ADL {adl}</source>
        <translation>Рынок: ликвидировано лонгов {longs} и шортов {shorts}, страховой фонд {fund}, ADL {adl}</translation>
    </message>
    <message>
        <source>{symbol} sits near a tipping point: its final move changes by {sensitivity} per 1 % more shock</source>
        <translation>{symbol} у точки перелома: итоговое движение меняется на {sensitivity} на каждый 1 % дополнительного шока</translation>
    </message>
    <message>
        <source>Dies at</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Dies at +casc.</source>
        <translation>Порог +каск.</translation>
    </message>
    <message>
        <source>ADL risk: profitable while its market needs auto-deleveraging — it may be closed for you</source>
        <translation>Риск ADL: позиция в прибыли, когда рынку нужен автоделевериджинг, — её могут закрыть за вас</translation>
    </message>
    <message>
        <source>Being computed…</source>
        <translation>Вычисляется…</translation>
    </message>
    <message>
        <source>Range under every leave-one-out fit of the event library: {range}</source>
        <translation>Диапазон по всем подгонкам leave-one-out библиотеки событий: {range}</translation>
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
        <source>Equity now {now}; at this shock {with_} with the cascade, {without} without. A liquidated account counts 0: the venue closes it and the insurance fund takes any shortfall.</source>
        <translation>Капитал сейчас {now}; при этом шоке {with_} с каскадом, {without} без. Ликвидированный аккаунт считается как 0: биржа его закрывает, а недостачу покрывает страховой фонд.</translation>
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
        <source>(range {low} to {high})</source>
        <translation>(диапазон от {low} до {high})</translation>
    </message>
    <message>
        <source>{dead} of {total} positions liquidated</source>
        <translation>ликвидировано позиций: {dead} из {total}</translation>
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
        <source>Only what the account does not need as margin by its own rules (its mode and the venue&apos;s collateral haircuts) is suggested, keeping {multiple}× what its positions need (the margin buffer in Settings).</source>
        <translation>Предлагается только то, что аккаунту не нужно как маржа по его собственным правилам (режим и дисконты залога биржи), с запасом {multiple}× от нужного позициям (запас маржи в настройках).</translation>
    </message>
    <message>
        <source>More than suggested: the account would keep less than {multiple}× the margin its positions need.</source>
        <translation>Больше предложенного: на аккаунте останется меньше {multiple}× маржи, нужной позициям.</translation>
    </message>
    <message>
        <source>First watch a wallet that can receive {asset} (Custody → Watch a wallet…): the move needs an address from your own device.</source>
        <translation>Сначала начните следить за кошельком, который может принять {asset} (Хранение → Следить за кошельком…): для перевода нужен адрес с вашего собственного устройства.</translation>
    </message>
    <message>
        <source>This is receive address #{index} of {wallet}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>Это адрес получения #{index} кошелька {wallet}. Убедитесь, что устройство показывает именно этот адрес, затем выведите средства с биржи и нажмите «Я перевёл».</translation>
    </message>
    <message>
        <source>This is the address of {wallet}. Verify on your device that it shows exactly this address, then withdraw on the exchange and press &quot;I moved it&quot;.</source>
        <translation>Это адрес кошелька {wallet}. Убедитесь, что устройство показывает именно этот адрес, затем выведите средства с биржи и нажмите «Я перевёл».</translation>
    </message>
    <message>
        <source>Nothing on this account is free of margin duties right now.</source>
        <translation>Сейчас на этом аккаунте нет средств, свободных от роли маржи.</translation>
    </message>
    <message>
        <source>looking for the next unused address…</source>
        <translation>ищем следующий неиспользованный адрес…</translation>
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
        <source>The exchange this market trades on</source>
        <translation>Биржа, где торгуется этот рынок</translation>
    </message>
    <message>
        <source>Funding rate per 8 h. Positive: longs pay shorts to keep the position open, so the crowd is long. 0.01 % is the usual neutral rate. Beyond ±0.03 % per 8 h the paying side is named: most traders lean one way, and a crowded side is the fuel of a cascade (if the price turns, their liquidations push it further).</source>
        <translation>Ставка финансирования за 8 ч. Положительная: лонги платят шортам за удержание позиции, толпа в лонгах. Обычная нейтральная ставка — 0,01 %. Больше ±0,03 % за 8 ч указывается платящая сторона: большинство трейдеров на одной стороне, а перегруженная сторона — топливо каскада (если цена развернётся, их ликвидации толкнут её дальше).</translation>
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
        <source>One-sided: {side}.</source>
        <translation>Перекос: {side}.</translation>
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
        <source>flagged</source>
        <translation>тревога</translation>
    </message>
    <message>
        <source>within range</source>
        <translation>в диапазоне</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>устарело</translation>
    </message>
    <message>
        <source>exchanges (open interest, spot tickers)</source>
        <extracomment>Where a locally computed signal comes from (core.fragility_score.LOCAL_SOURCES is English for the terminal).</extracomment>
        <translation>биржи (открытый интерес, спотовые тикеры)</translation>
    </message>
    <message>
        <source>exchanges (funding rate)</source>
        <translation>биржи (ставка финансирования)</translation>
    </message>
    <message>
        <source>local estimate from open interest</source>
        <translation>локальная оценка по открытому интересу</translation>
    </message>
    <message>
        <source>stored order books</source>
        <translation>сохранённые стаканы</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>One part of the fragility score</source>
        <translation>Одна из составляющих индекса хрупкости</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>The signal now</source>
        <translation>Значение сигнала сейчас</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>The range the value is judged against: outside it, the signal is flagged</source>
        <translation>Диапазон, с которым сравнивается значение: вне его — тревога</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Flagged: outside its range, it adds its weight to the score. No data: it counts on neither side.</source>
        <translation>Тревога: вне своего диапазона, её вес добавляется к индексу. Нет данных: не учитывается ни в одну сторону.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Its part of the score: score = 100 × weight flagged ÷ weight with data</source>
        <translation>Её доля в индексе: индекс = 100 × вес с тревогой ÷ вес с данными</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>The date of the data the signal was computed from</source>
        <translation>Дата данных, по которым рассчитан сигнал</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Откуда данные</translation>
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
        <source>The exchange</source>
        <translation>Биржа</translation>
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
    <name>Core</name>
    <message>
        <source>desktop notifications over D-Bus are for Linux desktops</source>
        <extracomment>freedesktop urgency levels: 0 low, 1 normal, 2 critical (stays until dismissed on most desktops). Well below the dispatcher&apos;s timeout, so a bus that tries to start a missing service still leaves time for the tray. ``(title, text, severity) -&gt; shown?``, safe to call from any thread.</extracomment>
        <translation>уведомления на рабочем столе через D-Bus доступны только в Linux</translation>
    </message>
    <message>
        <source>the notification service did not answer within {seconds} s</source>
        <translation>служба уведомлений не ответила за {seconds} с</translation>
    </message>
    <message>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>нет сеансовой шины D-Bus (DBUS_SESSION_BUS_ADDRESS не задан)</translation>
    </message>
    <message>
        <source>no notification service answered ({error})</source>
        <translation>ни одна служба уведомлений не ответила ({error})</translation>
    </message>
    <message>
        <source>the D-Bus session bus cannot be reached ({error})</source>
        <translation>сеансовая шина D-Bus недоступна ({error})</translation>
    </message>
    <message>
        <source>the tray icon is off or cannot show messages</source>
        <translation>значок в лотке выключен или не может показывать сообщения</translation>
    </message>
    <message>
        <source>no desktop notification could be shown: {reason}</source>
        <translation>не удалось показать уведомление на рабочем столе: {reason}</translation>
    </message>
    <message>
        <source>the ntfy server</source>
        <extracomment>A server asking us to wait longer than this gets no retry now (the next alert will try again). The services, as the errors name them.</extracomment>
        <translation>сервер ntfy</translation>
    </message>
    <message>
        <source>the webhook</source>
        <translation>вебхук</translation>
    </message>
    <message>
        <source>{service} is limiting requests (HTTP 429); it asks to wait {minutes} min</source>
        <translation>{service} ограничивает запросы (HTTP 429) и просит подождать {minutes} мин</translation>
    </message>
    <message>
        <source>{service} is limiting requests (HTTP 429)</source>
        <translation>{service} ограничивает запросы (HTTP 429)</translation>
    </message>
    <message>
        <source>{service} failed (HTTP {status})</source>
        <translation>ошибка: {service} (HTTP {status})</translation>
    </message>
    <message>
        <source>{service} refused the credentials (HTTP {status})</source>
        <translation>{service} отклонил учётные данные (HTTP {status})</translation>
    </message>
    <message>
        <source>{service} answered &apos;not found&apos; (HTTP 404): check the address</source>
        <translation>{service} ответил «не найдено» (HTTP 404): проверьте адрес</translation>
    </message>
    <message>
        <source>{service} rejected the message (HTTP {status})</source>
        <translation>{service} отклонил сообщение (HTTP {status})</translation>
    </message>
    <message>
        <source>{service} at {host} did not answer within {seconds} s</source>
        <translation>{service} на {host} не ответил за {seconds} с</translation>
    </message>
    <message>
        <source>could not reach {service} at {host} ({error})</source>
        <translation>{service} на {host} недоступен ({error})</translation>
    </message>
    <message>
        <source>{service}: request failed ({error})</source>
        <translation>{service}: запрос не удался ({error})</translation>
    </message>
    <message>
        <source>Telegram refused the bot token (Unauthorized): check it with @BotFather</source>
        <translation>Telegram отклонил токен бота (Unauthorized): проверьте его в @BotFather</translation>
    </message>
    <message>
        <source>the CA certificate file cannot be read ({error})</source>
        <translation>файл сертификата CA не читается ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer STARTTLS; Undertow does not send mail unencrypted (try security &apos;tls&apos; on port 465)</source>
        <translation>почтовый сервер {server} не поддерживает STARTTLS; Undertow не отправляет почту без шифрования (попробуйте шифрование &apos;tls&apos; на порту 465)</translation>
    </message>
    <message>
        <source>the mail server {server} refused the user name or password</source>
        <translation>почтовый сервер {server} отклонил имя пользователя или пароль</translation>
    </message>
    <message>
        <source>the mail server {server} does not support login over this connection</source>
        <translation>почтовый сервер {server} не поддерживает вход по этому соединению</translation>
    </message>
    <message>
        <source>the mail server {server} refused the recipient address</source>
        <translation>почтовый сервер {server} отклонил адрес получателя</translation>
    </message>
    <message>
        <source>the mail server {server} refused the sender address (code {code})</source>
        <translation>почтовый сервер {server} отклонил адрес отправителя (код {code})</translation>
    </message>
    <message>
        <source>the mail server {server} temporarily refused the message (code {code})</source>
        <translation>почтовый сервер {server} временно отклонил сообщение (код {code})</translation>
    </message>
    <message>
        <source>the mail server {server} refused the message (code {code})</source>
        <translation>почтовый сервер {server} отклонил сообщение (код {code})</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>почтовый сервер {server} закрыл соединение ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} failed ({error})</source>
        <translation>ошибка почтового сервера {server} ({error})</translation>
    </message>
    <message>
        <source>the certificate of the mail server {server} could not be verified ({reason})</source>
        <translation>не удалось проверить сертификат почтового сервера {server} ({reason})</translation>
    </message>
    <message>
        <source>TLS with the mail server {server} failed ({reason}): check the port and the security (465: tls, 587: starttls)</source>
        <translation>TLS с почтовым сервером {server} не удался ({reason}): проверьте порт и шифрование (465: tls, 587: starttls)</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds} s</source>
        <translation>почтовый сервер {server} не ответил за {seconds} с</translation>
    </message>
    <message>
        <source>could not connect to the mail server {server} ({error})</source>
        <translation>не удалось подключиться к почтовому серверу {server} ({error})</translation>
    </message>
    <message>
        <source>the Telegram bot token is missing: enter it again</source>
        <translation>нет токена бота Telegram: введите его снова</translation>
    </message>
    <message>
        <source>the SMTP password is missing: enter it again</source>
        <translation>нет пароля SMTP: введите его снова</translation>
    </message>
    <message>
        <source>desktop notifications are shown by the Undertow app or &apos;undertow watch&apos; on this computer</source>
        <translation>уведомления на рабочем столе показывает приложение Undertow или &apos;undertow watch&apos; на этом компьютере</translation>
    </message>
    <message>
        <source>unknown channel type {kind}</source>
        <translation>неизвестный тип канала {kind}</translation>
    </message>
    <message>
        <source>{field} is required for a {kind} channel</source>
        <extracomment>The kinds of channel, in the order a front end offers them.</extracomment>
        <translation>для канала {kind} нужно указать {field}</translation>
    </message>
    <message>
        <source>a channel name is 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>название канала — от 1 до 40 букв, цифр, &apos;-&apos;, &apos;_&apos; или &apos;.&apos;, начинается с буквы или цифры</translation>
    </message>
    <message>
        <source>webhook URL</source>
        <extracomment>The addresses ``validate_url`` checks, as its errors name them.</extracomment>
        <translation>URL вебхука</translation>
    </message>
    <message>
        <source>ntfy server</source>
        <translation>сервер ntfy</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Сервер Bot API</translation>
    </message>
    <message>
        <source>the {what} must be an http:// or https:// URL</source>
        <translation>{what}: нужен URL http:// или https://</translation>
    </message>
    <message>
        <source>the {what} must not contain a user name or password; use the secret field</source>
        <translation>{what} не должен содержать имя пользователя или пароль; используйте поле секрета</translation>
    </message>
    <message>
        <source>the sender address is missing</source>
        <translation>не указан адрес отправителя</translation>
    </message>
    <message>
        <source>the recipient address is missing</source>
        <translation>не указан адрес получателя</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address</source>
        <translation>{address} — не адрес эл. почты</translation>
    </message>
    <message>
        <source>unknown channel type {kind}; choose one of {kinds}</source>
        <translation>неизвестный тип канала {kind}; выберите один из: {kinds}</translation>
    </message>
    <message>
        <source>{fields} is a secret and is kept in the keyring, not here</source>
        <translation>{fields} — секрет, он хранится в связке ключей, а не здесь</translation>
    </message>
    <message>
        <source>a {kind} channel has no setting {fields}</source>
        <translation>у канала {kind} нет настройки {fields}</translation>
    </message>
    <message>
        <source>the SMTP port must be a number</source>
        <translation>порт SMTP должен быть числом</translation>
    </message>
    <message>
        <source>the SMTP port must be between 1 and 65535</source>
        <translation>порт SMTP должен быть от 1 до 65535</translation>
    </message>
    <message>
        <source>security must be starttls or tls (Undertow never sends mail unencrypted)</source>
        <translation>шифрование должно быть starttls или tls (Undertow никогда не отправляет почту без шифрования)</translation>
    </message>
    <message>
        <source>{host} is not a server name</source>
        <translation>{host} — не имя сервера</translation>
    </message>
    <message>
        <source>there is one sender address</source>
        <translation>адрес отправителя может быть только один</translation>
    </message>
    <message>
        <source>an ntfy topic is 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>тема ntfy — от 1 до 64 букв, цифр, &apos;-&apos; или &apos;_&apos;</translation>
    </message>
    <message>
        <source>the chat id is a number (e.g. 123456789 or -100…) or an @channel name</source>
        <translation>ID чата — число (напр. 123456789 или -100…) или имя @channel</translation>
    </message>
    <message>
        <source>a {kind} channel has no secret {fields}</source>
        <translation>у канала {kind} нет секрета {fields}</translation>
    </message>
    <message>
        <source>a password is required when a user name is given</source>
        <translation>если указано имя пользователя, нужен и пароль</translation>
    </message>
    <message>
        <source>a bot token looks like 123456789:AA… (from @BotFather)</source>
        <translation>токен бота выглядит как 123456789:AA… (от @BotFather)</translation>
    </message>
    <message>
        <source>({n} earlier alerts were held back by the rate limit on this channel; open Undertow to see everything.)</source>
        <extracomment>Three tries of up to ``DEFAULT_TIMEOUT_S`` with pauses of about 2 and 4 s fit in the budget; a server&apos;s ``Retry-After`` up to a minute is honoured. How long the in-memory log (statuses, rate limit, de-duplication) keeps deliveries.</extracomment>
        <translation>(Из-за лимита частоты на этом канале задержано более ранних оповещений: {n}; откройте Undertow, чтобы увидеть всё.)</translation>
    </message>
    <message>
        <source>(1 earlier alert was held back by the rate limit on this channel; open Undertow to see everything.)</source>
        <translation>(Из-за лимита частоты на этом канале задержано одно более раннее оповещение; откройте Undertow, чтобы увидеть всё.)</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>нет ответа за {seconds} с</translation>
    </message>
    <message>
        <source>no answer within {seconds} s (all tries)</source>
        <translation>нет ответа за {seconds} с (все попытки)</translation>
    </message>
    <message>
        <source>unexpected error ({error})</source>
        <translation>непредвиденная ошибка ({error})</translation>
    </message>
    <message>
        <source>Undertow test alert</source>
        <translation>Тестовое оповещение Undertow</translation>
    </message>
    <message>
        <source>This test reached you through the channel &apos;{channel}&apos;. Alerts carry no amounts (you can allow them in Settings).</source>
        <translation>Этот тест пришёл через канал &apos;{channel}&apos;. Оповещения не содержат сумм (их можно разрешить в настройках).</translation>
    </message>
    <message>
        <source>This test reached you through the channel &apos;{channel}&apos;. Alerts include amounts, e.g. &apos;BTC long: liquidation {distance} away, position {amount}&apos;.</source>
        <translation>Этот тест пришёл через канал &apos;{channel}&apos;. Оповещения содержат суммы, напр. &apos;BTC лонг: до ликвидации {distance}, позиция {amount}&apos;.</translation>
    </message>
    <message>
        <source>entry price</source>
        <extracomment>margin below the initial margin at the leverage by more than this (relative) is a conflict, not rounding</extracomment>
        <translation>цена входа</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>маржа</translation>
    </message>
    <message>
        <source>leverage</source>
        <translation>плечо</translation>
    </message>
    <message>
        <source>target price</source>
        <translation>целевая цена</translation>
    </message>
    <message>
        <source>contract size</source>
        <translation>размер контракта</translation>
    </message>
    <message>
        <source>The {field} must be positive, got {value}.</source>
        <translation>Значение «{field}» должно быть положительным, получено {value}.</translation>
    </message>
    <message>
        <source>Cross margin uses the wallet balance, not an isolated margin: clear the margin or switch to isolated.</source>
        <translation>Кросс-маржа использует баланс кошелька, а не изолированную маржу: очистите маржу или переключитесь на изолированную.</translation>
    </message>
    <message>
        <source>Enter the position size.</source>
        <translation>Введите размер позиции.</translation>
    </message>
    <message>
        <source>Enter the size or the margin.</source>
        <translation>Введите размер или маржу.</translation>
    </message>
    <message>
        <source>With a margin, enter the leverage too (the size is margin × leverage).</source>
        <translation>С маржой введите и плечо (размер = маржа × плечо).</translation>
    </message>
    <message>
        <source>Enter the leverage or the margin.</source>
        <translation>Введите плечо или маржу.</translation>
    </message>
    <message>
        <source>The margin {margin} implies a leverage of {leverage}x.</source>
        <translation>Маржа {margin} соответствует плечу {leverage}x.</translation>
    </message>
    <message>
        <source>The margin {margin} and the leverage {leverage}x do not fit together: this size needs {initial} at {leverage}x, and {margin} implies {implied}x. Change the leverage to {implied}x, the margin to {initial}, or clear one of them.</source>
        <translation>Маржа {margin} и плечо {leverage}x не сходятся: этому размеру при {leverage}x нужно {initial}, а {margin} соответствует {implied}x. Измените плечо на {implied}x, маржу на {initial} или очистите одно из полей.</translation>
    </message>
    <message>
        <source>The margin {margin} is {added} more than the initial margin at {leverage}x: counted as margin added to the position (it implies {implied}x).</source>
        <translation>Маржа {margin} на {added} больше начальной маржи при {leverage}x: считается добавленной к позиции маржой (это соответствует {implied}x).</translation>
    </message>
    <message>
        <source>Unknown venue {venue}; choose one of {choices}.</source>
        <translation>Неизвестная биржа {venue}; выберите одну из: {choices}.</translation>
    </message>
    <message>
        <source>No list of {venue} contracts is saved here and {venue} could not be asked for it just now. Try again when online.</source>
        <translation>Список контрактов {venue} здесь не сохранён, и запросить его у {venue} сейчас не удалось. Повторите, когда будете в сети.</translation>
    </message>
    <message>
        <source>No list of {venue} contracts is saved here. Go online to read it.</source>
        <translation>Список контрактов {venue} здесь не сохранён. Подключитесь к сети, чтобы его прочитать.</translation>
    </message>
    <message>
        <source>{symbol} is not among the {venue} contracts saved here, and {venue} could not be asked for its list just now. Try again when online, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{symbol} нет среди сохранённых здесь контрактов {venue}, и запросить список у {venue} сейчас не удалось. Повторите, когда будете в сети, или выберите символ с сохранённой таблицей: {symbols}.</translation>
    </message>
    <message>
        <source>{symbol} is not among the {venue} contracts saved here. Go online to read {venue}&apos;s whole list, or pick a symbol with a saved table: {symbols}.</source>
        <translation>{symbol} нет среди сохранённых здесь контрактов {venue}. Подключитесь к сети, чтобы прочитать весь список {venue}, или выберите символ с сохранённой таблицей: {symbols}.</translation>
    </message>
    <message>
        <source>No tier table for {symbol} on {venue}: the venue could not be asked. Try again when online, or pick a symbol with a saved table: {symbols}.</source>
        <translation>Нет таблицы уровней для {symbol} на {venue}: биржу не удалось запросить. Повторите, когда будете в сети, или выберите символ с сохранённой таблицей: {symbols}.</translation>
    </message>
    <message>
        <source>No tier table for {symbol} on {venue} is available offline. Go online to fetch it, or pick a symbol with a saved table: {symbols}.</source>
        <translation>Таблица уровней для {symbol} на {venue} офлайн недоступна. Подключитесь к сети, чтобы загрузить её, или выберите символ с сохранённой таблицей: {symbols}.</translation>
    </message>
    <message>
        <source>The fetched tier tables could not be saved ({reason}); they are used this time only.</source>
        <translation>Загруженные таблицы уровней не удалось сохранить ({reason}); они используются только в этот раз.</translation>
    </message>
    <message>
        <source>Not refreshed; using {table}.</source>
        <translation>Не обновлено; используется {table}.</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{asset} to {level} ({shock} from the price the preset was made at; no current price)</source>
        <translation>{asset} до {level} ({shock} от цены на момент создания пресета; текущей цены нет)</translation>
    </message>
    <message>
        <source>{asset} is already below {level} (now {mark}): it moves back up to {level} ({shock})</source>
        <translation>{asset} уже ниже {level} (сейчас {mark}): возвращается вверх до {level} ({shock})</translation>
    </message>
    <message>
        <source>{asset} from {mark} to {level} ({shock})</source>
        <translation>{asset} с {mark} до {level} ({shock})</translation>
    </message>
    <message>
        <source>{asset} {shock}</source>
        <translation>{asset} {shock}</translation>
    </message>
    <message>
        <source>every other asset {shock}</source>
        <translation>все прочие активы {shock}</translation>
    </message>
    <message>
        <source>other assets follow by their betas</source>
        <translation>прочие активы следуют своим бетам</translation>
    </message>
    <message>
        <source>{asset} as collateral {haircut} below par</source>
        <translation>{asset} как залог на {haircut} ниже номинала</translation>
    </message>
    <message>
        <source>order books at {factor}× their depth</source>
        <translation>глубина стаканов {factor}×</translation>
    </message>
    <message>
        <source>open interest at {factor}×</source>
        <translation>открытый интерес {factor}×</translation>
    </message>
    <message>
        <source>as a gap: no time for the books to refill</source>
        <translation>гэпом: стаканы не успевают восполниться</translation>
    </message>
    <message>
        <source>spread over {minutes} min</source>
        <translation>растянуто на {minutes} мин</translation>
    </message>
    <message>
        <source>The largest liquidation day on record: BTC about -15 %, ETH about -20 %, thin alt perps -50 to -80 % (here -65 %) as the books emptied, and USDe at $0.65 on Binance (valued 35 % below par as collateral). Shocks are applied as exogenous moves; with the cascade on, the model adds its own amplification on top.</source>
        <extracomment>The bundled presets&apos; descriptions (resources/scenarios/*.json), marked so that the window can show them translated; a test keeps this list and the files in step. A user&apos;s own description is shown as written.</extracomment>
        <translation>Крупнейший день ликвидаций в истории: BTC около -15 %, ETH около -20 %, неликвидные бессрочные контракты на альткоины -50…-80 % (здесь -65 %), когда опустели стаканы, и USDe по $0,65 на Binance (как залог учтён на 35 % ниже номинала). Шоки применяются как внешние движения; с включённым каскадом модель добавляет сверху собственное усиление.</translation>
    </message>
    <message>
        <source>A stablecoin or liquid-staking token used as margin is priced far below par on one venue while the market falls: USDe at $0.65 and wBETH about 88 % below ETH on Binance, with ETH -10 % and BTC -8 %.</source>
        <translation>Стейблкоин или токен ликвидного стейкинга, используемый как маржа, на одной бирже оценивается намного ниже номинала, пока рынок падает: USDe по $0,65 и wBETH примерно на 88 % ниже ETH на Binance, при ETH -10 % и BTC -8 %.</translation>
    </message>
    <message>
        <source>Every asset gaps 10 % down at once: the survival rule says leverage should live through a 10 % short-term drop, and that price jumps through levels instead of walking down them. A gap: the move takes no time, so the liquidations meet the standing book without replenishment.</source>
        <translation>Все активы разом падают гэпом на 10 %: правило выживания гласит, что плечо должно пережить краткосрочное падение на 10 % и что цена перескакивает уровни, а не спускается по ним. Гэп: движение мгновенно, поэтому ликвидации встречают стоящий стакан без пополнения.</translation>
    </message>
    <message>
        <source>BTC jumps 15 %; alts follow with their betas and short liquidations buy into thin asks. The mirror image of a long flush.</source>
        <translation>BTC прыгает на 15 %; альткоины следуют со своими бетами, а ликвидации шортов выкупают тонкие аски. Зеркальное отражение вымывания лонгов.</translation>
    </message>
    <message>
        <source>The same -10 % as gap-10, but spread over an hour: the book refills while the liquidations arrive (depth x (1 + 60/tau)), so the cascade adds less. Compare with gap-10.</source>
        <translation>Те же -10 %, что в gap-10, но растянутые на час: стакан восполняется, пока приходят ликвидации (глубина x (1 + 60/tau)), поэтому каскад добавляет меньше. Сравните с gap-10.</translation>
    </message>
    <message>
        <source>This is a TEST-network wallet (tpub/vpub/upub, tb1… or m/n/2… addresses): its coins have no value. Undertow keeps it out of your net worth and your self-custody share and never suggests it as a place to move real coins. Its balance is read from the Esplora server in Settings, which must serve the same test network.</source>
        <translation>Это кошелёк ТЕСТОВОЙ сети (tpub/vpub/upub, адреса tb1… или m/n/2…): его монеты ничего не стоят. Undertow не учитывает его в вашем капитале и доле самохранения и никогда не предлагает его для перевода настоящих монет. Баланс читается с сервера Esplora из настроек, который должен обслуживать ту же тестовую сеть.</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to {wallet}, receive address #{index}</source>
        <translation>Перевести {amount} с {account} в {wallet}, адрес получения #{index}</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to {wallet}</source>
        <translation>Перевести {amount} с {account} в {wallet}</translation>
    </message>
    <message>
        <source>Move {amount} from {account} to a cold wallet: first watch a wallet that can receive {asset}</source>
        <translation>Перевести {amount} с {account} в холодный кошелёк: сначала начните следить за кошельком, который может принять {asset}</translation>
    </message>
    <message>
        <source>{asset} is not margin in this account&apos;s mode ({mode}): the positions do not use it</source>
        <translation>В режиме этого аккаунта ({mode}) {asset} не является маржой: позиции его не используют</translation>
    </message>
    <message>
        <source>{venue} counts {asset} at {rate} of its value as margin; {account} still keeps {keep} of margin after the move</source>
        <translation>{venue} учитывает {asset} как маржу по {rate} стоимости; после перевода на {account} остаётся {keep} маржи</translation>
    </message>
    <message>
        <source>{account} still keeps {keep} of margin after the move</source>
        <translation>После перевода на {account} остаётся {keep} маржи</translation>
    </message>
    <message>
        <source>{account} keeps {keep} of margin: {multiple}× what its positions need by {venue}&apos;s rules ({mode})</source>
        <translation>На {account} остаётся {keep} маржи: {multiple}× от нужного позициям по правилам {venue} ({mode})</translation>
    </message>
    <message>
        <source>{account} has no open positions: none of it is needed as margin</source>
        <translation>На {account} нет открытых позиций: маржа не нужна вовсе</translation>
    </message>
    <message>
        <source>{account} holds {collateral} of margin, less than the {keep} it should keep ({multiple}× what its positions need): nothing to move</source>
        <translation>На {account} {collateral} маржи — меньше {keep}, которые нужно держать ({multiple}× от нужного позициям): переводить нечего</translation>
    </message>
    <message>
        <source>classic rules</source>
        <translation>классические правила</translation>
    </message>
    <message>
        <source>{venue} rejected the API key (revoked, expired, or mistyped). Check it in Accounts.</source>
        <translation>Биржа {venue} отклонила API-ключ (отозван, истёк или введён с ошибкой). Проверьте его в разделе «Аккаунты».</translation>
    </message>
    <message>
        <source>{venue}: the API key lacks permission to read {what}. Enable read access for it.</source>
        <translation>{venue}: у API-ключа нет права на чтение ({what}). Включите для него доступ на чтение.</translation>
    </message>
    <message>
        <source>{venue} is rate-limiting requests; the next refresh will try again.</source>
        <translation>Биржа {venue} ограничивает частоту запросов; следующее обновление попробует снова.</translation>
    </message>
    <message>
        <source>{venue} is unavailable or under maintenance (server error); showing the last good data.</source>
        <translation>Биржа {venue} недоступна или на обслуживании (ошибка сервера); показаны последние верные данные.</translation>
    </message>
    <message>
        <source>Could not reach {venue} (network error); check the connection or the API base URL.</source>
        <translation>Не удалось связаться с биржей {venue} (ошибка сети); проверьте подключение или базовый URL API.</translation>
    </message>
    <message>
        <source>{venue} did not answer in time.</source>
        <translation>Биржа {venue} не ответила вовремя.</translation>
    </message>
    <message>
        <source>{venue} does not provide {what} (endpoint missing or not supported).</source>
        <translation>Биржа {venue} не предоставляет данные: {what} (эндпоинт отсутствует или не поддерживается).</translation>
    </message>
    <message>
        <source>{venue} sent a response Undertow could not read ({what}{detail}).</source>
        <translation>Биржа {venue} прислала ответ, который Undertow не смог прочитать ({what}{detail}).</translation>
    </message>
    <message>
        <source>{venue} sent implausible data ({detail}); not used.</source>
        <translation>Биржа {venue} прислала неправдоподобные данные ({detail}); они не используются.</translation>
    </message>
    <message>
        <source>{venue}: unexpected problem while reading {what} ({detail}).</source>
        <translation>{venue}: непредвиденная проблема при чтении ({what}; {detail}).</translation>
    </message>
    <message>
        <source>account data</source>
        <extracomment>What a request reads, as callers name it (``what``): translated in the window. Other names pass as they are.</extracomment>
        <translation>данные аккаунта</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>позиции</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>балансы</translation>
    </message>
    <message>
        <source>mark prices</source>
        <translation>цены маркировки</translation>
    </message>
    <message>
        <source>the market list</source>
        <translation>список рынков</translation>
    </message>
    <message>
        <source>tickers</source>
        <translation>тикеры</translation>
    </message>
    <message>
        <source>funding rates</source>
        <translation>ставки финансирования</translation>
    </message>
    <message>
        <source>funding history</source>
        <translation>история финансирования</translation>
    </message>
    <message>
        <source>open interest</source>
        <translation>открытый интерес</translation>
    </message>
    <message>
        <source>order books</source>
        <translation>стаканы</translation>
    </message>
    <message>
        <source>leverage tiers</source>
        <translation>уровни плеча</translation>
    </message>
    <message>
        <source>daily candles</source>
        <translation>дневные свечи</translation>
    </message>
    <message>
        <source>the EUR rate</source>
        <translation>курс EUR</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{venue} asked to be left alone for {wait} more (Retry-After); nothing was sent, a later refresh will try again.</source>
        <translation>Биржа {venue} попросила не беспокоить её ещё {wait} (Retry-After); ничего не отправлено, одно из следующих обновлений попробует снова.</translation>
    </message>
    <message>
        <source>{venue} is rate-limiting requests and asked to wait {wait}; the next refresh will try again.</source>
        <translation>Биржа {venue} ограничивает частоту запросов и просит подождать {wait}; следующее обновление попробует снова.</translation>
    </message>
    <message>
        <source>{venue} did not answer in time (no answer within {seconds} s).</source>
        <translation>Биржа {venue} не ответила вовремя (нет ответа за {seconds} с).</translation>
    </message>
    <message>
        <source>{venue} sent a response Undertow could not read ({what}: the answer was cut off).</source>
        <translation>Биржа {venue} прислала ответ, который Undertow не смог прочитать ({what}: ответ обрезан).</translation>
    </message>
    <message>
        <source>Unlock the OS keyring (log in to the desktop session, or unlock the &apos;Login&apos; keyring in your password manager), then refresh.</source>
        <extracomment>Problems only the user can solve: each becomes a due item (``undertow remind``) and not just a stale mark. What fixes each problem (the GUI words some of them for the window in ``desktop.models.freshness``).</extracomment>
        <translation>Разблокируйте связку ключей ОС (войдите в сеанс рабочего стола или разблокируйте связку &apos;Login&apos; в менеджере паролей), затем обновите.</translation>
    </message>
    <message>
        <source>Install or start a Secret Service (e.g. gnome-keyring or KeePassXC with Secret Service enabled), then refresh.</source>
        <translation>Установите или запустите Secret Service (напр. gnome-keyring или KeePassXC с включённым Secret Service), затем обновите.</translation>
    </message>
    <message>
        <source>Re-enter the API key in Accounts (or &apos;undertow accounts add&apos;).</source>
        <translation>Введите API-ключ заново в разделе «Аккаунты» (или &apos;undertow accounts add&apos;).</translation>
    </message>
    <message>
        <source>Create a new read-only API key at the exchange and enter it in Accounts.</source>
        <translation>Создайте на бирже новый API-ключ только для чтения и введите его в разделе «Аккаунты».</translation>
    </message>
    <message>
        <source>Enable read access for the API key at the exchange, or create a new read-only key.</source>
        <translation>Включите на бирже доступ на чтение для API-ключа или создайте новый ключ только для чтения.</translation>
    </message>
    <message>
        <source>Refresh (F5 in the app, or &apos;undertow check&apos;).</source>
        <translation>Обновите (F5 в приложении или &apos;undertow check&apos;).</translation>
    </message>
    <message>
        <source>{venue}: the OS keyring is locked, so the API key of &apos;{label}&apos; could not be read.</source>
        <extracomment>The first sentence of the three keyring messages (``key_message``); ``problem_of`` recognises them.</extracomment>
        <translation>{venue}: связка ключей ОС заблокирована, поэтому API-ключ &apos;{label}&apos; прочитать не удалось.</translation>
    </message>
    <message>
        <source>{venue}: no OS keyring is available (no Secret Service is running), so the API key of &apos;{label}&apos; could not be read.</source>
        <translation>{venue}: связка ключей ОС недоступна (служба Secret Service не запущена), поэтому API-ключ &apos;{label}&apos; прочитать не удалось.</translation>
    </message>
    <message>
        <source>{venue}: no API key is stored for &apos;{label}&apos;.</source>
        <translation>{venue}: для &apos;{label}&apos; не сохранён API-ключ.</translation>
    </message>
    <message>
        <source>{venue}: no API key is stored for &apos;{label}&apos; (it was kept in memory for one session only).</source>
        <translation>{venue}: для &apos;{label}&apos; не сохранён API-ключ (он хранился в памяти только на один сеанс).</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ещё не синхронизирован</translation>
    </message>
    <message>
        <source>fresh</source>
        <extracomment>A source&apos;s state inside a sentence (``SourceFreshness.describe``).</extracomment>
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
    <message>
        <source>{source}: {state}, no data</source>
        <extracomment>Words in a source&apos;s error that identify the problem (the keyring texts above, core.exchanges.errors&apos; texts).</extracomment>
        <translation>{source}: {state}, данных нет</translation>
    </message>
    <message>
        <source>{source}: {state}, data {age} old</source>
        <translation>{source}: {state}, данные {age} давности</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data ({n} of {total} not fresh); positions, distances and reminders come from data up to {age} old.</source>
        <translation>ВСЛЕПУЮ: ни у одного биржевого аккаунта нет свежих данных (не свежи {n} из {total}); позиции, дистанции и напоминания — по данным давностью до {age}.</translation>
    </message>
    <message>
        <source>BLIND: no exchange account has fresh data ({n} of {total} not fresh); nothing is known about the positions.</source>
        <translation>ВСЛЕПУЮ: ни у одного биржевого аккаунта нет свежих данных (не свежи {n} из {total}); о позициях ничего не известно.</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data ({sources}); their figures are up to {age} old.</source>
        <translation>ЧАСТИЧНО ВСЛЕПУЮ: у {n} из {total} биржевых аккаунтов нет свежих данных ({sources}); их данные — давностью до {age}.</translation>
    </message>
    <message>
        <source>PARTLY BLIND: {n} of {total} exchange accounts have no fresh data ({sources}); their positions are unknown.</source>
        <translation>ЧАСТИЧНО ВСЛЕПУЮ: у {n} из {total} биржевых аккаунтов нет свежих данных ({sources}); их позиции неизвестны.</translation>
    </message>
    <message>
        <source>not refreshed for {age}</source>
        <translation>не обновлялось {age}</translation>
    </message>
    <message>
        <source>Funding: + received, − paid. With a positive funding rate longs pay shorts; with a negative rate shorts pay longs.</source>
        <extracomment>Hours between fundings when the venue does not say (Binance, Bybit and OKX default to 8 h). A venue books a funding payment a little after the funding time: the ledger is read this long after it. What the sign of an amount means, said once wherever amounts are shown.</extracomment>
        <translation>Фандинг: + получено, − уплачено. При положительной ставке финансирования лонги платят шортам, при отрицательной — шорты лонгам.</translation>
    </message>
    <message>
        <source>last 24 h {day}, last 7 d {week}; next 24 h at today&apos;s rates {projected} (+ received, − paid)</source>
        <translation>за 24 ч {day}, за 7 дн. {week}; следующие 24 ч по текущим ставкам {projected} (+ получено, − уплачено)</translation>
    </message>
    <message>
        <source>no payment stored yet; next 24 h at today&apos;s rates {projected} (+ received, − paid)</source>
        <translation>выплат пока не сохранено; следующие 24 ч по текущим ставкам {projected} (+ получено, − уплачено)</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account}: last 7 d {week}, rate {rate} per {hours} h</source>
        <translation>{symbol} {side} на {account}: за 7 дн. {week}, ставка {rate} за {hours} ч</translation>
    </message>
    <message>
        <source>{name} is {value}</source>
        <extracomment>asset -&gt; (bound in units, where it comes from). Hard caps are the chains&apos; own rules; &quot;no cap&quot; coins get a bound at least 1.5 x their supply in 2025.</extracomment>
        <translation>{name} = {value}</translation>
    </message>
    <message>
        <source>{symbol}: entry price</source>
        <translation>{symbol}: цена входа</translation>
    </message>
    <message>
        <source>{symbol}: mark price</source>
        <translation>{symbol}: цена маркировки</translation>
    </message>
    <message>
        <source>{asset} price</source>
        <translation>цена {asset}</translation>
    </message>
    <message>
        <source>{asset} balance</source>
        <translation>баланс {asset}</translation>
    </message>
    <message>
        <source>{name} is {value} (must be above 0)</source>
        <translation>{name} = {value} (должно быть больше 0)</translation>
    </message>
    <message>
        <source>{name} is {value} (above {bound})</source>
        <translation>{name} = {value} (больше {bound})</translation>
    </message>
    <message>
        <source>{name} is {value} (cannot be negative)</source>
        <translation>{name} = {value} (не может быть отрицательным)</translation>
    </message>
    <message>
        <source>{name} is {value}, above its total supply ({bound})</source>
        <translation>{name} = {value}, больше всего предложения ({bound})</translation>
    </message>
    <message>
        <source>{name} is {value}, above any plausible amount ({bound})</source>
        <translation>{name} = {value}, больше любого правдоподобного количества ({bound})</translation>
    </message>
    <message>
        <source>{symbol}: size is {value}</source>
        <translation>{symbol}: размер = {value}</translation>
    </message>
    <message>
        <source>{symbol}: contract size is {value} (must be above 0)</source>
        <translation>{symbol}: размер контракта = {value} (должен быть больше 0)</translation>
    </message>
    <message>
        <source>{symbol}: size {size} {asset} is above its total supply ({bound})</source>
        <translation>{symbol}: размер {size} {asset} больше всего предложения ({bound})</translation>
    </message>
    <message>
        <source>{symbol}: value {value} is above {bound}</source>
        <translation>{symbol}: стоимость {value} больше {bound}</translation>
    </message>
    <message>
        <source>{symbol}: a held position the venue sent with unusable values ({fields})</source>
        <translation>{symbol}: биржа прислала открытую позицию с непригодными значениями ({fields})</translation>
    </message>
    <message>
        <source>{row}: {field} is {value}</source>
        <translation>{row}: {field} = {value}</translation>
    </message>
    <message>
        <source>{field} is {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <source>{asset} balance (total)</source>
        <translation>баланс {asset} (всего)</translation>
    </message>
    <message>
        <source>{asset} balance (free)</source>
        <translation>баланс {asset} (свободно)</translation>
    </message>
    <message>
        <source>{asset} balance (used)</source>
        <translation>баланс {asset} (занято)</translation>
    </message>
    <message>
        <source>{problems} (and {n} more)</source>
        <translation>{problems} (и ещё {n})</translation>
    </message>
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
    <message>
        <source>long</source>
        <extracomment>The default what-if on the dashboard: the survival rule, an instant 10 % drop of BTC with the cascade.
----------
A position&apos;s side inside a sentence.</extracomment>
        <translation>лонг</translation>
    </message>
    <message>
        <source>short</source>
        <translation>шорт</translation>
    </message>
    <message>
        <source>your cold wallet</source>
        <extracomment>The cold wallet a reminder suggests when the user has not named one (``ReminderContext.cold_wallet_label``).</extracomment>
        <translation>ваш холодный кошелёк</translation>
    </message>
    <message>
        <source>≈{amount} on {account} isn&apos;t backing any position; consider moving it to {wallet}</source>
        <translation>≈{amount} на {account} не обеспечивает ни одной позиции; подумайте о переводе в {wallet}</translation>
    </message>
    <message>
        <source>{share} of your long-term holdings sit on exchanges</source>
        <translation>{share} ваших долгосрочных активов лежит на биржах</translation>
    </message>
    <message>
        <source>{share} of your net worth is on {account}</source>
        <translation>{share} вашего капитала находится на {account}</translation>
    </message>
    <message>
        <source>{asset} on {account} hasn&apos;t moved in {days} days</source>
        <translation>{asset} на {account} лежит без движения {days} дн.</translation>
    </message>
    <message>
        <source>Proof-of-Keys day: verify receive address #0 on the device and do a small withdrawal test</source>
        <translation>День Proof-of-Keys: сверьте адрес получения #0 на устройстве и сделайте пробный вывод небольшой суммы</translation>
    </message>
    <message>
        <source>Time for a self-custody drill: verify receive address #0 on the device</source>
        <translation>Пора проверить самохранение: сверьте адрес получения #0 на устройстве</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ни разу не синхронизирован</translation>
    </message>
    <message>
        <source>last synced {days} days ago</source>
        <translation>последняя синхронизация {days} дн. назад</translation>
    </message>
    <message>
        <source>Cold-storage balance of {wallet} may be outdated ({synced})</source>
        <translation>Баланс холодного хранения {wallet} может быть устаревшим ({synced})</translation>
    </message>
    <message>
        <source>The API key of {account} can withdraw funds: replace it with a read-only key</source>
        <translation>API-ключ {account} может выводить средства: замените его ключом только для чтения</translation>
    </message>
    <message>
        <source>{wallet}: the descriptor has no checksum; verify address #0 on the device</source>
        <translation>{wallet}: у дескриптора нет контрольной суммы; сверьте адрес #0 на устройстве</translation>
    </message>
    <message>
        <source>{wallet}: the key&apos;s origin (fingerprint/path) is unknown; verify address #0 on the device</source>
        <translation>{wallet}: происхождение ключа (отпечаток/путь) неизвестно; сверьте адрес #0 на устройстве</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} fails the {gap} gap rule</source>
        <translation>{symbol} {side} на {account} не проходит правило гэпа {gap}</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} is {distance} from liquidation</source>
        <translation>{symbol} {side} на {account}: до ликвидации {distance}</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} has no liquidation price</source>
        <translation>У {symbol} {side} на {account} нет цены ликвидации</translation>
    </message>
    <message>
        <source>no {asset} move within ±{limit}</source>
        <translation>нет движения {asset} в пределах ±{limit}</translation>
    </message>
    <message>
        <source>{asset} {sign}{move}</source>
        <translation>{asset} {sign}{move}</translation>
    </message>
    <message>
        <source>collateral value ours {ours} USD vs the venue&apos;s {venue}</source>
        <translation>стоимость залога: у нас {ours} USD, у биржи {venue}</translation>
    </message>
    <message>
        <source>maintenance margin ours {ours} USD vs the venue&apos;s {venue}</source>
        <translation>поддерживающая маржа: у нас {ours} USD, у биржи {venue}</translation>
    </message>
    <message>
        <source>the collateral-rate table of {date}</source>
        <translation>таблица ставок залога от {date}</translation>
    </message>
    <message>
        <source>the collateral-rate table (undated)</source>
        <translation>таблица ставок залога (без даты)</translation>
    </message>
    <message>
        <source>the venue&apos;s collateral rates were not fetched (every coin at 100 %)</source>
        <translation>ставки залога биржи не загружены (каждая монета по 100 %)</translation>
    </message>
    <message>
        <source>collateral without a price: {assets}</source>
        <translation>залог без цены: {assets}</translation>
    </message>
    <message>
        <source>maintenance margin unknown for {n} position(s)</source>
        <translation>поддерживающая маржа неизвестна (позиций: {n})</translation>
    </message>
    <message>
        <source>liquidation fees and the mark/index prices the venue values at</source>
        <translation>комиссии за ликвидацию и цены маркировки/индекса, по которым оценивает биржа</translation>
    </message>
    <message>
        <source>{ratio}: ours {ours}, {venue}&apos;s {reported} ({gap}); may come from: {causes}</source>
        <translation>{ratio}: у нас {ours}, у {venue} {reported} ({gap}); возможные причины: {causes}</translation>
    </message>
    <message>
        <source>unpriced collateral left out: {assets}</source>
        <translation>залог без цены не учтён: {assets}</translation>
    </message>
    <message>
        <source>no tier table and no reported maintenance rate</source>
        <translation>нет ни таблицы уровней, ни ставки поддерживающей маржи от биржи</translation>
    </message>
    <message>
        <source>no tier table and no reported maintenance rate: its PnL counts in the account, its maintenance margin is unknown (left out)</source>
        <translation>нет ни таблицы уровней, ни ставки поддерживающей маржи от биржи: её PnL учитывается в аккаунте, поддерживающая маржа неизвестна (не учтена)</translation>
    </message>
    <message>
        <source>isolated margin not reported: entry value / leverage used</source>
        <translation>изолированная маржа не сообщена: взята стоимость входа / плечо</translation>
    </message>
    <message>
        <source>isolated margin unknown (no margin, no leverage)</source>
        <translation>изолированная маржа неизвестна (нет ни маржи, ни плеча)</translation>
    </message>
    <message>
        <source>not margin in this mode (left out of the collateral value): {assets}</source>
        <translation>не маржа в этом режиме (не учтено в стоимости залога): {assets}</translation>
    </message>
    <message>
        <source>{assets}-margined positions are separate margin pools at the venue; evaluated here as one account</source>
        <translation>позиции с маржой в {assets} на бирже — отдельные пулы маржи; здесь оцениваются как один аккаунт</translation>
    </message>
    <message>
        <source>the venue&apos;s collateral rates were not fetched: every coin counted at 100 %</source>
        <translation>ставки залога биржи не загружены: каждая монета учтена по 100 %</translation>
    </message>
    <message>
        <source>not in the venue&apos;s collateral table (not counted as margin): {assets}</source>
        <translation>нет в таблице залога биржи (не учитывается как маржа): {assets}</translation>
    </message>
    <message>
        <source>this mode&apos;s account rule is not verified against the venue&apos;s documentation</source>
        <translation>правило аккаунта для этого режима не сверено с документацией биржи</translation>
    </message>
    <message>
        <source>maintenance margin unknown for {symbols} (no tier table, no reported rate): their PnL counts, their maintenance margin does not</source>
        <translation>поддерживающая маржа неизвестна для {symbols} (нет таблицы уровней и ставки от биржи): их PnL учитывается, поддерживающая маржа — нет</translation>
    </message>
    <message>
        <source>unavailable</source>
        <extracomment>The method of a position whose liquidation cannot be computed (no maintenance rate, no margin).</extracomment>
        <translation>недоступно</translation>
    </message>
    <message>
        <source>whole account: liquidates at {move}</source>
        <translation>весь аккаунт: ликвидация при {move}</translation>
    </message>
    <message>
        <source>whole account: {move} liquidates it</source>
        <translation>весь аккаунт: его ликвидирует движение {move}</translation>
    </message>
    <message>
        <source>{venue} liquidates the whole account when its {ratio} reaches {level}</source>
        <translation>Биржа {venue} ликвидирует весь аккаунт, когда {ratio} достигает {level}</translation>
    </message>
    <message>
        <source>no margin balance left</source>
        <translation>баланс маржи исчерпан</translation>
    </message>
    <message>
        <source>{venue}&apos;s table, fetched just now ({date})</source>
        <translation>таблица {venue}, загружена только что ({date})</translation>
    </message>
    <message>
        <source>{venue}&apos;s table, fetched {date} (cached)</source>
        <translation>таблица {venue}, загружена {date} (из кэша)</translation>
    </message>
    <message>
        <source>{venue}&apos;s table read by the last sync ({date})</source>
        <translation>таблица {venue}, прочитанная при последней синхронизации ({date})</translation>
    </message>
    <message>
        <source>the bundled demo table (synthetic, not {venue}&apos;s own), as of {date}</source>
        <translation>встроенная демо-таблица (синтетическая, не от {venue}), на {date}</translation>
    </message>
    <message>
        <source>the bundled copy of {venue}&apos;s table, recorded about {date}</source>
        <translation>встроенная копия таблицы {venue}, записана около {date}</translation>
    </message>
    <message>
        <source>the bundled copy of an older {venue} table (date not recorded)</source>
        <translation>встроенная копия более старой таблицы {venue} (дата не записана)</translation>
    </message>
    <message>
        <source>Type a symbol, e.g. {example}.</source>
        <translation>Введите символ, напр. {example}.</translation>
    </message>
    <message>
        <source>{symbol} is not a {venue} contract ({count} known: {known}).</source>
        <translation>{symbol} — не контракт {venue} (известно {count}: {known}).</translation>
    </message>
    <message>
        <source>{symbol} fits several {venue} contracts: {choices}. Type one of them.</source>
        <translation>{symbol} подходит к нескольким контрактам {venue}: {choices}. Введите один из них.</translation>
    </message>
    <message>
        <source>The bundled tier tables {file} cannot be read ({reason}); the installation is damaged.</source>
        <translation>Встроенные таблицы уровней {file} не читаются ({reason}); установка повреждена.</translation>
    </message>
    <message>
        <source>The saved tier tables ({file}) could not be read and were skipped; the next fetch rewrites them.</source>
        <translation>Сохранённые таблицы уровней ({file}) не удалось прочитать, они пропущены; следующая загрузка перезапишет их.</translation>
    </message>
    <message>
        <source>{venue} gives its tier tables only to requests signed with an API key. Add a read-only {venue} key in Accounts: the tables of the symbols you hold are then read at every sync.</source>
        <translation>{venue} отдаёт таблицы уровней только на запросы, подписанные API-ключом. Добавьте ключ {venue} только для чтения в разделе «Аккаунты»: тогда таблицы ваших символов будут читаться при каждой синхронизации.</translation>
    </message>
    <message>
        <source>{venue}: {reason}</source>
        <translation>{venue}: {reason}</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>``AccountConfig.options`` keys of the per-account overrides (floats; 0 or below turns the rule off). Reminder rules left out of the alerts: the distance rules say the same (and more precisely). How many keys of alerts made elsewhere are remembered (no repeats) before the oldest are forgotten.</extracomment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Mark {mark}, liquidation {liquidation}, size {size} {unit}, notional {notional}.</source>
        <translation>Маркировка {mark}, ликвидация {liquidation}, размер {size} {unit}, номинал {notional}.</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account}</source>
        <translation>{symbol} {side} на {account}</translation>
    </message>
    <message>
        <source>{asset} {side} close to liquidation</source>
        <translation>{asset} {side} близко к ликвидации</translation>
    </message>
    <message>
        <source>{position} is {distance} from liquidation (alert below {limit}).</source>
        <translation>{position}: до ликвидации {distance} (оповещение ниже {limit}).</translation>
    </message>
    <message>
        <source>{position} is {sigmas} daily σ ({distance}) from liquidation (alert below {limit} σ).</source>
        <translation>{position}: до ликвидации {sigmas} дневных σ ({distance}) (оповещение ниже {limit} σ).</translation>
    </message>
    <message>
        <source>{position} is {sigmas} daily σ from liquidation (alert below {limit} σ).</source>
        <translation>{position}: до ликвидации {sigmas} дневных σ (оповещение ниже {limit} σ).</translation>
    </message>
    <message>
        <source>margin ratio</source>
        <translation>коэффициент маржи</translation>
    </message>
    <message>
        <source>{account} ({venue}): the {ratio} is past the level at which {venue} liquidates (alert at {limit}).</source>
        <translation>{account} ({venue}): {ratio} перешёл уровень, на котором {venue} ликвидирует (оповещение при {limit}).</translation>
    </message>
    <message>
        <source>{account} ({venue}): the {ratio} is at {usage} of the level at which {venue} liquidates (alert at {limit}).</source>
        <translation>{account} ({venue}): {ratio} — {usage} от уровня, на котором {venue} ликвидирует (оповещение при {limit}).</translation>
    </message>
    <message>
        <source>Equity {equity}, collateral value {collateral}, maintenance margin {maintenance}.</source>
        <translation>Капитал {equity}, стоимость залога {collateral}, поддерживающая маржа {maintenance}.</translation>
    </message>
    <message>
        <source>Margin ratio high on {account}</source>
        <translation>Высокий коэффициент маржи на {account}</translation>
    </message>
    <message>
        <source>{source} answers again; Undertow sees it again after about {minutes} min (blind since {since}).</source>
        <translation>{source} снова отвечает; Undertow снова видит его спустя примерно {minutes} мин (вслепую с {since}).</translation>
    </message>
    <message>
        <source>Seeing {source} again</source>
        <translation>{source} снова на связи</translation>
    </message>
    <message>
        <source>Undertow cannot see {source} since {since}: {reason}. Its distances to liquidation are not up to date.</source>
        <translation>Undertow не видит {source} с {since}: {reason}. Расстояния до ликвидации по нему неактуальны.</translation>
    </message>
    <message>
        <source>Undertow cannot see {source} since {since}. Its distances to liquidation are not up to date.</source>
        <translation>Undertow не видит {source} с {since}. Расстояния до ликвидации по нему неактуальны.</translation>
    </message>
    <message>
        <source>Blind on {source}</source>
        <translation>Вслепую: {source}</translation>
    </message>
    <message>
        <source>{kind} on {account} needs your attention: open Undertow or run &apos;undertow remind&apos;.</source>
        <translation>«{kind}» на {account} требует внимания: откройте Undertow или запустите &apos;undertow remind&apos;.</translation>
    </message>
    <message>
        <source>{kind} needs your attention: open Undertow or run &apos;undertow remind&apos;.</source>
        <translation>«{kind}» требует внимания: откройте Undertow или запустите &apos;undertow remind&apos;.</translation>
    </message>
    <message>
        <source>Reminder: {kind}</source>
        <translation>Напоминание: {kind}</translation>
    </message>
    <message>
        <source>{account} {symbol} {side}</source>
        <translation>{account}: {symbol} {side}</translation>
    </message>
    <message>
        <source>{start}:00–{end}:00 UTC ({local_start}:00–{local_end}:00 local)</source>
        <translation>{start}:00–{end}:00 UTC ({local_start}:00–{local_end}:00 местного)</translation>
    </message>
    <message>
        <source>{symbol}: the book is thin now ({share} of a typical hour&apos;s depth)</source>
        <translation>{symbol}: стакан сейчас тонкий ({share} от глубины типичного часа)</translation>
    </message>
    <message>
        <source>{symbol}: your positions sit through thin hours {spans} (depth down to {share} of a typical hour)</source>
        <translation>{symbol}: ваши позиции держатся и в тонкие часы {spans} (глубина падает до {share} от типичного часа)</translation>
    </message>
    <message>
        <source>Funding history: {problem}</source>
        <extracomment>How far back the first read of an account goes. A new read starts this much before the last one ended (a payment booked late is still found; stored once). The most requests one account&apos;s read may send in one sync (the rest continues at the next due read). The most the whole ledger read may take after a sync, in seconds. A funding amount beyond this (in any settle currency) is implausible data, not a payment.</extracomment>
        <translation>История финансирования: {problem}</translation>
    </message>
    <message>
        <source>synced with gaps: {problems}</source>
        <translation>синхронизировано с пробелами: {problems}</translation>
    </message>
    <message>
        <source>Funding history: not read completely within {seconds} s; the rest follows at the next sync.</source>
        <translation>История финансирования: не прочитана полностью за {seconds} с; остальное — при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Open interest against spot volume</source>
        <extracomment>A liquidation cluster nearer than this (% of the mark) is flagged. What each signal is, for a person (the window translates it; the terminal prints the English).</extracomment>
        <translation>Открытый интерес к спотовому объёму</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Фандинг</translation>
    </message>
    <message>
        <source>Nearest liquidation cluster</source>
        <translation>Ближайший кластер ликвидаций</translation>
    </message>
    <message>
        <source>Depth this hour against the typical hour</source>
        <translation>Глубина в этот час к типичному часу</translation>
    </message>
    <message>
        <source>Spot ETF net flows, last days</source>
        <translation>Чистые потоки спотовых ETF за последние дни</translation>
    </message>
    <message>
        <source>Crypto implied volatility</source>
        <translation>Подразумеваемая волатильность криптовалют</translation>
    </message>
    <message>
        <source>Equity volatility (VIX)</source>
        <translation>Волатильность акций (VIX)</translation>
    </message>
    <message>
        <source>Gold volatility (GVZ)</source>
        <translation>Волатильность золота (GVZ)</translation>
    </message>
    <message>
        <source>exchanges (open interest, spot tickers)</source>
        <extracomment>Where a signal&apos;s data comes from when it is not a fetched series.</extracomment>
        <translation>биржи (открытый интерес, спотовые тикеры)</translation>
    </message>
    <message>
        <source>exchanges (funding rate)</source>
        <translation>биржи (ставка финансирования)</translation>
    </message>
    <message>
        <source>local estimate from open interest</source>
        <translation>локальная оценка по открытому интересу</translation>
    </message>
    <message>
        <source>stored order books</source>
        <translation>сохранённые стаканы</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>no spot volume stored yet for {asset}</source>
        <translation>спотовый объём {asset} пока не сохранён</translation>
    </message>
    <message>
        <source>open interest is {ratio} times the 24 h spot volume; no older data to compare</source>
        <translation>открытый интерес в {ratio} раза больше спотового объёма за 24 ч; сравнить не с чем</translation>
    </message>
    <message>
        <source>open interest {oi_change} and spot volume {spot_change} since {since}</source>
        <translation>открытый интерес {oi_change} и спотовый объём {spot_change} с {since}</translation>
    </message>
    <message>
        <source>{what}: {venues}</source>
        <translation>{what}: {venues}</translation>
    </message>
    <message>
        <source>longs pay shorts {rate} per 8 h</source>
        <translation>лонги платят шортам {rate} за 8 ч</translation>
    </message>
    <message>
        <source>shorts pay longs {rate} per 8 h</source>
        <translation>шорты платят лонгам {rate} за 8 ч</translation>
    </message>
    <message>
        <source>not enough stored order books yet to know the typical hour</source>
        <translation>сохранённых стаканов пока мало, чтобы знать типичный час</translation>
    </message>
    <message>
        <source>depth within 1 % is {depth} now, {typical} in a typical hour</source>
        <translation>глубина в пределах 1 % сейчас {depth}, в типичный час {typical}</translation>
    </message>
    <message>
        <source>no ETF flows yet: set a source (etf_btc_url, etf_eth_url) or import a file (undertow market etf-import)</source>
        <translation>потоков ETF пока нет: задайте источник (etf_btc_url, etf_eth_url) или импортируйте файл (undertow market etf-import)</translation>
    </message>
    <message>
        <source>{asset} spot ETFs: {sum} over the last {days} trading days</source>
        <translation>спотовые ETF на {asset}: {sum} за последние {days} торговых дн.</translation>
    </message>
    <message>
        <source>not fetched yet (undertow market fetch), or its source is off</source>
        <translation>ещё не загружено (undertow market fetch) или источник выключен</translation>
    </message>
    <message>
        <source>too short a history to judge ({count} days)</source>
        <translation>слишком короткая история для оценки (дней: {count})</translation>
    </message>
    <message>
        <source>no daily ETF flows found in {source}: expected a table of dates with a total or one column per fund</source>
        <extracomment>Date formats tried in order: ISO first, then written-out months, then US numeric (month first).</extracomment>
        <translation>в {source} не найдены дневные потоки ETF: ожидается таблица дат с итогом или столбцом на каждый фонд</translation>
    </message>
    <message>
        <source>{source}: {bad} of {rows} days hold something that is not a number; the table&apos;s layout may have changed</source>
        <translation>{source}: в {bad} из {rows} дней не число; возможно, изменилась структура таблицы</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file</source>
        <translation>{file} — не текстовый файл UTF-8</translation>
    </message>
    <message>
        <source>{url} is not an http(s) address</source>
        <translation>{url} — не адрес http(s)</translation>
    </message>
    <message>
        <source>the SOCKS proxy cannot be used: {reason}</source>
        <translation>SOCKS-прокси нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} s</source>
        <translation>{host} не ответил за {seconds} с</translation>
    </message>
    <message>
        <source>cannot reach {host}</source>
        <translation>{host} недоступен</translation>
    </message>
    <message>
        <source>{host} is unavailable (HTTP {status})</source>
        <translation>{host} недоступен (HTTP {status})</translation>
    </message>
    <message>
        <source>{host} refused the request (HTTP {status})</source>
        <translation>{host} отклонил запрос (HTTP {status})</translation>
    </message>
    <message>
        <source>{host} sent a file far larger than a daily series</source>
        <translation>{host} прислал файл намного больше дневного ряда</translation>
    </message>
    <message>
        <source>{host} sent something that is not text</source>
        <translation>{host} прислал не текст</translation>
    </message>
    <message>
        <source>the newest day {source} publishes is {day}: it has stopped updating</source>
        <translation>последний день, который публикует {source}, — {day}: обновления прекратились</translation>
    </message>
    <message>
        <source>{source} is not an index history: no DATE and CLOSE columns</source>
        <extracomment>Days of DVOL history read (a year for the percentile, plus slack for the lookback&apos;s start).</extracomment>
        <translation>{source} — не история индекса: нет столбцов DATE и CLOSE</translation>
    </message>
    <message>
        <source>{source} holds no readable day</source>
        <translation>в {source} нет ни одного читаемого дня</translation>
    </message>
    <message>
        <source>{source}: {bad} of {rows} rows cannot be read; the file&apos;s layout may have changed</source>
        <translation>{source}: не читаются {bad} из {rows} строк; возможно, изменилась структура файла</translation>
    </message>
    <message>
        <source>Deribit sent a volatility candle that cannot be read</source>
        <translation>Deribit прислал нечитаемую свечу волатильности</translation>
    </message>
    <message>
        <source>Deribit&apos;s volatility index answer has no candles</source>
        <translation>в ответе Deribit по индексу волатильности нет свечей</translation>
    </message>
    <message>
        <source>Deribit has no volatility index for {currency}</source>
        <translation>у Deribit нет индекса волатильности для {currency}</translation>
    </message>
    <message>
        <source>the last fetch failed: {reason}</source>
        <translation>последняя загрузка не удалась: {reason}</translation>
    </message>
    <message>
        <source>Create a READ-ONLY key: Undertow only reads positions, balances and market data. A key that can trade or withdraw turns any leak of this computer into a loss of funds.</source>
        <extracomment>Set to a list by a caller that wants the decoded JSON of every response its ccxt call received (in its own task; tasks it starts inherit it): the positions reader uses it to see rows ccxt dropped. HTTP statuses whose ``Retry-After`` holds back the client (rate limits, IP bans, maintenance).</extracomment>
        <translation>Создайте ключ ТОЛЬКО ДЛЯ ЧТЕНИЯ: Undertow читает лишь позиции, балансы и рыночные данные. Ключ с правом торговли или вывода превращает любую утечку с этого компьютера в потерю средств.</translation>
    </message>
    <message>
        <source>Binance: API Management -&gt; Create API -&gt; enable &apos;Enable Reading&apos; only.</source>
        <translation>Binance: API Management -&gt; Create API -&gt; включите только &apos;Enable Reading&apos;.</translation>
    </message>
    <message>
        <source>Bybit: API -&gt; Create New Key -&gt; System-generated -&gt; &apos;Read-Only&apos;.</source>
        <extracomment>``GET /v5/position/list`` answers one category, and for linear one settle coin, per request (&quot;settleCoin&quot; or &quot;symbol&quot; is required for linear; v5 docs &quot;Get Position Info&quot;): USDT- and USDC-settled linear, then inverse.</extracomment>
        <translation>Bybit: API -&gt; Create New Key -&gt; System-generated -&gt; &apos;Read-Only&apos;.</translation>
    </message>
    <message>
        <source>Hyperliquid: only your public wallet address is needed; no key at all.</source>
        <translation>Hyperliquid: нужен только публичный адрес кошелька, ключ не нужен вовсе.</translation>
    </message>
    <message>
        <source>OKX: API -&gt; Create V5 API Key -&gt; permission &apos;Read&apos; only.</source>
        <translation>OKX: API -&gt; Create V5 API Key -&gt; только разрешение &apos;Read&apos;.</translation>
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
        <source>Can move to cold storage</source>
        <translation>Можно в холодное хранение</translation>
    </message>
    <message>
        <source>Largest exchange share</source>
        <translation>Крупнейшая доля биржи</translation>
    </message>
    <message>
        <source>Coins the exchange accounts do not need as margin by their own rules (their mode, the venue&apos;s collateral haircuts), at market value</source>
        <translation>Монеты, не нужные биржевым аккаунтам как маржа по их собственным правилам (режим, дисконты залога биржи), по рыночной стоимости</translation>
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
        <source>What to move to cold storage</source>
        <translation>Что перевести в холодное хранение</translation>
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
        <source>Nothing to show yet</source>
        <translation>Пока нечего показать</translation>
    </message>
    <message>
        <source>Watch a wallet to see your self-custody beside your exchange accounts: paste an output descriptor, an xpub/zpub or an address from your hardware wallet&apos;s companion app. Undertow only reads public keys; it never asks for a seed or a private key. Exchange accounts are added in Accounts.</source>
        <translation>Начните следить за кошельком, чтобы видеть самохранение рядом с биржевыми аккаунтами: вставьте дескриптор выходов, xpub/zpub или адрес из приложения вашего аппаратного кошелька. Undertow читает только публичные ключи и никогда не просит сид-фразу или закрытый ключ. Биржевые аккаунты добавляются в разделе «Аккаунты».</translation>
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
        <source>Nothing to watch yet</source>
        <translation>Пока не за чем следить</translation>
    </message>
    <message>
        <source>Undertow answers three questions once it can read your accounts: how close each position is to liquidation, what a sudden drop would do to you, and how much of your savings sits on exchanges. Add an exchange account with a read-only key, watch a wallet, or explore the demo.</source>
        <translation>Когда Undertow сможет читать ваши аккаунты, он ответит на три вопроса: насколько каждая позиция близка к ликвидации, что с вами сделает резкое падение и какая часть ваших сбережений лежит на биржах. Добавьте биржевой аккаунт с ключом только для чтения, начните следить за кошельком или посмотрите демо.</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>Начать…</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Открыть «Аккаунты»</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Reading your accounts and wallets. The dashboard fills in as soon as the first snapshot is stored.</source>
        <translation>Читаем ваши аккаунты и кошельки. Сводка заполнится, как только будет сохранён первый снимок.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>The last sync did not bring a snapshot: {reason}
Check the accounts&apos; keys in Accounts, then refresh.</source>
        <translation>Последняя синхронизация не дала снимка: {reason}
Проверьте ключи аккаунтов в разделе «Аккаунты», затем обновите.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>No snapshot is stored yet. The first sync starts by itself; refresh (F5) to start it now.</source>
        <translation>Снимков пока нет. Первая синхронизация начнётся сама; обновите (F5), чтобы начать её сейчас.</translation>
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
        <source>Nothing held yet: this snapshot has no exchange balance, wallet or holding with a price.</source>
        <translation>Пока ничего нет: в этом снимке нет ни биржевых балансов, ни кошельков, ни активов с ценой.</translation>
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
        <source>{symbol} book, depth factor {factor}</source>
        <translation>{symbol}: стакан, множитель глубины {factor}</translation>
    </message>
    <message>
        <source>cascade push {push}</source>
        <translation>толчок каскада {push}</translation>
    </message>
</context>
<context>
    <name>DepthHourChart</name>
    <message>
        <source>Needs a day of snapshots</source>
        <translation>Нужны снимки за сутки</translation>
    </message>
    <message>
        <source>Depth by hour of day is measured from the order books stored at each sync: after a day of syncs every hour has its own figure. Keep Undertow running (or refreshing) for a day.</source>
        <translation>Глубина по часам суток измеряется по стаканам, сохраняемым при каждой синхронизации: через сутки у каждого часа будет своё значение. Оставьте Undertow работать (или обновляться) на сутки.</translation>
    </message>
    <message>
        <source>{symbol}: depth within 1 % is {now} now; a typical hour has {typical} (hour {hour}, local time).</source>
        <translation>{symbol}: глубина в пределах 1 % сейчас {now}, в типичный час {typical} ({hour}-й час, местное время).</translation>
    </message>
    <message>
        <source>Thin hours: {hours}.</source>
        <translation>Тонкие часы: {hours}.</translation>
    </message>
    <message>
        <source>Now is a thin hour: the same order moves the price further.</source>
        <translation>Сейчас тонкий час: тот же ордер сдвигает цену сильнее.</translation>
    </message>
    <message>
        <source>Red: this hour; amber: thin hours; dashed line: the typical hour.</source>
        <translation>Красный: этот час; янтарный: тонкие часы; пунктир: типичный час.</translation>
    </message>
    <message>
        <source>hour of day (local time)</source>
        <translation>час суток (местное время)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} дн. {h} ч</translation>
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
        <source>Range: your equity with the cascade under every leave-one-out fit of the event library and its out-of-sample error — how sure the model is</source>
        <translation>Диапазон: ваш капитал с каскадом при каждой подгонке leave-one-out по библиотеке событий и её ошибке вне выборки — насколько модель уверена</translation>
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
        <source>range (leave-one-out fits)</source>
        <translation>диапазон (подгонки leave-one-out)</translation>
    </message>
    <message>
        <source>{n} positions</source>
        <translation>позиций: {n}</translation>
    </message>
    <message>
        <source>Runaway: forced orders emptied the modelled order book here; the cascade has no floor in this model and the equity shown is not meaningful</source>
        <translation>Обвал: здесь принудительные ордера опустошили модельный стакан; у каскада в этой модели нет дна, и показанный капитал не имеет смысла</translation>
    </message>
</context>
<context>
    <name>EtfChart</name>
    <message>
        <source>No ETF flows yet</source>
        <translation>Потоков ETF пока нет</translation>
    </message>
    <message>
        <source>Daily net flows of the US spot {asset} ETFs come from a public table you choose (a CSV/HTML table such as the issuers&apos; published flows): set its address with &apos;undertow settings set {key} URL&apos;, or import a saved table with &apos;undertow market etf-import FILE&apos;. The bars appear after the next fetch.</source>
        <translation>Дневные чистые потоки американских спотовых ETF на {asset} берутся из выбранной вами публичной таблицы (CSV/HTML-таблица, например опубликованные эмитентами потоки): задайте её адрес командой &apos;undertow settings set {key} URL&apos; или импортируйте сохранённую таблицу командой &apos;undertow market etf-import FILE&apos;. Столбцы появятся после следующей загрузки.</translation>
    </message>
    <message>
        <source>US spot {asset} ETFs, net flow of the last {days} trading days: {sum}. Source: {source}, data to {day}, fetched {fetched}.</source>
        <translation>Американские спотовые ETF на {asset}, чистый поток за последние {days} торговых дн.: {sum}. Источник: {source}, данные по {day}, загружено {fetched}.</translation>
    </message>
    <message>
        <source>Stale: the last fetch failed, these are the last good figures.</source>
        <translation>Устарело: последняя загрузка не удалась, это последние верные цифры.</translation>
    </message>
</context>
<context>
    <name>FragilityCard</name>
    <message>
        <source>Market fragility</source>
        <translation>Хрупкость рынка</translation>
    </message>
    <message>
        <source>The held market whose signals of fragile liquidity are most flagged (funding, open interest against spot, liquidation clusters, thin hours, ETF flows, volatility elsewhere), 0 to 100.</source>
        <translation>Рынок из ваших, где больше всего тревожных сигналов хрупкой ликвидности (фандинг, открытый интерес к споту, кластеры ликвидаций, тонкие часы, потоки ETF, волатильность на других рынках), от 0 до 100.</translation>
    </message>
    <message>
        <source>Open Market</source>
        <translation>Открыть «Рынок»</translation>
    </message>
    <message>
        <source>No open positions: no market to watch.</source>
        <translation>Нет открытых позиций: следить не за чем.</translation>
    </message>
    <message>
        <source>The market signals could not be read: {reason}</source>
        <translation>Не удалось прочитать рыночные сигналы: {reason}</translation>
    </message>
    <message>
        <source>Reading the stored snapshots and sources…</source>
        <translation>Чтение сохранённых снимков и источников…</translation>
    </message>
    <message>
        <source>No signal has data yet: the score starts with the first synced markets.</source>
        <translation>Ни у одного сигнала пока нет данных: индекс появится с первыми синхронизированными рынками.</translation>
    </message>
    <message>
        <source>{symbol}: {score}/100</source>
        <translation>{symbol}: {score}/100</translation>
    </message>
    <message>
        <source>No signal flagged.</source>
        <translation>Тревожных сигналов нет.</translation>
    </message>
    <message>
        <source>and {n} more in Market</source>
        <translation>и ещё {n} в разделе «Рынок»</translation>
    </message>
</context>
<context>
    <name>FragilityView</name>
    <message>
        <source>Signals traders watch before a cascade, for every market you hold. Pick a market for its fragility score, what it is made of, and the signals over time. Hover a column title for what it means.</source>
        <translation>Сигналы, за которыми трейдеры следят перед каскадом, по каждому вашему рынку. Выберите рынок, чтобы увидеть его индекс хрупкости, из чего он складывается, и сигналы во времени. Наведите на заголовок столбца, чтобы узнать его смысл.</translation>
    </message>
    <message>
        <source>Score parts</source>
        <translation>Составляющие</translation>
    </message>
    <message>
        <source>Liquidation map</source>
        <translation>Карта ликвидаций</translation>
    </message>
    <message>
        <source>Open interest ÷ spot</source>
        <translation>ОИ ÷ спот</translation>
    </message>
    <message>
        <source>ETF flows</source>
        <translation>Потоки ETF</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Волатильность</translation>
    </message>
    <message>
        <source>Depth by hour</source>
        <translation>Глубина по часам</translation>
    </message>
    <message>
        <source>Each signal of the score: its value, the range it is judged against, whether it is flagged, its weight, date and source</source>
        <translation>Каждый сигнал индекса: значение, диапазон для сравнения, есть ли тревога, вес, дата и источник</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Данных пока нет.</translation>
    </message>
    <message>
        <source>{symbol} · {score}/100</source>
        <translation>{symbol} · {score}/100</translation>
    </message>
    <message>
        <source>The signals over time could not be read: {reason}</source>
        <translation>Не удалось прочитать сигналы во времени: {reason}</translation>
    </message>
    <message>
        <source>Reading the stored snapshots and sources…</source>
        <translation>Чтение сохранённых снимков и источников…</translation>
    </message>
    <message>
        <source>No fragility score yet: none of its signals has data.</source>
        <translation>Индекса хрупкости пока нет: ни у одного из его сигналов нет данных.</translation>
    </message>
    <message>
        <source>Fragility {score}/100: {flagged} of {counted} signals with data flagged</source>
        <translation>Хрупкость {score}/100: тревога по {flagged} из {counted} сигналов с данными</translation>
    </message>
    <message>
        <source>No markets to watch yet</source>
        <translation>Пока не за какими рынками следить</translation>
    </message>
    <message>
        <source>Market signals are shown for the markets of your open positions. Add an exchange account with a read-only key, or explore the demo.</source>
        <translation>Рыночные сигналы показываются для рынков ваших открытых позиций. Добавьте биржевой аккаунт с ключом только для чтения или посмотрите демо.</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>Начать…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>No snapshot is stored yet: the markets of your positions appear here after the first sync.</source>
        <translation>Снимков пока нет: рынки ваших позиций появятся здесь после первой синхронизации.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>Нет открытых позиций</translation>
    </message>
    <message>
        <source>Market signals are shown for the markets you hold a position in, and the last snapshot has none. Nothing here is at risk of a cascade.</source>
        <translation>Рыночные сигналы показываются для рынков, где у вас есть позиции, а в последнем снимке их нет. Здесь ничто не под угрозой каскада.</translation>
    </message>
    <message>
        <source>Open Positions</source>
        <translation>Открыть «Позиции»</translation>
    </message>
    <message>
        <source>No market data</source>
        <translation>Нет рыночных данных</translation>
    </message>
    <message>
        <source>No market data was synced for the markets you hold. The exchanges&apos; public data may have failed; refresh to try again.</source>
        <translation>Рыночные данные по вашим рынкам не синхронизированы. Возможно, не удалось получить публичные данные бирж; обновите, чтобы попробовать снова.</translation>
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
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
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
    <name>FundingDialog</name>
    <message>
        <source>The funding history could not be read: {reason}</source>
        <translation>Не удалось прочитать историю финансирования: {reason}</translation>
    </message>
    <message>
        <source>Funding: {symbol} on {account}</source>
        <translation>Фандинг: {symbol} на {account}</translation>
    </message>
    <message>
        <source>{symbol} {side} on {account} ({venue})</source>
        <translation>{symbol} {side} на {account} ({venue})</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>За 24 ч</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>Since the first stored payment</source>
        <translation>С первой сохранённой выплаты</translation>
    </message>
    <message>
        <source>Next funding (projected)</source>
        <translation>Следующий фандинг (прогноз)</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Ставка финансирования</translation>
    </message>
    <message>
        <source>{venue} books funding as a fee (+ paid); it is shown here with the sign turned, like every other venue.</source>
        <translation>{venue} учитывает фандинг как комиссию (+ — уплачено); здесь знак перевёрнут, как у всех остальных бирж.</translation>
    </message>
    <message>
        <source>Amounts in {currency}, valued at the price of the sync that stored each payment.</source>
        <translation>Суммы в {currency}, по цене той синхронизации, что сохранила каждую выплату.</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>День (UTC)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Уплачено</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Funding time</source>
        <translation>Время фандинга</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>Стоимость ({currency})</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>{amount} in {n} payment(s) since {date}</source>
        <translation>{amount} с {date} (выплат: {n})</translation>
    </message>
    <message>
        <source>{amount} at {time}</source>
        <translation>{amount} в {time}</translation>
    </message>
    <message>
        <source>{rate} per {hours} h</source>
        <translation>{rate} за {hours} ч</translation>
    </message>
    <message>
        <source>Reading the funding history…</source>
        <translation>Чтение истории финансирования…</translation>
    </message>
    <message>
        <source>No funding payment of this position is stored yet. Undertow reads {venue}&apos;s funding history after each funding time (every {hours} h), at the first sync after it; the next one is at {time}. Refresh after that to see it here.</source>
        <translation>Выплат фандинга по этой позиции пока не сохранено. Undertow читает историю финансирования {venue} после каждого времени фандинга (каждые {hours} ч), при первой синхронизации после него; следующее — в {time}. Обновите после этого, чтобы увидеть её здесь.</translation>
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
        <extracomment>The time windows of the range box: (label, days back from now; None = everything stored).</extracomment>
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
        <extracomment>Points drawn for one window at most: about a wide screen&apos;s width; a longer window is thinned in SQL.</extracomment>
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
        <source>The history could not be read</source>
        <translation>Не удалось прочитать историю</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <source>No snapshot in this time range.</source>
        <translation>В этом периоде нет снимков.</translation>
    </message>
    <message>
        <source>No snapshot in this time range</source>
        <translation>В этом периоде нет снимков</translation>
    </message>
    <message>
        <source>The snapshots stored are older than {range}. Choose a longer range.</source>
        <translation>Сохранённые снимки вне периода «{range}». Выберите более длинный период.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
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
        <source>No history yet</source>
        <translation>Истории пока нет</translation>
    </message>
    <message>
        <source>Each sync of your accounts and wallets stores a snapshot; these charts draw your net worth, exposure and self-custody share from them. Add an exchange account or a wallet first.</source>
        <translation>Каждая синхронизация аккаунтов и кошельков сохраняет снимок; по ним эти графики рисуют капитал, экспозицию и долю самохранения. Сначала добавьте биржевой аккаунт или кошелёк.</translation>
    </message>
    <message>
        <source>Get started…</source>
        <translation>Начать…</translation>
    </message>
    <message>
        <source>Each sync stores a snapshot: the charts start with the first one and draw a line from the second. Refresh to take the first one now.</source>
        <translation>Каждая синхронизация сохраняет снимок: графики начинаются с первого и рисуют линию со второго. Обновите, чтобы сделать первый снимок сейчас.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
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
        <source>Test-network coins have no value: they are left out of net worth and the self-custody share.</source>
        <translation>Монеты тестовой сети ничего не стоят: они не учитываются в капитале и доле самохранения.</translation>
    </message>
    <message>
        <source>{label} (testnet)</source>
        <translation>{label} (тестнет)</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не учитывается</translation>
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
        <source>{symbol} liquidation ladder</source>
        <translation>{symbol}: лестница ликвидаций</translation>
    </message>
    <message>
        <source>{account}: {price}</source>
        <translation>{account}: {price}</translation>
    </message>
    <message>
        <source>now {price}</source>
        <translation>сейчас {price}</translation>
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
    <name>LiquidationMapTab</name>
    <message>
        <source>24 hours</source>
        <extracomment>(label, days back) of the range box</extracomment>
        <translation>24 часа</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 дней</translation>
    </message>
    <message>
        <source>How far back the map reaches</source>
        <extracomment>Fewer snapshots than this, or a shorter span, and there is no map yet to read (one column is no picture of time).</extracomment>
        <translation>Насколько далеко в прошлое показывает карта</translation>
    </message>
    <message>
        <source>USD liquidated per {step} of price</source>
        <translation>Ликвидации в USD на шаг цены {step}</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>Цена (USD)</translation>
    </message>
    <message>
        <source>Each column is one stored snapshot&apos;s estimate of where leveraged positions of {asset} would be liquidated (open interest of every venue spread over a typical leverage mix and the entry prices of the last days, like the public heatmaps); brighter means more USD force-sold (below the price) or force-bought (above) there. The line is the price; dashed lines are your own liquidation prices, computed here by each exchange&apos;s rules.</source>
        <translation>Каждый столбец — оценка по одному сохранённому снимку, где были бы ликвидированы позиции с плечом по {asset} (открытый интерес всех бирж, распределённый по типичному набору плеч и ценам входа последних дней, как в публичных тепловых картах); чем ярче, тем больше USD будет там принудительно продано (ниже цены) или куплено (выше). Линия — цена; пунктир — ваши собственные цены ликвидации, рассчитанные здесь по правилам каждой биржи.</translation>
    </message>
    <message>
        <source>Computing the map of {asset}…</source>
        <translation>Расчёт карты {asset}…</translation>
    </message>
    <message>
        <source>{asset}: {columns} snapshots from {start} to {end}</source>
        <translation>{asset}: снимков: {columns}, с {start} по {end}</translation>
    </message>
    <message>
        <source>(one per time step of {stored} stored)</source>
        <translation>(по одному на шаг времени из {stored} сохранённых)</translation>
    </message>
    <message>
        <source>Needs a day of snapshots</source>
        <translation>Нужны снимки за сутки</translation>
    </message>
    <message>
        <source>The map draws one column per stored snapshot with {asset}&apos;s market data, and {count} of them are stored in this range. Each sync stores one (every few minutes while Undertow runs): after a day the map shows how the liquidation levels moved; a longer range may already have more.</source>
        <translation>Карта рисует по столбцу на каждый сохранённый снимок с рыночными данными {asset}, а в этом периоде их сохранено {count}. Каждая синхронизация сохраняет один (каждые несколько минут, пока работает Undertow): через сутки карта покажет, как двигались уровни ликвидаций; в более длинном периоде их может быть уже больше.</translation>
    </message>
    <message>
        <source>The map could not be computed</source>
        <translation>Не удалось рассчитать карту</translation>
    </message>
    <message>
        <source>Reading the stored snapshots failed: {reason}. Refresh to try again.</source>
        <translation>Не удалось прочитать сохранённые снимки: {reason}. Обновите, чтобы попробовать снова.</translation>
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
        <source>Opening your data…</source>
        <translation>Открываем ваши данные…</translation>
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
    <name>OiSpotChart</name>
    <message>
        <source>open interest ÷ 24 h spot volume</source>
        <translation>открытый интерес ÷ спотовый объём за 24 ч</translation>
    </message>
    <message>
        <source>No spot volume stored yet</source>
        <translation>Спотовый объём пока не сохранён</translation>
    </message>
    <message>
        <source>Open interest against spot volume needs a day of snapshots with the exchanges&apos; spot volume for {asset}. Each sync stores one; the line starts after the first day.</source>
        <translation>Для отношения открытого интереса к спотовому объёму нужны снимки за сутки со спотовым объёмом бирж по {asset}. Каждая синхронизация сохраняет один; линия начнётся после первых суток.</translation>
    </message>
    <message>
        <source>{asset}: open interest is {ratio} × the 24 h spot volume ({venues}), as of {when}.</source>
        <translation>{asset}: открытый интерес — {ratio} × спотового объёма за 24 ч ({venues}), на {when}.</translation>
    </message>
    <message>
        <source>{asset}: the newest snapshot ({when}) has no spot volume; the line ends at the last day that had it.</source>
        <translation>{asset}: в последнем снимке ({when}) нет спотового объёма; линия кончается на последнем дне, где он был.</translation>
    </message>
    <message>
        <source>Since {since}: open interest {oi}, spot volume {spot}.</source>
        <translation>С {since}: открытый интерес {oi}, спотовый объём {spot}.</translation>
    </message>
    <message>
        <source>Flagged: leverage is building without spot buying behind it.</source>
        <translation>Тревога: плечо накапливается без поддержки спотовыми покупками.</translation>
    </message>
</context>
<context>
    <name>OpeningState</name>
    <message>
        <source>Opening your data…</source>
        <extracomment>the widest a paragraph of an empty state gets (a line of ~90 characters reads; a screen-wide one does not)</extracomment>
        <translation>Открываем ваши данные…</translation>
    </message>
    <message>
        <source>Reading the last stored snapshot. A fresh sync follows.</source>
        <translation>Читаем последний сохранённый снимок. Затем будет новая синхронизация.</translation>
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
        <source>Account</source>
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
        <source>{n} ct</source>
        <translation>{n} контр.</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} ч</translation>
    </message>
    <message>
        <source>The exchange</source>
        <translation>Биржа</translation>
    </message>
    <message>
        <source>The exchange account, under the name you gave it</source>
        <translation>Биржевой аккаунт под именем, которое вы ему дали</translation>
    </message>
    <message>
        <source>Size in the base asset, with the exchange&apos;s contracts where one contract is not one unit</source>
        <translation>Размер в базовом активе и в контрактах биржи, если контракт не равен единице</translation>
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
        <source>Cross (the account&apos;s balance backs it) or isolated (only its own margin can be lost); the account&apos;s mode is in the tip</source>
        <translation>Кросс (её обеспечивает баланс аккаунта) или изолированная (можно потерять только её маржу); режим аккаунта — в подсказке</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <source>Position value at the mark price, in the display currency</source>
        <translation>Стоимость позиции по цене маркировки, в валюте отображения</translation>
    </message>
    <message>
        <source>uPnL</source>
        <translation>Нереализ. PnL</translation>
    </message>
    <message>
        <source>Unrealised profit or loss at the mark, as the exchange reports it, in the display currency</source>
        <translation>Нереализованная прибыль или убыток по маркировке по данным биржи, в валюте отображения</translation>
    </message>
    <message>
        <source>ROE</source>
        <translation>ROE</translation>
    </message>
    <message>
        <source>Return on the position&apos;s margin: unrealised PnL ÷ (value at the mark ÷ leverage), as the exchanges show it</source>
        <translation>Доходность на маржу позиции: нереализованный PnL ÷ (стоимость по маркировке ÷ плечо), как показывают биржи</translation>
    </message>
    <message>
        <source>Margin ratio</source>
        <translation>Коэф. маржи</translation>
    </message>
    <message>
        <source>Maintenance margin ÷ margin balance (100 % = liquidation): the account&apos;s for a cross position, the position&apos;s own for an isolated one</source>
        <translation>Поддерживающая маржа ÷ баланс маржи (100 % = ликвидация): для кросс-позиции — аккаунта, для изолированной — самой позиции</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Ставка фандинга</translation>
    </message>
    <message>
        <source>The current funding rate per funding interval: positive, longs pay shorts; negative, shorts pay longs</source>
        <translation>Текущая ставка финансирования за интервал: положительная — лонги платят шортам, отрицательная — шорты лонгам</translation>
    </message>
    <message>
        <source>Next funding</source>
        <translation>След. фандинг</translation>
    </message>
    <message>
        <source>When the exchange next settles funding (your local time)</source>
        <translation>Когда биржа в следующий раз рассчитает фандинг (ваше местное время)</translation>
    </message>
    <message>
        <source>Funding 24 h / total</source>
        <translation>Фандинг 24 ч / всего</translation>
    </message>
    <message>
        <source>Funding this position received (+) or paid (−) in the last 24 hours and since the first payment stored, in the display currency</source>
        <translation>Фандинг, полученный (+) или уплаченный (−) позицией за последние 24 часа и с первой сохранённой выплаты, в валюте отображения</translation>
    </message>
    <message>
        <source>It would not survive an instant {gap} adverse gap (the gap rule in Settings).</source>
        <translation>Она не переживёт мгновенный гэп {gap} против неё (правило гэпа в настройках).</translation>
    </message>
    <message>
        <source>Daily volatility of {symbol}: {vol}</source>
        <translation>Дневная волатильность {symbol}: {vol}</translation>
    </message>
    <message>
        <source>Account mode: {mode}</source>
        <translation>Режим аккаунта: {mode}</translation>
    </message>
    <message>
        <source>{contracts} contracts × {size} = {base}</source>
        <translation>{contracts} контр. × {size} = {base}</translation>
    </message>
    <message>
        <source>At this rate this position pays.</source>
        <translation>При этой ставке позиция платит.</translation>
    </message>
    <message>
        <source>At this rate this position receives.</source>
        <translation>При этой ставке позиция получает.</translation>
    </message>
    <message>
        <source>No funding payment stored for this position yet.</source>
        <translation>Выплат фандинга по этой позиции пока не сохранено.</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole; no move within ±90 % does.</source>
        <extracomment>The columns in the order a trader reads them; the ones shown at first (the rest are one right click away). They fit 1280 px wide in English and Japanese, grouped or not; the gap verdict shows as a red distance (and in the summary line) until its own column is chosen.</extracomment>
        <translation>Биржа ликвидирует этот аккаунт целиком; ни одно движение в пределах ±90 % к этому не приводит.</translation>
    </message>
    <message>
        <source>The exchange liquidates this account as a whole, at a {move} move of the market (see Accounts).</source>
        <translation>Биржа ликвидирует этот аккаунт целиком, при движении рынка {move} (см. «Аккаунты»).</translation>
    </message>
    <message>
        <source>The exchange reports {price}.</source>
        <translation>Биржа сообщает {price}.</translation>
    </message>
    <message>
        <source>{account} on {venue}</source>
        <translation>{account} на {venue}</translation>
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
    <message>
        <source>positions: {n}</source>
        <extracomment>Columns whose group row sorts by the account&apos;s figure (the others sort the groups by the account&apos;s name). The roles any row answers (the others are None, asked for every cell by the delegate).</extracomment>
        <translation>позиций: {n}</translation>
    </message>
    <message>
        <source>{ratio_name} {ratio} (liq. at {at})</source>
        <translation>{ratio_name} {ratio} (ликв. при {at})</translation>
    </message>
    <message>
        <source>liquidating move {move}</source>
        <translation>движение до ликв. {move}</translation>
    </message>
    <message>
        <source>Isolated positions only: each has its own liquidation price.</source>
        <translation>Только изолированные позиции: у каждой своя цена ликвидации.</translation>
    </message>
    <message>
        <source>Margin ratio: as the exchange defines it for this account&apos;s mode; liquidating move: the smallest move of the market (other assets following) that liquidates the account&apos;s cross positions. Details in Accounts.</source>
        <translation>Коэффициент маржи — как его определяет биржа для режима этого аккаунта; движение до ликвидации — наименьшее движение рынка (прочие активы следуют), ликвидирующее кросс-позиции аккаунта. Подробности — в разделе «Аккаунты».</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Filter by venue, account or symbol…</source>
        <extracomment>QSettings keys (the layout: &quot;account,symbol,-venue,…&quot; in visual order, &quot;-&quot; = hidden; the sort: &quot;distance:0&quot;).</extracomment>
        <translation>Фильтр по бирже, аккаунту или символу…</translation>
    </message>
    <message>
        <source>Group by account</source>
        <translation>Группировать по аккаунтам</translation>
    </message>
    <message>
        <source>One row per account (its margin ratio and liquidating move), its positions under it</source>
        <translation>Одна строка на аккаунт (коэффициент маржи и движение до ликвидации), под ней его позиции</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Столбцы…</translation>
    </message>
    <message>
        <source>Choose the columns shown; drag a column&apos;s title to move it. Also on a right click on the titles.</source>
        <translation>Выберите показываемые столбцы; перетащите заголовок, чтобы переместить столбец. То же — по правому щелчку на заголовках.</translation>
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
        <source>Add an exchange account…</source>
        <translation>Добавить биржевой аккаунт…</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
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
    <message>
        <source>No exchange account yet</source>
        <translation>Биржевых аккаунтов пока нет</translation>
    </message>
    <message>
        <source>Add an exchange account with a read-only API key: its open positions appear here, each with its liquidation price by the exchange&apos;s rules, the distance to it, the margin ratio and the funding.</source>
        <translation>Добавьте биржевой аккаунт с API-ключом только для чтения: здесь появятся его открытые позиции, каждая с ценой ликвидации по правилам биржи, расстоянием до неё, коэффициентом маржи и фандингом.</translation>
    </message>
    <message>
        <source>No positions read yet</source>
        <translation>Позиции ещё не прочитаны</translation>
    </message>
    <message>
        <source>Your exchange accounts have not been read yet. Refresh to read their open positions.</source>
        <translation>Ваши биржевые аккаунты ещё не прочитаны. Обновите, чтобы прочитать открытые позиции.</translation>
    </message>
    <message>
        <source>No open positions</source>
        <translation>Нет открытых позиций</translation>
    </message>
    <message>
        <source>None of your {n} exchange accounts held an open position at the last refresh. Positions you open appear here after the next refresh; add another exchange account to see its positions too.</source>
        <translation>Ни в одном из ваших биржевых аккаунтов ({n}) при последнем обновлении не было открытых позиций. Новые позиции появятся здесь после следующего обновления; добавьте другой биржевой аккаунт, чтобы видеть и его позиции.</translation>
    </message>
    <message>
        <source>No position matches “{text}”.</source>
        <translation>Нет позиций, соответствующих «{text}».</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
    <message>
        <source>Funding history…</source>
        <translation>История финансирования…</translation>
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
    <message>
        <source>Slide of -10 % over an hour</source>
        <translation>Плавное падение -10 % за час</translation>
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
        <translation>Следить за позициями и слать оповещения при закрытом окне (в лотке)</translation>
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
        <source>off (no URL)</source>
        <translation>выкл. (нет URL)</translation>
    </message>
    <message>
        <source>A CSV or HTML table of the daily net flows of the spot BTC ETFs (e.g. a Farside-style page); or import a file: undertow market etf-import</source>
        <translation>Таблица CSV или HTML с дневными чистыми притоками спотовых BTC ETF (например, страница в стиле Farside); или импорт файла: undertow market etf-import</translation>
    </message>
    <message>
        <source>The same for the spot ETH ETFs</source>
        <translation>То же для спотовых ETH ETF</translation>
    </message>
    <message>
        <source>ETF tables are in US$ millions</source>
        <translation>Таблицы ETF в млн долларов США</translation>
    </message>
    <message>
        <source>Cboe&apos;s daily VIX history (CSV: date, open, high, low, close)</source>
        <translation>Дневная история VIX от Cboe (CSV: дата, открытие, максимум, минимум, закрытие)</translation>
    </message>
    <message>
        <source>Cboe&apos;s daily gold volatility index history (CSV)</source>
        <translation>Дневная история индекса волатильности золота от Cboe (CSV)</translation>
    </message>
    <message>
        <source>Deribit&apos;s API, for its DVOL implied-volatility index</source>
        <translation>API Deribit для индекса подразумеваемой волатильности DVOL</translation>
    </message>
    <message>
        <source>Read the held assets&apos; spot volume (public tickers)</source>
        <translation>Читать спотовый объём активов в позициях (публичные тикеры)</translation>
    </message>
    <message>
        <source>ETF flows and volatility indices are fetched at most this often</source>
        <translation>Потоки ETF и индексы волатильности загружаются не чаще этого</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Every snapshot younger than this is kept</source>
        <translation>Все снимки моложе этого срока сохраняются</translation>
    </message>
    <message>
        <source>Up to this age one snapshot an hour is kept; older ones, one a day</source>
        <translation>До этого возраста хранится один снимок в час; старше — один в день</translation>
    </message>
    <message>
        <source>Market data and history</source>
        <translation>Рыночные данные и история</translation>
    </message>
    <message>
        <source>BTC ETF flows</source>
        <translation>Потоки BTC ETF</translation>
    </message>
    <message>
        <source>ETH ETF flows</source>
        <translation>Потоки ETH ETF</translation>
    </message>
    <message>
        <source>VIX</source>
        <translation>VIX</translation>
    </message>
    <message>
        <source>Gold volatility</source>
        <translation>Волатильность золота</translation>
    </message>
    <message>
        <source>Deribit</source>
        <translation>Deribit</translation>
    </message>
    <message>
        <source>Fetch series every</source>
        <translation>Загружать ряды каждые</translation>
    </message>
    <message>
        <source>Keep every snapshot</source>
        <translation>Хранить все снимки</translation>
    </message>
    <message>
        <source>Keep hourly snapshots</source>
        <translation>Хранить почасовые снимки</translation>
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
        <source>A market data source must be an http(s) URL, or empty to turn it off</source>
        <translation>Источник рыночных данных должен быть URL http(s) или пустым, чтобы отключить его</translation>
    </message>
    <message>
        <source>Hourly snapshots must be kept at least as long as every snapshot</source>
        <translation>Почасовые снимки должны храниться не меньше, чем все снимки</translation>
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
        <source>Depth factor: the order books relative to the calibrated model (1.00× = as fitted on the event library; &apos;undertow shock&apos; prints the same figure).
Lower it to model books that vanish in a panic: every forced order then moves the price further.</source>
        <translation>Множитель глубины: стаканы относительно откалиброванной модели (1,00× = подгонка по библиотеке событий; &apos;undertow shock&apos; выводит то же число).
Уменьшите, чтобы смоделировать исчезающие в панике стаканы: каждый принудительный ордер сдвинет цену дальше.</translation>
    </message>
    <message>
        <source>Your exchange equity at each shock. Dashed: the shock alone. Solid: with the liquidation cascade, in its shaded range. Markers: where your positions are liquidated.</source>
        <translation>Ваш капитал на биржах при каждом шоке. Пунктир: только шок. Сплошная: с каскадом ликвидаций, в затенённом диапазоне. Маркеры: где ликвидируются ваши позиции.</translation>
    </message>
    <message>
        <source>Your accounts and positions</source>
        <translation>Ваши аккаунты и позиции</translation>
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
        <source>Custom: {driver} moves alone, other assets follow by their betas. The Dashboard&apos;s what-if card is the preset “{name}” ({what}): at {shock} it shows {equity} with the cascade; choose that preset above for the same figures.</source>
        <translation>Свой: движется только {driver}, прочие активы следуют своим бетам. Карточка «Что если» на сводке — это пресет «{name}» ({what}): при {shock} она показывает {equity} с каскадом; выберите этот пресет выше, чтобы получить те же цифры.</translation>
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
    <name>VolChart</name>
    <message>
        <source>index points</source>
        <extracomment>The volatility indices drawn, their legend names and palette colours.</extracomment>
        <translation>пункты индекса</translation>
    </message>
    <message>
        <source>No volatility indices yet</source>
        <translation>Индексов волатильности пока нет</translation>
    </message>
    <message>
        <source>Crypto implied volatility (Deribit&apos;s DVOL, through ccxt) and the equity and gold volatility indices (VIX, GVZ: the exchange operator&apos;s published daily history) appear after their first fetch (&apos;undertow market fetch&apos;, or the next refresh).</source>
        <translation>Подразумеваемая волатильность криптовалют (DVOL от Deribit, через ccxt) и индексы волатильности акций и золота (VIX, GVZ: дневная история, публикуемая оператором биржи) появятся после первой загрузки (&apos;undertow market fetch&apos; или следующего обновления).</translation>
    </message>
    <message>
        <source>{name} {value} on {day}</source>
        <translation>{name} {value} на {day}</translation>
    </message>
    <message>
        <source>(above its 1-year range)</source>
        <translation>(выше годового диапазона)</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(устарело)</translation>
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
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Undertow</source>
        <extracomment>the widest the page&apos;s text gets: lines of a readable length on a wide screen when the keyring&apos;s name is read after the page is shown (importing the keyring library is no first-frame work)</extracomment>
        <translation>Добро пожаловать в Undertow</translation>
    </message>
    <message>
        <source>Undertow shows how close your leveraged positions are to liquidation, what a sudden drop and the cascade behind it would do, and how much of your savings sits on exchanges. It runs on this computer only and talks to nobody but your exchanges and the chain servers you choose. To start, give it something to read:</source>
        <translation>Undertow показывает, насколько ваши позиции с плечом близки к ликвидации, что сделают резкое падение и следующий за ним каскад и какая часть ваших сбережений лежит на биржах. Он работает только на этом компьютере и общается только с вашими биржами и выбранными вами серверами блокчейна. Для начала дайте ему что-нибудь для чтения:</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Добавить биржу</translation>
    </message>
    <message>
        <source>Connect Binance, Bybit, OKX or another exchange with a READ-ONLY API key (Hyperliquid: your public address only). Undertow reads positions, balances and market data; it can never trade or withdraw.</source>
        <translation>Подключите Binance, Bybit, OKX или другую биржу с API-ключом ТОЛЬКО ДЛЯ ЧТЕНИЯ (Hyperliquid: только публичный адрес). Undertow читает позиции, балансы и рыночные данные; торговать или выводить средства он не может.</translation>
    </message>
    <message>
        <source>Add exchange account…</source>
        <translation>Добавить биржевой аккаунт…</translation>
    </message>
    <message>
        <source>Watch a wallet</source>
        <translation>Следить за кошельком</translation>
    </message>
    <message>
        <source>Paste an xpub, zpub, output descriptor or address of your hardware or software wallet to count your savings in self-custody. Watch-only: seeds and private keys are refused.</source>
        <translation>Вставьте xpub, zpub, дескриптор выходов или адрес аппаратного или программного кошелька, чтобы учесть сбережения в самохранении. Только просмотр: сид-фразы и закрытые ключи не принимаются.</translation>
    </message>
    <message>
        <source>Watch a wallet…</source>
        <translation>Следить за кошельком…</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Посмотреть демо</translation>
    </message>
    <message>
        <source>Three exchange accounts, a hardware wallet and the market of 2026-02-12, bundled with Undertow. Undertow restarts in demo mode; nothing is added to your own data.</source>
        <translation>Три биржевых аккаунта, аппаратный кошелёк и рынок на 2026-02-12 — всё встроено в Undertow. Undertow перезапустится в демо-режиме; в ваши собственные данные ничего не добавится.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Открыть демо</translation>
    </message>
    <message>
        <source>How to create a read-only key</source>
        <translation>Как создать ключ только для чтения</translation>
    </message>
    <message>
        <source>Add {venue} account…</source>
        <translation>Добавить аккаунт {venue}…</translation>
    </message>
    <message>
        <source>Not now: show the empty dashboard</source>
        <translation>Не сейчас: показать пустую сводку</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
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
        <source>wallet address</source>
        <translation>адрес кошелька</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>Sign in to {venue} in your web browser and open its API management page.</source>
        <translation>Войдите в {venue} в браузере и откройте страницу управления API.</translation>
    </message>
    <message>
        <source>Leave trading, transfers and withdrawals switched off. If {venue} offers an IP allow-list, add this computer&apos;s address.</source>
        <translation>Торговлю, переводы и вывод оставьте выключенными. Если {venue} предлагает белый список IP, добавьте адрес этого компьютера.</translation>
    </message>
    <message>
        <source>Copy the {fields} into Undertow with the button below. {venue} shows the secret only once: copy it before you close the page.</source>
        <translation>Скопируйте в Undertow кнопкой ниже: {fields}. {venue} показывает секрет только один раз: скопируйте его, прежде чем закрыть страницу.</translation>
    </message>
    <message>
        <source>Copy the public address of the wallet you trade with into Undertow with the button below. Nothing secret is entered or stored.</source>
        <translation>Скопируйте в Undertow кнопкой ниже публичный адрес кошелька, с которого вы торгуете. Ничего секретного не вводится и не сохраняется.</translation>
    </message>
    <message>
        <source>Where your key is kept: in your operating system&apos;s keyring, never in Undertow&apos;s database, which holds only a reference to it.</source>
        <translation>Где хранится ключ: в связке ключей операционной системы, никогда не в базе данных Undertow — там только ссылка на него.</translation>
    </message>
    <message>
        <source>Where your key is kept: in your operating system&apos;s keyring ({backend}), never in Undertow&apos;s database, which holds only a reference to it. Undertow sends a key to nobody but its exchange.</source>
        <translation>Где хранится ключ: в связке ключей операционной системы ({backend}), никогда не в базе данных Undertow — там только ссылка на него. Undertow отправляет ключ только его бирже.</translation>
    </message>
    <message>
        <source>No secure keyring was found on this computer ({backend}). You can still add a key for this session only: it is forgotten when Undertow quits and never written to disk.</source>
        <translation>На этом компьютере не найдена защищённая связка ключей ({backend}). Можно всё равно добавить ключ только на этот сеанс: он забудется при выходе из Undertow и никогда не записывается на диск.</translation>
    </message>
</context>
</TS>
