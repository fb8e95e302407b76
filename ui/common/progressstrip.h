#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace guild::ui {

/// A label, a small progress bar and a button to stop, side by side: how long work shows itself in the
/// status bar (the search index filling, a sync). Hidden until the work starts.
class ProgressStrip : public QWidget
{
    Q_OBJECT
public:
    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    explicit ProgressStrip(QWidget *parent);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace guild::ui
