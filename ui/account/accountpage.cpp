#include "accountpage.h"

#include "common/hintedlistview.h"
#include "common/notice.h"
#include "protocol/accountrules.h"
#include "services/profileservice.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using protocol::DeviceSession;

QVariant DeviceListModel::display(const DeviceSession &s, int /*row*/, int role) const
{
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        const QString line = tr("Signed in %1 · last active %2")
                                 .arg(locale.toString(s.startedAt.toLocalTime(), QLocale::ShortFormat),
                                      locale.toString(s.refreshedAt.toLocalTime(), QLocale::ShortFormat));
        return s.current ? tr("This device") + u" · "_s + line : line;
    }
    if (role == Qt::FontRole && s.current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

AccountPage::AccountPage(app::ProfileService &profile, const QString &displayName, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(displayName, this))
    , m_saveName(new QPushButton(this))
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_rules(new QLabel(this))
    , m_changePassword(new QPushButton(this))
    , m_devices(new DeviceListModel(this))
    , m_deviceList(new HintedListView(this))
    , m_endDevice(new QPushButton(this))
    , m_everywhere(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    m_deviceList->setModel(m_devices);
    buildLayout();
    wire();
    retranslate();
    m_profile.loadSessions();
}

void AccountPage::buildLayout()
{
    m_name->setMaxLength(64);
    for (QLineEdit *secret : {m_current, m_new, m_repeat}) {
        secret->setEchoMode(QLineEdit::Password);
    }
    for (QLabel *label : {m_rules, m_notice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_rules->setForegroundRole(QPalette::PlaceholderText);

    auto *nameBox = new QGroupBox(this);
    auto *nameRow = new QHBoxLayout(nameBox);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_saveName);

    auto *passwordBox = new QGroupBox(this);
    auto *passwordForm = new QFormLayout(passwordBox);
    passwordForm->addRow(QString(), m_current);
    passwordForm->addRow(QString(), m_new);
    passwordForm->addRow(QString(), m_repeat);
    passwordForm->addRow(QString(), m_rules);
    passwordForm->addRow(QString(), m_changePassword);

    auto *devicesBox = new QGroupBox(this);
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    devicesLayout->addWidget(m_deviceList, 1);
    auto *deviceButtons = new QHBoxLayout;
    deviceButtons->addWidget(m_endDevice);
    deviceButtons->addStretch();
    deviceButtons->addWidget(m_everywhere);
    devicesLayout->addLayout(deviceButtons);

    m_boxes = {nameBox, passwordBox, devicesBox};
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameBox);
    layout->addWidget(passwordBox);
    layout->addWidget(devicesBox, 1);
    layout->addWidget(m_notice);
}

void AccountPage::wire()
{
    connect(m_saveName, &QPushButton::clicked, this, [this] { m_profile.changeDisplayName(m_name->text()); });
    connect(m_name, &QLineEdit::textChanged, this, &AccountPage::updateButtons);
    for (QLineEdit *secret : {m_current, m_new, m_repeat}) {
        connect(secret, &QLineEdit::textChanged, this, &AccountPage::updateButtons);
    }
    connect(m_changePassword, &QPushButton::clicked, this,
            [this] { m_profile.changePassword(m_current->text(), m_new->text()); });
    connect(&m_profile, &app::ProfileService::passwordChanged, this, [this] {
        for (QLineEdit *secret : {m_current, m_new, m_repeat}) {
            secret->clear();
        }
    });
    connect(&m_profile, &app::ProfileService::sessionsLoaded, m_devices, &DeviceListModel::setRecords);
    connect(m_deviceList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountPage::updateButtons);
    connect(m_devices, &QAbstractItemModel::modelReset, this, &AccountPage::updateButtons);
    connect(m_endDevice, &QPushButton::clicked, this, [this] {
        if (const DeviceSession *s = m_devices->at(m_deviceList->currentIndex()); s && !s->current) {
            m_profile.endSession(s->id);
        }
    });
    connect(m_everywhere, &QPushButton::clicked, &m_profile, &app::ProfileService::signOutEverywhere);
    connect(&m_profile, &app::ProfileService::notice, this,
            [this](const QString &message, bool ok) { showNotice(m_notice, message, ok); });
}

void AccountPage::updateButtons()
{
    m_saveName->setEnabled(!m_name->text().trimmed().isEmpty());
    const bool matches = m_new->text() == m_repeat->text();
    m_changePassword->setEnabled(!m_current->text().isEmpty() &&
                                 protocol::accountrules::isValidPassword(m_new->text()) && matches);
    m_rules->setText(!m_repeat->text().isEmpty() && !matches
                         ? tr("The new password is not the same twice.")
                         : tr("A new password needs 8 characters or more. Your other devices will be signed out."));
    const DeviceSession *selected = m_devices->at(m_deviceList->currentIndex());
    m_endDevice->setEnabled(selected && !selected->current);
}

void AccountPage::retranslate()
{
    const QStringList titles{tr("Your name"), tr("Password"), tr("Signed-in devices")};
    for (int i = 0; i < m_boxes.size(); ++i) {
        static_cast<QGroupBox *>(m_boxes.at(i))->setTitle(titles.at(i));
    }
    m_name->setPlaceholderText(tr("How others see you"));
    m_saveName->setText(tr("Save"));
    m_current->setPlaceholderText(tr("Current password"));
    m_new->setPlaceholderText(tr("New password"));
    m_repeat->setPlaceholderText(tr("New password again"));
    m_changePassword->setText(tr("Change password"));
    m_endDevice->setText(tr("Sign out the selected device"));
    m_everywhere->setText(tr("Sign out everywhere"));
    m_deviceList->setPlaceholderText(tr("Your signed-in devices are listed here."));
    updateButtons();
}

void AccountPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_devices->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
