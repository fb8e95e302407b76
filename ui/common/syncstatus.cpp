#include "syncstatus.h"

#include "services/syncservice.h"

#include <QEvent>
#include <QHBoxLayout>
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
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QPushButton::clicked, &sync, &app::SyncService::cancel);
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
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qint64(received) * 1000 / expected));
    } else {
        m_bar->setRange(0, 0); // how much is left is not known: busy
    }
    retranslate();
}

void SyncStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SyncStatus::retranslate()
{
    m_label->setText(describe(m_received, m_expected, m_clock.isValid() ? m_clock.elapsed() : 0));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop syncing; it carries on where it stopped next time."));
}

} // namespace guild::ui
