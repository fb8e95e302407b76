#pragma once

#include <QListView>

namespace guild::ui {

/// A list that says what it is for while it is empty ("No points yet: check in…"), instead of
/// showing a blank box.
class HintedListView final : public QListView
{
    Q_OBJECT
public:
    using QListView::QListView;

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace guild::ui
