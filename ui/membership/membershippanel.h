#pragma once

#include <QWidget>

#include <optional>

class QCalendarWidget;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QPushButton;

namespace guild::app {
class AccountService;
}

namespace guild::ui {

class HintedListView;
class LeaderboardModel;
class PaymentListModel;
class PointsLedgerModel;

/// Membership and engagement: the member's tier with its benefits and expiry (and a reminder before
/// it ends), renew / upgrade / trial through the payment provider's page in the system browser, redeem
/// codes, the daily check-in with its streak calendar, points, level and badges, the leaderboard, the
/// points history and payment history.
class MembershipPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit MembershipPanel(app::AccountService &account, QWidget *parent = nullptr);

    QLabel *tierLabel() const { return m_tier; }
    QLabel *expiryLabel() const { return m_expiry; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *redeemButton() const { return m_redeem; }
    QLabel *standingLabel() const { return m_standing; }
    QCalendarWidget *calendar() const { return m_calendar; }
    HintedListView *leaderboard() const { return m_leaderList; }
    HintedListView *pointsHistory() const { return m_ledgerList; }
    QPushButton *renewButton() const { return m_renew; }

Q_SIGNALS:
    /// A checkout page to open in the system browser.
    void openUrlRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void wire();
    void retranslate();
    void say(const QString &message, std::optional<bool> ok);
    void showMembership();
    void showStanding();

    app::AccountService &m_account;
    QLabel *m_heading;
    QLabel *m_tier;
    QLabel *m_expiry;
    QLabel *m_benefits;
    QComboBox *m_plan;
    QLineEdit *m_coupon;
    QPushButton *m_renew;
    QPushButton *m_trial;
    QPushButton *m_refresh;
    QLineEdit *m_code;
    QPushButton *m_redeem;
    QLineEdit *m_note;
    QPushButton *m_checkIn;
    QLabel *m_standing;
    QCalendarWidget *m_calendar;
    QComboBox *m_period;
    LeaderboardModel *m_leaders;
    HintedListView *m_leaderList;
    PointsLedgerModel *m_ledger;
    HintedListView *m_ledgerList;
    PaymentListModel *m_payments;
    HintedListView *m_paymentList;
    QTabWidget *m_lists;
    QLabel *m_notice;
    QGroupBox *m_tierBox = nullptr;
    QGroupBox *m_dayBox = nullptr;
    QGroupBox *m_boardBox = nullptr;
};

} // namespace guild::ui
