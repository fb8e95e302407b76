#pragma once

#include "progressstrip.h"

namespace guild::app {
class SearchIndexer;
}

namespace guild::ui {

/// In the status bar while the search index is being filled after an upgrade: how far it is, and a
/// button to stop it for now (it carries on at the next start). Hidden otherwise.
class IndexingStatus final : public ProgressStrip
{
    Q_OBJECT
public:
    explicit IndexingStatus(app::SearchIndexer &indexer, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace guild::ui
