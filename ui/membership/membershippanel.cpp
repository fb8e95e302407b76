#include "membershippanel.h"

#include "common/formatting.h"
#include "common/hintedlistview.h"
#include "common/notice.h"
#include "common/taborder.h"
#include "common/theme.h"
#include "membershipmodels.h"
#include "services/accountservice.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

namespace {
constexpr int ReminderDays = 7;

} // namespace

MembershipPanel::MembershipPanel(app::AccountService &account, QWidget *parent)
    : QWidget(parent)
    , m_account(account)
    , m_heading(new QLabel(this))
    , m_tier(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_benefits(new QLabel(this))
    , m_plan(new QComboBox(this))
    , m_coupon(new QLineEdit(this))
    , m_renew(new QPushButton(this))
    , m_trial(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_code(new QLineEdit(this))
    , m_redeem(new QPushButton(this))
    , m_note(new QLineEdit(this))
    , m_checkIn(new QPushButton(this))
    , m_standing(new QLabel(this))
    , m_calendar(new QCalendarWidget(this))
    , m_period(new QComboBox(this))
    , m_leaders(new LeaderboardModel(this))
    , m_leaderList(new HintedListView(this))
    , m_ledger(new PointsLedgerModel(this))
    , m_ledgerList(new HintedListView(this))
    , m_payments(new PaymentListModel(this))
    , m_paymentList(new HintedListView(this))
    , m_lists(new QTabWidget(this))
    , m_notice(new QLabel(this))
{
    m_leaderList->setModel(m_leaders);
    m_ledgerList->setModel(m_ledger);
    m_paymentList->setModel(m_payments);
    buildLayout();
    wire();
    retranslate();
}

void MembershipPanel::buildLayout()
{
    for (QLabel *label : {m_heading, m_tier, m_expiry, m_benefits, m_standing, m_notice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_heading->setFont(big);
    QFont tierFont = m_tier->font();
    tierFont.setBold(true);
    tierFont.setPointSizeF(tierFont.pointSizeF() * 1.2);
    m_tier->setFont(tierFont);
    m_coupon->setMaxLength(64);
    m_code->setMaxLength(64);
    m_note->setMaxLength(280);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMaximumHeight(240);

    auto *tierBox = m_tierBox = new QGroupBox(this);
    auto *tierLayout = new QVBoxLayout(tierBox);
    tierLayout->addWidget(m_tier);
    tierLayout->addWidget(m_expiry);
    tierLayout->addWidget(m_benefits);
    auto *buy = new QHBoxLayout;
    buy->addWidget(m_plan, 1);
    buy->addWidget(m_coupon);
    buy->addWidget(m_renew);
    tierLayout->addLayout(buy);
    auto *more = new QHBoxLayout;
    more->addWidget(m_trial);
    more->addStretch();
    more->addWidget(m_refresh);
    tierLayout->addLayout(more);
    auto *redeemRow = new QHBoxLayout;
    redeemRow->addWidget(m_code, 1);
    redeemRow->addWidget(m_redeem);
    tierLayout->addLayout(redeemRow);

    auto *dayBox = m_dayBox = new QGroupBox(this);
    auto *dayLayout = new QVBoxLayout(dayBox);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_note, 1);
    checkRow->addWidget(m_checkIn);
    dayLayout->addLayout(checkRow);
    dayLayout->addWidget(m_standing);
    dayLayout->addWidget(m_calendar);

    auto *boardBox = m_boardBox = new QGroupBox(this);
    auto *boardLayout = new QVBoxLayout(boardBox);
    auto *leadersPage = new QWidget(m_lists);
    auto *leadersLayout = new QVBoxLayout(leadersPage);
    leadersLayout->setContentsMargins(0, 4, 0, 0);
    leadersLayout->addWidget(m_period);
    leadersLayout->addWidget(m_leaderList, 1);
    m_lists->addTab(leadersPage, QString());
    m_lists->addTab(m_ledgerList, QString());
    m_lists->addTab(m_paymentList, QString());
    boardLayout->addWidget(m_lists, 1);
    // The tabs before what they hold (the lists were made before the tabs).
    chainTabOrder({m_lists, m_period, m_leaderList, m_ledgerList, m_paymentList});

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(tierBox);
    left->addWidget(dayBox);
    columns->addLayout(left, 3);
    columns->addWidget(boardBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(columns, 1);
    layout->addWidget(m_notice);
}

void MembershipPanel::wire()
{
    connect(m_renew, &QPushButton::clicked, this, [this] {
        const auto [tier, period] = m_plan->currentData().value<std::pair<int, QString>>();
        m_account.checkout(static_cast<Tier>(tier), period, m_coupon->text());
    });
    connect(m_trial, &QPushButton::clicked, this, [this] {
        m_account.startTrial(static_cast<Tier>(m_plan->currentData().value<std::pair<int, QString>>().first));
    });
    connect(m_refresh, &QPushButton::clicked, &m_account, &app::AccountService::refresh);
    connect(m_redeem, &QPushButton::clicked, this, [this] {
        if (!m_code->text().trimmed().isEmpty()) {
            m_account.redeem(m_code->text());
        }
    });
    connect(m_code, &QLineEdit::returnPressed, m_redeem, &QPushButton::click);
    connect(m_checkIn, &QPushButton::clicked, this, [this] { m_account.checkIn(m_note->text().trimmed()); });
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this] { m_account.loadLeaderboard(m_period->currentData().toString()); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this,
            [this](int year, int month) { m_account.loadCheckins(QDate(year, month, 1)); });

    connect(&m_account, &app::AccountService::membershipChanged, this, &MembershipPanel::showMembership);
    connect(&m_account, &app::AccountService::tiersLoaded, this, &MembershipPanel::showMembership);
    connect(&m_account, &app::AccountService::standingChanged, this, &MembershipPanel::showStanding);
    connect(&m_account, &app::AccountService::checkoutReady, this, [this](const QUrl &url) {
        say(tr("The payment page opened in your browser. Come back here when you have paid."), std::nullopt);
        Q_EMIT openUrlRequested(url);
    });
    connect(&m_account, &app::AccountService::notice, this, [this](const QString &message, bool ok) {
        say(message, ok);
        if (ok) {
            m_code->clear();
            m_note->clear();
        }
    });
    // Points moved: the leaderboard moves with them.
    connect(&m_account, &app::AccountService::standingChanged, this,
            [this] { m_account.loadLeaderboard(m_period->currentData().toString()); });
    connect(&m_account, &app::AccountService::checkinsLoaded, this, [this](const QDate &, const QList<QDate> &days) {
        QTextCharFormat done;
        done.setBackground(theme::color(theme::Role::DoneDay, palette()));
        done.setFontWeight(QFont::Bold);
        m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears the earlier marks
        for (const QDate &day : days) {
            m_calendar->setDateTextFormat(day, done);
        }
    });
    connect(&m_account, &app::AccountService::leaderboardLoaded, this,
            [this](const QString &, const QList<protocol::engagement::LeaderboardEntry> &leaders) {
                m_leaders->setRecords(leaders);
            });
    connect(&m_account, &app::AccountService::ledgerLoaded, m_ledger, &PointsLedgerModel::setRecords);
    connect(&m_account, &app::AccountService::paymentsLoaded, m_payments, &PaymentListModel::setRecords);
}

void MembershipPanel::say(const QString &message, std::optional<bool> ok)
{
    showNotice(m_notice, message, ok);
}

void MembershipPanel::showMembership()
{
    const Membership &m = m_account.membership();
    m_tier->setText(tr("Your tier: %1").arg(tierDisplayName(m.tier)));
    const auto left = m_account.daysLeft();
    const QString until =
        m.expiresAt.isValid() ? QLocale().toString(m.expiresAt.toLocalTime().date(), QLocale::LongFormat) : QString();
    if (m.inGrace) {
        m_expiry->setText(tr("Ended on %1: you keep it for a few more days. Renew now to keep going.").arg(until));
    } else if (left && *left <= ReminderDays) {
        m_expiry->setText(
            tr("Ends on %1 (in %n day(s)). Renew early and save 10%.", nullptr, qMax(0, *left)).arg(until));
    } else if (left) {
        m_expiry->setText(tr("Runs until %1.").arg(until));
    } else {
        m_expiry->setText(tr("Free forever: upgrade for member articles, courses and Q&A."));
    }
    if (const QDateTime asOf = m_account.membershipAsOf(); asOf.isValid()) {
        // Offline (or the server not yet answered): what the cache kept, and from when.
        m_expiry->setText(m_expiry->text() + u'\n' +
                          tr("As of %1, when Guild last reached the server.")
                              .arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat)));
    }
    QStringList benefits;
    for (const TierInfo &t : m_account.tiers()) {
        if (t.tier == m.tier) {
            benefits = t.benefits;
        }
    }
    m_benefits->setText(benefits.isEmpty() ? QString() : u"• "_s + benefits.join(u"\n• "_s));
    const int current = m_plan->currentIndex();
    m_plan->clear();
    for (const TierInfo &t : m_account.tiers()) {
        // A retired tier is offered only to renew it.
        if (t.tier == Tier::Free || (t.retired && !(m.active && m.tier == t.tier))) {
            continue;
        }
        // The community names its tiers; the built-in names are for servers that send none.
        const QString name = t.name.isEmpty() ? tierDisplayName(t.tier) : t.name;
        if (t.monthlyPriceCents > 0) {
            m_plan->addItem(tr("%1 · %2 a month").arg(name, moneyText(t.monthlyPriceCents, t.currency)),
                            QVariant::fromValue(std::pair<int, QString>(static_cast<int>(t.tier), u"month"_s)));
        }
        if (t.yearlyPriceCents > 0) {
            m_plan->addItem(tr("%1 · %2 a year").arg(name, moneyText(t.yearlyPriceCents, t.currency)),
                            QVariant::fromValue(std::pair<int, QString>(static_cast<int>(t.tier), u"year"_s)));
        }
    }
    m_plan->setCurrentIndex(qMax(0, current));
    const bool paid = m.tier != Tier::Free && m.active;
    m_renew->setText(paid ? tr("Renew or upgrade…") : tr("Buy…"));
}

void MembershipPanel::showStanding()
{
    const auto &s = m_account.standing();
    QStringList badges;
    for (const QString &b : s.badges) {
        badges << (b == u"first_checkin"_s      ? tr("First check-in")
                   : b == u"streak_7"_s         ? tr("7-day streak")
                   : b == u"first_answer"_s     ? tr("First answer")
                   : b == u"first_post"_s       ? tr("First post")
                   : b == u"course_completed"_s ? tr("Course completed")
                                                : b);
    }
    QString text = tr("Level %1 · %L2 points").arg(s.level).arg(s.points);
    if (s.nextLevelAt > 0) {
        text += u" · "_s + tr("%L1 to the next level").arg(s.nextLevelAt - s.points);
    }
    text += u"\n"_s + tr("Streak: %n day(s)", nullptr, s.streak);
    if (!badges.isEmpty()) {
        text += u"\n"_s + tr("Badges: %1").arg(badges.join(u", "_s));
    }
    m_standing->setText(text);
    m_checkIn->setEnabled(!s.checkedInToday);
    m_checkIn->setText(s.checkedInToday ? tr("Checked in today ✓") : tr("Check in today"));
}

void MembershipPanel::showEvent(QShowEvent *event)
{
    m_account.refresh();
    m_account.loadCheckins(QDate(m_calendar->yearShown(), m_calendar->monthShown(), 1));
    m_account.loadLeaderboard(m_period->currentData().toString());
    QWidget::showEvent(event);
}

void MembershipPanel::retranslate()
{
    m_heading->setText(tr("Membership"));
    m_leaderList->setPlaceholderText(tr("Nobody has points yet this week: be the first to check in."));
    m_ledgerList->setPlaceholderText(tr("No points yet: check in, post or answer to earn some."));
    m_paymentList->setPlaceholderText(tr("No payments yet."));
    m_tierBox->setTitle(tr("Your membership"));
    m_dayBox->setTitle(tr("Daily check-in"));
    m_boardBox->setTitle(tr("Points and payments"));
    m_lists->setTabText(0, tr("Leaderboard"));
    m_lists->setTabText(1, tr("Points history"));
    m_lists->setTabText(2, tr("Payments"));
    m_coupon->setPlaceholderText(tr("Coupon (optional)"));
    m_code->setPlaceholderText(tr("Redeem code, e.g. ABCD-EFGH-JKLM-NPQR"));
    m_coupon->setAccessibleName(tr("Coupon"));
    m_code->setAccessibleName(tr("Redeem code"));
    m_calendar->setAccessibleName(tr("Check-ins this month"));
    m_leaderList->setAccessibleName(tr("Leaderboard"));
    m_ledgerList->setAccessibleName(tr("Points history"));
    m_paymentList->setAccessibleName(tr("Payments"));
    m_lists->setAccessibleName(tr("Points and payments"));
    m_redeem->setText(tr("Redeem"));
    m_note->setPlaceholderText(tr("What did you learn today? (optional)"));
    m_note->setAccessibleName(m_note->placeholderText());
    m_trial->setText(tr("Start a free trial"));
    m_refresh->setText(tr("Refresh"));
    const int period = m_period->currentIndex();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(tr("Leaderboard: this week"), u"week"_s);
    m_period->addItem(tr("Leaderboard: all time"), u"all"_s);
    m_period->setCurrentIndex(qMax(0, period));
    showMembership();
    showStanding();
}

void MembershipPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_leaders->refresh();
        m_ledger->refresh();
        m_payments->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
