#include "eventdialog.h"

#include "common/formatting.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

EventDialog::EventDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_starts(new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this))
    , m_timezone(new QComboBox(this))
    , m_capacity(new QSpinBox(this))
    , m_join(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("Event"));
    setMinimumWidth(520);
    m_title->setMaxLength(200);
    m_description->setMaximumHeight(100);
    m_description->setTabChangesFocus(true);
    m_starts->setCalendarPopup(true);
    m_starts->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_timezone->setEditable(true);
    // The member's own zone first, then where Guild's communities mostly meet.
    const QString local = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    for (const QString &zone : {local, u"Asia/Shanghai"_s, u"Asia/Taipei"_s, u"Asia/Tokyo"_s, u"Europe/London"_s,
                                u"Europe/Berlin"_s, u"America/New_York"_s, u"America/Los_Angeles"_s, u"UTC"_s}) {
        if (m_timezone->findText(zone) < 0) {
            m_timezone->addItem(zone);
        }
    }
    m_capacity->setRange(1, 10000);
    m_capacity->setValue(50);
    m_join->setPlaceholderText(u"https://meet.example.org/…"_s);
    for (Tier t : {Tier::Free, Tier::Member, Tier::Premium}) {
        m_tier->addItem(tr("For %1 members").arg(tierDisplayName(t)), static_cast<int>(t));
    }
    m_tier->setCurrentIndex(2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save event"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Starts"), m_starts);
    form->addRow(tr("Time zone"), m_timezone);
    form->addRow(tr("Seats"), m_capacity);
    form->addRow(tr("Join link"), m_join);
    form->addRow(tr("Open to"), m_tier);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_title, m_join}) {
        connect(edit, &QLineEdit::textChanged, this, &EventDialog::updateOk);
    }
    connect(m_timezone, &QComboBox::currentTextChanged, this, &EventDialog::updateOk);
    updateOk();
}

void EventDialog::setEvent(const engagement::Event &event)
{
    m_title->setText(event.title);
    m_description->setPlainText(event.description);
    const QTimeZone zone(event.timezone.toLatin1());
    if (m_timezone->findText(event.timezone) < 0) {
        m_timezone->addItem(event.timezone);
    }
    m_timezone->setCurrentText(event.timezone);
    // Shown as the clock in its own zone reads, as the author set it.
    const QDateTime there = zone.isValid() ? event.startsAt.toTimeZone(zone) : event.startsAt.toLocalTime();
    m_starts->setDateTime(QDateTime(there.date(), there.time()));
    m_capacity->setValue(event.capacity);
    m_join->setText(event.joinUrl);
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(static_cast<int>(event.requiredTier))));
}

EventInput EventDialog::input() const
{
    EventInput in;
    in.title = m_title->text().trimmed();
    in.description = m_description->toPlainText().trimmed();
    in.timezone = m_timezone->currentText().trimmed();
    const QDateTime local = m_starts->dateTime();
    in.startsAt = QDateTime(local.date(), local.time(), QTimeZone(in.timezone.toLatin1())).toUTC();
    in.capacity = m_capacity->value();
    in.joinUrl = m_join->text().trimmed();
    in.requiredTier = static_cast<Tier>(m_tier->currentData().toInt());
    return in;
}

void EventDialog::updateOk()
{
    const QUrl join(m_join->text().trimmed());
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty() && join.scheme() == u"https"_s && !join.host().isEmpty() &&
                     QTimeZone(m_timezone->currentText().trimmed().toLatin1()).isValid());
}

} // namespace guild::ui
