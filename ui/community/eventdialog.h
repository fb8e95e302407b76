#pragma once

#include "protocol/api/engagement.h"
#include "protocol/engagement.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace guild::ui {

/// Scheduling or changing a live event (authors, admins): title, description, when in which time
/// zone, how many seats, the https join link, and the tier it is for.
class EventDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit EventDialog(QWidget *parent = nullptr);

    /// Fills the form with an event to change.
    void setEvent(const protocol::engagement::Event &event);
    /// The form as the server takes it (the time converted from the chosen zone).
    protocol::EventInput input() const;

    QLineEdit *titleEdit() const { return m_title; }
    QDateTimeEdit *startsEdit() const { return m_starts; }
    QComboBox *timezoneBox() const { return m_timezone; }
    QSpinBox *capacityBox() const { return m_capacity; }
    QLineEdit *joinEdit() const { return m_join; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateOk();

    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QDateTimeEdit *m_starts;
    QComboBox *m_timezone;
    QSpinBox *m_capacity;
    QLineEdit *m_join;
    QComboBox *m_tier;
    QPushButton *m_ok;
};

} // namespace guild::ui
