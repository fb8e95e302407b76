#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace guild::app {
class SearchIndexer;
}

namespace guild::ui {

/// In the status bar while the search index is being filled after an upgrade: how far it is, and a
/// button to stop it for now (it carries on at the next start). Hidden otherwise.
class IndexingStatus final : public QWidget
{
    Q_OBJECT
public:
    explicit IndexingStatus(app::SearchIndexer &indexer, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace guild::ui
