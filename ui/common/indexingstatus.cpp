#include "indexingstatus.h"

#include "services/searchindexer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace guild::ui {

IndexingStatus::IndexingStatus(app::SearchIndexer &indexer, QWidget *parent)
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
    connect(m_cancel, &QPushButton::clicked, &indexer, &app::SearchIndexer::cancel);
    connect(&indexer, &app::SearchIndexer::started, this, [this] {
        m_bar->setRange(0, 0);
        show();
    });
    connect(&indexer, &app::SearchIndexer::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            // Percent: a progress bar's range is an int, a cache's rows need not be.
            m_bar->setRange(0, 100);
            m_bar->setValue(static_cast<int>(done * 100 / total));
            m_bar->setToolTip(tr("%1 of %2 cached articles and messages").arg(done).arg(total));
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
    QWidget::changeEvent(event);
}

void IndexingStatus::retranslate()
{
    // As wide as it will ever be, so the status bar does not shift as the figure grows.
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(tr("Building the search index… %1 %").arg(100)));
    m_label->setText(m_bar->maximum() > 0 ? tr("Building the search index… %1 %").arg(m_bar->value())
                                          : tr("Building the search index…"));
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop for now; it carries on next time Guild starts. Until then some older "
                            "articles and messages are not found."));
}

} // namespace guild::ui
