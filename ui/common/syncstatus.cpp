#include "syncstatus.h"

#include "services/syncservice.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace guild::ui {

namespace {
// Below this an estimate jumps about more than it tells.
constexpr qint64 EstimateAfterMs = 1000;
} // namespace

SyncStatus::SyncStatus(app::SyncService &sync, QWidget *parent)
    : ProgressStrip(parent)
{
    connect(cancelButton(), &QPushButton::clicked, &sync, &app::SyncService::cancel);
    connect(&sync, &app::SyncService::started, this, [this] {
        m_clock.start();
        showProgress(0, 0);
        QWidget::show();
    });
    connect(&sync, &app::SyncService::progress, this, &SyncStatus::showProgress);
    connect(&sync, &app::SyncService::finished, this, &QWidget::hide);
    connect(&sync, &app::SyncService::cancelled, this, &QWidget::hide);
    connect(&sync, &app::SyncService::failed, this, &QWidget::hide);
    retranslate();
}

QString SyncStatus::describe(int received, qint64 expected, qint64 elapsedMs)
{
    const QLocale locale;
    if (expected <= received) {
        return received > 0 ? tr("Syncing… %n article(s)", nullptr, received) : tr("Syncing…");
    }
    const QString of = tr("Syncing… %1 of about %2 articles").arg(locale.toString(received), locale.toString(expected));
    if (received <= 0 || elapsedMs < EstimateAfterMs) {
        return of;
    }
    const qint64 leftSeconds = (expected - received) * elapsedMs / received / 1000;
    return leftSeconds < 60 ? tr("%1, about %n second(s) left", nullptr, int(qMax<qint64>(1, leftSeconds))).arg(of)
                            : tr("%1, about %n minute(s) left", nullptr, int((leftSeconds + 30) / 60)).arg(of);
}

void SyncStatus::showProgress(int received, qint64 expected)
{
    m_received = received;
    m_expected = expected;
    if (expected > received) {
        // Per mille: a progress bar's range is an int, a community's articles need not be.
        bar()->setRange(0, 1000);
        bar()->setValue(int(qint64(received) * 1000 / expected));
    } else {
        bar()->setRange(0, 0); // how much is left is not known: busy
    }
    retranslate();
}

void SyncStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    ProgressStrip::changeEvent(event);
}

void SyncStatus::retranslate()
{
    label()->setText(describe(m_received, m_expected, m_clock.isValid() ? m_clock.elapsed() : 0));
    cancelButton()->setText(tr("Cancel"));
    cancelButton()->setToolTip(tr("Stop syncing; it carries on where it stopped next time."));
}

} // namespace guild::ui
