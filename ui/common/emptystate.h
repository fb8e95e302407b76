#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace guild::ui {

/// What an empty list is for, and the first thing to do in it: a title, a sentence and, where there
/// is one, a button ("Ask the first question"), drawn in the middle of the list while it has no rows.
/// The texts come from a function, asked again when the language changes.
class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    struct Texts
    {
        QString title;
        QString explanation;
        QString action; ///< the button's text; empty: no button
    };

    /// Shows over view's viewport whenever its model is empty. action (optional) runs on the button.
    EmptyState(QAbstractItemView *view, std::function<Texts()> texts, std::function<void()> action = {});

    /// Whether the button is offered (an action only some members may take).
    void setActionAvailable(bool available);
    QPushButton *button() const { return m_button; }
    QString title() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void watchModel();
    void refresh();
    void retranslate();

    QAbstractItemView *m_view;
    QPointer<QObject> m_model; // the model the signals are connected to
    std::function<Texts()> m_texts;
    QLabel *m_title;
    QLabel *m_explanation;
    QPushButton *m_button;
    bool m_actionAvailable = true;
};

} // namespace guild::ui
