#pragma once

#include "protocol/api/chat.h"
#include "protocol/api/membership.h"
#include "protocol/api/moderation.h"
#include "protocol/api/recovery.h"
#include "protocol/api/reports.h"
#include "protocol/course.h"
#include "protocol/engagement.h"
#include "protocol/types.h"

#include <QObject>

namespace guild::app {

class ApiClient;

/// What admins and authors manage from the client: members and their tiers (admins), the CSV export,
/// feedback (admins), and homework waiting for review (authors and admins). The server decides who
/// may; refusals come back as messages.
class AdminService final : public QObject
{
    Q_OBJECT
public:
    explicit AdminService(ApiClient &api, QObject *parent = nullptr);

    void searchMembers(const QString &text);
    /// `days` of `tier` from now; tier free revokes.
    void setTier(qint64 memberId, protocol::Tier tier, int days);
    /// Fetches the member list as CSV; answers with csvReady (the UI saves it where the admin chose).
    void exportCsv();
    void loadFeedback();
    void answerFeedback(qint64 id, const QString &answer);
    void loadHomework();
    void reviewHomework(qint64 id, bool pass, const QString &comment);
    /// Bans for `days` (0: for good) with the reason the member is shown, and with `hideContent` hides
    /// everything they wrote; the list reloads.
    void ban(qint64 memberId, int days, const QString &reason, bool hideContent = false);
    void unban(qint64 memberId);
    /// A one-time code for the member to set a new password (answers with resetCodeIssued).
    void issueResetCode(qint64 memberId);
    void setRole(qint64 memberId, protocol::Role role);
    /// The newest entries of the audit log; answers with auditLoaded.
    void loadAudit();
    /// The whole audit log as CSV; answers with auditCsvReady.
    void exportAuditCsv();
    /// The community's channels (not direct conversations); answers with channelsLoaded.
    void loadChannels();
    void createChannel(const protocol::ChannelInput &input);
    void updateChannel(qint64 id, const protocol::ChannelInput &input);
    void archiveChannel(qint64 id);
    /// A redeem code (days of a tier) or a coupon (percent off its checkout); answers with codeCreated.
    void createCode(const protocol::CreateCodeRequest &request);
    /// Every code with its use; answers with codesLoaded.
    void loadCodes();
    /// The tier catalogue, retired tiers included; answers with tiersLoaded.
    void loadTiers();
    void updateTier(protocol::Tier tier, const protocol::TierInput &input);
    /// The moderation queue (admins and authors): open reports, or `all` of them; answers with reportsLoaded.
    void loadReports(bool all);
    /// Hides the reported content (`hide`; the author is told `reason`) or dismisses the report.
    void resolveReport(qint64 id, bool hide, const QString &reason);

Q_SIGNALS:
    void membersLoaded(const QList<guild::protocol::MemberSummary> &members);
    void csvReady(const QByteArray &csv);
    void feedbackLoaded(const QList<guild::protocol::engagement::Feedback> &feedback);
    void homeworkLoaded(const QList<guild::protocol::course::Homework> &homework);
    void auditLoaded(const QList<guild::protocol::AuditEntry> &entries);
    void auditCsvReady(const QByteArray &csv);
    void channelsLoaded(const QList<guild::protocol::chat::Channel> &channels);
    void tiersLoaded(const QList<guild::protocol::TierInfo> &tiers);
    /// The code, shown once: the server keeps only its hash.
    void codeCreated(const QString &code);
    void codesLoaded(const QList<guild::protocol::CodeSummary> &codes);
    void resetCodeIssued(const QString &code, const QDateTime &expiresAt);
    void reportsLoaded(const QList<guild::protocol::ModerationReport> &reports);
    void notice(const QString &message, bool ok);

private:
    ApiClient &m_api;
    QString m_lastSearch;
    bool m_allReports = false;
};

} // namespace guild::app
