#include "indexingstatus.h"

#include "services/searchindexer.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace guild::ui {

IndexingStatus::IndexingStatus(app::SearchIndexer &indexer, QWidget *parent)
    : ProgressStrip(parent)
{
    connect(cancelButton(), &QPushButton::clicked, &indexer, &app::SearchIndexer::cancel);
    connect(&indexer, &app::SearchIndexer::started, this, [this] {
        bar()->setRange(0, 0);
        show();
    });
    connect(&indexer, &app::SearchIndexer::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            // Percent: a progress bar's range is an int, a cache's rows need not be.
            bar()->setRange(0, 100);
            bar()->setValue(static_cast<int>(done * 100 / total));
            bar()->setToolTip(tr("%L1 of %L2 cached articles and messages").arg(done).arg(total));
        }
        retranslate();
    });
    connect(&indexer, &app::SearchIndexer::finished, this, &QWidget::hide);
    connect(&indexer, &app::SearchIndexer::cancelled, this, &QWidget::hide);
    retranslate();
}

void IndexingStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    ProgressStrip::changeEvent(event);
}

void IndexingStatus::retranslate()
{
    // As wide as it will ever be, so the status bar does not shift as the figure grows.
    label()->setMinimumWidth(label()->fontMetrics().horizontalAdvance(tr("Building the search index… %1 %").arg(100)));
    label()->setText(bar()->maximum() > 0 ? tr("Building the search index… %1 %").arg(bar()->value())
                                          : tr("Building the search index…"));
    cancelButton()->setText(tr("Stop"));
    cancelButton()->setToolTip(tr("Stop for now; it carries on next time Guild starts. Until then some older "
                                  "articles and messages are not found."));
}

} // namespace guild::ui
