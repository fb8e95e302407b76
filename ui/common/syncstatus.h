#pragma once

#include "progressstrip.h"

#include <QElapsedTimer>

namespace guild::app {
class SyncService;
}

namespace guild::ui {

/// In the status bar while the change feed is being pulled: how many articles arrived, of about how
/// many, with the time left once it can be told, and a button to stop (the next sync carries on where
/// this one stopped). Hidden otherwise; a cancel or a failure is said by the window's notice.
class SyncStatus final : public ProgressStrip
{
    Q_OBJECT
public:
    explicit SyncStatus(app::SyncService &sync, QWidget *parent = nullptr);

    /// "12,000 of about 100,000 articles, about 5 s left": what the label says for these figures.
    static QString describe(int received, qint64 expected, qint64 elapsedMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProgress(int received, qint64 expected);
    void retranslate();

    QElapsedTimer m_clock;
    int m_received = 0;
    qint64 m_expected = 0;
};

} // namespace guild::ui
